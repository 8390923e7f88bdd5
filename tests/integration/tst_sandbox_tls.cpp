// lgsp-sandbox over HTTPS with a certificate authority made at test time: a client that
// trusts the CA works end to end (API, gateway to the sandbox's own upstreams), one that does
// not gets a TLS error, and the certificates health check reports the expiry.
#include "apiclient.h"
#include "awaitresult.h"
#include "client/backend/backend.h"
#include "client/connection.h"
#include "client/net/tlspolicy.h"
#include "sandboxprocess.h"
#include "testca.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using lgsp::test::ApiClient;
using lgsp::test::SandboxProcess;
using lgsp::test::TestCa;

namespace {
using lgsp::client::ClientError;
using lgsp::client::ConnectionProfile;
using TlsProblem = lgsp::client::ClientError::TlsProblem;

ConnectionProfile profileFor(const QUrl &url)
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = QStringLiteral("tls");
    profile.baseUrl = url;
    profile.auth = QStringLiteral("none");
    profile.proxy = QStringLiteral("none");
    return profile;
}

// GET /info through a console connection made from `profile`.
ClientError infoError(const ConnectionProfile &profile)
{
    lgsp::client::Connection connection(profile);
    const auto r = lgsp::test::awaitResult<lgsp::client::Result<lgsp::protocol::InstanceInfo>>(
        [&](auto done) { connection.backend()->info(&connection, done); });
    if (!r)
        return ClientError::make(ClientError::Kind::Cancelled, QStringLiteral("no answer"));
    return r->error;
}

QString pinOf(const QString &certificateFile)
{
    QFile file(certificateFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return lgsp::client::TlsPolicy::fingerprint(QSslCertificate(file.readAll(), QSsl::Pem));
}

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

    void profileTlsOptions()
    {
        QString certificate;
        QString key;
        QVERIFY(m_ca.issueServer(QStringLiteral("profile"), 100, &certificate, &key));
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(
            {QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), key}));

        // The CA given in the profile is trusted.
        ConnectionProfile withCa = profileFor(sandbox.baseUrl());
        withCa.caFiles = {m_ca.caFile()};
        ClientError error = infoError(withCa);
        QVERIFY2(error.isNull(), qPrintable(error.message()));

        // Without it, the error says the certificate is not trusted.
        error = infoError(profileFor(sandbox.baseUrl()));
        QCOMPARE(error.kind, ClientError::Kind::Tls);
        QCOMPARE(error.tls, TlsProblem::Untrusted);
        QVERIFY(error.message().contains(QLatin1String("not trusted")));

        // A pin that does not match fails even though the CA is trusted, and says so.
        ConnectionProfile wrongPin = withCa;
        wrongPin.pinSha256 = QString(64, QLatin1Char('a'));
        error = infoError(wrongPin);
        QCOMPARE(error.kind, ClientError::Kind::Tls);
        QCOMPARE(error.tls, TlsProblem::PinMismatch);
        QVERIFY(error.message().contains(QLatin1String("pinned")));
        QVERIFY(error.detail.contains(pinOf(certificate)));

        // The right pin is enough on its own (a self-managed government certificate).
        ConnectionProfile pinned = profileFor(sandbox.baseUrl());
        pinned.pinSha256 = pinOf(certificate);
        QVERIFY(!pinned.pinSha256.isEmpty());
        error = infoError(pinned);
        QVERIFY2(error.isNull(), qPrintable(error.message()));

        // A CA file that does not exist is the profile's problem, named, before any call.
        ConnectionProfile missing = profileFor(sandbox.baseUrl());
        missing.caFiles = {QStringLiteral("/nonexistent/gov-root-ca.pem")};
        error = infoError(missing);
        QCOMPARE(error.kind, ClientError::Kind::Configuration);
        QVERIFY(error.detail.contains(QLatin1String("/nonexistent/gov-root-ca.pem")));
    }

    void clientCertificatesLoad()
    {
        // The sandbox does not ask for client certificates; what is checked here is that the
        // profile's PEM and PKCS#12 files load (and a wrong passphrase is reported).
        QString certificate;
        QString key;
        QVERIFY(m_ca.issueServer(QStringLiteral("client"), 100, &certificate, &key));
        QTemporaryDir dir;
        const QString pem = dir.filePath(QStringLiteral("client.pem"));
        {
            QFile out(pem);
            QFile c(certificate);
            QFile k(key);
            QVERIFY(out.open(QIODevice::WriteOnly) && c.open(QIODevice::ReadOnly) &&
                    k.open(QIODevice::ReadOnly));
            out.write(c.readAll() + k.readAll());
        }
        ConnectionProfile profile = profileFor(QUrl(QStringLiteral("https://127.0.0.1:1")));
        profile.clientCertificateFile = pem;
        ClientError error;
        lgsp::client::TlsPolicy policy =
            lgsp::client::TlsPolicy::fromProfile(profile, QString(), &error);
        QVERIFY2(error.isNull(), qPrintable(error.message()));
        QVERIFY(!policy.configuration().localCertificate().isNull());
        QVERIFY(!policy.configuration().privateKey().isNull());

        QString p12;
        QVERIFY2(m_ca.makePkcs12(certificate, key, QStringLiteral("mật-khẩu"), &p12),
                 qPrintable(m_ca.errorString()));
        profile.clientCertificateFile = p12;
        policy = lgsp::client::TlsPolicy::fromProfile(profile, QStringLiteral("mật-khẩu"), &error);
        QVERIFY2(error.isNull(), qPrintable(error.message()));
        QCOMPARE(policy.configuration().localCertificate().digest(),
                 QSslCertificate::fromPath(certificate).value(0).digest());
        lgsp::client::TlsPolicy::fromProfile(profile, QStringLiteral("wrong"), &error);
        QCOMPARE(error.kind, ClientError::Kind::Configuration);
        QVERIFY(error.detail.contains(p12));
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
