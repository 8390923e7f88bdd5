// lgsp-sandbox over HTTPS with a certificate authority made at test time: a client that
// trusts the CA works end to end (API, gateway to the sandbox's own upstreams), one that does
// not gets a TLS error, and the certificates health check reports the expiry.
#include "apiclient.h"
#include "client/connection.h"
#include "sandboxprocess.h"
#include "testca.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using lgsp::test::ApiClient;
using lgsp::test::SandboxProcess;
using lgsp::test::TestCa;

namespace {
QJsonObject check(ApiClient &client, const QString &name)
{
    for (const QJsonValue &c : client.get(QStringLiteral("/api/v1/health"))
                                   .json()
                                   .value(QStringLiteral("checks"))
                                   .toArray()) {
        if (c.toObject().value(QStringLiteral("name")).toString() == name)
            return c.toObject();
    }
    return {};
}
} // namespace

class TestSandboxTls final : public QObject
{
    Q_OBJECT

private:
    TestCa m_ca;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<lgsp::client::ClientError>();
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.errorString()));
    }

    void httpsEndToEnd()
    {
        QString certificate;
        QString key;
        QVERIFY(m_ca.issueServer(QStringLiteral("server"), 200, &certificate, &key));
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo"),
                               QStringLiteral("--tls-cert"), certificate,
                               QStringLiteral("--tls-key"), key}));
        QCOMPARE(sandbox.baseUrl().scheme(), QStringLiteral("https"));

        ApiClient client(sandbox.baseUrl());
        client.addCaCertificates({m_ca.caCertificate()});
        QVERIFY(client.signIn(sandbox.bootstrapClientId(), sandbox.bootstrapSecret()));
        QCOMPARE(client.get(QStringLiteral("/api/v1/tenants?limit=1")).status, 200);

        const QJsonObject certificates = check(client, QStringLiteral("certificates"));
        QCOMPARE(certificates.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(
            certificates.value(QStringLiteral("detail"))
                .toString()
                .contains(QLatin1String("199")) ||
            certificates.value(QStringLiteral("detail")).toString().contains(QLatin1String("200")));

        // The gateway reaches the sandbox's own upstreams over HTTPS (its certificate pinned).
        const ApiClient::Reply created = client.postJson(
            QStringLiteral("/api/v1/credentials"),
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("apikey")},
                        {QStringLiteral("name"), QStringLiteral("tls app")},
                        {QStringLiteral("role"), QStringLiteral("viewer")},
                        {QStringLiteral("tenantCode"), QStringLiteral("000.00.00.H30")}});
        ApiClient consumer(sandbox.baseUrl());
        consumer.addCaCertificates({m_ca.caCertificate()});
        consumer.setAuthorization(
            "ApiKey " + created.json().value(QStringLiteral("key")).toString().toLatin1());
        const ApiClient::Reply called =
            consumer.get(QStringLiteral("/gw/000.00.00.G14/ho-tich/x?demo-latency=5"));
        QCOMPARE(called.status, 200);
    }

    void untrustedCertificateIsATlsError()
    {
        QString certificate;
        QString key;
        QVERIFY(m_ca.issueServer(QStringLiteral("untrusted"), 100, &certificate, &key));
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(
            {QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), key}));
        // The console's connection does not know the test CA: it must say TLS, not "network".
        lgsp::client::Connection connection(sandbox.baseUrl());
        QSignalSpy failed(&connection, &lgsp::client::Connection::failed);
        connection.fetchInfo();
        QVERIFY(failed.wait(10000));
        const auto error = failed.first().first().value<lgsp::client::ClientError>();
        QCOMPARE(error.kind, lgsp::client::ClientError::Kind::Tls);
        ApiClient client(sandbox.baseUrl());
        QCOMPARE(client.get(QStringLiteral("/api/v1/info")).status, 0);
        QVERIFY(!client.lastSslErrors().isEmpty());
    }

    void soonExpiringCertificateWarns()
    {
        QString certificate;
        QString key;
        QVERIFY(m_ca.issueServer(QStringLiteral("expiring"), 10, &certificate, &key));
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(
            {QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), key}));
        ApiClient client(sandbox.baseUrl());
        client.addCaCertificates({m_ca.caCertificate()});
        QVERIFY(client.signIn(sandbox.bootstrapClientId(), sandbox.bootstrapSecret()));
        QCOMPARE(check(client, QStringLiteral("certificates"))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("warn"));
    }

    void unreadableTlsFilesStopTheStart()
    {
        SandboxProcess sandbox;
        QVERIFY(!sandbox.start({QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent.pem"),
                                QStringLiteral("--tls-key"), QStringLiteral("/nonexistent.key")}));
        if (sandbox.process().state() != QProcess::NotRunning)
            QVERIFY(sandbox.process().waitForFinished(5000));
        QCOMPARE(sandbox.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.process().exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSandboxTls)
#include "tst_sandbox_tls.moc"
