// GET /metrics of a real lgsp-sandbox: what Prometheus reads. Calls driven through the
// gateway are counted by tenant, service, consumer and code exactly as the sandbox's own
// metrics API counts them; Prometheus' promtool accepts the text format; the OpenMetrics
// answer ends as the format says; credentials are needed unless the loopback option is on;
// and Debian's real Prometheus scrapes it (OpenMetrics, with an API key) and sums the same.
#include "apiclient.h"
#include "prometheusprocess.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using lgsp::test::ApiClient;
using lgsp::test::PrometheusProcess;
using lgsp::test::SandboxProcess;

namespace {

const QString kProvider = QStringLiteral("000.00.00.G14");
const QString kService = QStringLiteral("dmdc-dan-toc");
const QString kConsumer = QStringLiteral("000.00.00.H30");

// The samples of one metric: labels as "k=v,…" (in the order written) → value.
QMap<QString, double> samples(const QByteArray &exposition, const QByteArray &metric)
{
    QMap<QString, double> found;
    static const QRegularExpression line(QStringLiteral("^([a-z_]+)(?:\\{(.*)\\})? (\\S+)$"));
    for (const QByteArray &raw : exposition.split('\n')) {
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(raw));
        if (m.hasMatch() && m.captured(1).toUtf8() == metric)
            found.insert(m.captured(2), m.captured(3).toDouble());
    }
    return found;
}

double sumWhere(const QMap<QString, double> &values, const QString &part)
{
    double sum = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        sum += it.key().contains(part) ? it.value() : 0;
    return sum;
}

} // namespace

