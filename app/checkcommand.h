#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lgsp::app {

// `lgsp-console --check [--profile NAME]... [--all] [--format text|json] [--demo]`: runs the
// health probe of the connection layer on each instance, without a window, prints every
// check and exits 0 (all OK), 1 (a warning) or 2 (a failure, an unreachable instance, or
// nothing could be checked) — for cron and monitoring systems. With --demo it checks a
// local lgsp-sandbox it starts for the purpose.
class CheckCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    static bool requested(const QStringList &arguments);
    static int run(const QStringList &arguments);
};

} // namespace lgsp::app
