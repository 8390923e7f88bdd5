// The metric-name presets against what those gateways really expose: a loopback exporter
// serves Kong 3.x, Kong 2.x, Apache APISIX, WSO2 Micro Integrator and Envoy metrics with their
// documented names and labels (values growing at known rates: 9 successes and 1 failure a
// second per gateway, every call 30 ms; one Kong service named in Vietnamese), Debian's real
// Prometheus scrapes it every second, and the console's slots from each preset must show
// those rates, that error share and that latency.
#include "awaitresult.h"
#include "prometheusprocess.h"
#include "scriptedserver.h"

#include "client/connection.h"
#include "client/metrics/metricsource.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace lgsp;
using lgsp::test::PrometheusProcess;
using lgsp::test::ScriptedServer;
using Metrics = client::Result<protocol::MetricsResponse>;

namespace {

const QString kVietnameseService = QStringLiteral("tra-cứu-hộ-tịch");

// Counters after `seconds`: successes and failures, and the histogram lines of calls that all
// took 30 ms (`le` in the exporter's unit; 30 ms falls between 25 and 50).
struct Counts
{
    qint64 ok;
    qint64 failed;
    qint64 total() const { return ok + failed; }
};

Counts countsAt(double seconds)
{
    return {qint64(std::floor(9 * seconds)), qint64(std::floor(1 * seconds))};
}

QByteArray histogram(const QByteArray &name, const QByteArray &labels,
                     const QList<QByteArray> &bounds, qint64 calls, double seconds)
{
    QByteArray out = "# TYPE " + name + " histogram\n";
    for (const QByteArray &le : bounds) {
        const bool above = le == "+Inf" || le.toDouble() >= (bounds.first() == "0.01" ? 0.03 : 30);
        out += name + "_bucket{" + labels + ",le=\"" + le + "\"} " +
               QByteArray::number(above ? calls : 0) + '\n';
    }
    out += name + "_sum{" + labels + "} " + QByteArray::number(seconds) + '\n';
    out += name + "_count{" + labels + "} " + QByteArray::number(calls) + '\n';
    return out;
}

QByteArray exposition(double seconds)
{
    const Counts c = countsAt(seconds);
    const QByteArray ok = QByteArray::number(c.ok);
    const QByteArray failed = QByteArray::number(c.failed);
    const QList<QByteArray> ms{"10", "25", "50", "100", "+Inf"};
    const QByteArray viService = kVietnameseService.toUtf8();
    QByteArray out;
    // Kong 3.x (its Prometheus plugin; latency metrics enabled).
    out += "# TYPE kong_http_requests_total counter\n";
    out += "kong_http_requests_total{service=\"" + viService +
           "\",route=\"r1\",code=\"200\",source=\"service\",workspace=\"default\",consumer=\"so-tu-"
           "phap\"} " +
           ok + '\n';
    out += "kong_http_requests_total{service=\"" + viService +
           "\",route=\"r1\",code=\"500\",source=\"service\",workspace=\"default\",consumer=\"so-tu-"
           "phap\"} " +
           failed + '\n';
    out += "kong_http_requests_total{service=\"cap-phep\",route=\"r2\",code=\"200\",source="
           "\"service\",workspace=\"default\",consumer=\"\"} " +
           ok + '\n';
    out += histogram("kong_request_latency_ms",
                     "service=\"" + viService + "\",route=\"r1\",workspace=\"default\"", ms,
                     c.total(), seconds);
    // Kong 2.x.
    out += "# TYPE kong_http_status counter\n";
    out += "kong_http_status{service=\"s1\",route=\"r1\",code=\"200\"} " + ok + '\n';
    out += "kong_http_status{service=\"s1\",route=\"r1\",code=\"503\"} " + failed + '\n';
    out += histogram("kong_latency", "type=\"request\",service=\"s1\",route=\"r1\"", ms, c.total(),
                     seconds);
    out += histogram("kong_latency", "type=\"upstream\",service=\"s1\",route=\"r1\"", ms, 0, 0);
    // Apache APISIX.
    out += "# TYPE apisix_http_status counter\n";
    out += "apisix_http_status{code=\"200\",route=\"1\",matched_uri=\"/hotich/"
           "*\",matched_host=\"\",service=\"hotich\",consumer=\"\",node=\"10.0.0.5\"} " +
           ok + '\n';
    out += "apisix_http_status{code=\"502\",route=\"1\",matched_uri=\"/hotich/"
           "*\",matched_host=\"\",service=\"hotich\",consumer=\"\",node=\"10.0.0.5\"} " +
           failed + '\n';
    out +=
        histogram("apisix_http_latency",
                  "type=\"request\",route=\"1\",service=\"hotich\",consumer=\"\",node=\"10.0.0.5\"",
                  ms, c.total(), seconds);
    // WSO2 Micro Integrator: no status code; failures in their own counter, latency in seconds.
    out += "# TYPE wso2_integration_api_request_count_total counter\n";
    out += "wso2_integration_api_request_count_total{service_name=\"HoTichAPI\",service_type="
           "\"api\",invocation_url=\"/hotich\"} " +
           QByteArray::number(c.total()) + '\n';
    out += "# TYPE wso2_integration_api_request_count_error_total counter\n";
    out += "wso2_integration_api_request_count_error_total{service_name=\"HoTichAPI\",service_type="
           "\"api\",invocation_url=\"/hotich\"} " +
           failed + '\n';
    out += histogram("wso2_integration_api_latency_seconds",
                     "service_name=\"HoTichAPI\",service_type=\"api\",invocation_url=\"/hotich\"",
                     {"0.01", "0.025", "0.05", "0.1", "+Inf"}, c.total(), seconds / 1000);
    // Envoy: counters without _total, codes as classes.
    out += "# TYPE envoy_cluster_upstream_rq_xx counter\n";
    out += "envoy_cluster_upstream_rq_xx{envoy_response_code_class=\"2\",envoy_cluster_name=\"lgsp_"
           "hotich\"} " +
           ok + '\n';
    out += "envoy_cluster_upstream_rq_xx{envoy_response_code_class=\"5\",envoy_cluster_name=\"lgsp_"
           "hotich\"} " +
           failed + '\n';
    out += histogram("envoy_cluster_upstream_rq_time", "envoy_cluster_name=\"lgsp_hotich\"", ms,
                     c.total(), seconds);
    return out;
}

qint64 alignDown(qint64 t, qint64 step)
{
    return t - t % step;
}

} // namespace

