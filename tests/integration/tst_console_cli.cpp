// The lgsp-console executable as a person or a script runs it: its command line, --screenshot,
// and --demo, whose sandbox child must never be left behind (a killed console: see
// tst_localsandbox).
#include "childprocesses.h"
#include "client/profiles/profilestore.h"
#include "client/secrets/secretstore.h"
#include "consolerun.h"
#include "lgsp_version.h"
#include "sandboxprocess.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using lgsp::test::isolatedEnvironment;
using lgsp::test::processesWithMarker;
using lgsp::test::runConsole;
using lgsp::test::sandboxPidFromLog;
using Run = lgsp::test::ConsoleRun;

namespace {

// How many distinct colours a sample of the image holds: a blank capture has one or two.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestConsoleCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionComesFromCMake()
    {
        QTemporaryDir home;
        const Run run = runConsole({QStringLiteral("--version")}, isolatedEnvironment(home));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String(LGSP_VERSION_STRING)), qPrintable(run.out));
    }

    void helpListsTheOptions()
    {
        QTemporaryDir home;
        const Run run =
            runConsole({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")},
                       isolatedEnvironment(home));
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--demo", "--view", "--screenshot", "--lang"})
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
        QVERIFY(!run.out.contains(QLatin1String("report-first-paint")));
    }

    void badArgumentsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown language")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")};
        QTest::newRow("unknown page")
            << QStringList{QStringLiteral("--view"), QStringLiteral("dashboard")};
        QTest::newRow("unknown theme")
            << QStringList{QStringLiteral("--theme"), QStringLiteral("purple")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("stray argument") << QStringList{QStringLiteral("extra")};
        QTest::newRow("two bundles") << QStringList{
            lgsp::test::sourcePath(QStringLiteral("tests/data/bundles/valid-empty.json")),
            lgsp::test::sourcePath(QStringLiteral("tests/data/bundles/valid-hau-giang.json"))};
    }

    void badArgumentsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir home;
        const Run run = runConsole(arguments, isolatedEnvironment(home));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("lgsp-console:")));
    }

    void screenshotIsNotBlank_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("view");
        QTest::newRow("en welcome") << "en"
                                    << "welcome";
        QTest::newRow("vi tenants") << "vi"
                                    << "tenants";
    }

    void screenshotIsNotBlank()
    {
        QFETCH(QString, language);
        QFETCH(QString, view);
        QTemporaryDir home;
        const QString png = home.filePath(QStringLiteral("shot.png"));
        const Run run = runConsole({QStringLiteral("--lang"), language, QStringLiteral("--view"),
                                    view, QStringLiteral("--screenshot"), png},
                                   isolatedEnvironment(home));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        QVERIFY2(distinctColours(image) > 20, "the screenshot looks blank");
    }

    // An officer's national view: a hundred saved profiles (two groups, addresses where
    // nothing listens) open on the fleet page. Fifty crashed the console at start-up, in the
    // fleet list's sort by name.
    void aHundredSavedProfilesOpen()
    {
        QTemporaryDir home;
        lgsp::client::ProfileStore store(
            home.filePath(QStringLiteral("config/lgsp-console/lgsp-console/profiles.json")));
        for (int i = 0; i < 100; ++i) {
            lgsp::client::ConnectionProfile p;
            p.id = QUuid::createUuid();
            p.name = QStringLiteral("LGSP %1").arg(100 - i);
            p.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(1 + i % 5));
            p.proxy = QStringLiteral("none");
            p.group = i < 22 ? QStringLiteral("Bộ") : QStringLiteral("Tỉnh");
            QVERIFY(store.upsert(p));
        }
        QVERIFY(store.save());
        const QString png = home.filePath(QStringLiteral("shot.png"));
        const Run run =
            runConsole({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--view"),
                        QStringLiteral("fleet"), QStringLiteral("--screenshot"), png},
                       isolatedEnvironment(home));
        QVERIFY2(
            run.exitCode == 0,
            qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err.right(2000))));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY2(distinctColours(image) > 20, "the screenshot looks blank");
    }

    // --theme colours this run: a dark Welcome page is mostly dark, a high-contrast one mostly
    // black; the choice is not saved (the next run without it is light again).
    void themeOnTheCommandLine()
    {
        QTemporaryDir home;
        const auto meanLightness = [&home](const QStringList &theme) {
            const QString png = home.filePath(QStringLiteral("shot.png"));
            QFile::remove(png);
            const Run run =
                runConsole(QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                       QStringLiteral("--view"), QStringLiteral("welcome"),
                                       QStringLiteral("--screenshot"), png} +
                               theme,
                           isolatedEnvironment(home));
            if (run.exitCode != 0)
                qWarning() << run.err;
            const QImage image(png);
            if (image.isNull())
                return -1.0;
            double sum = 0;
            int n = 0;
            for (int y = 0; y < image.height(); y += 4) {
                for (int x = 0; x < image.width(); x += 4, ++n)
                    sum += QColor(image.pixel(x, y)).lightness();
            }
            return sum / n;
        };
        const double dark = meanLightness({QStringLiteral("--theme"), QStringLiteral("dark")});
        const double contrast =
            meanLightness({QStringLiteral("--theme"), QStringLiteral("high-contrast")});
        const double light = meanLightness({});
        QVERIFY2(dark >= 0 && dark < 80, qPrintable(QString::number(dark)));
        QVERIFY2(contrast >= 0 && contrast < dark, qPrintable(QString::number(contrast)));
        QVERIFY2(light > 150, qPrintable(QString::number(light)));
    }

    // A bundle named on the command line opens on the Configuration page (the log says so)
    // and the file is left as it was.
    void bundleOnTheCommandLineOpens()
    {
        QTemporaryDir home;
        const QString bundle =
            lgsp::test::sourcePath(QStringLiteral("tests/data/bundles/valid-hau-giang.json"));
        const QString png = home.filePath(QStringLiteral("config.png"));
        const Run run = runConsole({QStringLiteral("--lang"), QStringLiteral("vi"),
                                    QStringLiteral("--screenshot"), png, bundle},
                                   isolatedEnvironment(home));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("bundle opened:")), qPrintable(run.err));
        QVERIFY2(distinctColours(QImage(png)) > 20, "the screenshot looks blank");
    }

    void screenshotToAnUnwritablePathFails()
    {
        QTemporaryDir home;
        const Run run = runConsole(
            {QStringLiteral("--screenshot"), QStringLiteral("/nonexistent-dir/shot.png")},
            isolatedEnvironment(home));
        QCOMPARE(run.exitCode, 1);
    }

    void demoStartsAndStopsTheSandbox()
    {
        QTemporaryDir home;
        const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString png = home.filePath(QStringLiteral("demo.png"));
        const Run run = runConsole({QStringLiteral("--demo"), QStringLiteral("--screenshot"), png},
                                   isolatedEnvironment(home, marker));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const qint64 sandboxPid = sandboxPidFromLog(run.err);
        QVERIFY2(sandboxPid > 0, qPrintable(run.err)); // the sandbox did start and answer
        QVERIFY(QImage(png).width() > 0);
#ifdef Q_OS_LINUX
        QTRY_VERIFY_WITH_TIMEOUT(processesWithMarker(marker).isEmpty(), 5000);
#endif
    }

    void addProfileKeepsTheSecretOutOfFiles()
    {
        QTemporaryDir home;
        QProcess console;
        console.setProcessEnvironment(isolatedEnvironment(home));
        const QString secret =
            QStringLiteral("cli-secret-") + QUuid::createUuid().toString(QUuid::Id128);
        console.start(
            lgsp::test::binaryPath(QStringLiteral("lgsp-console")),
            {QStringLiteral("--add-profile"), QStringLiteral("LGSP Hậu Giang"),
             QStringLiteral("--url"), QStringLiteral("https://lgsp.haugiang.example.invalid"),
             QStringLiteral("--client-id"), QStringLiteral("hg-console"), QStringLiteral("--group"),
             QStringLiteral("Tỉnh"), QStringLiteral("--secret-stdin")});
        QVERIFY(console.waitForStarted());
        console.write(secret.toUtf8() + '\n');
        console.closeWriteChannel();
        QVERIFY(console.waitForFinished(40000));
        const QString out = QString::fromUtf8(console.readAllStandardOutput());
        const QString err = QString::fromUtf8(console.readAllStandardError());
        if (qEnvironmentVariable("LGSP_EXPECT_KEYCHAIN") == QLatin1String("available"))
            QVERIFY2(console.exitCode() == 0, qPrintable(err));
        else
            QVERIFY2(console.exitCode() == 0 || console.exitCode() == 1, qPrintable(err));
        QVERIFY(out.contains(QStringLiteral("LGSP Hậu Giang")));

        QFile profiles(
            home.filePath(QStringLiteral("config/lgsp-console/lgsp-console/profiles.json")));
        QVERIFY(profiles.open(QIODevice::ReadOnly));
        const QByteArray stored = profiles.readAll();
        QVERIFY(stored.contains("hg-console"));
        QVERIFY2(!stored.contains(secret.toUtf8()), "the secret reached the profile file");
        QVERIFY(!out.contains(secret) && !err.contains(secret));

        // The same name again is refused and changes nothing.
        const Run again =
            runConsole({QStringLiteral("--add-profile"), QStringLiteral("LGSP Hậu Giang"),
                        QStringLiteral("--url"), QStringLiteral("https://x.example.invalid")},
                       isolatedEnvironment(home));
        QCOMPARE(again.exitCode, 2);
    }

    void removeProfileRemovesItsSecrets()
    {
        if (qEnvironmentVariable("LGSP_EXPECT_KEYCHAIN") != QLatin1String("available"))
            QSKIP("needs the Secret Service that scripts/test.sh provides");
        QTemporaryDir home;
        const QProcessEnvironment env = isolatedEnvironment(home);
        QProcess add;
        add.setProcessEnvironment(env);
        add.start(lgsp::test::binaryPath(QStringLiteral("lgsp-console")),
                  {QStringLiteral("--add-profile"), QStringLiteral("Tạm thời"),
                   QStringLiteral("--url"), QStringLiteral("https://lgsp.example.invalid"),
                   QStringLiteral("--client-id"), QStringLiteral("tmp"),
                   QStringLiteral("--secret-stdin")});
        QVERIFY(add.waitForStarted());
        add.write("short-lived-secret\n");
        add.closeWriteChannel();
        QVERIFY(add.waitForFinished(40000));
        QCOMPARE(add.exitCode(), 0);
        QFile file(home.filePath(QStringLiteral("config/lgsp-console/lgsp-console/profiles.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject stored = QJsonDocument::fromJson(file.readAll())
                                       .object()
                                       .value(QStringLiteral("profiles"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        file.close();
        const QUuid id(stored.value(QStringLiteral("id")).toString());
        QVERIFY(!id.isNull());

        // The secret is in the keychain (the same Secret Service this test talks to) …
        lgsp::client::SecretStore secrets;
        QSignalSpy read(&secrets, &lgsp::client::SecretStore::secretRead);
        secrets.read(id, QStringLiteral("client-secret"));
        QVERIFY(read.wait(15000));
        QCOMPARE(read.first().at(1).toString(), QStringLiteral("short-lived-secret"));

        // … and gone with the profile.
        const Run removed =
            runConsole({QStringLiteral("--remove-profile"), QStringLiteral("Tạm thời")}, env);
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QSignalSpy missing(&secrets, &lgsp::client::SecretStore::missing);
        secrets.read(id, QStringLiteral("client-secret"));
        QVERIFY(missing.wait(15000));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("tmp"));
        QCOMPARE(runConsole({QStringLiteral("--remove-profile"), QStringLiteral("Tạm thời")}, env)
                     .exitCode,
                 2);
    }

    void importProfiles()
    {
        QTemporaryDir home;
        const QString good = home.filePath(QStringLiteral("good.json"));
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "{\"formatVersion\":1,\"profiles\":[\n"
            "            {\"id\":\"6f1d2c1e-1b1a-4a55-9a53-3b7c1d2e4f01\",\"name\":\"LGSP Bộ Xây "
            "dựng\",\"baseUrl\":\"https://lgsp.moc.example.invalid\"},\n"
            "            {\"id\":\"6f1d2c1e-1b1a-4a55-9a53-3b7c1d2e4f02\",\"name\":\"LGSP Hà "
            "Nội\",\"baseUrl\":\"https://lgsp.hanoi.example.invalid\",\"group\":\"Tỉnh\"}]}");
        file.close();
        const Run imported =
            runConsole({QStringLiteral("--import-profiles"), good}, isolatedEnvironment(home));
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains(QLatin1String("2")));

        const QString bad = home.filePath(QStringLiteral("bad.json"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("{\"formatVersion\":1,\"profiles\":[{\"id\":\"nope\",\"name\":\"\","
                      "\"baseUrl\":\"ftp://x\"}]}");
        badFile.close();
        const Run refused =
            runConsole({QStringLiteral("--import-profiles"), bad}, isolatedEnvironment(home));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(QLatin1String("/profiles/0/baseUrl")));
        QCOMPARE(
            runConsole({QStringLiteral("--import-profiles"), QStringLiteral("/nonexistent.json")},
                       isolatedEnvironment(home))
                .exitCode,
            2);
    }

    void checkDemoReportsATruthfulHealth()
    {
        QTemporaryDir home;
        const Run text = runConsole({QStringLiteral("--demo"), QStringLiteral("--check")},
                                    isolatedEnvironment(home));
        QVERIFY2(text.exitCode == 0, qPrintable(text.out + text.err));
        QVERIFY(text.out.contains(QLatin1String("Authentication")));
        QVERIFY(text.out.contains(QLatin1String("Link to NDXP")));

        const Run json = runConsole({QStringLiteral("--demo"), QStringLiteral("--check"),
                                     QStringLiteral("--format"), QStringLiteral("json")},
                                    isolatedEnvironment(home));
        QCOMPARE(json.exitCode, 0);
        const QJsonObject document = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(document.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const QJsonObject instance =
            document.value(QStringLiteral("instances")).toArray().at(0).toObject();
        QStringList okChecks;
        for (const QJsonValue &c : instance.value(QStringLiteral("checks")).toArray()) {
            if (c.toObject().value(QStringLiteral("status")).toString() == QLatin1String("ok"))
                okChecks << c.toObject().value(QStringLiteral("id")).toString();
        }
        for (const char *id : {"connect", "version", "clock", "auth", "server.database",
                               "server.gateway", "server.ndxp-link", "server.disk"})
            QVERIFY2(okChecks.contains(QLatin1String(id)), id);
        QVERIFY(instance.value(QStringLiteral("clockSkewMs")).isDouble());

        const Run vietnamese = runConsole({QStringLiteral("--demo"), QStringLiteral("--check"),
                                           QStringLiteral("--lang"), QStringLiteral("vi")},
                                          isolatedEnvironment(home));
        QCOMPARE(vietnamese.exitCode, 0);
        QVERIFY(vietnamese.out.contains(QStringLiteral("Xác thực")));
    }

    void checkProfilesExitCodes()
    {
        QTemporaryDir home;
        const QProcessEnvironment env = isolatedEnvironment(home);
        const Run none = runConsole({QStringLiteral("--check")}, env);
        QCOMPARE(none.exitCode, 3); // UNKNOWN: nothing to check

        QVERIFY(none.err.contains(QLatin1String("--add-profile")));

        lgsp::test::SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        QProcess add;
        add.setProcessEnvironment(env);
        add.start(lgsp::test::binaryPath(QStringLiteral("lgsp-console")),
                  {QStringLiteral("--add-profile"), QStringLiteral("Sandbox"),
                   QStringLiteral("--url"), sandbox.baseUrl().toString(),
                   QStringLiteral("--client-id"), sandbox.bootstrapClientId(),
                   QStringLiteral("--secret-stdin")});
        QVERIFY(add.waitForStarted());
        add.write(sandbox.bootstrapSecret().toUtf8() + '\n');
        add.closeWriteChannel();
        QVERIFY(add.waitForFinished(40000));
        const bool keychain = add.exitCode() == 0;
        if (qEnvironmentVariable("LGSP_EXPECT_KEYCHAIN") == QLatin1String("available"))
            QVERIFY(keychain);

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString deadUrl = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        QCOMPARE(runConsole({QStringLiteral("--add-profile"), QStringLiteral("Dead"),
                             QStringLiteral("--url"), deadUrl},
                            env)
                     .exitCode,
                 0);

        const Run good = runConsole(
            {QStringLiteral("--check"), QStringLiteral("--profile"), QStringLiteral("Sandbox")},
            env);
        // With the secret in the keychain everything is OK; without a keychain the check
        // cannot be made (UNKNOWN), and must not pretend.
        QCOMPARE(good.exitCode, keychain ? 0 : 3);
        QVERIFY2(!good.out.contains(sandbox.bootstrapSecret()) &&
                     !good.err.contains(sandbox.bootstrapSecret()),
                 "the secret reached the output or the log");

        const Run all = runConsole({QStringLiteral("--check"), QStringLiteral("--all"),
                                    QStringLiteral("--format"), QStringLiteral("json")},
                                   env);
        QCOMPARE(all.exitCode, 2);
        const QJsonArray instances = QJsonDocument::fromJson(all.out.toUtf8())
                                         .object()
                                         .value(QStringLiteral("instances"))
                                         .toArray();
        QCOMPARE(instances.size(), 2);
        QCOMPARE(instances.at(1).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("fail"));

        const Run unknown = runConsole(
            {QStringLiteral("--check"), QStringLiteral("--profile"), QStringLiteral("Nope")}, env);
        QCOMPARE(unknown.exitCode, 3);
        QVERIFY(unknown.err.contains(QLatin1String("Nope")));
    }

    void modesWithoutAWindowNeedNoDisplay()
    {
        // As on a headless server, from cron or a monitoring agent: no display, no platform.
        QTemporaryDir home;
        QProcessEnvironment env = isolatedEnvironment(home);
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QLatin1String(name));
        const Run version = runConsole({QStringLiteral("--version")}, env);
        QVERIFY2(version.exitCode == 0, qPrintable(version.err));
        QVERIFY(version.out.contains(QLatin1String(LGSP_VERSION_STRING)));
        const Run help = runConsole({QStringLiteral("--help")}, env);
        QVERIFY2(help.exitCode == 0, qPrintable(help.err));
        QVERIFY(help.out.contains(QLatin1String("--check")));
        const Run vietnameseHelp = runConsole(
            {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("vi")}, env);
        QCOMPARE(vietnameseHelp.exitCode, 0);
        QVERIFY(vietnameseHelp.out.contains(QStringLiteral("Ngôn ngữ")));
        const Run checkHelp =
            runConsole({QStringLiteral("--check"), QStringLiteral("--help")}, env);
        QCOMPARE(checkHelp.exitCode, 0);
        QVERIFY(checkHelp.out.contains(QLatin1String("--timeout")));
        const Run check = runConsole({QStringLiteral("--check"), QStringLiteral("--demo"),
                                      QStringLiteral("--format"), QStringLiteral("nagios")},
                                     env);
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        QVERIFY(check.out.startsWith(QLatin1String("LGSP ")));
        const Run list = runConsole({QStringLiteral("--list"), QStringLiteral("tenants"),
                                     QStringLiteral("--demo"), QStringLiteral("--format"),
                                     QStringLiteral("csv")},
                                    env);
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    }
};

QTEST_GUILESS_MAIN(TestConsoleCli)
#include "tst_console_cli.moc"
