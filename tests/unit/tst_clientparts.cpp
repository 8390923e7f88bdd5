// Pure parts of the connection layer: backoff, pins, error texts, token and config codecs,
// the fleet's traffic figures.
#include "client/clienterror.h"
#include "client/fleet/trafficfigures.h"
#include "client/health/serverchecktext.h"
#include "client/net/retrypolicy.h"
#include "client/net/tlspolicy.h"
#include "protocol/configchange.h"
#include "protocol/jsonreader.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using lgsp::client::ClientError;
using lgsp::client::RetryPolicy;
using lgsp::client::ServerCheckText;
using lgsp::client::TlsPolicy;
using std::chrono::milliseconds;

class TestClientParts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffGrowsWithJitterAndStops()
    {
        RetryPolicy policy; // 3 attempts, 300 ms base, 8 s cap
        // Attempt 1 failed: wait between half and all of 300 ms.
        QCOMPARE(policy.delayBefore(1, 0, 0.0), milliseconds(150));
        QCOMPARE(policy.delayBefore(1, 0, 0.999).count(), 299);
        // Attempt 2 failed: twice as long.
        QCOMPARE(policy.delayBefore(2, 0, 0.0), milliseconds(300));
        // After the last attempt: no retry.
        QVERIFY(policy.delayBefore(3, 0, 0.5).count() < 0);
        // The cap holds however many attempts are allowed.
        policy.maxAttempts = 50;
        QVERIFY(policy.delayBefore(40, 0, 0.999) <= policy.cap);
        QVERIFY(policy.delayBefore(40, 0, 0.0) >= policy.cap / 2);
    }

    void retryAfterIsHonouredUpToABound()
    {
        const RetryPolicy policy;
        QCOMPARE(policy.delayBefore(1, 2, 0.7), milliseconds(2000));
        QVERIFY(policy.delayBefore(1, 3600, 0.7).count() < 0); // an hour: give up, tell the caller
    }

    void pinsAreParsedInTheUsualForms()
    {
        const QString hex =
            QStringLiteral("5E8F16062EA3CD2C4A0D547876BAA6F38CABF625C9B2A2C0C5B6F8E2B1A7C9D0");
        QCOMPARE(TlsPolicy::parsePin(hex).size(), 32);
        QString colons;
        for (int i = 0; i < hex.size(); i += 2)
            colons += (i ? QStringLiteral(":") : QString()) + hex.mid(i, 2);
        QCOMPARE(TlsPolicy::parsePin(colons), TlsPolicy::parsePin(hex));
        QCOMPARE(TlsPolicy::parsePin(hex.toLower()), TlsPolicy::parsePin(hex));
        QVERIFY(TlsPolicy::parsePin(hex.left(62)).isEmpty());
        QVERIFY(TlsPolicy::parsePin(QStringLiteral("not a pin")).isEmpty());
    }

    void everyErrorKindHasASentenceAndAName()
    {
        QSet<QString> names;
        for (int k = int(ClientError::Kind::Configuration);
             k <= int(ClientError::Kind::Unsupported); ++k) {
            ClientError e = ClientError::make(ClientError::Kind(k), QStringLiteral("detail"));
            QVERIFY2(!e.summary().isEmpty(), qPrintable(QString::number(k)));
            QVERIFY(e.message().endsWith(QLatin1String("detail")));
            names.insert(ClientError::kindName(e.kind));
        }
        QCOMPARE(names.size(), int(ClientError::Kind::Unsupported));
        QVERIFY(ClientError().message().isEmpty());
        ClientError tls = ClientError::make(ClientError::Kind::Tls);
        tls.tls = ClientError::TlsProblem::PinMismatch;
        QVERIFY(tls.summary().contains(QLatin1String("pinned")));
    }

    void serverChecksAreWordedFromTheirCodeOrShownAsSent()
    {
        lgsp::protocol::HealthReport::Check check;
        check.name = QStringLiteral("database");
        check.detail = QStringLiteral("the server's own words");
        check.code = QStringLiteral("database.ready");
        check.params = {{QStringLiteral("engine"), QStringLiteral("SQLite WAL")},
                        {QStringLiteral("schemaVersion"), 5},
                        {QStringLiteral("tenants"), 19}};
        QCOMPARE(ServerCheckText::describe(check),
                 QStringLiteral("SQLite WAL, schema version 5, 19 tenant(s)."));
        // A parameter missing or of another type: the sentence cannot be made; the text is.
        check.params.remove(QStringLiteral("tenants"));
        QCOMPARE(ServerCheckText::describe(check), check.detail);
        check.params.insert(QStringLiteral("tenants"), QStringLiteral("19"));
        QCOMPARE(ServerCheckText::describe(check), check.detail);
        // A code from a newer server, and a server that sends only text.
        check.code = QStringLiteral("database.replica-lagging");
        QCOMPARE(ServerCheckText::describe(check), check.detail);
        check.code.clear();
        check.params = {};
        QCOMPARE(ServerCheckText::describe(check), check.detail);
        // Each reason of an unreachable NDXP link has its own sentence.
        check.code = QStringLiteral("ndxp.unreachable");
        check.params = {{QStringLiteral("target"), QStringLiteral("ndxp.gov.vn:443")},
                        {QStringLiteral("reason"), QStringLiteral("refused")},
                        {QStringLiteral("message"), QStringLiteral("Connection refused")}};
        QCOMPARE(ServerCheckText::describe(check),
                 QStringLiteral("Cannot reach ndxp.gov.vn:443: the connection was refused."));
        check.params.insert(QStringLiteral("reason"), QStringLiteral("other"));
        QCOMPARE(ServerCheckText::describe(check),
                 QStringLiteral("Cannot reach ndxp.gov.vn:443: Connection refused"));
        QVERIFY(ServerCheckText::knownCodes().size() >= 13);
    }

    void tokenResponses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("expiresIn");
        QTest::newRow("full") << QByteArray("{\"access_token\":\"t\",\"token_type\":\"Bearer\","
                                            "\"expires_in\":3600,\"scope\":\"operator\"}")
                              << true << qint64(3600);
        QTest::newRow("lower-case type, no expiry")
            << QByteArray("{\"access_token\":\"t\",\"token_type\":\"bearer\"}") << true
            << qint64(0);
        QTest::newRow("mac token")
            << QByteArray("{\"access_token\":\"t\",\"token_type\":\"mac\"}") << false << qint64(0);
        QTest::newRow("empty token")
            << QByteArray("{\"access_token\":\"\",\"token_type\":\"Bearer\"}") << false
            << qint64(0);
        QTest::newRow("expiry as text")
            << QByteArray(
                   "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":\"1h\"}")
            << false << qint64(0);
    }

    void tokenResponses()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, valid);
        QFETCH(qint64, expiresIn);
        lgsp::protocol::DecodeError error;
        const auto token = lgsp::protocol::TokenResponse::fromJson(
            lgsp::protocol::parseJsonObject(body, &error), &error);
        QCOMPARE(token.has_value(), valid);
        if (token)
            QCOMPARE(token->expiresIn, expiresIn);
        else
            QVERIFY(!error.field.isEmpty());
    }

    void configValidationRoundTrip()
    {
        lgsp::protocol::ConfigValidation v;
        v.valid = false;
        v.revision = 42;
        v.changes.append(
            {QStringLiteral("add"), QStringLiteral("tenant"), QStringLiteral("000.00.00.H99"), {}});
        v.errors.append({QStringLiteral("/tenants/0/code"), QStringLiteral("invalid"),
                         QStringLiteral("not an agency code")});
        lgsp::protocol::DecodeError error;
        const auto back = lgsp::protocol::ConfigValidation::fromJson(v.toJson(), &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QCOMPARE(back->toJson(), v.toJson());
        QCOMPARE(lgsp::protocol::configRevisionEtag(42), QByteArray("\"r42\""));

        QJsonObject bad = v.toJson();
        bad.insert(QStringLiteral("changes"),
                   QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("explode")}}});
        QVERIFY(!lgsp::protocol::ConfigValidation::fromJson(bad, &error));
        QCOMPARE(error.field, QStringLiteral("/changes/0/op"));
    }

    void trafficFiguresKnowNotMeasuredFromNoCalls()
    {
        using lgsp::client::TrafficFigures;
        using lgsp::protocol::MetricsBucket;
        const qint64 now = 1796280330; // 30 s into a minute
        const qint64 end = now - 30;
        lgsp::protocol::MetricsResponse response;
        // No slot at all: nothing was measured, so no figure (not zero calls).
        response.series.append(lgsp::protocol::MetricsResponse::Series{});
        TrafficFigures f = TrafficFigures::from(response, now);
        QVERIFY(!f.callsLastMinute);
        QVERIFY(!f.errorRate);
        QVERIFY(f.callsPerMinute.isEmpty());
        // Slots that hold zero calls are measured: zero.
        MetricsBucket idle;
        idle.t = end - 60;
        response.series.first().buckets = {idle};
        f = TrafficFigures::from(response, now);
        QCOMPARE(f.callsLastMinute, std::optional<qint64>(0));
        QCOMPARE(f.errorRate, std::optional<double>(0.0));
        // A whole minute of 120 calls and 40 so far in the running one: 40 + half of 120.
        MetricsBucket whole;
        whole.t = end - 60;
        whole.count = 120;
        whole.errors = 12;
        MetricsBucket running;
        running.t = end;
        running.count = 40;
        response.series.first().buckets = {whole, running};
        f = TrafficFigures::from(response, now);
        QCOMPARE(f.callsPerMinute, QList<qint64>{120});
        QCOMPARE(f.callsLastMinute, std::optional<qint64>(100));
        QCOMPARE(f.errorRate, std::optional<double>(0.075));
    }
};

QTEST_GUILESS_MAIN(TestClientParts)
#include "tst_clientparts.moc"
