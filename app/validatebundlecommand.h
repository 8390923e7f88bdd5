#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lgsp::app {

// `lgsp-console --validate-bundle FILE... [--format text|json]`: checks configuration
// bundles without a window, with the rules the server applies, for officers' own scripts and
// review processes. Prints every problem with its JSON pointer (or line and column for a file
// that does not parse). Exits 0 when every bundle is valid, 1 when one is invalid, 2 when one
// cannot be read as JSON at all. Never writes to the files.
class ValidateBundleCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ValidateBundleCommand)

public:
    static bool requested(const QStringList &arguments);
    static int run(const QStringList &arguments);
};

} // namespace lgsp::app