class TestPrometheusPresets final : public QObject
{
    Q_OBJECT

private:
    ScriptedServer m_exporter;
    QTimer m_tick;
    QElapsedTimer m_clock;
    PrometheusProcess m_prometheus;
    qint64 m_firstSample = 0;

    void serveNow()
    {
        const double seconds = double(m_clock.elapsed()) / 1000.0;
        m_exporter.setDefault(ScriptedServer::raw(ScriptedServer::response(
            200, "text/plain; version=0.0.4; charset=utf-8", exposition(seconds))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (PrometheusProcess::program().isEmpty())
            QFAIL("prometheus is missing: scripts/install-deps.sh --tests installs it");
        m_clock.start();
        serveNow();
        m_tick.setInterval(50);
        connect(&m_tick, &QTimer::timeout, this, [this] { serveNow(); });
        m_tick.start();
        QUrl target = m_exporter.url();
        target.setPath(QStringLiteral("/metrics"));
        QVERIFY(m_prometheus.start({{QStringLiteral("gateways"), target, {}}}, 1));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_prometheus.scalar(QStringLiteral("sum(kong_http_requests_total)")) > 0, 60000);
        m_firstSample = QDateTime::currentSecsSinceEpoch();
        // Prometheus accepted every series of every exporter.
        QCOMPARE(m_prometheus.scalar(QStringLiteral("up{job=\"gateways\"}")), 1.0);
        // Then until two whole 5 s slots lie after the first sample (whatever its alignment).
        const auto twoSlots = [this] {
            const qint64 to = alignDown(QDateTime::currentSecsSinceEpoch() - 2, 5);
            return to - alignDown(m_firstSample + 6, 5) >= 10;
        };
        QTRY_VERIFY_WITH_TIMEOUT(twoSlots(), 30000);
        QTest::qWait(1000);
    }

    void eachPresetReadsItsGateway_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("service");
        QTest::addColumn<double>("callsPerSecond");
        QTest::newRow("Kong 3.x") << QStringLiteral("kong") << QString() << 19.0;
        QTest::newRow("Kong 3.x, a Vietnamese service")
            << QStringLiteral("kong") << kVietnameseService << 10.0;
        QTest::newRow("Kong 2.x") << QStringLiteral("kong-2") << QString() << 10.0;
        QTest::newRow("APISIX") << QStringLiteral("apisix") << QStringLiteral("hotich") << 10.0;
        QTest::newRow("WSO2 MI") << QStringLiteral("wso2-mi") << QStringLiteral("HoTichAPI")
                                 << 10.0;
        QTest::newRow("Envoy") << QStringLiteral("envoy") << QString() << 10.0;
    }

