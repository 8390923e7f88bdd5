#include "models/series/bucketseries.h"

#include <QMutex>

#include <algorithm>
#include <limits>

namespace lgsp::models {

namespace {

// Error codes by number, for the whole process: a handful of codes ("201", "GW-TIMEOUT"…)
// stored once instead of a string in every second.
class CodeTable
{
public:
    static CodeTable &instance()
    {
        static CodeTable table;
        return table;
    }
    // 0 when the table is full (the caller keeps the code aside).
    quint16 idOf(const QString &code)
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_ids.constFind(code);
        if (it != m_ids.cend())
            return *it;
        if (m_codes.size() >= std::numeric_limits<quint16>::max() - 1)
            return 0;
        m_codes.append(code);
        const auto id = quint16(m_codes.size());
        m_ids.insert(code, id);
        return id;
    }
    QString code(quint16 id)
    {
        QMutexLocker lock(&m_mutex);
        return m_codes.value(id - 1);
    }

private:
    QMutex m_mutex;
    QStringList m_codes;
    QHash<QString, quint16> m_ids;
};

quint32 clamp32(qint64 value)
{
    return quint32(std::clamp<qint64>(value, 0, std::numeric_limits<quint32>::max()));
}

} // namespace

BucketSeries::BucketSeries(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{
    Q_ASSERT(protocol::LatencyHistogram::bounds().size() + 1 == kBins);
}

std::deque<BucketSeries::Second>::const_iterator BucketSeries::lowerBound(qint64 t) const
{
    return std::lower_bound(m_seconds.begin(), m_seconds.end(), t,
                            [](const Second &s, qint64 value) { return s.t < value; });
}

BucketSeries::Second BucketSeries::encode(const protocol::MetricsBucket &bucket)
{
    Second s;
    s.t = bucket.t;
    s.count = clamp32(bucket.count);
    s.errors = clamp32(bucket.errors);
    const QList<qint64> &counts = bucket.histogram.counts();
    for (int i = 0; i < kBins && i < counts.size(); ++i)
        s.bins[size_t(i)] = clamp32(counts.at(i));
    int used = 0;
    QHash<QString, qint64> rest;
    for (auto it = bucket.errorsByCode.cbegin(); it != bucket.errorsByCode.cend(); ++it) {
        const quint16 id = used < kInlineCodes && it.value() <= std::numeric_limits<quint32>::max()
                               ? CodeTable::instance().idOf(it.key())
                               : 0;
        if (id != 0)
            s.codes[size_t(used++)] = {id, quint32(it.value())};
        else
            rest.insert(it.key(), it.value());
    }
    m_moreCodes.erase(bucket.t);
    if (!rest.isEmpty()) {
        s.moreCodes = true;
        m_moreCodes.emplace(bucket.t, std::move(rest));
    }
    return s;
}

protocol::MetricsBucket BucketSeries::decode(const Second &s) const
{
    protocol::MetricsBucket b;
    b.t = s.t;
    b.count = s.count;
    b.errors = s.errors;
    const QList<double> &bounds = protocol::LatencyHistogram::bounds();
    for (int i = 0; i < kBins; ++i) {
        if (s.bins[size_t(i)] > 0)
            b.histogram.add(i < bounds.size() ? bounds.at(i) : bounds.last() * 2,
                            s.bins[size_t(i)]);
    }
    for (const CodeCount &c : s.codes) {
        if (c.id != 0)
            b.errorsByCode.insert(CodeTable::instance().code(c.id), c.count);
    }
    if (s.moreCodes) {
        const auto it = m_moreCodes.find(s.t);
        if (it != m_moreCodes.end()) {
            for (auto code = it->second.cbegin(); code != it->second.cend(); ++code)
                b.errorsByCode[code.key()] += code.value();
        }
    }
    return b;
}

void BucketSeries::append(const protocol::MetricsBucket &bucket)
{
    if (!m_seconds.empty() && bucket.t <= m_seconds.back().t) {
        // A second already held (or a late one): merged where it belongs.
        const auto found = lowerBound(bucket.t);
        const auto at = m_seconds.begin() + (found - m_seconds.cbegin());
        if (at != m_seconds.end() && at->t == bucket.t) {
            protocol::MetricsBucket merged = decode(*at);
            merged.merge(bucket);
            *at = encode(merged);
            return;
        }
        if (at == m_seconds.begin() && qsizetype(m_seconds.size()) >= m_capacity)
            return; // older than everything kept
        m_seconds.insert(at, encode(bucket));
    } else {
        m_seconds.push_back(encode(bucket));
    }
    while (qsizetype(m_seconds.size()) > m_capacity) {
        if (m_seconds.front().moreCodes)
            m_moreCodes.erase(m_seconds.front().t);
        m_seconds.pop_front();
    }
}

QList<protocol::MetricsBucket> BucketSeries::windows(qint64 from, qint64 to, qint64 step) const
{
    QList<protocol::MetricsBucket> out;
    if (step <= 0 || to <= from)
        return out;
    forEach(from, to, [&out, step](const protocol::MetricsBucket &b) {
        const qint64 start = b.t - ((b.t % step) + step) % step;
        if (out.isEmpty() || out.last().t != start) {
            protocol::MetricsBucket window;
            window.t = start;
            out.append(window);
        }
        out.last().merge(b);
    });
    return out;
}

} // namespace lgsp::models
