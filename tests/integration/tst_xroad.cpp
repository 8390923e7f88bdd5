// The link to NDXP as an X-Road security server sees it, against the stand-in of its
// management API (tests/fixtures/xroad) answering as 6.26, 7.5 and 7.8: every check's rule,
// each fault, refusals and rate limits, and the health probe carrying the checks.
#include "awaitresult.h"
#include "xroadfixture.h"

#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "client/health/healthprobe.h"
#include "client/xroad/xroadchecks.h"
#include "client/xroad/xroadclient.h"
#include "client/xroad/xroadpacer.h"
#include "models/alerts/alertrules.h"
#include "models/fleet/fleetmodel.h"
#include "models/health/diagnostics.h"
#include "models/health/healthchecksmodel.h"
#include "models/health/healthtimeline.h"
#include "models/tenants/tenantloader.h"
#include "models/tenants/tenantmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>

using namespace lgsp;
using lgsp::test::XRoadFixture;
using Status = client::ProbeCheck::Status;

namespace {

client::ConnectionProfile profileFor(const XRoadFixture &server, const QUrl &instance = {})
{
    client::ConnectionProfile p;
    p.id = QUuid::createUuid();
    p.name = QStringLiteral("LGSP Hậu Giang");
    p.baseUrl = instance.isEmpty() ? QUrl(QStringLiteral("http://127.0.0.1:1")) : instance;
    p.auth = QStringLiteral("none");
    p.proxy = QStringLiteral("none");
    p.requestTimeoutMs = 5000;
    p.xroad.url = server.url();
    return p;
}

client::Result<client::XRoadState> fetch(client::Connection &connection)
{
    QObject context;
    const auto r = test::awaitResult<client::Result<client::XRoadState>>(
        [&](auto done) { connection.securityServer()->fetch(&context, done); });
    if (!r) {
        client::Result<client::XRoadState> timedOut;
        timedOut.error = client::ClientError::make(client::ClientError::Kind::Timeout);
        return timedOut;
    }
    return *r;
}

QHash<QString, client::ProbeCheck> checksOf(const client::XRoadState &state)
{
    QHash<QString, client::ProbeCheck> out;
    for (const client::ProbeCheck &c :
         client::XRoadChecks::evaluate(state, QDateTime::currentDateTimeUtc()))
        out.insert(c.id, c);
    return out;
}

} // namespace

