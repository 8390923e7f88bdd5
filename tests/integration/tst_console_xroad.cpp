// The console's command line with a profile that names its X-Road security server, against
// the security server stand-in running as a process: --check carries the security server's
// checks, --list clients lists its clients, and the API key comes from the keychain only.
#include "client/profiles/profilestore.h"
#include "client/secrets/secretstore.h"
#include "consolerun.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using lgsp::test::isolatedEnvironment;
using lgsp::test::runConsole;
using Run = lgsp::test::ConsoleRun;

namespace {

// Saves `profiles` in the console's profile file under `home`, and the stand-in's API key in
// the keychain for `keyOwner`.
bool saveProfilesAndKey(const QTemporaryDir &home,
                        const QList<lgsp::client::ConnectionProfile> &profiles,
                        const QUuid &keyOwner, lgsp::client::SecretStore *secrets)
{
    lgsp::client::ProfileStore store(
        home.filePath(QStringLiteral("config/lgsp-console/lgsp-console/profiles.json")));
    for (const lgsp::client::ConnectionProfile &p : profiles) {
        if (!store.upsert(p))
            return false;
    }
    QString error;
    if (!store.save(&error))
        return false;
    QSignalSpy written(secrets, &lgsp::client::SecretStore::written);
    secrets->write(keyOwner, QStringLiteral("xroad-key"), QStringLiteral("3b6c1f0e-observer"));
    return written.wait(10000);
}

} // namespace

