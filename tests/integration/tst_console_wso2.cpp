// The console's command line with a WSO2 API Manager profile, against the WSO2 4.x stand-in
// running as a process: --add-profile registers the OAuth client with the password from
// standard input and keeps only the client in the keychain (the password too when asked);
// --check and --list then work for that profile as for LGSP v1 ones.
#include "client/auth/wso2credential.h"
#include "client/secrets/secretstore.h"
#include "consolerun.h"
#include "testca.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using lgsp::test::isolatedEnvironment;
using lgsp::test::runConsole;
using Run = lgsp::test::ConsoleRun;

namespace {

// Runs --add-profile with `password` on standard input.
Run addProfile(const QProcessEnvironment &env, const QStringList &arguments,
               const QString &password)
{
    QProcess console;
    console.setProcessEnvironment(env);
    console.start(lgsp::test::binaryPath(QStringLiteral("lgsp-console")), arguments);
    Run run;
    if (!console.waitForStarted())
        return run;
    console.write(password.toUtf8() + '\n');
    console.closeWriteChannel();
    if (!console.waitForFinished(40000))
        return run;
    run.exitCode = console.exitCode();
    run.out = QString::fromUtf8(console.readAllStandardOutput());
    run.err = QString::fromUtf8(console.readAllStandardError());
    return run;
}

} // namespace

class TestConsoleWso2 final : public QObject
{
    Q_OBJECT

private:
    QProcess m_fixture;
    QString m_url;
    QString m_gateway;

    // The keychain entry of the profile named `name` in the profile file under `home`.
    QString keychainEntry(const QTemporaryDir &home, const QString &name)
    {
        QFile file(home.filePath(QStringLiteral("config/lgsp-console/lgsp-console/profiles.json")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QJsonArray profiles = QJsonDocument::fromJson(file.readAll())
                                        .object()
                                        .value(QStringLiteral("profiles"))
                                        .toArray();
        for (const QJsonValue &p : profiles) {
            if (p.toObject().value(QStringLiteral("name")).toString() != name)
                continue;
            lgsp::client::SecretStore secrets;
            QSignalSpy read(&secrets, &lgsp::client::SecretStore::secretRead);
            secrets.read(QUuid::fromString(p.toObject().value(QStringLiteral("id")).toString()),
                         QStringLiteral("wso2-client"));
            if (read.wait(20000))
                return read.first().at(1).toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("LGSP_EXPECT_KEYCHAIN") != QLatin1String("available"))
            QSKIP("needs a Secret Service (scripts/test.sh provides one)");
        m_fixture.start(lgsp::test::binaryPath(QStringLiteral("wso2-apim-fixture")), {});
        QVERIFY(m_fixture.waitForStarted());
        QVERIFY(m_fixture.waitForReadyRead(20000));
        const QStringList words = QString::fromUtf8(m_fixture.readLine()).split(QLatin1Char(' '));
        QCOMPARE(words.size(), 5);
        m_url = words.at(2);
        m_gateway = words.at(4).trimmed();
    }

    void cleanupTestCase()
    {
        m_fixture.kill();
        m_fixture.waitForFinished();
    }

    void addCheckAndList()
    {
        QTemporaryDir home;
        const QProcessEnvironment env = isolatedEnvironment(home);
        const QString name = QStringLiteral("LGSP Hậu Giang (WSO2)");
        const Run added = addProfile(env,
                                     {QStringLiteral("--add-profile"), name,
                                      QStringLiteral("--url"), m_url, QStringLiteral("--kind"),
                                      QStringLiteral("wso2-apim"), QStringLiteral("--user"),
                                      QStringLiteral("admin"), QStringLiteral("--gateway-url"),
                                      m_gateway, QStringLiteral("--secret-stdin")},
                                     QStringLiteral("admin"));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY(added.out.contains(QLatin1String("OAuth client registered")));
        const lgsp::client::Wso2Credential credential =
            lgsp::client::Wso2Credential::fromSecret(keychainEntry(home, name));
        QVERIFY(credential.isValid());
        QVERIFY2(credential.password.isEmpty(), "the password was kept without being asked to");
        QFile file(home.filePath(QStringLiteral("config/lgsp-console/lgsp-console/profiles.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("\"wso2-apim\"") && stored.contains("\"user\": \"admin\""));
        QVERIFY2(!stored.contains(credential.clientSecret.toUtf8()),
                 "the client secret reached the profile file");

        const Run check = runConsole({QStringLiteral("--check"), QStringLiteral("--profile"), name,
                                      QStringLiteral("--format"), QStringLiteral("json")},
                                     env);
        // Everything answers; the only warning is the stand-in's gateway on plain HTTP.
        QCOMPARE(check.exitCode, 1);
        const QJsonArray checks = QJsonDocument::fromJson(check.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("instances"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("checks"))
                                      .toArray();
        QStringList warnings;
        QStringList ok;
        for (const QJsonValue &c : checks) {
            const QString status = c.toObject().value(QStringLiteral("status")).toString();
            const QString id = c.toObject().value(QStringLiteral("id")).toString();
            if (status == QLatin1String("warn") || status == QLatin1String("fail"))
                warnings << id;
            else if (status == QLatin1String("ok"))
                ok << id;
        }
        QCOMPARE(warnings, QStringList{QStringLiteral("server.gateway")});
        for (const char *id :
             {"version", "clock", "auth", "server.publisher-api", "server.service-catalog"})
            QVERIFY2(ok.contains(QLatin1String(id)), qPrintable(check.out));

        const Run tenants = runConsole({QStringLiteral("--list"), QStringLiteral("tenants"),
                                        QStringLiteral("--profile"), name,
                                        QStringLiteral("--format"), QStringLiteral("json")},
                                       env);
        QVERIFY2(tenants.exitCode == 0, qPrintable(tenants.err));
        const QJsonArray tenantList = QJsonDocument::fromJson(tenants.out.toUtf8())
                                          .object()
                                          .value(QStringLiteral("tenants"))
                                          .toArray();
        QCOMPARE(tenantList.size(), 35);
        QCOMPARE(tenantList.at(0).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("carbon.super"));
        const Run services = runConsole({QStringLiteral("--list"), QStringLiteral("services"),
                                         QStringLiteral("--profile"), name,
                                         QStringLiteral("--format"), QStringLiteral("csv")},
                                        env);
        QVERIFY2(services.exitCode == 0, qPrintable(services.err));
        QCOMPARE(services.out.trimmed().split(QLatin1Char('\n')).size(), 1 + 50 + 10);
        QVERIFY(services.out.contains(QStringLiteral("Tra cứu hồ sơ đất đai 1")));
    }

    void httpsWithTheProfilesOwnCa()
    {
        // As in a data centre: HTTPS on both ports with a certificate from the province's own
        // CA, trusted through --ca-file only.
        lgsp::test::TestCa ca;
        QVERIFY2(ca.isValid(), qPrintable(ca.errorString()));
        QString certificate, key;
        QVERIFY(ca.issueServer(QStringLiteral("wso2-https"), 200, &certificate, &key));
        QProcess fixture;
        fixture.start(lgsp::test::binaryPath(QStringLiteral("wso2-apim-fixture")),
                      {QStringLiteral("--cert"), certificate, QStringLiteral("--key"), key});
        QVERIFY(fixture.waitForStarted());
        QVERIFY(fixture.waitForReadyRead(20000));
        const QStringList words =
            QString::fromUtf8(fixture.readLine()).trimmed().split(QLatin1Char(' '));
        QCOMPARE(words.size(), 5);
        QVERIFY(words.at(2).startsWith(QLatin1String("https://")));
        QTemporaryDir home;
        const QProcessEnvironment env = isolatedEnvironment(home);
        const QStringList add{QStringLiteral("--add-profile"), QStringLiteral("HTTPS"),
                              QStringLiteral("--url"),         words.at(2),
                              QStringLiteral("--kind"),        QStringLiteral("wso2-apim"),
                              QStringLiteral("--user"),        QStringLiteral("admin"),
                              QStringLiteral("--gateway-url"), words.at(4),
                              QStringLiteral("--secret-stdin")};
        // Without the CA the registration cannot even start: the certificate is not trusted.
        const Run untrusted = addProfile(env, add, QStringLiteral("admin"));
        QCOMPARE(untrusted.exitCode, 2);
        QVERIFY2(untrusted.err.contains(QLatin1String("not trusted")), qPrintable(untrusted.err));
        const Run trusted =
            addProfile(env, add + QStringList{QStringLiteral("--ca-file"), ca.caFile()},
                       QStringLiteral("admin"));
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.err));
        const Run check = runConsole(
            {QStringLiteral("--check"), QStringLiteral("--profile"), QStringLiteral("HTTPS")}, env);
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err)); // every check OK
        QVERIFY(check.out.contains(QLatin1String("TLS")));
        fixture.kill();
        fixture.waitForFinished();
    }

