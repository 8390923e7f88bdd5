#include "commandline.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace lgsp::app {

QString CommandLine::languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

std::optional<CommandLineOptions> CommandLine::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("LGSP Console: administration console for LGSP integration and data-sharing "
           "platforms."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Language of the interface: vi or en."),
                                  QStringLiteral("vi|en"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        tr("Start a local lgsp-sandbox on a free loopback port and connect to it."));
    const QCommandLineOption view(
        QStringLiteral("view"),
        tr("Open this page: %1.").arg(ui::pageNames().join(QStringLiteral(", "))), tr("page"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        tr("Colours for this run, not saved: system, light, dark or high-contrast."),
        QStringLiteral("system|light|dark|high-contrast"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        tr("Once the window has loaded its data (or after a timeout), save a PNG image of it "
           "to this file and exit."),
        tr("file"));
    // Handled before this parser runs (see provisioning.h); listed here for --help.
    const QCommandLineOption addProfile(
        QStringLiteral("add-profile"),
        tr("Add a connection profile without opening a window (with --url, --kind "
           "lgsp-v1|wso2-apim, --client-id, --user, --group, --ca-file, --read-only, "
           "--secret-stdin)."),
        tr("name"));
    const QCommandLineOption importProfiles(QStringLiteral("import-profiles"),
                                            tr("Import connection profiles from a JSON file."),
                                            tr("file"));
    const QCommandLineOption removeProfile(
        QStringLiteral("remove-profile"),
        tr("Remove a connection profile and its secrets in the keychain."), tr("name"));
    const QCommandLineOption check(
        QStringLiteral("check"),
        tr("Check the health of the instances without opening a window, as a monitoring "
           "plugin (with --profile, --all, --format text|json|nagios|prometheus, --timeout, "
           "--warning, --critical, --demo); exit status 0 OK, 1 warning, 2 critical, "
           "3 unknown."));
    const QCommandLineOption list(
        QStringLiteral("list"),
        tr("Print every tenant or service, or the clients of a profile's security server, "
           "without opening a window (tenants, services or clients; with --profile, --all, "
           "--format json|csv, --demo)."),
        QStringLiteral("what"));
    const QCommandLineOption report(
        QStringLiteral("report"),
        tr("Write the traffic report of a period without opening a window (with --period "
           "2026-11|2026-Q4|2026|FROM..TO, --profile, --group, --all, --format xlsx|pdf|csv, "
           "--output FILE, --top N, --time-zone, --demo)."));
    QCommandLineOption firstPaint(QStringLiteral("report-first-paint"),
                                  QStringLiteral("Print a line when the window first paints."));
    firstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({lang, demo, view, theme, screenshot, addProfile, importProfiles,
                       removeProfile, check, list, report, firstPaint});
    parser.addPositionalArgument(
        QStringLiteral("bundle"),
        tr("A configuration bundle (.json) to open on the Configuration page."),
        QStringLiteral("[bundle]"));

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (parser.positionalArguments().size() > 1) {
        *error = tr("Unexpected argument: %1").arg(parser.positionalArguments().at(1));
        return std::nullopt;
    }

    CommandLineOptions options;
    if (parser.isSet(lang)) {
        options.language = parser.value(lang);
        if (options.language != QLatin1String("vi") && options.language != QLatin1String("en")) {
            *error = tr("Unknown language \"%1\"; use vi or en.").arg(options.language);
            return std::nullopt;
        }
    }
    options.demo = parser.isSet(demo);
    if (parser.isSet(view)) {
        options.view = ui::pageFromName(parser.value(view));
        if (!options.view) {
            *error = tr("Unknown page \"%1\"; use one of: %2.")
                         .arg(parser.value(view), ui::pageNames().join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    if (parser.isSet(theme)) {
        options.theme = ui::Theme::choiceFromName(parser.value(theme));
        if (!options.theme) {
            *error = tr("Unknown theme \"%1\"; use system, light, dark or high-contrast.")
                         .arg(parser.value(theme));
            return std::nullopt;
        }
    }
    options.screenshotPath = parser.value(screenshot);
    options.bundlePath = parser.positionalArguments().value(0);
    // A word that is no file is a mistake on the command line, not a bundle to open.
    if (!options.bundlePath.isEmpty() && !QFileInfo(options.bundlePath).isFile()) {
        *error = tr("No such bundle file: %1").arg(options.bundlePath);
        return std::nullopt;
    }
    options.reportFirstPaint = parser.isSet(firstPaint);
    return options;
}

} // namespace lgsp::app
