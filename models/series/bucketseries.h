#pragma once

#include "protocol/metrics.h"

#include <QList>

#include <algorithm>
#include <deque>

namespace lgsp::models {

// One series of per-second metric buckets (calls, errors by code, latency histogram) held in
// memory, bounded: the oldest seconds go once `capacity` is reached. Buckets arrive in time
// order (the live stream, backfill); one for a second already held is merged into it.
class BucketSeries
{
public:
    explicit BucketSeries(qsizetype capacity = 7 * 24 * 3600);

    void append(const protocol::MetricsBucket &bucket);
    qsizetype size() const { return qsizetype(m_buckets.size()); }
    qsizetype capacity() const { return m_capacity; }
    qint64 firstSecond() const { return m_buckets.empty() ? 0 : m_buckets.front().t; }
    qint64 lastSecond() const { return m_buckets.empty() ? 0 : m_buckets.back().t; }

    // The seconds [from, to) merged into windows of `step` seconds, aligned on multiples of
    // `step`: counts and errors added, histograms merged (so percentiles of a window are
    // exact, never averages of percentiles). Windows with no data are left out.
    QList<protocol::MetricsBucket> windows(qint64 from, qint64 to, qint64 step) const;

    // Calls f(bucket) for each second held in [from, to), in time order.
    template<typename F>
    void forEach(qint64 from, qint64 to, F &&f) const
    {
        auto it =
            std::lower_bound(m_buckets.begin(), m_buckets.end(), from,
                             [](const protocol::MetricsBucket &b, qint64 t) { return b.t < t; });
        for (; it != m_buckets.end() && it->t < to; ++it)
            f(*it);
    }

private:
    qsizetype m_capacity;
    std::deque<protocol::MetricsBucket> m_buckets;
};

} // namespace lgsp::models