    void wrongPasswordAddsNothingAndRememberKeepsIt()
    {
        QTemporaryDir home;
        const QProcessEnvironment env = isolatedEnvironment(home);
        const QStringList base{QStringLiteral("--url"),         m_url,
                               QStringLiteral("--kind"),        QStringLiteral("wso2-apim"),
                               QStringLiteral("--user"),        QStringLiteral("admin"),
                               QStringLiteral("--secret-stdin")};
        const Run wrong = addProfile(
            env,
            QStringList{QStringLiteral("--add-profile"), QStringLiteral("Sai mật khẩu")} + base,
            QStringLiteral("not-the-password"));
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QLatin1String("user name or password")), qPrintable(wrong.err));
        QVERIFY(!wrong.out.contains(QLatin1String("added")));
        QVERIFY(!wrong.err.contains(QLatin1String("not-the-password")));
        const Run list = runConsole({QStringLiteral("--check")}, env);
        QCOMPARE(list.exitCode, 3); // no profile at all: UNKNOWN
        QVERIFY(list.err.contains(QLatin1String("--add-profile")));

        const Run kept =
            addProfile(env,
                       QStringList{QStringLiteral("--add-profile"), QStringLiteral("Ghi nhớ"),
                                   QStringLiteral("--remember-password")} +
                           base,
                       QStringLiteral("admin"));
        QVERIFY2(kept.exitCode == 0, qPrintable(kept.err));
        QCOMPARE(
            lgsp::client::Wso2Credential::fromSecret(keychainEntry(home, QStringLiteral("Ghi nhớ")))
                .password,
            QStringLiteral("admin"));

        const Run missing =
            addProfile(env,
                       {QStringLiteral("--add-profile"), QStringLiteral("Thiếu"),
                        QStringLiteral("--url"), m_url, QStringLiteral("--kind"),
                        QStringLiteral("wso2-apim"), QStringLiteral("--secret-stdin")},
                       QStringLiteral("admin"));
        QCOMPARE(missing.exitCode, 2); // no --user
        QVERIFY2(missing.err.contains(QLatin1String("user")), qPrintable(missing.err));
    }
};

QTEST_GUILESS_MAIN(TestConsoleWso2)
#include "tst_console_wso2.moc"
