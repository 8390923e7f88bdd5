// How the console talks to a Prometheus, against Debian's real one scraping a real
// lgsp-sandbox: answers asked uncompressed count exactly what compressed ones count (and the
// header sent says which was asked), and every way a Prometheus fails — down, slow, a refused
// query, a mapping that matches nothing, too many points, a proxy's plain-text 401 — comes
// back as a clear error, not an empty chart.
#include "promqueries.h"
#include "scriptedserver.h"

#include "client/connection.h"
#include "client/net/gzip.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

using namespace lgsp;
using lgsp::test::alignDown;
using lgsp::test::askMetrics;
using lgsp::test::bucketsOf;
using lgsp::test::Metrics;
using lgsp::test::metricsRange;
using lgsp::test::PrometheusProcess;
using lgsp::test::SandboxProcess;
using lgsp::test::ScriptedServer;

class TestPrometheusTransport final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    PrometheusProcess m_prometheus;
    qint64 m_firstSample = 0;

    client::ConnectionProfile profile(const QString &selector = QStringLiteral("job=\"lgsp\""))
    {
        return test::prometheusProfile(m_sandbox, m_prometheus, QStringLiteral("Hậu Giang"),
                                       selector);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = test::startScrapedSandbox(m_sandbox, m_prometheus);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_firstSample = QDateTime::currentSecsSinceEpoch();
    }

    void uncompressedAnswersCountTheSame()
    {
        // A range wholly in the past, so that both answers are made of the same samples.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() >= m_firstSample + 14, 20000);
        const qint64 to = alignDown(QDateTime::currentSecsSinceEpoch() - 2, 2);
        const client::MetricsQuery q = metricsRange(to - 10, to, 2);
        client::ConnectionProfile p = profile();
        QVERIFY(p.metrics.compress); // the default
        client::Connection compressed(p);
        p.metrics.compress = false;
        client::Connection plain(p);
        const std::optional<Metrics> a = askMetrics(compressed.metricSource(), q, this);
        const std::optional<Metrics> b = askMetrics(plain.metricSource(), q, this);
        QVERIFY(a && a->ok() && b && b->ok());
        const QList<protocol::MetricsBucket> slotsA = bucketsOf(*a);
        const QList<protocol::MetricsBucket> slotsB = bucketsOf(*b);
        QCOMPARE(slotsA.size(), 5);
        QCOMPARE(slotsB.size(), slotsA.size());
        qint64 calls = 0;
        for (qsizetype i = 0; i < slotsA.size(); ++i) {
            QCOMPARE(slotsB.at(i).t, slotsA.at(i).t);
            QCOMPARE(slotsB.at(i).count, slotsA.at(i).count);
            QCOMPARE(slotsB.at(i).errors, slotsA.at(i).errors);
            QCOMPARE(slotsB.at(i).histogram.counts(), slotsA.at(i).histogram.counts());
            QCOMPARE(slotsB.at(i).errorsByCode, slotsA.at(i).errorsByCode);
            calls += slotsA.at(i).count;
        }
        QVERIFY(calls > 0);

        // What each asked for, as a server sees it.
        ScriptedServer server;
        server.setDefault(ScriptedServer::raw(ScriptedServer::response(
            200, "application/json",
            R"({"status":"success","data":{"resultType":"matrix","result":[]}})")));
        for (const bool compress : {true, false}) {
            p.metrics.url = server.url();
            p.metrics.compress = compress;
            client::Connection connection(p);
            const std::optional<Metrics> r =
                askMetrics(connection.metricSource(), metricsRange(0, 600, 60), this);
            QVERIFY(r && r->ok());
            QVERIFY(!server.received().isEmpty());
            const QByteArray asked = server.received().last().header("Accept-Encoding");
            if (compress)
                QVERIFY2(asked.contains("gzip"), asked.constData());
            else
                QCOMPARE(asked, QByteArray("identity"));
        }
    }

    // Compressed answers are inflated by the console on the worker that decodes them (Qt
    // would inflate them on the GUI thread): a large one reads right, a damaged one is a clear
    // error naming the metric source, and a compressed refusal is read in the server's words.
    void compressedAnswersAreInflatedByTheConsole()
    {
        if (!client::gzipAvailable())
            QSKIP("this build has no zlib: Qt inflates answers itself");
        QByteArray big = R"({"status":"success","data":{"resultType":"matrix","result":[)";
        for (int i = 0; i < 2000; ++i) {
            big += (i ? "," : "") + QStringLiteral(R"({"metric":{"code":"OK","n":"Sở %1"},)"
                                                   R"("values":[[600,"%1"],[660,"%2"]]})")
                                        .arg(i)
                                        .arg(i + 7)
                                        .toUtf8();
        }
        big += "]}}";
        const QByteArray gz = client::gzip(big);
        QVERIFY(!gz.isEmpty() && gz.size() < big.size() / 4);
        const QList<QPair<QByteArray, QByteArray>> gzipped{{"Content-Encoding", "gzip"}};
        ScriptedServer server;
        server.enqueue(
            ScriptedServer::raw(ScriptedServer::response(200, "application/json", gz, gzipped)));
        server.enqueue(ScriptedServer::raw(
            ScriptedServer::response(200, "application/json", gz.left(gz.size() / 2), gzipped)));
        server.enqueue(ScriptedServer::raw(ScriptedServer::response(
            400, "application/json",
            client::gzip(
                R"({"status":"error","errorType":"bad_data","error":"parse error at char 7"})"),
            gzipped)));
        client::ConnectionProfile p = profile();
        p.metrics.url = server.url();
        // Calls only, so that each chart's range is one query.
        p.metrics.mapping.preset = QStringLiteral("custom");
        p.metrics.mapping.latency.clear();
        client::Connection connection(p);
        const client::MetricsQuery q = metricsRange(600, 720, 60);

        std::optional<Metrics> r = askMetrics(connection.metricSource(), q, this);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error.message()));
        QCOMPARE(server.received().last().header("Accept-Encoding"), QByteArray("gzip"));
        // 2,000 series of OK calls, each counting 7 more a minute later.
        QCOMPARE(test::callsOf(*r), qint64(2000 * 7));

        r = askMetrics(connection.metricSource(), q, this);
        QVERIFY(r);
        QCOMPARE(r->error.kind, client::ClientError::Kind::Protocol);
        QVERIFY2(r->error.message().contains(QLatin1String("metric source")),
                 qPrintable(r->error.message()));
        QVERIFY2(r->error.message().contains(QLatin1String("compressed answer")),
                 qPrintable(r->error.message()));

        r = askMetrics(connection.metricSource(), q, this);
        QVERIFY(r);
        QCOMPARE(r->error.kind, client::ClientError::Kind::QueryRejected);
        QVERIFY2(r->error.detail.contains(QLatin1String("parse error at char 7")),
                 qPrintable(r->error.detail));
    }

    void prometheusDownIsANetworkError()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(closed.serverPort());
        closed.close();
        client::ConnectionProfile p = profile();
        p.metrics.url = url;
        client::Connection connection(p);
        const std::optional<Metrics> r =
            askMetrics(connection.metricSource(), metricsRange(0, 600, 60), this);
        QVERIFY(r);
        QCOMPARE(r->error.kind, client::ClientError::Kind::Network);
        // The sentence names the metric source, not the instance (which may be fine).
        QVERIFY2(r->error.message().startsWith(QLatin1String("The metric source could not be "
                                                             "reached.")),
                 qPrintable(r->error.message()));
    }

    void aQueryPrometheusRefusesSaysWhy()
    {
        client::Connection connection(profile(QStringLiteral("job=~\"(\"")));
        const qint64 to = alignDown(QDateTime::currentSecsSinceEpoch(), 60);
        const std::optional<Metrics> r =
            askMetrics(connection.metricSource(), metricsRange(to - 600, to, 60), this);
        QVERIFY(r);
        QCOMPARE(r->error.kind, client::ClientError::Kind::QueryRejected);
        QVERIFY2(r->error.detail.startsWith(QStringLiteral("bad_data: ")),
                 qPrintable(r->error.detail));
    }

    void aMappingThatMatchesNothingSaysSo()
    {
        client::ConnectionProfile p = profile();
        p.metrics.mapping.preset = QStringLiteral("custom");
        p.metrics.mapping.requests = QStringLiteral("no_such_gateway_calls_total");
        client::Connection connection(p);
        const qint64 to = alignDown(QDateTime::currentSecsSinceEpoch(), 5);
        const std::optional<Metrics> r =
            askMetrics(connection.metricSource(), metricsRange(to - 30, to, 5), this);
        QVERIFY(r && r->ok());
        QVERIFY(bucketsOf(*r).isEmpty());
        QVERIFY(!r->value.warnings.isEmpty());
    }

    void tooManyPointsAreRefusedBeforeAsking()
    {
        client::Connection connection(profile());
        const qint64 to = alignDown(QDateTime::currentSecsSinceEpoch(), 1);
        const std::optional<Metrics> r =
            askMetrics(connection.metricSource(), metricsRange(to - 30 * 86400, to, 1), this);
        QVERIFY(r);
        QCOMPARE(r->error.kind, client::ClientError::Kind::QueryRejected);
    }

    void aSlowPrometheusTimesOut()
    {
        ScriptedServer silent; // accepts and never answers
        client::ConnectionProfile p = profile();
        p.metrics.url = silent.url();
        p.requestTimeoutMs = 1000;
        client::Connection connection(p);
        QElapsedTimer clock;
        clock.start();
        const std::optional<Metrics> r =
            askMetrics(connection.metricSource(), metricsRange(0, 600, 60), this);
        QVERIFY(r);
        QCOMPARE(r->error.kind, client::ClientError::Kind::Timeout);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    }

    void aProxysPlainTextRefusalAndTheCredentialSent()
    {
        ScriptedServer proxy;
        proxy.setDefault(ScriptedServer::raw(
            ScriptedServer::response(401, "text/plain; charset=utf-8", "Unauthorized\n")));
        client::ConnectionProfile p = profile();
        p.metrics.url = proxy.url();
        p.metrics.auth = QStringLiteral("basic");
        p.metrics.user = QStringLiteral("giam-sat");
        p.metrics.orgId = QStringLiteral("hau-giang");
        client::Connection connection(p);
        // Without the password from the keychain nothing is sent.
        std::optional<Metrics> r =
            askMetrics(connection.metricSource(), metricsRange(0, 600, 60), this);
        QVERIFY(r);
        QCOMPARE(r->error.kind, client::ClientError::Kind::Configuration);
        QVERIFY(proxy.received().isEmpty());
        connection.setMetricSourceSecret(QStringLiteral("mật-khẩu"));
        r = askMetrics(connection.metricSource(), metricsRange(0, 600, 60), this);
        QVERIFY(r);
        QCOMPARE(r->error.kind, client::ClientError::Kind::Unauthorized);
        QVERIFY(r->error.message().contains(QStringLiteral("Unauthorized")));
        QVERIFY2(r->error.message().startsWith(QLatin1String("The metric source did not accept")),
                 qPrintable(r->error.message()));
        QVERIFY(!proxy.received().isEmpty());
        const ScriptedServer::Received &sent = proxy.received().first();
        QVERIFY(sent.path.startsWith("/api/v1/query_range?"));
        QCOMPARE(sent.header("Authorization"),
                 "Basic " + QStringLiteral("giam-sat:mật-khẩu").toUtf8().toBase64());
        QCOMPARE(sent.header("X-Scope-OrgID"), QByteArray("hau-giang"));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusTransport)
#include "tst_prometheus_transport.moc"
