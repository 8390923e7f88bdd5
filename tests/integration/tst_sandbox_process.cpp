// lgsp-sandbox as a process: its own instances with special options (a dead NDXP upstream,
// a tight rate limit, short tokens) and its durability across restarts and kill -9.
#include "apiclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using lgsp::test::ApiClient;
using lgsp::test::SandboxProcess;

namespace {
QJsonObject tenantBody(const QString &code, const QString &name)
{
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("kind"), QStringLiteral("agency")}};
}
} // namespace

class TestSandboxProcess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closedNdxpUpstreamFails()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(
            {QStringLiteral("--ndxp-upstream"), QStringLiteral("http://127.0.0.1:1")}));
        ApiClient client(sandbox.baseUrl());
        QVERIFY(client.signIn(sandbox.bootstrapClientId(), sandbox.bootstrapSecret()));
        QString status;
        QTRY_VERIFY_WITH_TIMEOUT(
            (status =
                 [&client] {
                     for (const QJsonValue &c : client.get(QStringLiteral("/api/v1/health"))
                                                    .json()
                                                    .value(QStringLiteral("checks"))
                                                    .toArray()) {
                         if (c.toObject().value(QStringLiteral("name")).toString() ==
                             QLatin1String("ndxp-link"))
                             return c.toObject().value(QStringLiteral("status")).toString();
                     }
                     return QString();
                 }()) == QLatin1String("fail"),
            10000);
    }

    void rateLimitGives429()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--rate-limit"), QStringLiteral("5")}));
        ApiClient client(sandbox.baseUrl());
        QVERIFY(client.signIn(sandbox.bootstrapClientId(), sandbox.bootstrapSecret()));
        int limited = 0;
        QByteArray retryAfter;
        for (int i = 0; i < 8; ++i) {
            const ApiClient::Reply reply = client.get(QStringLiteral("/api/v1/tenants"));
            if (reply.status == 429) {
                ++limited;
                retryAfter = reply.header("Retry-After");
            }
        }
        QVERIFY(limited >= 3);
        QVERIFY(retryAfter.toInt() >= 1 && retryAfter.toInt() <= 60);
    }

    void expiredTokenIs401()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--token-ttl"), QStringLiteral("1")}));
        ApiClient client(sandbox.baseUrl());
        QVERIFY(client.signIn(sandbox.bootstrapClientId(), sandbox.bootstrapSecret()));
        QCOMPARE(client.get(QStringLiteral("/api/v1/tenants")).status, 200);
        QTest::qWait(1500);
        QCOMPARE(client.get(QStringLiteral("/api/v1/tenants")).status, 401);
    }

    void restartKeepsData()
    {
        QTemporaryDir dir;
        QString clientId;
        {
            SandboxProcess first(dir.path());
            QVERIFY(first.start());
            clientId = first.bootstrapClientId();
            ApiClient client(first.baseUrl());
            QVERIFY(client.signIn(clientId, first.bootstrapSecret()));
            QCOMPARE(client
                         .postJson(QStringLiteral("/api/v1/tenants"),
                                   tenantBody(QStringLiteral("000.00.09.H30"),
                                              QStringLiteral("Bền vững")))
                         .status,
                     201);
        }
        SandboxProcess second(dir.path());
        QVERIFY(second.start());
        QCOMPARE(second.bootstrapClientId(), clientId); // not regenerated
        ApiClient client(second.baseUrl());
        QVERIFY(client.signIn(clientId, second.bootstrapSecret()));
        QCOMPARE(client.get(QStringLiteral("/api/v1/tenants/000.00.09.H30"))
                     .json()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Bền vững"));
    }

    void killDuringWritesLosesNoAcknowledgedChange()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        QStringList acknowledged;
        {
            SandboxProcess sandbox(dir.path());
            QVERIFY(sandbox.start());
            ApiClient client(sandbox.baseUrl());
            QVERIFY(client.signIn(sandbox.bootstrapClientId(), sandbox.bootstrapSecret()));
            for (int i = 0; i < 60; ++i) {
                const QString code = QStringLiteral("000.00.%1.H30").arg(10 + i);
                if (client
                        .postJson(QStringLiteral("/api/v1/tenants"),
                                  tenantBody(code, QStringLiteral("Tải ghi %1").arg(i)))
                        .status == 201)
                    acknowledged << code;
                if (i == 40) // kill -9 in the middle of the load, no chance to flush
                    ::kill(pid_t(sandbox.process().processId()), SIGKILL);
            }
            sandbox.process().waitForFinished(5000);
        }
        QVERIFY(acknowledged.size() >= 41);
        SandboxProcess restarted(dir.path());
        QVERIFY(restarted.start());
        ApiClient client(restarted.baseUrl());
        QVERIFY(client.signIn(restarted.bootstrapClientId(), restarted.bootstrapSecret()));
        for (const QString &code : std::as_const(acknowledged))
            QVERIFY2(client.get(QStringLiteral("/api/v1/tenants/") + code).status == 200,
                     qPrintable(code));
#else
        QSKIP("needs SIGKILL");
#endif
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"
