#include "checkcommand.h"

#include "commandtargets.h"

#include "client/connection.h"
#include "client/health/healthprobe.h"
#include "client/localsandbox.h"
#include "client/profiles/profilestore.h"
#include "client/secrets/secretstore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace lgsp::app {

namespace {

constexpr int kConcurrentProbes = 4;

int refuse(const QString &text)
{
    std::fprintf(stderr, "lgsp-console: %s\n", qUtf8Printable(text));
    return 2;
}

QString textReport(const client::ProbeReport &report)
{
    qsizetype titleWidth = 0;
    qsizetype statusWidth = 0;
    for (const client::ProbeCheck &c : report.checks) {
        titleWidth = std::max(titleWidth, c.title.size());
        statusWidth = std::max(statusWidth, client::ProbeCheck::statusText(c.status).size());
    }
    QString text = CheckCommand::tr("%1 — %2: %3")
                       .arg(report.profileName, report.url.toString(),
                            client::ProbeCheck::statusText(report.overall())) +
                   QLatin1Char('\n');
    for (const client::ProbeCheck &c : report.checks) {
        QString line = QStringLiteral("  ") +
                       client::ProbeCheck::statusText(c.status).leftJustified(statusWidth) +
                       QStringLiteral("  ") + c.title.leftJustified(titleWidth) +
                       QStringLiteral("  ") + c.detail;
        if (c.elapsedMs >= 0)
            line += QStringLiteral(" (%1)").arg(CheckCommand::tr("%1 ms").arg(c.elapsedMs));
        text += line + QLatin1Char('\n');
    }
    return text;
}

} // namespace

bool CheckCommand::requested(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("--check"));
}

int CheckCommand::run(const QStringList &arguments)
{
    // Standard output is the report; standard error carries only warnings unless the
    // person asks for more with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("lgsp.*.info=false\nlgsp.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check the health of LGSP instances without a window."));
    parser.addHelpOption();
    const QCommandLineOption check(QStringLiteral("check"), tr("Run the health checks."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("Check the profile with this name (repeatable)."),
                                     tr("name"));
    const QCommandLineOption all(QStringLiteral("all"), tr("Check every profile (the default)."));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: text or json."),
                                    QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Check a local lgsp-sandbox started for the purpose."));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the output: vi or en."),
                                  QStringLiteral("lang"));
    parser.addOptions({check, profile, all, format, demo, lang});
    if (!parser.parse(arguments))
        return refuse(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qUtf8Printable(parser.helpText()));
        return 0;
    }
    const QString outputFormat = parser.value(format);
    if (outputFormat != QLatin1String("text") && outputFormat != QLatin1String("json"))
        return refuse(tr("Unknown format \"%1\"; use text or json.").arg(outputFormat));

    QList<CommandTarget> targets;
    client::LocalSandbox sandbox;
    QString error;
    if (!CommandTargets::collect(parser.isSet(demo), parser.values(profile), parser.isSet(all),
                                 &sandbox, &targets, &error))
        return refuse(error);

    // Probe with a bounded number at a time; reports keep the order of the targets.
    QList<client::ProbeReport> reports(targets.size());
    QEventLoop loop;
    qsizetype next = 0;
    int running = 0;
    std::function<void()> launch = [&] {
        while (running < kConcurrentProbes && next < targets.size()) {
            const qsizetype index = next++;
            ++running;
            auto *connection = new client::Connection(targets.at(index).profile, &loop);
            connection->setSecret(targets.at(index).secret);
            auto *probe = new client::HealthProbe(connection, connection);
            QObject::connect(probe, &client::HealthProbe::finished, &loop,
                             [&, index, connection](const client::ProbeReport &report) {
                                 reports[index] = report;
                                 connection->deleteLater();
                                 --running;
                                 launch();
                                 if (running == 0 && next >= targets.size())
                                     loop.quit();
                             });
            probe->start();
        }
    };
    launch();
    if (!targets.isEmpty())
        loop.exec();

    int exitCode = 0;
    QJsonArray instances;
    QString text;
    for (const client::ProbeReport &report : std::as_const(reports)) {
        exitCode = std::max(exitCode, report.exitCode());
        instances.append(report.toJson());
        text += textReport(report) + QLatin1Char('\n');
    }
    if (outputFormat == QLatin1String("json")) {
        const QJsonObject document{{QStringLiteral("status"), exitCode == 0 ? QStringLiteral("ok")
                                                              : exitCode == 1
                                                                  ? QStringLiteral("warn")
                                                                  : QStringLiteral("fail")},
                                   {QStringLiteral("instances"), instances}};
        std::fprintf(stdout, "%s",
                     QJsonDocument(document).toJson(QJsonDocument::Indented).constData());
    } else {
        std::fprintf(stdout, "%s", qUtf8Printable(text));
    }
    std::fflush(stdout);
    sandbox.stop();
    return exitCode;
}

} // namespace lgsp::app
