#pragma once

#include "models/series/bucketseries.h"
#include "models/series/trafficgap.h"
#include "protocol/metrics.h"

#include <QList>
#include <QMap>
#include <QString>

#include <limits>

namespace lgsp::models {

// What one chart shows for one scope over [from, to): one slot per `step` seconds, aligned
// on multiples of `step`. A NaN value means "no data" (before the history starts, or in a
// gap); zero means "no calls".
struct TrafficFrame
{
    qint64 from = 0;
    qint64 to = 0;
    qint64 step = 1;
    QList<protocol::MetricsBucket> slots; // merged; slot.t is the slot's start
    QList<bool> present;                  // per slot: data exists (not a gap, not before data)
    QList<qint64> covered;                // per slot: seconds of data merged into it
    QList<TrafficGap> gaps;               // clipped to [from, to)

    qsizetype size() const { return slots.size(); }
    // Calls per `perSeconds` seconds in slot i (NaN when absent).
    double rate(qsizetype i, qint64 perSeconds) const;
    // Latency percentile (0..1) of slot i from its merged histogram (NaN when absent or
    // without calls).
    double percentile(qsizetype i, double quantile) const;
    double errors(qsizetype i, const QString &code = {}) const;
    // Every error code seen in the frame, most frequent first.
    QStringList errorCodes() const;
    // The slot holding second t, or -1.
    qsizetype slotAt(qint64 t) const;
    // True for the newest slot with data while it holds only the seconds counted so far
    // (covered < step) and the window ends inside it or in the next one (a polled source's
    // answer can be one slot behind the clock): its figures will still grow.
    bool partial(qsizetype i) const;
};

// The traffic of one scope (an instance, or one tenant or service of it): per-second buckets
// from the live stream and the local history (bounded to 24 hours), coarser history fetched
// from the server for longer windows, and the gaps. Frames for the charts are computed
// incrementally: a new second touches only the last slot of the cached frame.
class TrafficSeries
{
public:
    static constexpr qsizetype kFineCapacity = 24 * 3600;

    TrafficSeries();

    // One second (live or backfilled). Seconds inside a recorded gap stay hidden by it.
    void appendSecond(const protocol::MetricsBucket &bucket);
    // History from the server, in `step`-second buckets, complete up to `upTo` (exclusive);
    // replaces earlier history. Slots it covers win over per-second data. `countedUpTo`, when
    // not 0, is inside the last slot: that running slot holds only the seconds before it.
    void setHistory(const QList<protocol::MetricsBucket> &buckets, qint64 step, qint64 upTo,
                    qint64 countedUpTo = 0);
    // Newer slots of the same step (a polled source's newest ones): each replaces the slot it
    // starts, and the history is complete up to `upTo` if that is later.
    void mergeHistory(const QList<protocol::MetricsBucket> &buckets, qint64 upTo,
                      qint64 countedUpTo = 0);
    qint64 historyStep() const { return m_historyStep; }
    qint64 historyUpTo() const { return m_historyUpTo; }
    // Adds a gap; overlapping gaps of the same reason are merged. An open Reconnecting gap is
    // replaced by the next one of that reason and removed by closeReconnecting().
    void addGap(const TrafficGap &gap);
    void closeReconnecting();
    const QList<TrafficGap> &gaps() const { return m_gaps; }
    const BucketSeries &fine() const { return m_fine; }
    qint64 lastSecond() const { return m_fine.lastSecond(); }

    // The frame of [from, to) at `step` seconds per slot. Cached: asking again for the same
    // step after new seconds arrived recomputes only what changed.
    const TrafficFrame &frame(qint64 from, qint64 to, qint64 step);

private:
    void rebuild(qint64 from, qint64 to, qint64 step);
    void fillSlot(qsizetype index);
    bool inGap(qint64 from, qint64 to) const;

    BucketSeries m_fine;
    QMap<qint64, protocol::MetricsBucket> m_history;
    qint64 m_historyStep = 0;
    qint64 m_historyUpTo = 0;
    qint64 m_historyCountedUpTo = 0; // inside the newest history slot, or 0
    QList<TrafficGap> m_gaps;
    TrafficFrame m_frame;
    bool m_dirty = true; // gaps or history changed: the cached frame is stale
    // The first second appended since the frame was computed.
    qint64 m_dirtyFrom = std::numeric_limits<qint64>::max();
};

} // namespace lgsp::models
