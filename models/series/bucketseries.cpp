#include "models/series/bucketseries.h"

#include <algorithm>

namespace lgsp::models {

BucketSeries::BucketSeries(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{}

void BucketSeries::append(const protocol::MetricsBucket &bucket)
{
    if (!m_buckets.empty() && bucket.t <= m_buckets.back().t) {
        // A second already held (or a late one): merged where it belongs.
        const auto at =
            std::lower_bound(m_buckets.begin(), m_buckets.end(), bucket.t,
                             [](const protocol::MetricsBucket &b, qint64 t) { return b.t < t; });
        if (at != m_buckets.end() && at->t == bucket.t) {
            at->merge(bucket);
            return;
        }
        if (at == m_buckets.begin() && qsizetype(m_buckets.size()) >= m_capacity)
            return; // older than everything kept
        m_buckets.insert(at, bucket);
    } else {
        m_buckets.push_back(bucket);
    }
    while (qsizetype(m_buckets.size()) > m_capacity)
        m_buckets.pop_front();
}

QList<protocol::MetricsBucket> BucketSeries::windows(qint64 from, qint64 to, qint64 step) const
{
    QList<protocol::MetricsBucket> out;
    if (step <= 0 || to <= from)
        return out;
    auto it = std::lower_bound(m_buckets.begin(), m_buckets.end(), from,
                               [](const protocol::MetricsBucket &b, qint64 t) { return b.t < t; });
    for (; it != m_buckets.end() && it->t < to; ++it) {
        const qint64 start = it->t - ((it->t % step) + step) % step;
        if (out.isEmpty() || out.last().t != start) {
            protocol::MetricsBucket window;
            window.t = start;
            out.append(window);
        }
        out.last().merge(*it);
    }
    return out;
}

} // namespace lgsp::models
