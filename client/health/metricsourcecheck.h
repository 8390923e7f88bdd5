#pragma once

#include "client/health/probereport.h"

#include <QCoreApplication>

#include <functional>

namespace lgsp::client {

class MetricSource;

// The health probe's "metrics" check: is the instance's separate metric source (a Prometheus)
// up, which version, and does its mapping and selector match any series. A source that cannot
// be read is a warning, not a failure: the instance itself may be fine, only its charts are
// missing. Not run for the instance's own API (its health is the instance's).
class MetricSourceCheck
{
    Q_DECLARE_TR_FUNCTIONS(MetricSourceCheck)

public:
    using Done = std::function<void(ProbeCheck::Status status, const QString &detail)>;

    // True when `source` is one to check; then `done` is called once, in `context`.
    static bool run(MetricSource *source, QObject *context, Done done);
};

} // namespace lgsp::client
