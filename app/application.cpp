#include "application.h"

#include "checkcommand.h"
#include "commandline.h"
#include "demosession.h"
#include "lgsp_version.h"
#include "listcommand.h"
#include "models/i18n/translations.h"
#include "models/session/consolesession.h"
#include "models/settings/appsettings.h"
#include "provisioning.h"
#include "reportcommand.h"
#include "ui/charts/transactionspage.h"
#include "ui/config/configpage.h"
#include "ui/health/healthpage.h"
#include "ui/shell/mainwindow.h"
#include "validatebundlecommand.h"
#include "windowcapture.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QIcon>
#include <QStandardPaths>

#include <cstdio>

namespace lgsp::app {

namespace {

QString startupLanguage(const QStringList &arguments, const models::AppSettings &settings)
{
    const QString fromArguments = CommandLine::languageArgument(arguments);
    if (models::Translations::availableLanguages().contains(fromArguments))
        return fromArguments;
    const QString saved = settings.value(models::SettingKeys::Language);
    if (models::Translations::availableLanguages().contains(saved))
        return saved;
    return models::Translations::languageForLocale(QLocale::system());
}

ui::Page startupPage(const CommandLineOptions &options, models::AppSettings &settings)
{
    if (options.view)
        return *options.view;
    if (!options.bundlePath.isEmpty())
        return ui::Page::Configuration;
    if (options.demo)
        return ui::Page::Fleet;
    if (!settings.value(models::SettingKeys::WelcomeSeen)) {
        settings.setValue(models::SettingKeys::WelcomeSeen, true);
        return ui::Page::Welcome;
    }
    return ui::pageFromName(settings.value(models::SettingKeys::LastPage))
        .value_or(ui::Page::Fleet);
}

} // namespace

int runConsole(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Command-line work needs no window (and no display): a core application is enough.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    // --help and --version print and exit: no window either.
    const bool printsOnly = rawArguments.contains(QStringLiteral("--help")) ||
                            rawArguments.contains(QStringLiteral("-h")) ||
                            rawArguments.contains(QStringLiteral("--help-all")) ||
                            rawArguments.contains(QStringLiteral("--version")) ||
                            rawArguments.contains(QStringLiteral("-v"));
    if (ReportCommand::requested(rawArguments)) {
        // A report needs fonts (the PDF), not a window: no display is needed either.
#if defined(Q_OS_LINUX)
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        QGuiApplication gui(argc, argv);
        QGuiApplication::setApplicationName(QStringLiteral("lgsp-console"));
        QGuiApplication::setOrganizationName(QStringLiteral("lgsp-console"));
        QGuiApplication::setApplicationVersion(QStringLiteral(LGSP_VERSION_STRING));
        models::AppSettings settings;
        settings.load();
        models::Translations translations;
        translations.setLanguage(startupLanguage(QGuiApplication::arguments(), settings));
        return ReportCommand::run(QGuiApplication::arguments());
    }
    if (printsOnly || Provisioning::requested(rawArguments) ||
        CheckCommand::requested(rawArguments) || ListCommand::requested(rawArguments) ||
        ValidateBundleCommand::requested(rawArguments)) {
        QCoreApplication core(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("lgsp-console"));
        QCoreApplication::setOrganizationName(QStringLiteral("lgsp-console"));
        QCoreApplication::setApplicationVersion(QStringLiteral(LGSP_VERSION_STRING));
        models::AppSettings settings;
        settings.load();
        models::Translations translations;
        translations.setLanguage(startupLanguage(QCoreApplication::arguments(), settings));
        if (CheckCommand::requested(rawArguments))
            return CheckCommand::run(QCoreApplication::arguments(), sinceStart);
        if (ListCommand::requested(rawArguments))
            return ListCommand::run(QCoreApplication::arguments());
        if (ValidateBundleCommand::requested(rawArguments))
            return ValidateBundleCommand::run(QCoreApplication::arguments());
        if (Provisioning::requested(rawArguments))
            return Provisioning::run(QCoreApplication::arguments());
        QString error;
        if (!CommandLine::parse(QCoreApplication::arguments(), &error)) {
            std::fprintf(stderr, "lgsp-console: %s\n", qUtf8Printable(error));
            return 2;
        }
        return 0; // parse() printed the help or the version and exited
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lgsp-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("LGSP Console"));
    QApplication::setOrganizationName(QStringLiteral("lgsp-console"));
    QApplication::setApplicationVersion(QStringLiteral(LGSP_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("vn.lgsp.Console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lgsp-console.svg")));

    models::AppSettings settings;
    settings.load();
    models::Translations translations;
    translations.setLanguage(startupLanguage(QApplication::arguments(), settings));

    QString error;
    const std::optional<CommandLineOptions> options =
        CommandLine::parse(QApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "lgsp-console: %s\n", qUtf8Printable(error));
        return 2;
    }

    // The theme before the first widget, so nothing paints in the wrong colours first.
    ui::Theme::instance()->setChoice(options->theme.value_or(
        ui::Theme::choiceFromName(settings.value(models::SettingKeys::Theme))
            .value_or(ui::Theme::Choice::System)));

    models::ConsoleSession session;
    session.load();
    ui::MainWindow window(&settings, &translations, session.fleet());
    window.setSession(&session);
    // Chart history survives restarts, next to the console's other data.
    window.setChartStorePath(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                 .filePath(QStringLiteral("chart-history.sqlite")));
    window.setConfigRecoveryPath(
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("config-recovery.json")));
    window.setHealthTimelinePath(
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("health-history.json")));
    window.showPage(startupPage(*options, settings));
    if (!options->bundlePath.isEmpty())
        window.configPage()->openFile(options->bundlePath);

    DemoSession demo(&session);
    QObject::connect(&window, &ui::MainWindow::demoRequested, &demo, &DemoSession::start);
    QObject::connect(&demo, &DemoSession::starting, &window, &ui::MainWindow::setDemoStarting);
    QObject::connect(&demo, &DemoSession::startFailed, &window, &ui::MainWindow::setDemoFailed);
    QObject::connect(&demo, &DemoSession::connected, &window,
                     &ui::MainWindow::setInstanceConnected);
    QObject::connect(&demo, &DemoSession::connectionFailed, &window,
                     &ui::MainWindow::setInstanceFailed);

    WindowCapture capture(&window);
    if (options->reportFirstPaint)
        capture.reportFirstPaint(sinceStart);
    if (!options->screenshotPath.isEmpty()) {
        capture.captureWhenReady(options->screenshotPath, options->screenshotTimeoutMs);
        if (options->demo)
            QObject::connect(&demo, &DemoSession::settled, &capture, &WindowCapture::markReady);
        else
            capture.markReady();
    }

    if (options->demo)
        demo.start();
    window.show();
    const int status = QApplication::exec();
    settings.save();
    return status;
}

} // namespace lgsp::app
