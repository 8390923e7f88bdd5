#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUuid>

namespace lgsp::client {
class Fleet;
}

namespace lgsp::models {

// How old what a panel shows is, and when it is stale: the one clock behind every "updated
// N s ago" of the window, and the rules that turn data stale.
class Freshness
{
    Q_DECLARE_TR_FUNCTIONS(lgsp::models::Freshness)

public:
    // Lists (tenants, catalog) and comparisons are read once, not polled: after this long
    // they are said to be stale even if nothing is known to have changed.
    static constexpr qint64 kSnapshotStaleAfterMs = 15 * 60 * 1000;

    // Now, in UTC. Tests move it forward with setClockOffsetForTesting() instead of waiting.
    static QDateTime now();
    static void setClockOffsetForTesting(qint64 ms);

    // Whole seconds from `since` to now, never negative; -1 when `since` is not valid.
    static qint64 ageSeconds(const QDateTime &since);
    // "12 s ago", "3 min ago", "2 h ago".
    static QString ageText(qint64 seconds);
    // A polled instance is stale when its last poll finished longer ago than twice its
    // interval plus 5 s (the poll in flight may take a while; one missed poll is not news).
    static qint64 pollStaleAfterMs(qint64 pollIntervalMs);
    static bool isPollStale(const QDateTime &updatedAt, qint64 pollIntervalMs);
    // The instances of `fleet` polled at least once whose polls are stale, in its order.
    static QList<QUuid> pollStaleInstances(const client::Fleet &fleet);
};

} // namespace lgsp::models
