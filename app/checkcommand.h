#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

namespace lgsp::app {

// `lgsp-console --check [--profile NAME]... [--all] [--format text|json|nagios|prometheus]
// [--timeout SECONDS] [--warning NAME=RANGE,…] [--critical NAME=RANGE,…] [--demo]`: runs the
// health probe of the connection layer on each instance (all at once), without a window, and
// the traffic figures where the instance has them; prints the result and exits as a
// monitoring plugin does: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (bad usage, no such
// profile, a keychain that cannot be read). The whole run, retries included, ends within
// --timeout (10 s by default). With --demo it checks a local lgsp-sandbox it starts.
class CheckCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    static constexpr double kDefaultTimeoutSeconds = 10;

    static bool requested(const QStringList &arguments);
    // `sinceStart` runs from the start of the process: the bound counts from there.
    static int run(const QStringList &arguments, const QElapsedTimer &sinceStart);
};

} // namespace lgsp::app
