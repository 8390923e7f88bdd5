#include "checkcommand.h"

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

struct Target
{
    client::ConnectionProfile profile;
    QString secret;
};

int refuse(const QString &text)
{
    std::fprintf(stderr, "lgsp-console: %s\n", qUtf8Printable(text));
    return 2;
}

// Reads a secret from the keychain, waiting for its answer (no window, no GUI thread).
// Empty when there is none or no keychain; the probe then reports the credential missing.
QString readSecret(client::SecretStore &secrets, const client::ConnectionProfile &profile)
{
    if (profile.secretKind().isEmpty())
        return {};
    QEventLoop loop;
    QString secret;
    const QString key = client::SecretStore::keyFor(profile.id, profile.secretKind());
    const auto answered = [&loop, key](const QString &k) {
        if (k == key)
            loop.quit();
    };
    QObject::connect(&secrets, &client::SecretStore::secretRead, &loop,
                     [&](const QString &k, const QString &value) {
                         if (k == key)
                             secret = value;
                         answered(k);
                     });
    QObject::connect(&secrets, &client::SecretStore::missing, &loop, answered);
    QObject::connect(&secrets, &client::SecretStore::failed, &loop,
                     [&](const QString &k, const QString &) { answered(k); });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    secrets.read(profile.id, profile.secretKind());
    loop.exec();
    return secret;
}

// Starts the local sandbox and returns its profile with the operator credential.
std::optional<Target> demoTarget(client::LocalSandbox &sandbox, QString *error)
{
    QEventLoop loop;
    QObject::connect(&sandbox, &client::LocalSandbox::ready, &loop, &QEventLoop::quit);
    QObject::connect(&sandbox, &client::LocalSandbox::failed, &loop, [&](const QString &reason) {
        *error = reason;
        loop.quit();
    });
    sandbox.start();
    loop.exec();
    if (!error->isEmpty())
        return std::nullopt;
    Target target;
    target.profile.id = QUuid::createUuid();
    target.profile.name = CheckCommand::tr("Local sandbox (demo)");
    target.profile.baseUrl = sandbox.baseUrl();
    target.profile.proxy = QStringLiteral("none");
    if (!sandbox.readBootstrapCredentials(&target.profile.clientId, &target.secret)) {
        *error = CheckCommand::tr("The sandbox's credential could not be read.");
        return std::nullopt;
    }
    return target;
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

    QList<Target> targets;
    client::LocalSandbox sandbox;
    if (parser.isSet(demo)) {
        QString error;
        std::optional<Target> target = demoTarget(sandbox, &error);
        if (!target)
            return refuse(tr("The local sandbox could not be started: %1").arg(error));
        targets.append(*target);
    }
    if (!parser.isSet(demo) || parser.isSet(profile) || parser.isSet(all)) {
        client::ProfileStore store;
        QString error;
        const client::ProfileStore::LoadResult loaded = store.load(&error);
        if (loaded == client::ProfileStore::LoadResult::Corrupt ||
            loaded == client::ProfileStore::LoadResult::NewerVersion)
            return refuse(error);
        QList<client::ConnectionProfile> chosen;
        if (parser.isSet(profile)) {
            for (const QString &name : parser.values(profile)) {
                const client::ConnectionProfile *found = store.findByName(name);
                if (!found)
                    return refuse(tr("No profile named %1.").arg(name));
                chosen.append(*found);
            }
        } else {
            chosen = store.profiles();
        }
        if (chosen.isEmpty() && targets.isEmpty())
            return refuse(tr("There are no connection profiles to check. Add one with "
                             "--add-profile, or use --demo."));
        client::SecretStore secrets;
        for (const client::ConnectionProfile &p : std::as_const(chosen))
            targets.append(Target{p, readSecret(secrets, p)});
    }

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
