// The data plane of a real lgsp-sandbox: calls through the gateway, the recorded transactions,
// the metrics built from them, the live WebSocket stream and the traffic simulator.
#include "apiclient.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using lgsp::test::ApiClient;
using lgsp::test::SandboxProcess;

namespace {

const QString kHoTich = QStringLiteral("000.00.00.G14~ho-tich");
const QString kHoTichGateway = QStringLiteral("/gw/000.00.00.G14/ho-tich");

QString isoAgo(int seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(-seconds).toString(Qt::ISODate);
}

qint64 sumOf(const QJsonObject &metrics, const QString &field)
{
    qint64 total = 0;
    for (const QJsonValue &series : metrics.value(QStringLiteral("series")).toArray()) {
        for (const QJsonValue &b : series.toObject().value(QStringLiteral("buckets")).toArray())
            total += b.toObject().value(field).toInteger();
    }
    return total;
}

} // namespace

class TestSandboxTraffic final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_operator;
    QByteArray m_consumerKey; // an API key of Hậu Giang, a consumer of the national services

    QByteArray apiKey(const QString &tenant)
    {
        const ApiClient::Reply created = m_operator->postJson(
            QStringLiteral("/api/v1/credentials"),
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("apikey")},
                        {QStringLiteral("name"), QStringLiteral("test application")},
                        {QStringLiteral("role"), QStringLiteral("viewer")},
                        {QStringLiteral("tenantCode"), tenant}});
        return "ApiKey " + created.json().value(QStringLiteral("key")).toString().toLatin1();
    }

    ApiClient::Reply call(const QString &pathAndQuery, const QByteArray &authorization,
                          const QByteArray &correlationId = {})
    {
        ApiClient client(m_sandbox.baseUrl());
        QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", authorization}};
        if (!correlationId.isEmpty())
            headers.append({"X-Correlation-Id", correlationId});
        return client.request("GET", pathAndQuery, {}, headers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        m_operator = std::make_unique<ApiClient>(m_sandbox.baseUrl());
        QVERIFY(m_operator->signIn(m_sandbox.bootstrapClientId(), m_sandbox.bootstrapSecret()));
        m_consumerKey = apiKey(QStringLiteral("000.00.00.H30"));
    }

    void gatewayForwardsAndRecords()
    {
        const ApiClient::Reply ok =
            call(kHoTichGateway + QStringLiteral("/traTrangThaiHoSo?demo-latency=20"),
                 m_consumerKey, "gw-ok-1");
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(QStringLiteral("dichVu")).toString(), QStringLiteral("ho-tich"));
        QCOMPARE(ok.header("X-Correlation-Id"), QByteArray("gw-ok-1"));

        const ApiClient::Reply notFound =
            call(kHoTichGateway + QStringLiteral("/x?demo-error=201"), m_consumerKey, "gw-201");
        QCOMPARE(notFound.status, 404);
        QCOMPARE(notFound.header("X-LGSP-Error-Code"), QByteArray("201"));

        // Transactions are written within about a second.
        QJsonArray items;
        QTRY_VERIFY_WITH_TIMEOUT(
            (items = m_operator->get(QStringLiteral("/api/v1/transactions?service=") + kHoTich)
                         .json()
                         .value(QStringLiteral("items"))
                         .toArray(),
             items.size() >= 2),
            5000);
        bool sawOk = false;
        bool sawError = false;
        for (const QJsonValue &v : items) {
            const QJsonObject t = v.toObject();
            if (t.value(QStringLiteral("correlationId")).toString() == QLatin1String("gw-ok-1")) {
                sawOk = t.value(QStringLiteral("status")).toInt() == 200 &&
                        t.value(QStringLiteral("errorCode")).isNull() &&
                        t.value(QStringLiteral("consumer")).toString() ==
                            QLatin1String("000.00.00.H30") &&
                        t.value(QStringLiteral("latencyMs")).toDouble() >= 19;
            }
            if (t.value(QStringLiteral("correlationId")).toString() == QLatin1String("gw-201")) {
                sawError =
                    t.value(QStringLiteral("errorCode")).toString() == QLatin1String("201") &&
                    t.value(QStringLiteral("errorName")).toString() ==
                        QLatin1String("RECORD_NOT_FOUND");
            }
        }
        QVERIFY(sawOk);
        QVERIFY(sawError);
    }

    void gatewayRefusals()
    {
        QCOMPARE(call(kHoTichGateway + QStringLiteral("/x"), "ApiKey wrong").status, 401);
        QCOMPARE(call(kHoTichGateway + QStringLiteral("/x"), "").header("X-LGSP-Error-Code"),
                 QByteArray("100"));
        // Hà Nội's one-stop shop is consumed by the operating ministry only.
        const ApiClient::Reply refused =
            call(QStringLiteral("/gw/000.00.00.H26/mot-cua-dien-tu/ho-so/1"), m_consumerKey);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.header("X-LGSP-Error-Code"), QByteArray("GW-NOT-ALLOWED"));
        QCOMPARE(call(QStringLiteral("/gw/000.00.00.G14/no-such-service/x"), m_consumerKey).status,
                 404);
        // A draft service is not callable.
        QCOMPARE(call(QStringLiteral("/gw/000.00.00.H48/quan-ly-van-ban/x"),
                      apiKey(QStringLiteral("000.00.00.G14")))
                     .status,
                 404);
    }

    void slowUpstreamTimesOut()
    {
        QElapsedTimer timer;
        timer.start();
        // The demo services' SLA timeout is 5 s.
        const ApiClient::Reply reply =
            call(kHoTichGateway + QStringLiteral("/x?demo-latency=9000"), m_consumerKey);
        QCOMPARE(reply.status, 504);
        QCOMPARE(reply.header("X-LGSP-Error-Code"), QByteArray("GW-TIMEOUT"));
        QVERIFY(timer.elapsed() < 8000);
    }

    void clientThatHangsUpDoesNotHurtTheServer()
    {
        // The client gives up before the upstream answers; the late answer must be dropped
        // (not written to a deleted socket) and the call still recorded.
        QNetworkAccessManager network;
        QNetworkRequest request(m_sandbox.baseUrl().resolved(
            QUrl(kHoTichGateway + QStringLiteral("/x?demo-latency=800"))));
        request.setRawHeader("Authorization", m_consumerKey);
        request.setRawHeader("X-Correlation-Id", "hung-up-1");
        QNetworkReply *reply = network.get(request);
        QTest::qWait(150);
        reply->abort();
        reply->deleteLater();
        QTest::qWait(1200); // the upstream answers after 800 ms
        QCOMPARE(m_operator->get(QStringLiteral("/api/v1/info")).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(m_operator->get(QStringLiteral("/api/v1/transactions?limit=50"))
                                     .body.contains("hung-up-1"),
                                 5000);
    }

    void metricsCountWhatWasCalled()
    {
        const int calls = 12;
        for (int i = 0; i < calls; ++i) {
            const QString error = i % 4 == 0 ? QStringLiteral("&demo-error=500") : QString();
            QVERIFY(call(QStringLiteral("/gw/000.00.00.G14/dmdc-dan-toc/x?demo-latency=5") + error,
                         m_consumerKey)
                        .status > 0);
        }
        const QString query =
            QStringLiteral("/api/v1/metrics/transactions?step=1s&from=%1&service=%2")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(isoAgo(30))),
                     QStringLiteral("000.00.00.G14~dmdc-dan-toc"));
        QJsonObject metrics;
        QTRY_VERIFY_WITH_TIMEOUT((metrics = m_operator->get(query).json(),
                                  sumOf(metrics, QStringLiteral("count")) == calls),
                                 6000);
        QCOMPARE(metrics.value(QStringLiteral("resolution")).toString(), QStringLiteral("1s"));
        QCOMPARE(sumOf(metrics, QStringLiteral("errors")), 3);
        // The per-minute view holds the same calls.
        const QJsonObject minutes =
            m_operator
                ->get(QStringLiteral(
                    "/api/v1/metrics/transactions?step=1m&service=000.00.00.G14~dmdc-dan-toc"))
                .json();
        QCOMPARE(sumOf(minutes, QStringLiteral("count")), calls);
        QCOMPARE(minutes.value(QStringLiteral("resolution")).toString(), QStringLiteral("1m"));
        // Grouped by tenant, every series names its tenant.
        const QJsonObject grouped =
            m_operator->get(QStringLiteral("/api/v1/metrics/transactions?step=1h&groupBy=tenant"))
                .json();
        for (const QJsonValue &s : grouped.value(QStringLiteral("series")).toArray())
            QVERIFY(!s.toObject().value(QStringLiteral("tenant")).toString().isEmpty());
    }

    // Before the sandbox began recording there is no bucket at all (nothing was measured),
    // not a bucket of zero calls; after it, every bucket is there, empty ones included.
    void noBucketsBeforeRecordingBegan()
    {
        const QDateTime started =
            QDateTime::fromString(m_operator->get(QStringLiteral("/api/v1/info"))
                                      .json()
                                      .value(QStringLiteral("startedAt"))
                                      .toString(),
                                  Qt::ISODateWithMs);
        QVERIFY(started.isValid());
        const QJsonObject metrics =
            m_operator
                ->get(QStringLiteral("/api/v1/metrics/transactions?step=1m&from=") +
                      QString::fromLatin1(QUrl::toPercentEncoding(isoAgo(7200))))
                .json();
        const QJsonArray buckets = metrics.value(QStringLiteral("series"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("buckets"))
                                       .toArray();
        QVERIFY(!buckets.isEmpty());
        const auto startOf = [&buckets](qsizetype i) {
            return QDateTime::fromString(
                       buckets.at(i).toObject().value(QStringLiteral("t")).toString(),
                       Qt::ISODateWithMs)
                .toSecsSinceEpoch();
        };
        const qint64 firstMinute = started.toSecsSinceEpoch() - started.toSecsSinceEpoch() % 60;
        QCOMPARE(startOf(0), firstMinute);
        for (qsizetype i = 1; i < buckets.size(); ++i)
            QCOMPARE(startOf(i), firstMinute + 60 * i);
    }

    void metricsRefuseBadQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("bad step") << QStringLiteral("step=7x");
        QTest::newRow("too many buckets")
            << QString(QStringLiteral("step=1s&from=") + isoAgo(7200));
        QTest::newRow("seconds older than a day")
            << QString(QStringLiteral("step=1s&from=") + isoAgo(3 * 86400));
        QTest::newRow("bad time") << QStringLiteral("from=yesterday");
        QTest::newRow("reversed") << QString(QStringLiteral("from=") + isoAgo(10) +
                                             QStringLiteral("&to=") + isoAgo(100));
        QTest::newRow("bad groupBy") << QStringLiteral("groupBy=consumer");
    }

    void metricsRefuseBadQueries()
    {
        QFETCH(QString, query);
        const ApiClient::Reply reply =
            m_operator->get(QStringLiteral("/api/v1/metrics/transactions?") + query);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("validation_failed"));
    }

    void tenantScopedTraffic()
    {
        const ApiClient::Reply created = m_operator->postJson(
            QStringLiteral("/api/v1/credentials"),
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("client")},
                        {QStringLiteral("name"), QStringLiteral("viewer H30")},
                        {QStringLiteral("role"), QStringLiteral("viewer")},
                        {QStringLiteral("tenantCode"), QStringLiteral("000.00.00.H30")}});
        ApiClient viewer(m_sandbox.baseUrl());
        QVERIFY(viewer.signIn(created.json().value(QStringLiteral("id")).toString(),
                              created.json().value(QStringLiteral("secret")).toString()));
        QCOMPARE(
            viewer.get(QStringLiteral("/api/v1/metrics/transactions?tenant=000.00.00.G14")).status,
            404);
        // Its own services only: the national calls it made belong to the provider.
        const QJsonArray own = viewer.get(QStringLiteral("/api/v1/transactions"))
                                   .json()
                                   .value(QStringLiteral("items"))
                                   .toArray();
        for (const QJsonValue &t : own)
            QCOMPARE(t.toObject().value(QStringLiteral("tenantCode")).toString(),
                     QStringLiteral("000.00.00.H30"));
    }

    void liveStreamPushesBuckets()
    {
        QWebSocket socket;
        QUrl url = m_sandbox.baseUrl();
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/api/v1/stream"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", m_consumerKey);
        QList<QJsonObject> messages;
        connect(&socket, &QWebSocket::textMessageReceived, this, [&messages](const QString &text) {
            messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(request);
        QVERIFY(connected.wait(5000));
        socket.sendTextMessage(QStringLiteral("{\"subscribe\":{\"id\":\"mine\"}}"));
        socket.sendTextMessage(QStringLiteral("not json"));
        // A call to one of Hậu Giang's own services shows in its live bucket.
        QVERIFY(call(QStringLiteral("/gw/000.00.00.H30/mot-cua-dien-tu/ho-so/1?demo-latency=5"),
                     apiKey(QStringLiteral("000.00.00.G14")))
                    .status == 200);
        auto seen = [&messages](const char *type) {
            return std::count_if(messages.cbegin(), messages.cend(), [type](const QJsonObject &m) {
                return m.value(QStringLiteral("type")).toString() == QLatin1String(type);
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(seen("bucket") >= 2, 5000);
        QCOMPARE(seen("subscribed"), 1);
        QCOMPARE(seen("error"), 1); // the "not json" message
        qint64 counted = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            (counted = 0,
             std::for_each(messages.cbegin(), messages.cend(),
                           [&counted](const QJsonObject &m) {
                               if (m.value(QStringLiteral("type")).toString() ==
                                   QLatin1String("bucket"))
                                   counted += m.value(QStringLiteral("bucket"))
                                                  .toObject()
                                                  .value(QStringLiteral("count"))
                                                  .toInteger();
                           }),
             counted >= 1),
            5000);
        socket.close();
    }

    void streamRefusesMissingCredentials()
    {
        QWebSocket socket;
        QUrl url = m_sandbox.baseUrl();
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/api/v1/stream"));
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        QString error;
        connect(&socket, &QWebSocket::textMessageReceived, this,
                [&error](const QString &text) { error = text; });
        socket.open(url);
        QVERIFY(disconnected.wait(5000));
        QVERIFY(error.contains(QLatin1String("unauthorized")));
        // A plain GET is told to upgrade.
        QCOMPARE(m_operator->get(QStringLiteral("/api/v1/stream")).status, 426);
    }

    void simulatorDrivesRealTraffic()
    {
        SandboxProcess simulated;
        QVERIFY(simulated.start({QStringLiteral("--seed"), QStringLiteral("demo"),
                                 QStringLiteral("--simulate"), QStringLiteral("40")}));
        ApiClient client(simulated.baseUrl());
        QVERIFY(client.signIn(simulated.bootstrapClientId(), simulated.bootstrapSecret()));
        qint64 total = 0;
        QTRY_VERIFY_WITH_TIMEOUT((total = client.get(QStringLiteral("/api/v1/transactions?limit=1"))
                                              .json()
                                              .value(QStringLiteral("total"))
                                              .toInteger(),
                                  total >= 10),
                                 10000);
        const QJsonArray items = client.get(QStringLiteral("/api/v1/transactions?limit=50"))
                                     .json()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QSet<QString> services;
        for (const QJsonValue &t : items)
            services.insert(t.toObject().value(QStringLiteral("serviceId")).toString());
        QVERIFY2(services.size() >= 3, "the simulator should spread its calls over services");
    }
};

QTEST_GUILESS_MAIN(TestSandboxTraffic)
#include "tst_sandbox_traffic.moc"
