#include "models/traffic/trafficseries.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lgsp::models {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

qint64 alignDown(qint64 t, qint64 step)
{
    return t - ((t % step) + step) % step;
}

} // namespace

double TrafficFrame::rate(qsizetype i, qint64 perSeconds) const
{
    if (i < 0 || i >= slots.size() || !present.at(i))
        return kNaN;
    const qint64 seconds = std::max<qint64>(1, covered.at(i));
    return double(slots.at(i).count) * double(perSeconds) / double(seconds);
}

double TrafficFrame::percentile(qsizetype i, double quantile) const
{
    if (i < 0 || i >= slots.size() || !present.at(i) || slots.at(i).histogram.total() == 0)
        return kNaN;
    return slots.at(i).histogram.percentile(quantile);
}

double TrafficFrame::errors(qsizetype i, const QString &code) const
{
    if (i < 0 || i >= slots.size() || !present.at(i))
        return kNaN;
    const protocol::MetricsBucket &slot = slots.at(i);
    return double(code.isEmpty() ? slot.errors : slot.errorsByCode.value(code));
}

QStringList TrafficFrame::errorCodes() const
{
    QHash<QString, qint64> totals;
    for (const protocol::MetricsBucket &slot : slots) {
        for (auto it = slot.errorsByCode.cbegin(); it != slot.errorsByCode.cend(); ++it)
            totals[it.key()] += it.value();
    }
    QStringList codes = totals.keys();
    std::sort(codes.begin(), codes.end(), [&totals](const QString &a, const QString &b) {
        const qint64 ta = totals.value(a);
        const qint64 tb = totals.value(b);
        return ta != tb ? ta > tb : a < b;
    });
    return codes;
}

qsizetype TrafficFrame::slotAt(qint64 t) const
{
    if (slots.isEmpty() || step <= 0)
        return -1;
    const qint64 index = (t - slots.first().t) / step;
    if (t < slots.first().t || index >= slots.size())
        return -1;
    return qsizetype(index);
}

bool TrafficFrame::partial(qsizetype i) const
{
    if (i < 0 || i >= slots.size() || !present.at(i) || covered.at(i) >= step ||
        slots.at(i).t + 2 * step <= to)
        return false;
    // The newest slot with data: a polled source's answer can be a slot behind the clock.
    return i == slots.size() - 1 || !present.at(i + 1);
}

TrafficSeries::TrafficSeries()
    : m_fine(kFineCapacity)
{}

void TrafficSeries::appendSecond(const protocol::MetricsBucket &bucket)
{
    m_fine.append(bucket);
    if (!m_dirty)
        m_dirtyFrom = std::min(m_dirtyFrom, bucket.t);
}

void TrafficSeries::setHistory(const QList<protocol::MetricsBucket> &buckets, qint64 step,
                               qint64 upTo, qint64 countedUpTo)
{
    m_history.clear();
    for (const protocol::MetricsBucket &b : buckets)
        m_history.insert(b.t, b);
    m_historyStep = step;
    m_historyUpTo = upTo;
    m_historyCountedUpTo = countedUpTo > upTo - step && countedUpTo < upTo ? countedUpTo : 0;
    m_dirty = true;
}

void TrafficSeries::mergeHistory(const QList<protocol::MetricsBucket> &buckets, qint64 upTo,
                                 qint64 countedUpTo)
{
    if (m_historyStep <= 0)
        return;
    for (const protocol::MetricsBucket &b : buckets)
        m_history.insert(b.t, b);
    // An answer older than what is held changes no slot's completeness.
    if (upTo >= m_historyUpTo) {
        m_historyCountedUpTo =
            countedUpTo > upTo - m_historyStep && countedUpTo < upTo ? countedUpTo : 0;
        m_historyUpTo = upTo;
    }
    m_dirty = true;
}

void TrafficSeries::addGap(const TrafficGap &gap)
{
    if (gap.to <= gap.from)
        return;
    TrafficGap merged = gap;
    for (auto it = m_gaps.begin(); it != m_gaps.end();) {
        const bool replaceOpen = gap.reason == TrafficGap::Reason::Reconnecting &&
                                 it->reason == TrafficGap::Reason::Reconnecting;
        const bool overlaps = !replaceOpen && it->reason == gap.reason && it->from <= merged.to &&
                              merged.from <= it->to;
        if (replaceOpen || overlaps) {
            if (overlaps) {
                merged.from = std::min(merged.from, it->from);
                merged.to = std::max(merged.to, it->to);
            }
            it = m_gaps.erase(it);
        } else {
            ++it;
        }
    }
    const auto at = std::lower_bound(m_gaps.begin(), m_gaps.end(), merged.from,
                                     [](const TrafficGap &g, qint64 t) { return g.from < t; });
    m_gaps.insert(at, merged);
    m_dirty = true;
}

