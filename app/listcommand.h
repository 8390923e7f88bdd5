#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lgsp::app {

// `lgsp-console --list tenants|services [--profile NAME]... [--all] [--format json|csv]
// [--demo]`: prints every tenant or service (all pages) of each instance without a window,
// for scripts and reports. CSV is UTF-8 with a byte-order mark. Exits 0 when every instance
// was read, 2 otherwise (what could be read is still printed; the reasons go to stderr).
class ListCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    static bool requested(const QStringList &arguments);
    static int run(const QStringList &arguments);
};

} // namespace lgsp::app
