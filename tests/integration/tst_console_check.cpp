// `lgsp-console --check` as a monitoring plugin, run as Nagios, Icinga or cron runs it:
// the whole run bounded by --timeout against ports that hang, a port that never accepts, a
// slow server and fifty profiles with ten hanging; the plugin exit codes; the nagios and
// prometheus formats (the latter read by Prometheus' own promtool).
#include "client/profiles/profilestore.h"
#include "client/secrets/secretstore.h"
#include "consolerun.h"
#include "fullbacklog.h"
#include "sandboxprocess.h"
#include "scriptedserver.h"
#include "testpaths.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using lgsp::client::ConnectionProfile;
using lgsp::test::FullBacklog;
using lgsp::test::isolatedEnvironment;
using lgsp::test::runConsoleServing;
using lgsp::test::ScriptedServer;
using Run = lgsp::test::ConsoleRun;

namespace {

QString profilesPath(const QTemporaryDir &home)
{
    return home.filePath(QStringLiteral("config/lgsp-console/lgsp-console/profiles.json"));
}

ConnectionProfile profile(const QString &name, const QUrl &url, const QString &clientId = {})
{
    ConnectionProfile p;
    p.id = QUuid::createUuid();
    p.name = name;
    p.baseUrl = url;
    p.proxy = QStringLiteral("none");
    p.clientId = clientId;
    if (clientId.isEmpty())
        p.auth = QStringLiteral("none");
    return p;
}

bool saveProfiles(const QTemporaryDir &home, const QList<ConnectionProfile> &profiles)
{
    lgsp::client::ProfileStore store(profilesPath(home));
    store.load();
    for (const ConnectionProfile &p : profiles) {
        if (!store.upsert(p))
            return false;
    }
    return store.save();
}

// Writes the secrets into the keychain the console reads; false when there is none.
bool storeSecrets(const QList<ConnectionProfile> &profiles, const QString &secret)
{
    lgsp::client::SecretStore secrets;
    int pending = 0;
    bool inKeychain = true;
    QEventLoop loop;
    QObject::connect(&secrets, &lgsp::client::SecretStore::written, &loop,
                     [&](const QString &, bool kept) {
                         inKeychain = inKeychain && kept;
                         if (--pending == 0)
                             loop.quit();
                     });
    QObject::connect(&secrets, &lgsp::client::SecretStore::failed, &loop, [&] {
        inKeychain = false;
        if (--pending == 0)
            loop.quit();
    });
    for (const ConnectionProfile &p : profiles) {
        ++pending;
        secrets.write(p.id, p.secretKind(), secret);
    }
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    return pending == 0 && inKeychain;
}

QJsonObject checkNamed(const QJsonObject &instance, const QString &id)
{
    for (const QJsonValue &c : instance.value(QStringLiteral("checks")).toArray()) {
        if (c.toObject().value(QStringLiteral("id")).toString() == id)
            return c.toObject();
    }
    return {};
}

QJsonObject firstInstance(const Run &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8())
        .object()
        .value(QStringLiteral("instances"))
        .toArray()
        .at(0)
        .toObject();
}

QByteArray fetch(const QUrl &url)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->readAll();
}

bool keychainExpected()
{
    return qEnvironmentVariable("LGSP_EXPECT_KEYCHAIN") == QLatin1String("available");
}

const QString kBoundText = QStringLiteral("the run's time limit (--timeout %1 s) was reached");

} // namespace

class TestConsoleCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hangingPortEndsWithinTheBound()
    {
        QTemporaryDir home;
        QTcpServer hang; // the kernel accepts; nobody ever answers
        QVERIFY(hang.listen(QHostAddress::LocalHost, 0));
        QVERIFY(saveProfiles(
            home, {profile(QStringLiteral("Hang"),
                           QUrl(QStringLiteral("http://127.0.0.1:%1").arg(hang.serverPort())))}));
        const QProcessEnvironment env = isolatedEnvironment(home);

        const Run json = runConsoleServing({QStringLiteral("--check"), QStringLiteral("--profile"),
                                            QStringLiteral("Hang"), QStringLiteral("--timeout"),
                                            QStringLiteral("4"), QStringLiteral("--format"),
                                            QStringLiteral("json")},
                                           env);
        QVERIFY2(json.exitCode == 2, qPrintable(json.out + json.err));
        QVERIFY2(json.elapsedMs < 4000, qPrintable(QString::number(json.elapsedMs)));
        const QJsonObject instance = firstInstance(json);
        QCOMPARE(instance.value(QStringLiteral("state")).toString(), QStringLiteral("CRITICAL"));
        const QJsonObject version = checkNamed(instance, QStringLiteral("version"));
        QCOMPARE(version.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        const QString detail = version.value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.contains(kBoundText.arg(4)), qPrintable(detail));
        // The time it says it waited is the time it waited.
        const qint64 waited = version.value(QStringLiteral("elapsedMs")).toInteger();
        QVERIFY2(waited > 2500 && waited < 4000, qPrintable(QString::number(waited)));
        QVERIFY2(detail.contains(
                     QStringLiteral("after %1")
                         .arg(QLocale(QLocale::English).toString(double(waited) / 1000.0, 'f', 1))),
                 qPrintable(detail));

        // The default bound is what monitoring agents allow: 10 s.
        const Run text = runConsoleServing(
            {QStringLiteral("--check"), QStringLiteral("--profile"), QStringLiteral("Hang")}, env);
        QCOMPARE(text.exitCode, 2);
        QVERIFY2(text.elapsedMs < 10000, qPrintable(QString::number(text.elapsedMs)));
        QVERIFY2(text.elapsedMs > 8000, qPrintable(QString::number(text.elapsedMs)));
        QVERIFY2(text.out.startsWith(QStringLiteral("LGSP Hang CRITICAL - ")),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(kBoundText.arg(10)));
    }

    void portThatNeverAcceptsEndsWithinTheBound()
    {
#ifdef Q_OS_UNIX
        FullBacklog blackhole;
        QVERIFY2(blackhole.isFull(), "the listening queue could not be filled");
        QTemporaryDir home;
        QVERIFY(saveProfiles(
            home, {profile(QStringLiteral("Blackhole"),
                           QUrl(QStringLiteral("http://127.0.0.1:%1").arg(blackhole.port())))}));
        const Run run = runConsoleServing({QStringLiteral("--check"), QStringLiteral("--timeout"),
                                           QStringLiteral("3"), QStringLiteral("--format"),
                                           QStringLiteral("json")},
                                          isolatedEnvironment(home));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.elapsedMs < 3000, qPrintable(QString::number(run.elapsedMs)));
        const QJsonObject instance = firstInstance(run);
        const QJsonObject connect = checkNamed(instance, QStringLiteral("connect"));
        QCOMPARE(connect.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QVERIFY2(connect.value(QStringLiteral("detail")).toString().contains(kBoundText.arg(3)),
                 qPrintable(run.out));
        QCOMPARE(checkNamed(instance, QStringLiteral("version"))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("skipped"));
#else
        QSKIP("needs POSIX sockets");
#endif
    }

    void slowServerIsCutOrWaitedFor()
    {
        lgsp::test::SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        const QByteArray info =
            fetch(sandbox.baseUrl().resolved(QUrl(QStringLiteral("/api/v1/info"))));
        QVERIFY2(info.contains("apiVersion"), info.constData());
        ScriptedServer slow; // answers every request as the sandbox does, 12 s late
        slow.setDefault(ScriptedServer::delayed(
            ScriptedServer::response(200, "application/json", info), 12000));
        QTemporaryDir home;
        QVERIFY(saveProfiles(home, {profile(QStringLiteral("Slow"), slow.url())}));
        const QProcessEnvironment env = isolatedEnvironment(home);

        const Run cut = runConsoleServing(
            {QStringLiteral("--check"), QStringLiteral("--timeout"), QStringLiteral("10")}, env);
        QCOMPARE(cut.exitCode, 2);
        QVERIFY2(cut.elapsedMs < 10000, qPrintable(QString::number(cut.elapsedMs)));
        QVERIFY2(cut.out.startsWith(QStringLiteral("LGSP Slow CRITICAL - Server and API version: "
                                                   "No complete answer after ")),
                 qPrintable(cut.out));

        // With a longer bound the 12-s answer is taken; the next call is cut in its turn.
        const Run waited = runConsoleServing({QStringLiteral("--check"),
                                              QStringLiteral("--timeout"), QStringLiteral("20"),
                                              QStringLiteral("--format"), QStringLiteral("json")},
                                             env);
        QCOMPARE(waited.exitCode, 2);
        QVERIFY2(waited.elapsedMs < 20000, qPrintable(QString::number(waited.elapsedMs)));
        const QJsonObject instance = firstInstance(waited);
        const QJsonObject version = checkNamed(instance, QStringLiteral("version"));
        QCOMPARE(version.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        // Qt's coarse timers may fire up to 5 % early.
        QVERIFY(version.value(QStringLiteral("elapsedMs")).toInteger() >= 11400);
        const QJsonObject auth = checkNamed(instance, QStringLiteral("auth"));
        QCOMPARE(auth.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QVERIFY(auth.value(QStringLiteral("detail")).toString().contains(kBoundText.arg(20)));
    }

    void fiftyProfilesWithTenHangingEndWithinTheBound()
    {
        lgsp::test::SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        QTcpServer hang;
        QVERIFY(hang.listen(QHostAddress::LocalHost, 0));
        QList<ConnectionProfile> good;
        QList<ConnectionProfile> all;
        for (int i = 0; i < 50; ++i) {
            if (i % 5 == 2) {
                all.append(
                    profile(QStringLiteral("Hang %1").arg(i),
                            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(hang.serverPort()))));
            } else {
                good.append(profile(QStringLiteral("Tỉnh %1").arg(i), sandbox.baseUrl(),
                                    sandbox.bootstrapClientId()));
                all.append(good.last());
            }
        }
        if (!storeSecrets(good, sandbox.bootstrapSecret())) {
            if (keychainExpected())
                QFAIL("the keychain refused the secrets");
            QSKIP("no Secret Service in this session");
        }
        QTemporaryDir home;
        QVERIFY(saveProfiles(home, all));

        const Run run = runConsoleServing({QStringLiteral("--check"), QStringLiteral("--all"),
                                           QStringLiteral("--timeout"), QStringLiteral("8"),
                                           QStringLiteral("--format"), QStringLiteral("json")},
                                          isolatedEnvironment(home));
        QVERIFY2(run.exitCode == 2, qPrintable(run.err));
        QVERIFY2(run.elapsedMs < 8000, qPrintable(QString::number(run.elapsedMs)));
        const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray instances = document.value(QStringLiteral("instances")).toArray();
        QCOMPARE(instances.size(), 50);
        int ok = 0;
        int cut = 0;
        for (const QJsonValue &value : instances) {
            const QJsonObject instance = value.toObject();
            const QString name = instance.value(QStringLiteral("profile")).toString();
            const QString state = instance.value(QStringLiteral("state")).toString();
            if (name.startsWith(QLatin1String("Hang"))) {
                QCOMPARE(state, QStringLiteral("CRITICAL"));
                cut += checkNamed(instance, QStringLiteral("version"))
                           .value(QStringLiteral("detail"))
                           .toString()
                           .contains(kBoundText.arg(8));
            } else {
                QVERIFY2(state == QLatin1String("OK"),
                         qPrintable(name + QLatin1Char(' ') +
                                    instance.value(QStringLiteral("summary")).toString()));
                ++ok;
            }
        }
        QCOMPARE(ok, 40);
        QCOMPARE(cut, 10);
        QVERIFY2(document.value(QStringLiteral("summary"))
                     .toString()
                     .startsWith(QStringLiteral("LGSP 50 instances CRITICAL - 10 critical (Hang 2, "
                                                "Hang 7, Hang 12, …), 40 OK")),
                 qPrintable(document.value(QStringLiteral("summary")).toString()));
    }

    void exitCodesFollowThePluginConventions()
    {
        QTemporaryDir home;
        const QProcessEnvironment env = isolatedEnvironment(home);
        const Run none = runConsoleServing({QStringLiteral("--check")}, env);
        QCOMPARE(none.exitCode, 3);
        QVERIFY2(none.out.startsWith(QStringLiteral("LGSP UNKNOWN - ")), qPrintable(none.out));
        QVERIFY(none.err.contains(QLatin1String("--add-profile")));

        lgsp::test::SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        const ConnectionProfile good =
            profile(QStringLiteral("Sandbox"), sandbox.baseUrl(), sandbox.bootstrapClientId());
        QVERIFY(saveProfiles(home, {good}));
        const bool keychain = storeSecrets({good}, sandbox.bootstrapSecret());
        if (keychainExpected())
            QVERIFY(keychain);

        const QList<QPair<QStringList, QString>> usage = {
            {{QStringLiteral("--profile"), QStringLiteral("Nope")}, QStringLiteral("Nope")},
            {{QStringLiteral("--format"), QStringLiteral("xml")}, QStringLiteral("xml")},
            {{QStringLiteral("--timeout"), QStringLiteral("0")}, QStringLiteral("--timeout")},
            {{QStringLiteral("--timeout"), QStringLiteral("ten")}, QStringLiteral("ten")},
            {{QStringLiteral("--warning"), QStringLiteral("speed=1")}, QStringLiteral("speed")},
            {{QStringLiteral("--critical"), QStringLiteral("latency=9:1")}, QStringLiteral("9:1")},
            {{QStringLiteral("--no-such-option")}, QStringLiteral("no-such-option")},
        };
        for (const auto &[arguments, named] : usage) {
            const Run run =
                runConsoleServing(QStringList{QStringLiteral("--check")} + arguments, env);
            QVERIFY2(run.exitCode == 3, qPrintable(arguments.join(QLatin1Char(' '))));
            QVERIFY2(run.err.contains(named), qPrintable(run.err));
        }

        if (keychain) {
            QCOMPARE(runConsoleServing({QStringLiteral("--check")}, env).exitCode, 0);
            // The same profile when the keychain cannot be reached: UNKNOWN, not CRITICAL.
            QProcessEnvironment locked = env;
            locked.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                          QStringLiteral("unix:path=/nonexistent/lgsp-no-bus"));
            const Run run = runConsoleServing({QStringLiteral("--check")}, locked);
            QCOMPARE(run.exitCode, 3);
            QVERIFY2(run.out.startsWith(
                         QStringLiteral("LGSP Sandbox UNKNOWN - The keychain cannot be reached")),
                     qPrintable(run.out));
        }
    }

    void nagiosFormatCarriesPerformanceDataAndThresholds()
    {
        QTemporaryDir home;
        const QProcessEnvironment env = isolatedEnvironment(home);
        const Run ok = runConsoleServing({QStringLiteral("--demo"), QStringLiteral("--check"),
                                          QStringLiteral("--format"), QStringLiteral("nagios")},
                                         env);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.out + ok.err));
        const QStringList lines = ok.out.split(QLatin1Char('\n'));
        const QString first = lines.first();
        QVERIFY2(first.startsWith(QStringLiteral("LGSP Local sandbox (demo) OK - ")),
                 qPrintable(first));
        QCOMPARE(ok.out.count(QLatin1Char('|')), 1);
        const QString perf = first.section(QStringLiteral(" | "), 1);
        QVERIFY2(first.section(QStringLiteral(" | "), 0, 0).size() <= 160, qPrintable(first));
        static const QRegularExpression item(
            QStringLiteral("^'[^']+'=(-?[0-9]+(\\.[0-9]+)?)(ms|s|%)?(;[^; ]*){0,4}$"));
        QStringList labels;
        for (const QString &part : perf.split(QLatin1Char(' '))) {
            QVERIFY2(item.match(part).hasMatch(), qPrintable(part));
            labels << part.section(QLatin1Char('\''), 1, 1);
        }
        // Every figure but the certificate's (plain HTTP); a sandbox just started may have
        // had no call yet to give a latency percentile.
        labels.removeAll(QStringLiteral("p95_latency"));
        QCOMPARE(labels, QStringList({QStringLiteral("latency"), QStringLiteral("clock_skew"),
                                      QStringLiteral("error_rate"), QStringLiteral("calls")}));
        QVERIFY(ok.out.contains(QLatin1String("\n  [OK] Authentication: ")));

        const Run warning =
            runConsoleServing({QStringLiteral("--demo"), QStringLiteral("--check"),
                               QStringLiteral("--format"), QStringLiteral("nagios"),
                               QStringLiteral("--warning"), QStringLiteral("calls=1000000000:")},
                              env);
        QCOMPARE(warning.exitCode, 1);
        QVERIFY2(
            warning.out.startsWith(QStringLiteral("LGSP Local sandbox (demo) WARNING - Calls is ")),
            qPrintable(warning.out));
        QVERIFY(warning.out.contains(QLatin1String(";1000000000:;;0 ")) ||
                warning.out.contains(QLatin1String(";1000000000:;;0\n")));

        const Run critical = runConsoleServing(
            {QStringLiteral("--demo"), QStringLiteral("--check"), QStringLiteral("--critical"),
             QStringLiteral("error-rate=@0:100"), QStringLiteral("--lang"), QStringLiteral("vi")},
            env);
        QCOMPARE(critical.exitCode, 2);
        QVERIFY2(critical.out.section(QLatin1Char('\n'), 0, 0)
                     .contains(QStringLiteral(" CRITICAL - Tỉ lệ lỗi là ")),
                 qPrintable(critical.out));
    }

    void prometheusFormatPassesPromtool()
    {
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty())
            QFAIL("promtool is missing: scripts/install-deps.sh --tests installs prometheus");
        lgsp::test::SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        QTemporaryDir home;
        const ConnectionProfile named = profile(QStringLiteral("Sở TT&TT \"Hà Nội\" \\ 1"),
                                                sandbox.baseUrl(), sandbox.bootstrapClientId());
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const ConnectionProfile dead =
            profile(QStringLiteral("Dead"),
                    QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort())));
        closed.close();
        QVERIFY(saveProfiles(home, {named, dead}));
        const bool keychain = storeSecrets({named}, sandbox.bootstrapSecret());
        if (keychainExpected())
            QVERIFY(keychain);
        const Run run = runConsoleServing(
            {QStringLiteral("--check"), QStringLiteral("--format"), QStringLiteral("prometheus")},
            isolatedEnvironment(home));
        QCOMPARE(run.exitCode, 2); // Dead is down
        const QByteArray escaped = QByteArray("lgsp_instance_state{profile=\"Sở TT&TT "
                                              "\\\"Hà Nội\\\" \\\\ 1\"} ") +
                                   (keychain ? "0\n" : "3\n");
        QVERIFY2(run.rawOut.contains(escaped), run.rawOut.constData());
        QVERIFY(run.rawOut.contains("lgsp_instance_state{profile=\"Dead\"} 2\n"));
        QVERIFY(run.rawOut.contains("lgsp_check_state{profile=\"Dead\",check=\"connect\"} 2\n"));
        if (keychain)
            QVERIFY(run.rawOut.contains("lgsp_calls_last_minute{"));

        QProcess lint;
        lint.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(lint.waitForStarted());
        lint.write(run.rawOut);
        lint.closeWriteChannel();
        QVERIFY(lint.waitForFinished(30000));
        const QByteArray said = lint.readAllStandardOutput() + lint.readAllStandardError();
        QVERIFY2(lint.exitCode() == 0 && said.trimmed().isEmpty(),
                 QByteArray(said + "\n" + run.rawOut).constData());
    }
};

QTEST_GUILESS_MAIN(TestConsoleCheck)
#include "tst_console_check.moc"