void TrafficSeries::closeReconnecting()
{
    const auto removed = m_gaps.removeIf(
        [](const TrafficGap &g) { return g.reason == TrafficGap::Reason::Reconnecting; });
    if (removed > 0)
        m_dirty = true;
}

const TrafficFrame &TrafficSeries::frame(qint64 from, qint64 to, qint64 step)
{
    step = std::max<qint64>(1, step);
    const qint64 start = alignDown(from, step);
    const qint64 count = std::max<qint64>(0, (to - start + step - 1) / step);
    TrafficFrame &f = m_frame;
    const bool reusable = !m_dirty && f.step == step && !f.slots.isEmpty() &&
                          start >= f.slots.first().t && (start - f.slots.first().t) % step == 0;
    if (!reusable) {
        rebuild(start, to, step);
        return f;
    }
    // Slide: drop the slots that left the window, add the new ones, refill what changed.
    const qsizetype drop = std::min<qsizetype>(f.slots.size(), (start - f.slots.first().t) / step);
    f.slots.remove(0, drop);
    f.present.remove(0, drop);
    f.covered.remove(0, drop);
    qsizetype firstChanged = f.slots.size();
    while (f.slots.size() < count) {
        protocol::MetricsBucket slot;
        slot.t = start + f.slots.size() * step;
        f.slots.append(slot);
        f.present.append(false);
        f.covered.append(0);
    }
    if (f.slots.size() > count) {
        f.slots.resize(count);
        f.present.resize(count);
        f.covered.resize(count);
    }
    if (m_dirtyFrom != std::numeric_limits<qint64>::max())
        firstChanged = std::min(firstChanged, std::max<qsizetype>(0, (m_dirtyFrom - start) / step));
    for (qsizetype i = std::max<qsizetype>(0, firstChanged); i < f.slots.size(); ++i)
        fillSlot(i);
    f.from = from;
    f.to = to;
    f.gaps.clear();
    for (const TrafficGap &g : std::as_const(m_gaps)) {
        if (g.to > start && g.from < to)
            f.gaps.append({std::max(g.from, start), std::min(g.to, to), g.reason});
    }
    m_dirtyFrom = std::numeric_limits<qint64>::max();
    return f;
}

void TrafficSeries::rebuild(qint64 start, qint64 to, qint64 step)
{
    TrafficFrame &f = m_frame;
    f = TrafficFrame{};
    f.step = step;
    f.from = start;
    f.to = to;
    const qint64 count = std::max<qint64>(0, (to - start + step - 1) / step);
    f.slots.resize(count);
    f.present.resize(count);
    f.covered.resize(count);
    for (qsizetype i = 0; i < count; ++i) {
        f.slots[i].t = start + i * step;
        fillSlot(i);
    }
    for (const TrafficGap &g : std::as_const(m_gaps)) {
        if (g.to > start && g.from < to)
            f.gaps.append({std::max(g.from, start), std::min(g.to, to), g.reason});
    }
    m_dirty = false;
    m_dirtyFrom = std::numeric_limits<qint64>::max();
}

bool TrafficSeries::inGap(qint64 from, qint64 to) const
{
    for (const TrafficGap &g : m_gaps) {
        if (g.from <= from && to <= g.to)
            return true;
    }
    return false;
}

void TrafficSeries::fillSlot(qsizetype index)
{
    TrafficFrame &f = m_frame;
    const qint64 t = f.slots.at(index).t;
    const qint64 end = t + f.step;
    protocol::MetricsBucket slot;
    slot.t = t;
    qint64 covered = 0;
    if (!inGap(t, end)) {
        const bool historyFits =
            m_historyStep > 0 && f.step % m_historyStep == 0 && end <= m_historyUpTo;
        if (historyFits) {
            for (auto it = m_history.lowerBound(t); it != m_history.cend() && it.key() < end;
                 ++it) {
                slot.merge(it.value());
                // The running slot: only the seconds counted so far.
                const bool running = m_historyCountedUpTo > it.key() &&
                                     m_historyCountedUpTo < it.key() + m_historyStep;
                covered += running ? m_historyCountedUpTo - it.key() : m_historyStep;
            }
        }
        if (covered == 0) {
            // Per-second data, minus the seconds a gap hides.
            QList<const TrafficGap *> touching;
            for (const TrafficGap &g : m_gaps) {
                if (g.to > t && g.from < end)
                    touching.append(&g);
            }
            m_fine.forEach(t, end, [&](const protocol::MetricsBucket &b) {
                for (const TrafficGap *g : std::as_const(touching)) {
                    if (b.t >= g->from && b.t < g->to)
                        return;
                }
                slot.merge(b);
                ++covered;
            });
        }
    }
    f.slots[index] = slot;
    f.present[index] = covered > 0;
    f.covered[index] = covered;
}

} // namespace lgsp::models
