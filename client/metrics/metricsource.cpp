#include "client/metrics/metricsource.h"

namespace lgsp::client {

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
