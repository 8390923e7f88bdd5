#pragma once

#include "protocol/metrics.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <array>
#include <deque>
#include <map>

namespace lgsp::models {

// One series of per-second metric buckets (calls, errors by code, latency histogram) held in
// memory, bounded: the oldest seconds go once `capacity` is reached. Buckets arrive in time
// order (the live stream, backfill); one for a second already held is merged into it.
//
// A day of seconds for several scopes must fit in memory, so each second is stored compactly
// (about 100 bytes: counts, the histogram's bins, up to three error codes by number; a rare
// second with more codes keeps the rest aside) and turned back into a MetricsBucket when read.
class BucketSeries
{
public:
    explicit BucketSeries(qsizetype capacity = 7 * 24 * 3600);

    void append(const protocol::MetricsBucket &bucket);
    qsizetype size() const { return qsizetype(m_seconds.size()); }
    qsizetype capacity() const { return m_capacity; }
    qint64 firstSecond() const { return m_seconds.empty() ? 0 : m_seconds.front().t; }
    qint64 lastSecond() const { return m_seconds.empty() ? 0 : m_seconds.back().t; }

    // The seconds [from, to) merged into windows of `step` seconds, aligned on multiples of
    // `step`: counts and errors added, histograms merged (so percentiles of a window are
    // exact, never averages of percentiles). Windows with no data are left out.
    QList<protocol::MetricsBucket> windows(qint64 from, qint64 to, qint64 step) const;

    // Calls f(bucket) for each second held in [from, to), in time order.
    template<typename F>
    void forEach(qint64 from, qint64 to, F &&f) const
    {
        for (auto it = lowerBound(from); it != m_seconds.end() && it->t < to; ++it)
            f(decode(*it));
    }

private:
    static constexpr int kBins = 15; // LatencyHistogram::bounds() and the overflow bin
    static constexpr int kInlineCodes = 3;
    struct CodeCount
    {
        quint16 id = 0; // 0: unused; else an index into the code table, plus one
        quint32 count = 0;
    };
    struct Second
    {
        qint64 t = 0;
        quint32 count = 0;
        quint32 errors = 0;
        std::array<quint32, kBins> bins{};
        std::array<CodeCount, kInlineCodes> codes{};
        bool moreCodes = false; // the rest of this second's codes are in m_moreCodes
    };

    std::deque<Second>::const_iterator lowerBound(qint64 t) const;
    Second encode(const protocol::MetricsBucket &bucket);
    protocol::MetricsBucket decode(const Second &second) const;

    qsizetype m_capacity;
    std::deque<Second> m_seconds;
    std::map<qint64, QHash<QString, qint64>> m_moreCodes;
};

} // namespace lgsp::models
