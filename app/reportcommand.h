#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lgsp::app {

// `lgsp-console --report --period 2026-11|2026-Q4|2026|FROM..TO [--profile NAME]...
// [--group NAME] [--all] [--demo] --format xlsx|pdf|csv --output FILE [--top N]
// [--time-zone ZONE]`: writes the traffic report of the instances over the period without a
// window, for a monthly cron job. Exits 0 when the report was written, 2 otherwise (the
// reason on stderr; an existing file is left as it was).
class ReportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    static bool requested(const QStringList &arguments);
    static int run(const QStringList &arguments);
};

} // namespace lgsp::app
