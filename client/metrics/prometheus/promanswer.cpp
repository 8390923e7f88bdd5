#include "client/metrics/prometheus/promanswer.h"

#include "client/metrics/prometheus/promjsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lgsp::client {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double valueOf(const QJsonValue &v)
{
    // Prometheus sends sample values as strings; a number is accepted too.
    if (v.isDouble())
        return v.toDouble();
    const QString text = v.toString();
    if (text == QLatin1String("+Inf") || text == QLatin1String("Inf"))
        return std::numeric_limits<double>::infinity();
    if (text == QLatin1String("-Inf"))
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double d = text.toDouble(&ok);
    return ok ? d : kNaN;
}

bool usable(double v)
{
    return std::isfinite(v) && v >= 0;
}

} // namespace

std::optional<PromAnswer> PromAnswer::decode(const QByteArray &body, QString *errorType,
                                             QString *error)
{
    if (std::optional<PromAnswer> fast = readPromSuccess(body))
        return fast;
    return decodeDocument(body, errorType, error);
}

std::optional<PromAnswer> PromAnswer::decodeDocument(const QByteArray &body, QString *errorType,
                                                     QString *error)
{
    const auto fail = [&](const QString &type, const QString &text) {
        if (errorType)
            *errorType = type;
        if (error)
            *error = text;
        return std::nullopt;
    };
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        // Prometheus answers some failures (a proxy's 401, a 503 while starting) in plain text.
        const QString text = QString::fromUtf8(body.left(300)).simplified();
        return fail(QStringLiteral("decode"),
                    text.isEmpty() ? QStringLiteral("not a Prometheus API answer") : text);
    }
    const QJsonObject root = doc.object();
    const QString status = root.value(QStringLiteral("status")).toString();
    if (status != QLatin1String("success")) {
        const QString type = root.value(QStringLiteral("errorType")).toString();
        const QString text = root.value(QStringLiteral("error")).toString();
        if (status != QLatin1String("error"))
            return fail(QStringLiteral("decode"), QStringLiteral("no \"status\" in the answer"));
        return fail(type.isEmpty() ? QStringLiteral("error") : type, text);
    }
    PromAnswer answer;
    for (const QJsonValue &w : root.value(QStringLiteral("warnings")).toArray())
        answer.warnings.append(w.toString());
    const QJsonObject data = root.value(QStringLiteral("data")).toObject();
    answer.resultType = data.value(QStringLiteral("resultType")).toString();
    const QJsonValue result = data.value(QStringLiteral("result"));
    if (answer.resultType == QLatin1String("scalar")) {
        const QJsonArray pair = result.toArray();
        Series s;
        if (pair.size() == 2)
            s.points.append({qint64(std::llround(pair.at(0).toDouble())), valueOf(pair.at(1))});
        answer.series.append(s);
        return answer;
    }
    if (!result.isArray())
        return fail(QStringLiteral("decode"), QStringLiteral("no result list in the answer"));
    const QJsonArray list = result.toArray();
    answer.series.reserve(list.size());
    for (const QJsonValue &item : list) {
        const QJsonObject o = item.toObject();
        Series s;
        const QJsonObject metric = o.value(QStringLiteral("metric")).toObject();
        for (auto it = metric.constBegin(); it != metric.constEnd(); ++it)
            s.labels.insert(it.key(), it.value().toString());
        const auto addPoint = [&s](const QJsonValue &v) {
            const QJsonArray pair = v.toArray();
            if (pair.size() == 2 && pair.at(0).isDouble())
                s.points.append({qint64(std::llround(pair.at(0).toDouble())), valueOf(pair.at(1))});
        };
        if (o.contains(QStringLiteral("values"))) {
            const QJsonArray values = o.value(QStringLiteral("values")).toArray();
            s.points.reserve(values.size());
            for (const QJsonValue &v : values)
                addPoint(v);
        } else if (o.contains(QStringLiteral("value"))) {
            addPoint(o.value(QStringLiteral("value")));
        }
        answer.series.append(s);
    }
    return answer;
}

PromSlots::PromSlots(const PromMapping &mapping, qint64 from, qint64 step, qint64 slots)
    : m_mapping(mapping)
    , m_from(from)
    , m_step(std::max<qint64>(1, step))
    , m_slots(std::max<qint64>(0, slots))
{}

PromSlots::Values PromSlots::align(const PromAnswer::Series &series) const
{
    Values values(m_slots + 1, kNaN);
    for (const auto &[t, v] : series.points) {
        const qint64 offset = t - m_from;
        if (offset < 0 || offset % m_step != 0)
            continue;
        const qint64 index = offset / m_step;
        if (index <= m_slots)
            values[index] = v;
    }
    return values;
}

void PromSlots::setRequests(const PromAnswer &answer)
{
    m_requests.clear();
    for (const PromAnswer::Series &s : answer.series) {
        const QString code =
            m_mapping.codeLabel.isEmpty() ? QString() : s.labels.value(m_mapping.codeLabel);
        Values aligned = align(s);
        auto it = m_requests.find(code);
        if (it == m_requests.end()) {
            m_requests.insert(code, aligned);
            continue;
        }
        // Two series for one code (a label value spelt twice): their sum.
        for (qsizetype i = 0; i < aligned.size(); ++i) {
            if (std::isnan((*it)[i]))
                (*it)[i] = aligned.at(i);
            else if (!std::isnan(aligned.at(i)))
                (*it)[i] += aligned.at(i);
        }
    }
}