class TestXRoad final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthyServerOfEachVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("6.26") << QStringLiteral("6.26.0");
        QTest::newRow("7.5") << QStringLiteral("7.5.1");
        QTest::newRow("7.8") << QStringLiteral("7.8.0");
    }

    void healthyServerOfEachVersion()
    {
        QFETCH(QString, version);
        XRoadFixture::Options options;
        options.version = version;
        XRoadFixture server(options);
        QVERIFY(server.listen());
        client::Connection connection(profileFor(server));
        QVERIFY(connection.securityServer());
        connection.setSecurityServerKey(options.apiKey);
        const auto r = fetch(connection);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.value.version, QVersionNumber::fromString(version));
        QCOMPARE(r.value.nodeType.isEmpty(), version.startsWith(QLatin1String("6.")));
        QCOMPARE(r.value.missing.contains(QStringLiteral("/system/node-type")),
                 version.startsWith(QLatin1String("6.")));
        QVERIFY(r.value.problems.isEmpty());
        QVERIFY(r.value.globalConf && r.value.globalConf->code.isEmpty());
        QCOMPARE(r.value.timestamping->size(), 2);
        QCOMPARE(r.value.certificates->size(), 2);
        QCOMPARE(r.value.clients->first().id, QStringLiteral("VN:GOV:000.00.00.H22:LGSP"));
        const auto checks = checksOf(r.value);
        QCOMPARE(checks.size(), 9);
        QCOMPARE(checks.value(QStringLiteral("ndxp.version")).status,
                 version.startsWith(QLatin1String("6.")) ? Status::Warn : Status::Ok);
        QVERIFY(checks.value(QStringLiteral("ndxp.version")).detail.contains(version));
        for (const char *id : {"ndxp.globalconf", "ndxp.timestamping", "ndxp.ocsp",
                               "ndxp.certificates", "ndxp.tls", "ndxp.clients"})
            QVERIFY2(checks.value(QLatin1String(id)).status == Status::Ok,
                     qPrintable(QLatin1String(id) + QStringLiteral(": ") +
                                checks.value(QLatin1String(id)).detail));
        QVERIFY(r.value.tlsCertificate &&
                r.value.tlsCertificate->subject == QLatin1String("ss1.lgsp.haugiang.gov.vn"));
        // Add-ons and backup encryption from 7.1, exchanges from 7.7: an older server is not
        // asked for them, and says it does not know.
        const QVersionNumber v = QVersionNumber::fromString(version);
        const bool hasAddons = v >= QVersionNumber(7, 1);
        const bool hasExchanges = v >= QVersionNumber(7, 7);
        const client::ProbeCheck addons = checks.value(QStringLiteral("ndxp.addons"));
        QCOMPARE(addons.status, hasAddons ? Status::Ok : Status::Skipped);
        QVERIFY2(addons.detail.contains(hasAddons ? QStringLiteral("Backups are encrypted")
                                                  : QStringLiteral("from version 7.1")),
                 qPrintable(addons.detail));
        const client::ProbeCheck exchanges = checks.value(QStringLiteral("ndxp.exchanges"));
        QCOMPARE(exchanges.status, hasExchanges ? Status::Ok : Status::Skipped);
        // Four 15-minute intervals of 120 succeeded and 2 failed.
        QVERIFY2(exchanges.detail.contains(hasExchanges ? QStringLiteral("488 exchanges in the "
                                                                         "last hour, 8 of them")
                                                        : QStringLiteral("from version 7.7")),
                 qPrintable(exchanges.detail));
        QCOMPARE(r.value.missing.contains(QStringLiteral("/diagnostics/addon-status")), !hasAddons);
        QCOMPARE(r.value.missing.contains(QStringLiteral("/diagnostics/operational-monitoring")),
                 !hasExchanges);
        QVERIFY(!server.requestedPaths().contains(
                    QStringLiteral("/api/v1/diagnostics/operational-monitoring")) ||
                hasExchanges);
        // The subsystem's service descriptions: a WSDL of two services, an OpenAPI of three.
        QVERIFY2(checks.value(QStringLiteral("ndxp.clients"))
                     .detail.endsWith(QStringLiteral("They offer 5 services in 2 service "
                                                     "descriptions.")),
                 qPrintable(checks.value(QStringLiteral("ndxp.clients")).detail));
        QCOMPARE(r.value.clients->first().services, 5);
        // One request at a time: nine, one per subsystem, two more from 7.1, one more from 7.7.
        QCOMPARE(server.requestedPaths().size(),
                 9 + 1 + (hasAddons ? 2 : 0) + (hasExchanges ? 1 : 0));
        QVERIFY(server.requestedPaths().contains(
            QStringLiteral("/api/v1/clients/VN:GOV:000.00.00.H22:LGSP/service-descriptions")));
    }

    void eachFaultIsItsCheck_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("check");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        for (const QString &v : {QStringLiteral("7.5.1"), QStringLiteral("7.8.0")}) {
            const auto row = [&](const char *fault, const char *check, Status status,
                                 const char *says) {
                QTest::addRow("%s %s", qPrintable(v), fault)
                    << v << QString::fromLatin1(fault) << QString::fromLatin1(check) << int(status)
                    << QString::fromUtf8(says);
            };
            row("globalConfExpired", "ndxp.globalconf", Status::Fail, "expired");
            row("globalConfFailing", "ndxp.globalconf", Status::Fail,
                v == QLatin1String("7.8.0") ? "cannot_download_conf"
                                            : "ERROR_CODE_CANNOT_DOWNLOAD_CONF");
            row("globalConfLate", "ndxp.globalconf", Status::Warn, "was due");
            row("oneTimestampingFails", "ndxp.timestamping", Status::Warn, "1 of 2");
            row("everyTimestampingFails", "ndxp.timestamping", Status::Fail, "Every");
            row("ocspFailing", "ndxp.ocsp", Status::Fail, "ocsp");
            row("ocspStale", "ndxp.ocsp", Status::Warn, "more than an hour ago");
            row("signingIn20Days", "ndxp.certificates", Status::Warn, "in 20 days");
            row("signingIn5Days", "ndxp.certificates", Status::Fail, "in 5 days");
            row("signingExpired", "ndxp.certificates", Status::Fail, "expired");
            row("authRevoked", "ndxp.certificates", Status::Fail, "revoked");
            row("tokenLoggedOut", "ndxp.certificates", Status::Fail, "not logged in");
            row("tlsIn20Days", "ndxp.tls", Status::Warn, "in 20 days");
            row("tlsIn3Days", "ndxp.tls", Status::Fail, "in 3 days");
            row("messageLogOff", "ndxp.addons", Status::Warn, "message log is off");
            row("backupsUnencrypted", "ndxp.addons", Status::Warn, "not encrypted");
            row("subsystemDisabled", "ndxp.clients", Status::Warn,
                "VN:GOV:000.00.00.H22:LGSP is disabled");
            row("subsystemMissing", "ndxp.clients", Status::Fail,
                "VN:GOV:000.00.00.H22:LGSP is missing from the global configuration");
            row("subsystemSaved", "ndxp.clients", Status::Warn, "saved, not sent");
            row("descriptionDisabled", "ndxp.clients", Status::Ok,
                "5 services in 2 service descriptions, 1 of them disabled");
            if (v == QLatin1String("7.8.0")) {
                row("someExchangesFail", "ndxp.exchanges", Status::Warn, "10.0 % failed");
                row("manyExchangesFail", "ndxp.exchanges", Status::Fail, "30.0 % failed");
            }
        }
    }

    void eachFaultIsItsCheck()
    {
        QFETCH(QString, version);
        QFETCH(QString, fault);
        QFETCH(QString, check);
        QFETCH(int, status);
        QFETCH(QString, says);
        XRoadFixture::Options o;
        o.version = version;
        o.globalConfExpired = fault == QLatin1String("globalConfExpired");
        o.globalConfFailing = fault == QLatin1String("globalConfFailing");
        o.globalConfLate = fault == QLatin1String("globalConfLate");
        o.failingTimestamping = fault == QLatin1String("oneTimestampingFails")     ? 1
                                : fault == QLatin1String("everyTimestampingFails") ? 2
                                                                                   : 0;
        o.ocspFailing = fault == QLatin1String("ocspFailing");
        o.ocspStale = fault == QLatin1String("ocspStale");
        o.signingCertificateDays = fault == QLatin1String("signingIn20Days")  ? 20
                                   : fault == QLatin1String("signingIn5Days") ? 5
                                   : fault == QLatin1String("signingExpired") ? -3
                                                                              : 400;
        o.authCertificateRevoked = fault == QLatin1String("authRevoked");
        o.tokenLoggedOut = fault == QLatin1String("tokenLoggedOut");
        o.tlsCertificateDays = fault == QLatin1String("tlsIn20Days")  ? 20
                               : fault == QLatin1String("tlsIn3Days") ? 3
                                                                      : 700;
        o.messageLogOff = fault == QLatin1String("messageLogOff");
        o.descriptionDisabled = fault == QLatin1String("descriptionDisabled");
        o.backupsUnencrypted = fault == QLatin1String("backupsUnencrypted");
        if (fault == QLatin1String("someExchangesFail"))
            o.failedPerInterval = 12, o.succeededPerInterval = 108;
        if (fault == QLatin1String("manyExchangesFail"))
            o.failedPerInterval = 36, o.succeededPerInterval = 84;
        const QString subsystem = o.memberId + QStringLiteral(":LGSP=");
        if (fault == QLatin1String("subsystemDisabled"))
            o.clients = QStringList{subsystem + QStringLiteral("DISABLED")};
        if (fault == QLatin1String("subsystemMissing"))
            o.clients = QStringList{subsystem + QStringLiteral("GLOBAL_ERROR")};
        if (fault == QLatin1String("subsystemSaved"))
            o.clients = QStringList{o.memberId + QStringLiteral("=REGISTERED"),
                                    subsystem + QStringLiteral("SAVED")};
        XRoadFixture server(o);
        QVERIFY(server.listen());
        client::Connection connection(profileFor(server));
        connection.setSecurityServerKey(o.apiKey);
        const auto r = fetch(connection);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        const auto checks = checksOf(r.value);
        const client::ProbeCheck c = checks.value(check);
        QCOMPARE(int(c.status), status);
        QVERIFY2(c.detail.contains(says, Qt::CaseInsensitive), qPrintable(c.detail));
        // The other checks are not touched by this fault (7.5 does not know its exchanges).
        for (auto it = checks.cbegin(); it != checks.cend(); ++it) {
            if (it.key() == check || it.key() == QLatin1String("ndxp.version"))
                continue;
            const Status expected = it.key() == QLatin1String("ndxp.exchanges") &&
                                            version.startsWith(QLatin1String("7.5"))
                                        ? Status::Skipped
                                        : Status::Ok;
            QVERIFY2(it->status == expected, qPrintable(it.key() + QLatin1Char(' ') + it->detail));
        }
    }

    void refusalsAndLimits()
    {
        XRoadFixture server(XRoadFixture::Options{});
        QVERIFY(server.listen());
        {
            // No key in the keychain: said before any request.
            client::Connection connection(profileFor(server));
            const auto r = fetch(connection);
            QVERIFY(!r.ok());
            QCOMPARE(r.error.kind, client::ClientError::Kind::Configuration);
            QVERIFY(r.error.message().contains(QStringLiteral("API key")));
            QVERIFY(server.requestedPaths().isEmpty());
        }
        {
            client::Connection connection(profileFor(server));
            connection.setSecurityServerKey(QStringLiteral("wrong"));
            const auto r = fetch(connection);
            QVERIFY(!r.ok());
            QCOMPARE(r.error.kind, client::ClientError::Kind::Unauthorized);
            // X-Road's own id of the answer, for its administrator's logs.
            QVERIFY2(r.error.message().contains(QStringLiteral("x-road-ui-correlation-id ")),
                     qPrintable(r.error.message()));
            const client::ProbeCheck c =
                client::XRoadChecks::unreachable(server.url().toString(), r.error.message());
            QCOMPARE(c.status, Status::Fail);
            QVERIFY(c.detail.contains(server.url().toString()));
        }
        // Two answers of 429: retried after a pause, then read whole.
        server.options().tooManyRequests = 2;
        client::Connection connection(profileFor(server));
        connection.setSecurityServerKey(XRoadFixture::Options{}.apiKey);
        const auto r = fetch(connection);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QVERIFY(r.value.problems.isEmpty());
        QVERIFY(r.value.alerts.has_value());
    }

    void malformedAnswersAreProblems()
    {
        QString error;
        QVERIFY(!client::xroad::readGlobalConf("[]", &error));
        QVERIFY(error.contains(QStringLiteral("not an object")));
        QVERIFY(!client::xroad::readGlobalConf("{\"prev_update_at\":\"x\"}", &error));
        QVERIFY(error.contains(QStringLiteral("status_class")));
        QVERIFY(!client::xroad::readTokens("{}", &error));
        QVERIFY(!client::xroad::readVersion("<html>", &error));
        QVERIFY(error.contains(QStringLiteral("not JSON")));
        // Fields a version does not send are unknown, not false.
        const auto alerts = client::xroad::readAlerts("{\"global_conf_valid\":false,"
                                                      "\"global_conf_valid_check_success\":false}",
                                                      &error);
        QVERIFY(alerts);
        QVERIFY(!alerts->globalConfValid.has_value());
        QVERIFY(!alerts->softTokenPinEntered.has_value());
        QCOMPARE(client::xroad::versionNumber(
                     QStringLiteral("Security Server version 6.26.3-1.ubuntu20.04")),
                 QVersionNumber(6, 26, 3));
    }

    void settingsKeptInTheProfile()
    {
        XRoadFixture server(XRoadFixture::Options{});
        client::ConnectionProfile p = profileFor(server);
        p.xroad.url = QUrl(QStringLiteral("https://ss1.lgsp.haugiang.gov.vn:4000"));
        p.xroad.pinSha256 = QString(64, QLatin1Char('a'));
        QList<protocol::DecodeError> errors;
        const auto read = client::ConnectionProfile::fromJson(p.toJson(), QString(), &errors);
        QVERIFY(read && errors.isEmpty());
        QCOMPARE(read->xroad.url, p.xroad.url);
        QCOMPARE(read->xroad.pinSha256, p.xroad.pinSha256);
        // A pin that is not a SHA-256 fingerprint, a URL that is not http(s): refused, named.
        QJsonObject bad = p.toJson();
        bad.insert(QStringLiteral("securityServer"),
                   QJsonObject{{QStringLiteral("url"), QStringLiteral("ftp://ss1")},
                               {QStringLiteral("pinSha256"), QStringLiteral("abc")}});
        errors.clear();
        QVERIFY(!client::ConnectionProfile::fromJson(bad, QString(), &errors));
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).field, QStringLiteral("/securityServer/url"));
        // No security server: no client, no checks.
        p.xroad = {};
        client::Connection connection(p);
        QVERIFY(!connection.securityServer());
    }

    void theHealthProbeCarriesTheChecks()
    {
        XRoadFixture::Options o;
        o.signingCertificateDays = 10;
        XRoadFixture server(o);
        QVERIFY(server.listen());
        // The instance itself is down: the security server is still asked.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl down(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();
        client::Connection connection(profileFor(server, down));
        connection.setSecurityServerKey(o.apiKey);
        client::HealthProbe probe(&connection);
        QSignalSpy finished(&probe, &client::HealthProbe::finished);
        probe.start();
        QVERIFY(finished.wait(30000));
        const auto report = finished.first().first().value<client::ProbeReport>();
        QCOMPARE(report.check(QStringLiteral("connect"))->status, Status::Fail);
        const client::ProbeCheck *certificates = report.check(QStringLiteral("ndxp.certificates"));
        QVERIFY(certificates);
        QCOMPARE(certificates->status, Status::Warn);
        QCOMPARE(certificates->title, QStringLiteral("Signing and authentication certificates"));
        // The fewest days left reach the alerts; the clients reach the tenants page.
        QCOMPARE(certificates->serverParams.value(QStringLiteral("daysLeft")).toInt(), 10);
        QVERIFY(report.ndxpClients.has_value());
        QCOMPARE(report.ndxpClients->value(QStringLiteral("VN:GOV:000.00.00.H22:LGSP")),
                 QStringLiteral("REGISTERED"));
        QCOMPARE(report.check(QStringLiteral("ndxp.globalconf"))->status, Status::Ok);
        QCOMPARE(report.checks.last().id, QStringLiteral("ndxp.exchanges"));

        // The fleet's alerts: the certificate within 30 days is a warning of its own.
        client::Fleet::Instance instance;
        instance.polls = 1;
        instance.lastReport = report;
        const QList<models::AlertCondition> alerts =
            models::AlertRules::evaluate(instance, models::AlertThresholds{});
        const auto ndxp = std::find_if(alerts.cbegin(), alerts.cend(), [](const auto &a) {
            return a.kind == models::AlertCondition::Kind::NdxpLink;
        });
        QVERIFY(ndxp != alerts.cend());
        QCOMPARE(ndxp->severity, models::AlertCondition::Severity::Warning);
        QVERIFY2(
            ndxp->detail.startsWith(QStringLiteral("Signing and authentication certificates: ")),
            qPrintable(ndxp->detail));
        QVERIFY(ndxp->detail.contains(QStringLiteral("in 10 days")));
        QCOMPARE(ndxp->level % 10000, 14);
    }

    // A certificate's alert is new at each threshold it crosses: 30, 14 and 7 days.
    void certificateAlertsAtEachThreshold()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<int> levels;
        for (const int days : {25, 10, 5}) {
            client::XRoadState state;
            state.version = QVersionNumber(7, 8, 0);
            client::XRoadState::Certificate c;
            c.usage = QStringLiteral("SIGNING");
            c.subject = QStringLiteral("UBND tỉnh Hậu Giang");
            c.notAfter = now.addDays(days).addSecs(3600);
            c.ocspStatus = QStringLiteral("OCSP_RESPONSE_GOOD");
            state.certificates = QList<client::XRoadState::Certificate>{c};
            state.tlsCertificate = client::XRoadState::TlsCertificate{
                QStringLiteral("ss1.lgsp.haugiang.gov.vn"), now.addDays(400)};
            client::Fleet::Instance instance;
            instance.polls = 1;
            instance.lastReport.checks = client::XRoadChecks::evaluate(state, now);
            const QList<models::AlertCondition> alerts =
                models::AlertRules::evaluate(instance, models::AlertThresholds{});
            QList<models::AlertCondition> certificates;
            std::copy_if(
                alerts.cbegin(), alerts.cend(), std::back_inserter(certificates),
                [](const auto &a) { return a.detail.startsWith(QStringLiteral("Signing")); });
            QCOMPARE(certificates.size(), 1);
            QCOMPARE(certificates.first().severity,
                     days < 7 ? models::AlertCondition::Severity::Critical
                              : models::AlertCondition::Severity::Warning);
            levels << certificates.first().level;
        }
        // Three alerts, not one whose text changed.
        QCOMPARE(QSet<int>(levels.cbegin(), levels.cend()).size(), 3);
        QCOMPARE(levels.at(0) % 10000, 30);
        QCOMPARE(levels.at(1) % 10000, 14);
        QCOMPARE(levels.at(2) % 10000, 7);
    }

    // Requests to one server keep to 10 a second and 300 a minute (half X-Road's limits).
    void thePacersSchedule()
    {
        client::XRoadPacer pacer;
        QList<qint64> turns;
        for (int i = 0; i < 700; ++i)
            turns << pacer.reserveAt(QStringLiteral("ss1:4000"), 0);
        // Another server has turns of its own.
        QCOMPARE(pacer.reserveAt(QStringLiteral("ss2:4000"), 0), 0);
        for (qsizetype i = 0; i < turns.size(); ++i) {
            const auto inWindow = [&](qint64 span) {
                return std::count_if(turns.cbegin() + i, turns.cend(),
                                     [&](qint64 t) { return t < turns.at(i) + span; });
            };
            QVERIFY2(inWindow(1000) <= 10, qPrintable(QString::number(i)));
            QVERIFY2(inWindow(60000) <= 300, qPrintable(QString::number(i)));
        }
        // Not slower than the limits need: 300 in the first minute.
        QCOMPARE(turns.at(9), 0);
        QCOMPARE(turns.at(10), 1100);
        QCOMPARE(turns.at(299), 29 * 1100);
        QCOMPARE(turns.at(300), 60100);
    }

    // Many LGSPs behind one security server: their probes share reads and keep to its limits.
    void manyLgspsBehindOneServer()
    {
        // The server in a thread of its own, so it sees each request when it arrives and not
        // when the console's thread lets it.
        QThread thread;
        QObject anchor;
        anchor.moveToThread(&thread);
        thread.start();
        std::unique_ptr<XRoadFixture> owned;
        QMetaObject::invokeMethod(
            &anchor,
            [&] {
                owned = std::make_unique<XRoadFixture>(XRoadFixture::Options{});
                owned->listen();
            },
            Qt::BlockingQueuedConnection);
        const XRoadFixture &server = *owned;
        QVERIFY(!server.url().isEmpty());
        client::Fleet fleet;
        QList<client::ConnectionProfile> profiles;
        for (int i = 0; i < 25; ++i) {
            client::ConnectionProfile p = profileFor(server);
            p.name = QStringLiteral("LGSP %1").arg(i + 1);
            p.pollIntervalMs = 5000;
            profiles << p;
        }
        fleet.setProfiles(profiles);
        for (const client::ConnectionProfile &p : std::as_const(profiles))
            fleet.setSecurityServerKey(p.id, XRoadFixture::Options{}.apiKey);
        fleet.setStagger(std::chrono::milliseconds(10));
        fleet.setMaxConcurrent(8);
        fleet.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(profiles.cbegin(), profiles.cend(),
                        [&](const auto &p) { return fleet.instance(p.id)->polls >= 2; }),
            60000);
        fleet.stop();
        for (const client::ConnectionProfile &p : std::as_const(profiles)) {
            const client::ProbeCheck *c =
                fleet.instance(p.id)->lastReport.check(QStringLiteral("ndxp.clients"));
            QVERIFY(c);
            QCOMPARE(c->status, Status::Ok);
        }
        // 50 probes; without sharing they would have sent 600 requests.
        QList<qint64> times;
        QMetaObject::invokeMethod(
            &anchor,
            [&] {
                times = owned->requestTimes();
                owned.reset();
            },
            Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
        QVERIFY2(times.size() <= 12 * 10, qPrintable(QString::number(times.size())));
        qsizetype busiest = 0;
        for (qsizetype i = 0; i < times.size(); ++i)
            busiest = std::max<qsizetype>(
                busiest, std::count_if(times.cbegin() + i, times.cend(),
                                       [&](qint64 t) { return t < times.at(i) + 1000; }));
        // 10 turns a second, with room for requests that reach the server late.
        qInfo("%lld requests, at most %lld in one second", qlonglong(times.size()),
              qlonglong(busiest));
        QVERIFY2(busiest <= 10, qPrintable(QString::number(busiest)));
    }

    // A security server alone (profile kind xroad-ss): its version, clock and key are the
    // instance's checks, its own checks follow; nothing of the LGSP kind is asked of it.
    void aSecurityServerAlone()
    {
        XRoadFixture::Options o;
        o.signingCertificateDays = 20;
        XRoadFixture server(o);
        QVERIFY(server.listen());
        client::ConnectionProfile p;
        p.id = QUuid::createUuid();
        p.name = QStringLiteral("Máy chủ an ninh NDXP Hậu Giang");
        p.backend = QStringLiteral("xroad-ss");
        p.auth = QStringLiteral("xroad-key");
        p.baseUrl = server.url();
        p.proxy = QStringLiteral("none");
        QCOMPARE(p.secretKind(), QStringLiteral("xroad-key"));

        // In the profile file: the kind, and no other way in.
        QList<protocol::DecodeError> errors;
        QJsonObject json = p.toJson();
        json.remove(QStringLiteral("auth"));
        const auto read = client::ConnectionProfile::fromJson(json, QString(), &errors);
        QVERIFY(read && errors.isEmpty());
        QVERIFY(read->isSecurityServer());
        QCOMPARE(read->auth, QStringLiteral("xroad-key"));
        json.insert(QStringLiteral("auth"), QStringLiteral("client-credentials"));
        QVERIFY(!client::ConnectionProfile::fromJson(json, QString(), &errors));
        QCOMPARE(errors.first().field, QStringLiteral("/auth"));

        client::Connection connection(p);
        QVERIFY(connection.securityServer());
        QCOMPARE(connection.backend()->features(), client::Features{});
        connection.setSecret(o.apiKey); // the profile's secret is the server's key
        client::HealthProbe probe(&connection);
        QSignalSpy finished(&probe, &client::HealthProbe::finished);
        probe.start();
        QVERIFY(finished.wait(30000));
        const auto report = finished.first().first().value<client::ProbeReport>();
        QCOMPARE(report.check(QStringLiteral("connect"))->status, Status::Ok);
        const client::ProbeCheck *version = report.check(QStringLiteral("version"));
        QCOMPARE(version->status, Status::Ok);
        QVERIFY2(version->detail.contains(QStringLiteral("X-Road Security Server, server 7.8.0")),
                 qPrintable(version->detail));
        QCOMPARE(report.check(QStringLiteral("clock"))->status, Status::Ok);
        QCOMPARE(report.check(QStringLiteral("auth"))->status, Status::Ok);
        QVERIFY(!report.check(QStringLiteral("server")));
        QCOMPARE(report.check(QStringLiteral("ndxp.certificates"))->status, Status::Warn);
        for (const QString &id : client::XRoadChecks::ids())
            QVERIFY2(report.check(id), qPrintable(id));
        QCOMPARE(report.overall(), Status::Warn);
        // Only the management API was asked.
        for (const QString &path : server.requestedPaths())
            QVERIFY2(path.startsWith(QLatin1String("/api/v1/")), qPrintable(path));

        // A wrong key: the version cannot be read, and says why.
        client::Connection refused(p);
        refused.setSecret(QStringLiteral("wrong"));
        client::HealthProbe second(&refused);
        QSignalSpy secondFinished(&second, &client::HealthProbe::finished);
        second.start();
        QVERIFY(secondFinished.wait(30000));
        const auto denied = secondFinished.first().first().value<client::ProbeReport>();
        QCOMPARE(denied.check(QStringLiteral("version"))->status, Status::Fail);
        QVERIFY(denied.check(QStringLiteral("version"))
                    ->detail.contains(QStringLiteral("x-road-ui-correlation-id")));

        // In the fleet: polled, with no tenant, service or traffic figures asked for; the
        // tenants list leaves it out rather than failing on it.
        const qsizetype before = server.requestedPaths().size();
        client::Fleet fleet;
        fleet.setProfiles({p});
        fleet.setSecret(p.id, o.apiKey);
        fleet.start();
        QTRY_VERIFY_WITH_TIMEOUT(fleet.instance(p.id)->polls > 0, 30000);
        QVERIFY(!fleet.instance(p.id)->tenantCount.has_value());
        QVERIFY(!fleet.instance(p.id)->hasMetrics);
        QCOMPARE(fleet.instance(p.id)->lastReport.overall(), Status::Warn);
        for (const QString &path : server.requestedPaths().mid(before))
            QVERIFY2(path.startsWith(QLatin1String("/api/v1/")), qPrintable(path));
        models::TenantModel tenants;
        models::TenantLoader loader(&fleet, &tenants);
        QSignalSpy loaded(&loader, &models::ListLoader::finished);
        loader.reload();
        QVERIFY(loaded.count() == 1 || loaded.wait(5000));
        QCOMPARE(tenants.rowCount(), 0);
        QVERIFY(loader.failures().isEmpty());
        fleet.stop();
    }

    // The fleet's NDXP column comes from the security server when the profile names one.
    void theFleetsNdxpColumn()
    {
        XRoadFixture::Options o;
        o.ocspFailing = true;
        XRoadFixture server(o);
        QVERIFY(server.listen());
        client::ConnectionProfile p = profileFor(server);
        client::Fleet fleet;
        fleet.setProfiles({p});
        fleet.setSecurityServerKey(p.id, o.apiKey);
        models::FleetModel model(&fleet);
        fleet.start();
        QTRY_VERIFY_WITH_TIMEOUT(fleet.instance(p.id) && fleet.instance(p.id)->polls > 0, 30000);
        // The instance's row, under its group's.
        const QModelIndex group = model.index(0, 0);
        const QModelIndex ndxp = model.hasChildren(group)
                                     ? model.index(0, models::FleetModel::NdxpColumn, group)
                                     : model.index(0, models::FleetModel::NdxpColumn);
        QTRY_COMPARE_WITH_TIMEOUT(ndxp.data().toString(), QStringLiteral("Down"), 5000);
        QVERIFY(server.requestedPaths().contains(
            QStringLiteral("/api/v1/diagnostics/ocsp-responders")));

        // The Health page: the security server's checks in one group holding the worst.
        models::HealthChecksModel checks(&fleet);
        const QModelIndex link = checks.indexOf(p.id, QStringLiteral("ndxp"));
        QVERIFY(link.isValid());
        QCOMPARE(link.data().toString(), QStringLiteral("Link to NDXP (security server)"));
        QCOMPARE(checks.rowCount(link), int(client::XRoadChecks::ids().size()));
        QCOMPARE(link.siblingAtColumn(models::HealthChecksModel::StatusColumn)
                     .data(models::HealthChecksModel::StatusRole)
                     .toString(),
                 QStringLiteral("fail"));
        const QModelIndex ocsp = checks.indexOf(p.id, QStringLiteral("ndxp.ocsp"));
        QVERIFY(ocsp.isValid());
        QCOMPARE(ocsp.parent(), link);

        // The diagnostics report carries what the security server said, and not its key.
        models::HealthTimeline timeline;
        const QJsonObject report = models::diagnosticsReport(fleet, timeline, {});
        const QJsonObject said = report.value(QStringLiteral("instances"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("lastReport"))
                                     .toObject()
                                     .value(QStringLiteral("securityServer"))
                                     .toObject();
        QCOMPARE(said.value(QStringLiteral("version")).toString(), QStringLiteral("7.8.0"));
        QCOMPARE(said.value(QStringLiteral("url")).toString(), server.url().toString());
        QCOMPARE(said.value(QStringLiteral("ocspResponders"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("ocsp_connection_error"));
        const QJsonArray certificates = said.value(QStringLiteral("certificates")).toArray();
        QCOMPARE(certificates.size(), 2);
        QCOMPARE(certificates.first().toObject().value(QStringLiteral("store")).toString(),
                 QStringLiteral("softToken-0"));
        QVERIFY(!certificates.first()
                     .toObject()
                     .value(QStringLiteral("notAfter"))
                     .toString()
                     .isEmpty());
        QCOMPARE(said.value(QStringLiteral("clients")).toArray().size(), 1);
        QCOMPARE(said.value(QStringLiteral("exchanges"))
                     .toObject()
                     .value(QStringLiteral("failed"))
                     .toInt(),
                 8);
        const QByteArray text = QJsonDocument(report).toJson();
        QVERIFY(!text.contains(o.apiKey.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestXRoad)
#include "tst_xroad.moc"
