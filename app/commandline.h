#pragma once

#include "ui/shell/page.h"
#include "ui/theme/theme.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace lgsp::app {

struct CommandLineOptions
{
    QString language; // "vi", "en" or empty
    bool demo = false;
    std::optional<ui::Page> view;
    std::optional<ui::Theme::Choice> theme; // for this run only, not saved
    QString screenshotPath;
    QString bundlePath; // a configuration bundle to open
    int screenshotTimeoutMs = 20000;
    bool reportFirstPaint = false; // hidden; used by bench/startup
};

// The console's command line, parsed with QCommandLineParser. --help and --version print and
// exit the process as usual.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Looks for --lang before the translator is installed, so --help can be translated.
    static QString languageArgument(const QStringList &arguments);
    // Returns the options, or nothing with a translated message in *error.
    static std::optional<CommandLineOptions> parse(const QStringList &arguments, QString *error);
};

} // namespace lgsp::app
