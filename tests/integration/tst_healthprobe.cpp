// The health probe against real servers: a healthy sandbox over HTTP and HTTPS, a certificate
// about to expire, an untrusted one, a dead port, a name that does not resolve, a wrong
// secret, a skewed clock, a broken NDXP link and a server that never answers.
#include "client/connection.h"
#include "client/health/healthprobe.h"
#include "sandboxprocess.h"
#include "scriptedserver.h"
#include "testca.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using lgsp::client::ConnectionProfile;
using lgsp::client::HealthProbe;
using lgsp::client::ProbeCheck;
using lgsp::client::ProbeReport;
using lgsp::test::SandboxProcess;
using Status = lgsp::client::ProbeCheck::Status;

namespace {

ConnectionProfile profileFor(const QUrl &url, const SandboxProcess *sandbox = nullptr)
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = QStringLiteral("probe");
    profile.baseUrl = url;
    profile.proxy = QStringLiteral("none");
    profile.requestTimeoutMs = 3000;
    if (sandbox)
        profile.clientId = sandbox->bootstrapClientId();
    else
        profile.auth = QStringLiteral("none");
    return profile;
}

ProbeReport probe(const ConnectionProfile &profile, const QString &secret = {},
                  std::function<QDateTime()> clock = {})
{
    lgsp::client::Connection connection(profile);
    connection.setSecret(secret);
    HealthProbe probe(&connection);
    if (clock)
        probe.setClock(clock);
    QSignalSpy finished(&probe, &HealthProbe::finished);
    probe.start();
    if (!finished.wait(30000))
        return {};
    return probe.report();
}

Status statusOf(const ProbeReport &report, const QString &id)
{
    const ProbeCheck *check = report.check(id);
    return check ? check->status : Status::Skipped;
}

QString describe(const ProbeReport &report)
{
    QString text;
    for (const ProbeCheck &c : report.checks)
        text += c.id + QLatin1Char('=') + ProbeCheck::statusName(c.status) + QStringLiteral(" (") +
                c.detail + QStringLiteral(")\n");
    return text;
}

} // namespace