void PromSlots::setErrors(const PromAnswer &answer)
{
    m_errors = answer.series.isEmpty() ? Values(m_slots + 1, kNaN) : align(answer.series.first());
}

void PromSlots::setLatency(const PromAnswer &answer)
{
    m_latency.clear();
    for (const PromAnswer::Series &s : answer.series) {
        const QString le = s.labels.value(QStringLiteral("le"));
        bool ok = false;
        double bound = le == QLatin1String("+Inf") ? std::numeric_limits<double>::infinity()
                                                   : le.toDouble(&ok);
        if (le != QLatin1String("+Inf") && (!ok || std::isnan(bound)))
            continue;
        if (std::isfinite(bound))
            bound *= m_mapping.latencyUnitMs;
        m_latency.append({bound, align(s)});
    }
    std::sort(m_latency.begin(), m_latency.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
}

std::optional<double> PromSlots::increase(const Values &values, qsizetype slot)
{
    const double before = values.value(slot, kNaN);
    const double after = values.value(slot + 1, kNaN);
    if (!usable(after))
        return std::nullopt;
    if (!usable(before))
        return std::nullopt;
    return after >= before ? after - before : after; // a reset: counting starts again
}

QList<protocol::MetricsBucket> PromSlots::buckets() const
{
    QList<protocol::MetricsBucket> out;
    out.reserve(m_slots);
    const QList<double> &bounds = protocol::LatencyHistogram::bounds();
    // Which codes are failures, decided once per code (not per slot: a regular expression).
    QHash<QString, bool> failure;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        failure.insert(it.key(), !m_mapping.codeLabel.isEmpty() && !m_mapping.isSuccess(it.key()));
    for (qint64 k = 0; k < m_slots; ++k) {
        protocol::MetricsBucket b;
        b.t = m_from + k * m_step;
        // Was the instance scraped at both ends? Then a series that only appears at the end
        // (a code seen for the first time) counts from zero.
        bool scrapedBefore = false;
        bool scrapedAfter = false;
        for (const Values &v : m_requests) {
            scrapedBefore = scrapedBefore || usable(v.at(k));
            scrapedAfter = scrapedAfter || usable(v.at(k + 1));
        }
        if (!scrapedBefore || !scrapedAfter)
            continue;
        for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
            const Values &v = it.value();
            std::optional<double> inc = increase(v, k);
            if (!inc && usable(v.at(k + 1)))
                inc = v.at(k + 1); // new series
            if (!inc)
                continue;
            const qint64 calls = std::llround(*inc);
            b.count += calls;
            if (calls > 0 && failure.value(it.key())) {
                b.errors += calls;
                b.errorsByCode[it.key()] += calls;
            }
        }
        if (m_mapping.codeLabel.isEmpty() && !m_errors.isEmpty()) {
            std::optional<double> inc = increase(m_errors, k);
            if (!inc && usable(m_errors.value(k + 1, kNaN)))
                inc = m_errors.at(k + 1);
            const qint64 failed = inc ? std::min<qint64>(b.count, std::llround(*inc)) : 0;
            if (failed > 0) {
                b.errors = failed;
                b.errorsByCode[QStringLiteral("error")] = failed;
            }
        }
        // The slot's histogram: cumulative increases at each `le`, made monotonic.
        QList<QPair<double, double>> cumulative{{0.0, 0.0}};
        double total = 0;
        for (const auto &[le, values] : m_latency) {
            std::optional<double> inc = increase(values, k);
            if (!inc && usable(values.at(k + 1)))
                inc = values.at(k + 1);
            const double c = std::max(cumulative.last().second, inc.value_or(0));
            if (std::isinf(le)) {
                total = c;
                break;
            }
            cumulative.append({le, c});
            total = c;
        }
        if (total > 0) {
            const double lastFinite = cumulative.last().first;
            const double atLastFinite = cumulative.last().second;
            qint64 placed = 0;
            const qint64 all = std::llround(total);
            for (const double bound : bounds) {
                double c = atLastFinite;
                if (bound < lastFinite) {
                    for (qsizetype j = 1; j < cumulative.size(); ++j) {
                        if (bound <= cumulative.at(j).first) {
                            const auto &[x0, y0] = cumulative.at(j - 1);
                            const auto &[x1, y1] = cumulative.at(j);
                            c = x1 > x0 ? y0 + (y1 - y0) * (bound - x0) / (x1 - x0) : y1;
                            break;
                        }
                    }
                }
                const qint64 upTo = std::clamp<qint64>(std::llround(c), placed, all);
                if (upTo > placed)
                    b.histogram.add(bound, upTo - placed);
                placed = upTo;
            }
            if (all > placed)
                b.histogram.add(bounds.last() * 2, all - placed);
        }
        out.append(b);
    }
    return out;
}

} // namespace lgsp::client