class TestSandboxMetrics final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_operator;
    QByteArray m_consumerKey;
    QByteArray m_viewerKey; // of the whole instance: what a Prometheus scrapes with
    static constexpr int kCalls = 12;
    static constexpr int kErrors = 3;

    QByteArray apiKey(const QString &tenant)
    {
        QJsonObject body{{QStringLiteral("kind"), QStringLiteral("apikey")},
                         {QStringLiteral("name"), QStringLiteral("metrics test")},
                         {QStringLiteral("role"), QStringLiteral("viewer")}};
        if (!tenant.isEmpty())
            body.insert(QStringLiteral("tenantCode"), tenant);
        return m_operator->postJson(QStringLiteral("/api/v1/credentials"), body)
            .json()
            .value(QStringLiteral("key"))
            .toString()
            .toLatin1();
    }

    ApiClient::Reply scrape(const QByteArray &authorization, const QByteArray &accept = {})
    {
        ApiClient client(m_sandbox.baseUrl());
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        if (!accept.isEmpty())
            headers.append({"Accept", accept});
        return client.request("GET", QStringLiteral("/metrics"), {}, headers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        m_operator = std::make_unique<ApiClient>(m_sandbox.baseUrl());
        QVERIFY(m_operator->signIn(m_sandbox.bootstrapClientId(), m_sandbox.bootstrapSecret()));
        m_consumerKey = apiKey(kConsumer);
        m_viewerKey = apiKey({});
        QVERIFY(!m_consumerKey.isEmpty() && !m_viewerKey.isEmpty());
        ApiClient gateway(m_sandbox.baseUrl());
        for (int i = 0; i < kCalls; ++i) {
            const QString error = i % 4 == 0 ? QStringLiteral("&demo-error=500") : QString();
            const ApiClient::Reply r = gateway.request(
                "GET",
                QStringLiteral("/gw/%1/%2/x?demo-latency=5").arg(kProvider, kService) + error, {},
                {{"Authorization", "ApiKey " + m_consumerKey}});
            QVERIFY(r.status > 0);
        }
    }

    void callsAreCountedAsTheMetricsApiCountsThem()
    {
        const ApiClient::Reply r = scrape("ApiKey " + m_viewerKey);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        const QMap<QString, double> calls = samples(r.body, "lgsp_gateway_calls_total");
        const QString series = QStringLiteral("tenant=\"%1\",service=\"%2\",consumer=\"%3\",code=")
                                   .arg(kProvider, kService, kConsumer);
        QCOMPARE(calls.value(series + QStringLiteral("\"OK\"")), double(kCalls - kErrors));
        QCOMPARE(calls.value(series + QStringLiteral("\"500\"")), double(kErrors));
        // The same as the sandbox's own metrics API (written to its database once a second).
        const auto apiCount = [this] {
            const QJsonObject api =
                m_operator
                    ->get(QStringLiteral("/api/v1/metrics/transactions?step=1m&service=%1~%2")
                              .arg(kProvider, kService))
                    .json();
            qint64 count = 0;
            for (const QJsonValue &s : api.value(QStringLiteral("series")).toArray()) {
                for (const QJsonValue &b : s.toObject().value(QStringLiteral("buckets")).toArray())
                    count += b.toObject().value(QStringLiteral("count")).toInteger();
            }
            return count;
        };
        QTRY_COMPARE_WITH_TIMEOUT(apiCount(), qint64(kCalls), 6000);
        // The histogram: cumulative buckets ending in +Inf = count, in seconds.
        const QMap<QString, double> buckets =
            samples(r.body, "lgsp_gateway_call_duration_seconds_bucket");
        const QString where =
            QStringLiteral("tenant=\"%1\",service=\"%2\",le=").arg(kProvider, kService);
        QCOMPARE(buckets.value(where + QStringLiteral("\"+Inf\"")), double(kCalls));
        QVERIFY(buckets.contains(where + QStringLiteral("\"0.001\"")));
        QVERIFY(buckets.contains(where + QStringLiteral("\"30\"")));
        QVERIFY(buckets.value(where + QStringLiteral("\"0.001\"")) <=
                buckets.value(where + QStringLiteral("\"30\"")));
        const double sum =
            samples(r.body, "lgsp_gateway_call_duration_seconds_sum")
                .value(QStringLiteral("tenant=\"%1\",service=\"%2\"").arg(kProvider, kService));
        QVERIFY2(sum >= kCalls * 0.004, qPrintable(QString::number(sum))); // 5 ms each, asked
        QCOMPARE(samples(r.body, "lgsp_sandbox_tenants").value(QString()), 19.0);
        QVERIFY(samples(r.body, "process_start_time_seconds").value(QString()) > 1.7e9);
    }

    void promtoolAcceptsTheTextFormat()
    {
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty())
            QFAIL("promtool is missing: scripts/install-deps.sh --tests installs prometheus");
        const ApiClient::Reply r = scrape("ApiKey " + m_viewerKey);
        QCOMPARE(r.status, 200);
        QProcess lint;
        lint.setProcessChannelMode(QProcess::MergedChannels);
        lint.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(lint.waitForStarted());
        lint.write(r.body);
        lint.closeWriteChannel();
        QVERIFY(lint.waitForFinished(30000));
        const QByteArray said = lint.readAll();
        QVERIFY2(lint.exitCode() == 0 && said.trimmed().isEmpty(), said.constData());
    }

    void openMetricsWhenAskedFor()
    {
        const ApiClient::Reply r =
            scrape("ApiKey " + m_viewerKey,
                   "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5");
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/openmetrics-text; version=1.0.0"));
        QVERIFY(r.body.endsWith("# EOF\n"));
        QVERIFY(r.body.contains("# TYPE lgsp_gateway_calls counter\n"));
        QVERIFY(r.body.contains("# TYPE lgsp_sandbox_build info\n"));
        QCOMPARE(sumWhere(samples(r.body, "lgsp_gateway_calls_total"), kService), double(kCalls));
    }

    void credentialsAreNeededUnlessOpenOnLoopback()
    {
        QCOMPARE(scrape({}).status, 401);
        QCOMPARE(scrape("ApiKey not-a-key").status, 401);
        // A tenant's credential sees the traffic of the services its tenant provides: Hậu
        // Giang provides none of the calls above.
        const ApiClient::Reply tenant = scrape("ApiKey " + m_consumerKey);
        QCOMPARE(tenant.status, 200);
        QCOMPARE(sumWhere(samples(tenant.body, "lgsp_gateway_calls_total"), kService), 0.0);
        ApiClient client(m_sandbox.baseUrl());
        QCOMPARE(client
                     .request("POST", QStringLiteral("/metrics"), "x",
                              {{"Authorization", "ApiKey " + m_viewerKey}})
                     .status,
                 405);

        SandboxProcess open;
        QVERIFY(open.start({QStringLiteral("--metrics-open-on-loopback")}));
        ApiClient anonymous(open.baseUrl());
        const ApiClient::Reply r = anonymous.get(QStringLiteral("/metrics"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("lgsp_sandbox_tenants 0\n"));
        // The rest of the API still wants a credential.
        QCOMPARE(anonymous.get(QStringLiteral("/api/v1/tenants")).status, 401);
    }

    void aRealPrometheusScrapesItWithAnApiKey()
    {
        if (PrometheusProcess::program().isEmpty())
            QFAIL("prometheus is missing: scripts/install-deps.sh --tests installs it");
        PrometheusProcess prometheus;
        QUrl target = m_sandbox.baseUrl();
        target.setPath(QStringLiteral("/metrics"));
        QVERIFY(prometheus.start({{QStringLiteral("lgsp"), target, m_viewerKey}}));
        // Readiness comes at once; the first scrape some seconds later: wait for the data.
        double total = std::nan("");
        QTRY_VERIFY_WITH_TIMEOUT(
            (total = prometheus.scalar(
                 QStringLiteral("sum(lgsp_gateway_calls_total{service=\"%1\"})").arg(kService)),
             total == kCalls),
            30000);
        QCOMPARE(prometheus.scalar(QStringLiteral("up{job=\"lgsp\"}")), 1.0);
        QCOMPARE(prometheus.scalar(QStringLiteral("sum(lgsp_gateway_calls_total{code=\"500\"})")),
                 double(kErrors));
        // Prometheus read the histogram as one: a quantile of it is a number of seconds.
        const double p95 = prometheus.scalar(QStringLiteral(
            "histogram_quantile(0.95, sum by (le) (lgsp_gateway_call_duration_seconds_bucket))"));
        QVERIFY2(p95 > 0 && p95 <= 30, qPrintable(QString::number(p95)));
    }
};

QTEST_GUILESS_MAIN(TestSandboxMetrics)
#include "tst_sandbox_metrics.moc"