class TestConsoleXRoad final : public QObject
{
    Q_OBJECT

private:
    QProcess m_fixture;
    QUrl m_url;

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("LGSP_EXPECT_KEYCHAIN") != QLatin1String("available"))
            QSKIP("needs a Secret Service (scripts/test.sh provides one)");
        m_fixture.start(lgsp::test::binaryPath(QStringLiteral("xroad-ss-fixture")),
                        {QStringLiteral("--version"), QStringLiteral("7.5.1")});
        QVERIFY(m_fixture.waitForStarted());
        QVERIFY(m_fixture.waitForReadyRead(20000));
        const QStringList words = QString::fromUtf8(m_fixture.readLine()).split(QLatin1Char(' '));
        QCOMPARE(words.size(), 3);
        m_url = QUrl(words.at(2).trimmed());
    }

    void cleanupTestCase()
    {
        m_fixture.kill();
        m_fixture.waitForFinished();
    }

    void checkAndListClients()
    {
        QTemporaryDir home;
        const QProcessEnvironment env = isolatedEnvironment(home);
        // The LGSP itself is down; its security server answers.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        lgsp::client::ConnectionProfile p;
        p.id = QUuid::createUuid();
        p.name = QStringLiteral("LGSP Hậu Giang");
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        p.auth = QStringLiteral("none");
        p.proxy = QStringLiteral("none");
        p.xroad.url = m_url;
        closed.close();
        lgsp::client::ConnectionProfile plain = p;
        plain.id = QUuid::createUuid();
        plain.name = QStringLiteral("LGSP Cần Thơ");
        plain.xroad = {};
        lgsp::client::SecretStore secrets;
        QVERIFY(saveProfilesAndKey(home, {p, plain}, p.id, &secrets));

        const Run clients = runConsole({QStringLiteral("--list"), QStringLiteral("clients"),
                                        QStringLiteral("--profile"), p.name,
                                        QStringLiteral("--format"), QStringLiteral("csv")},
                                       env);
        QVERIFY2(clients.exitCode == 0, qPrintable(clients.err));
        const QStringList lines = clients.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).trimmed().endsWith(
            QLatin1String("instance,id,status,serviceDescriptions,services")));
        QCOMPARE(lines.at(1).trimmed(),
                 QStringLiteral("LGSP Hậu Giang,VN:GOV:000.00.00.H22:LGSP,REGISTERED,2,5"));
        // A profile with no security server: said, and the exit code says it.
        const Run none = runConsole({QStringLiteral("--list"), QStringLiteral("clients"),
                                     QStringLiteral("--profile"), plain.name},
                                    env);
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(QLatin1String("names no security server")),
                 qPrintable(none.err));

        const Run check = runConsole({QStringLiteral("--check"), QStringLiteral("--profile"),
                                      p.name, QStringLiteral("--format"), QStringLiteral("json")},
                                     env);
        QCOMPARE(check.exitCode, 2); // the instance is down
        const QJsonArray checks = QJsonDocument::fromJson(check.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("instances"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("checks"))
                                      .toArray();
        QHash<QString, QString> status;
        for (const QJsonValue &c : checks)
            status.insert(c.toObject().value(QStringLiteral("id")).toString(),
                          c.toObject().value(QStringLiteral("status")).toString());
        QCOMPARE(status.value(QStringLiteral("connect")), QStringLiteral("fail"));
        for (const char *id : {"ndxp.version", "ndxp.globalconf", "ndxp.timestamping", "ndxp.ocsp",
                               "ndxp.certificates"})
            QVERIFY2(status.value(QLatin1String(id)) == QLatin1String("ok"), qPrintable(check.out));
        QVERIFY2(!check.out.contains(QLatin1String("3b6c1f0e-observer")), "the key was printed");
        secrets.remove(p.id, QStringLiteral("xroad-key"));
    }

    // A profile for the security server alone, added from the command line with its key on
    // standard input: --check reads it with the key from the keychain and says its state (7.5:
    // no exchanges known), --list clients lists its clients.
    void aSecurityServerAlone()
    {
        QTemporaryDir home;
        const QProcessEnvironment env = isolatedEnvironment(home);
        lgsp::client::ConnectionProfile p;
        p.name = QStringLiteral("Máy chủ an ninh Hậu Giang");
        QProcess add;
        add.setProcessEnvironment(env);
        add.start(lgsp::test::binaryPath(QStringLiteral("lgsp-console")),
                  {QStringLiteral("--add-profile"), p.name, QStringLiteral("--url"),
                   m_url.toString(), QStringLiteral("--kind"), QStringLiteral("xroad-ss"),
                   QStringLiteral("--secret-stdin")});
        QVERIFY(add.waitForStarted());
        add.write("3b6c1f0e-observer\n");
        add.closeWriteChannel();
        QVERIFY(add.waitForFinished(40000));
        QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());
        QFile file(home.filePath(QStringLiteral("config/lgsp-console/lgsp-console/profiles.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("\"xroad-ss\"") && stored.contains("\"xroad-key\""));
        QVERIFY(!stored.contains("3b6c1f0e-observer"));
        lgsp::client::SecretStore secrets;
        p.id = QUuid::fromString(QJsonDocument::fromJson(stored)
                                     .object()
                                     .value(QStringLiteral("profiles"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("id"))
                                     .toString());
        QVERIFY(!p.id.isNull());

        const Run check = runConsole({QStringLiteral("--check"), QStringLiteral("--profile"),
                                      p.name, QStringLiteral("--format"), QStringLiteral("json")},
                                     env);
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        const QJsonObject instance = QJsonDocument::fromJson(check.out.toUtf8())
                                         .object()
                                         .value(QStringLiteral("instances"))
                                         .toArray()
                                         .at(0)
                                         .toObject();
        QHash<QString, QString> status;
        for (const QJsonValue &c : instance.value(QStringLiteral("checks")).toArray())
            status.insert(c.toObject().value(QStringLiteral("id")).toString(),
                          c.toObject().value(QStringLiteral("status")).toString());
        QCOMPARE(status.value(QStringLiteral("version")), QStringLiteral("ok"));
        QCOMPARE(status.value(QStringLiteral("auth")), QStringLiteral("ok"));
        QCOMPARE(status.value(QStringLiteral("ndxp.globalconf")), QStringLiteral("ok"));
        QCOMPARE(status.value(QStringLiteral("ndxp.exchanges")), QStringLiteral("skipped"));
        QCOMPARE(instance.value(QStringLiteral("securityServer"))
                     .toObject()
                     .value(QStringLiteral("version"))
                     .toString(),
                 QStringLiteral("7.5.1"));
        QVERIFY2(!check.out.contains(QLatin1String("3b6c1f0e-observer")), "the key was printed");

        const Run clients = runConsole({QStringLiteral("--list"), QStringLiteral("clients"),
                                        QStringLiteral("--profile"), p.name,
                                        QStringLiteral("--format"), QStringLiteral("csv")},
                                       env);
        QVERIFY2(clients.exitCode == 0, qPrintable(clients.err));
        QVERIFY2(clients.out.contains(QLatin1String("VN:GOV:000.00.00.H22:LGSP,REGISTERED,2,5")),
                 qPrintable(clients.out));
        secrets.remove(p.id, QStringLiteral("xroad-key"));
    }
};

QTEST_GUILESS_MAIN(TestConsoleXRoad)
#include "tst_console_xroad.moc"
