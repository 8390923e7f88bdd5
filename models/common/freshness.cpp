#include "models/common/freshness.h"

#include "client/fleet/fleet.h"

#include <algorithm>
#include <atomic>

namespace lgsp::models {

namespace {
std::atomic<qint64> clockOffsetMs{0};
}

QDateTime Freshness::now()
{
    return QDateTime::currentDateTimeUtc().addMSecs(clockOffsetMs.load());
}

void Freshness::setClockOffsetForTesting(qint64 ms)
{
    clockOffsetMs.store(ms);
}

qint64 Freshness::ageSeconds(const QDateTime &since)
{
    if (!since.isValid())
        return -1;
    return std::max<qint64>(0, since.secsTo(now()));
}

QString Freshness::ageText(qint64 seconds)
{
    if (seconds < 60)
        return tr("%n s ago", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    return tr("%n h ago", nullptr, int(seconds / 3600));
}

qint64 Freshness::pollStaleAfterMs(qint64 pollIntervalMs)
{
    const qint64 interval =
        std::max<qint64>(client::Fleet::kMinimumInterval.count(), pollIntervalMs);
    return 2 * interval + 5000;
}

bool Freshness::isPollStale(const QDateTime &updatedAt, qint64 pollIntervalMs)
{
    return updatedAt.isValid() && updatedAt.msecsTo(now()) > pollStaleAfterMs(pollIntervalMs);
}

QList<QUuid> Freshness::pollStaleInstances(const client::Fleet &fleet)
{
    QList<QUuid> stale;
    for (const QUuid &id : fleet.ids()) {
        const client::Fleet::Instance *instance = fleet.instance(id);
        if (instance && instance->polls > 0 &&
            isPollStale(instance->updatedAt, instance->profile.pollIntervalMs))
            stale.append(id);
    }
    return stale;
}

} // namespace lgsp::models