class TestHealthProbe final : public QObject
{
    Q_OBJECT

private:
    lgsp::test::TestCa m_ca;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ProbeReport>();
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.errorString()));
    }

    void healthySandboxOverHttp()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        const ProbeReport report =
            probe(profileFor(sandbox.baseUrl(), &sandbox), sandbox.bootstrapSecret());
        QVERIFY2(report.exitCode() == 0, qPrintable(describe(report)));
        for (const char *id : {"dns", "connect", "version", "clock", "auth", "server.database",
                               "server.gateway", "server.ndxp-link", "server.disk"})
            QVERIFY2(statusOf(report, QLatin1String(id)) == Status::Ok, id);
        QCOMPARE(statusOf(report, QStringLiteral("tls")), Status::Skipped); // loopback HTTP
        QVERIFY(report.latencyMs.has_value());
        QVERIFY(report.clockSkewMs.has_value() && qAbs(*report.clockSkewMs) < 2000);
        QCOMPARE(report.apiVersion.left(2), QStringLiteral("1."));
        QVERIFY(report.check(QStringLiteral("connect"))->elapsedMs >= 0);
    }

    void httpsCertificateDaysAndExpiryWarning()
    {
        QString certificate;
        QString key;
        QVERIFY(m_ca.issueServer(QStringLiteral("probe-ok"), 200, &certificate, &key));
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(
            {QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), key}));
        ConnectionProfile profile = profileFor(sandbox.baseUrl(), &sandbox);
        profile.caFiles = {m_ca.caFile()};
        ProbeReport report = probe(profile, sandbox.bootstrapSecret());
        QCOMPARE(statusOf(report, QStringLiteral("tls")), Status::Ok);
        QCOMPARE(statusOf(report, QStringLiteral("certificate")), Status::Ok);
        QVERIFY(report.certificateDaysLeft && *report.certificateDaysLeft >= 198 &&
                *report.certificateDaysLeft <= 200);

        QVERIFY(m_ca.issueServer(QStringLiteral("probe-soon"), 10, &certificate, &key));
        SandboxProcess expiring;
        QVERIFY(expiring.start(
            {QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), key}));
        profile = profileFor(expiring.baseUrl(), &expiring);
        profile.caFiles = {m_ca.caFile()};
        report = probe(profile, expiring.bootstrapSecret());
        QCOMPARE(statusOf(report, QStringLiteral("certificate")), Status::Warn);
        QCOMPARE(report.exitCode(), 1);
    }

    void untrustedCertificateFailsAndSaysWhy()
    {
        QString certificate;
        QString key;
        QVERIFY(m_ca.issueServer(QStringLiteral("probe-untrusted"), 100, &certificate, &key));
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(
            {QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), key}));
        const ProbeReport report =
            probe(profileFor(sandbox.baseUrl(), &sandbox), sandbox.bootstrapSecret());
        QCOMPARE(statusOf(report, QStringLiteral("connect")), Status::Ok);
        QCOMPARE(statusOf(report, QStringLiteral("tls")), Status::Fail);
        QCOMPARE(statusOf(report, QStringLiteral("certificate")), Status::Fail);
        QVERIFY(report.check(QStringLiteral("certificate"))
                    ->detail.contains(QLatin1String("not trusted")));
        QCOMPARE(statusOf(report, QStringLiteral("auth")), Status::Skipped);
        QCOMPARE(report.exitCode(), 2);
    }

    void deadPortAndUnknownName()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();
        ProbeReport report = probe(profileFor(url));
        QCOMPARE(statusOf(report, QStringLiteral("connect")), Status::Fail);
        // Said in the console's words (translated), not the socket's English text.
        const QString detail = report.check(QStringLiteral("connect"))->detail;
        QVERIFY2(detail.contains(QLatin1String("connection refused (nothing listens")),
                 qPrintable(detail));
        QCOMPARE(statusOf(report, QStringLiteral("version")), Status::Skipped);
        QCOMPARE(report.exitCode(), 2);

        report = probe(profileFor(QUrl(QStringLiteral("https://lgsp.no-such-name.invalid"))));
        QCOMPARE(statusOf(report, QStringLiteral("dns")), Status::Fail);
        QCOMPARE(report.checks.size(), 8); // every step listed, the rest not checked
    }

    void wrongSecretFailsAuthentication()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        const ProbeReport report =
            probe(profileFor(sandbox.baseUrl(), &sandbox), QStringLiteral("wrong"));
        QCOMPARE(statusOf(report, QStringLiteral("version")), Status::Ok);
        QCOMPARE(statusOf(report, QStringLiteral("auth")), Status::Fail);
        QCOMPARE(report.exitCode(), 2);
    }

    void skewedClock_data()
    {
        QTest::addColumn<int>("offsetSeconds");
        QTest::addColumn<int>("status");
        QTest::newRow("10 s") << 10 << int(Status::Ok);
        QTest::newRow("2 min behind") << -120 << int(Status::Warn);
        QTest::newRow("10 min ahead") << 600 << int(Status::Fail);
    }

    void skewedClock()
    {
        QFETCH(int, offsetSeconds);
        QFETCH(int, status);
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        // The local clock is off by the offset; the server's is right.
        const ProbeReport report = probe(
            profileFor(sandbox.baseUrl(), &sandbox), sandbox.bootstrapSecret(),
            [offsetSeconds] { return QDateTime::currentDateTimeUtc().addSecs(offsetSeconds); });
        QCOMPARE(int(statusOf(report, QStringLiteral("clock"))), status);
        QVERIFY(qAbs(*report.clockSkewMs + offsetSeconds * 1000LL) < 2000);
    }

    void brokenNdxpLinkIsAFailure()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString upstream = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--ndxp-upstream"), upstream}));
        ProbeReport report;
        // The sandbox checks its link every few seconds; wait until it has looked.
        QTRY_VERIFY_WITH_TIMEOUT(
            (report = probe(profileFor(sandbox.baseUrl(), &sandbox), sandbox.bootstrapSecret()),
             statusOf(report, QStringLiteral("server.ndxp-link")) == Status::Fail),
            20000);
        QCOMPARE(report.exitCode(), 2);
    }

    void silentServerTimesOutAtTheApiStep()
    {
        lgsp::test::ScriptedServer silent;
        ConnectionProfile profile = profileFor(silent.url());
        profile.requestTimeoutMs = 1000;
        QElapsedTimer timer;
        timer.start();
        const ProbeReport report = probe(profile);
        QCOMPARE(statusOf(report, QStringLiteral("connect")), Status::Ok);
        QCOMPARE(statusOf(report, QStringLiteral("version")), Status::Fail);
        // Three attempts of one second each, with backoff between them.
        QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestHealthProbe)
#include "tst_healthprobe.moc"
