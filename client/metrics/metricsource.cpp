#include "client/metrics/metricsource.h"

#include <QDateTime>

namespace lgsp::client {

MetricSource::SlotRange MetricSource::slotRange(const MetricsQuery &query) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    SlotRange r;
    r.step = stepSeconds(query.step);
    if (r.step <= 0)
        r.step = 60;
    r.step = std::max<qint64>(r.step, minimumStep());
    const qint64 asked = std::min(now, query.to.isValid() ? query.to.toSecsSinceEpoch() : now);
    const qint64 whole = alignDown(asked, r.step);
    r.to = whole < asked ? whole + r.step : whole;
    r.from = alignDown(query.from.isValid() ? query.from.toSecsSinceEpoch() : r.to - 3600, r.step);
    r.countedUpTo = whole < asked ? asked : 0;
    return r;
}

qint64 MetricSource::stepSeconds(const QString &step)
{
    if (step.size() < 2)
        return 0;
    bool ok = false;
    const qint64 n = step.chopped(1).toLongLong(&ok);
    if (!ok || n <= 0)
        return 0;
    switch (step.back().toLatin1()) {
    case 's':
        return n;
    case 'm':
        return n * 60;
    case 'h':
        return n * 3600;
    case 'd':
        return n * 86400;
    default:
        return 0;
    }
}

} // namespace lgsp::client