    void eachPresetReadsItsGateway()
    {
        QFETCH(QString, preset);
        QFETCH(QString, service);
        QFETCH(double, callsPerSecond);
        client::ConnectionProfile p;
        p.id = QUuid::createUuid();
        p.name = preset;
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        p.metrics.kind = QStringLiteral("prometheus");
        p.metrics.url = m_prometheus.baseUrl();
        p.metrics.selector = QStringLiteral("job=\"gateways\"");
        p.metrics.scrapeIntervalSeconds = 1;
        p.metrics.mapping = *client::PromMapping::fromPreset(preset);
        client::Connection connection(p);

        const qint64 step = 5;
        const qint64 to = alignDown(QDateTime::currentSecsSinceEpoch() - 2, step);
        const qint64 from = std::max(alignDown(m_firstSample + step + 1, step), to - 15);
        QVERIFY(to - from >= 2 * step);
        client::MetricsQuery q;
        q.from = QDateTime::fromSecsSinceEpoch(from, Qt::UTC);
        q.to = QDateTime::fromSecsSinceEpoch(to, Qt::UTC);
        q.step = QStringLiteral("5s");
        q.service = service;
        const std::optional<Metrics> r = test::awaitResult<Metrics>(
            [&](auto done) { connection.metricSource()->metrics(q, this, done); }, 30000);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error.message()));
        QVERIFY2(r->value.warnings.isEmpty(), qPrintable(r->value.warnings.join(u'\n')));
        QVERIFY(!r->value.series.isEmpty());
        protocol::MetricsBucket total;
        for (const protocol::MetricsBucket &b : r->value.series.first().buckets)
            total.merge(b);
        QCOMPARE(r->value.series.first().buckets.size(), qsizetype((to - from) / step));
        // The rate the exporter grows at, within a scrape at each edge of the range.
        const double expected = callsPerSecond * double(to - from);
        qInfo("%s: %lld calls (%lld failed) over %lld s, expected about %.0f; p95 %.1f ms",
              qPrintable(preset), total.count, total.errors, to - from, expected,
              total.histogram.total() > 0 ? total.histogram.percentile(0.95) : -1.0);
        QVERIFY2(std::abs(double(total.count) - expected) <= 2.5 * callsPerSecond,
                 qPrintable(QString::number(total.count)));
        // One call in ten fails (the Kong total holds a service without failures).
        const double failedShare = double(total.errors) / double(total.count);
        const double expectedShare = callsPerSecond > 10 ? 1.0 / 19.0 : 0.1;
        QVERIFY2(std::abs(failedShare - expectedShare) < 0.03,
                 qPrintable(QString::number(failedShare)));
        // Every call took 30 ms: the median and p95 lie between the console's 20 and 50 ms.
        QVERIFY(total.histogram.total() > 0);
        const double p95 = total.histogram.percentile(0.95);
        QVERIFY2(p95 > 20 && p95 <= 50, qPrintable(QString::number(p95)));

        // The status check's own PromQL (rate() and histogram_quantile()) over the whole
        // selector: the same rate, and 30 ms calls between the exporter's 25 and 50 ms bounds.
        using Status = client::Result<client::MetricSourceStatus>;
        const std::optional<Status> status = test::awaitResult<Status>(
            [&](auto done) { connection.metricSource()->status(this, done); }, 30000);
        QVERIFY(status && status->ok());
        const double whole = preset == QLatin1String("kong") ? 19.0 : 10.0;
        QVERIFY(status->value.callsPerSecond.has_value());
        QVERIFY2(std::abs(*status->value.callsPerSecond - whole) < 0.25 * whole,
                 qPrintable(QString::number(*status->value.callsPerSecond)));
        QVERIFY(status->value.p95Ms.has_value());
        QVERIFY2(*status->value.p95Ms > 25 && *status->value.p95Ms <= 50,
                 qPrintable(QString::number(*status->value.p95Ms)));
        QVERIFY(status->value.callSeries > 0 && status->value.latencySeries > 0);
    }

    void aScopeThePresetCannotFilterSaysWhy()
    {
        // Envoy's mapping has no tenant label.
        client::ConnectionProfile p;
        p.id = QUuid::createUuid();
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        p.metrics.kind = QStringLiteral("prometheus");
        p.metrics.url = m_prometheus.baseUrl();
        p.metrics.mapping = *client::PromMapping::fromPreset(QStringLiteral("envoy"));
        client::Connection connection(p);
        client::MetricsQuery q;
        const qint64 to = alignDown(QDateTime::currentSecsSinceEpoch(), 5);
        q.from = QDateTime::fromSecsSinceEpoch(to - 30, Qt::UTC);
        q.to = QDateTime::fromSecsSinceEpoch(to, Qt::UTC);
        q.step = QStringLiteral("5s");
        q.tenant = QStringLiteral("000.00.00.H29");
        const std::optional<Metrics> r = test::awaitResult<Metrics>(
            [&](auto done) { connection.metricSource()->metrics(q, this, done); }, 30000);
        QVERIFY(r);
        QCOMPARE(r->error.kind, client::ClientError::Kind::Unsupported);
        QVERIFY2(r->error.message().contains(QLatin1String("tenant")),
                 qPrintable(r->error.message()));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusPresets)
#include "tst_prometheus_presets.moc"
