#include "prometheusprocess.h"

#include "apiclient.h"
#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <cmath>
#include <limits>

namespace lgsp::test {

PrometheusProcess::PrometheusProcess()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

PrometheusProcess::~PrometheusProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString PrometheusProcess::program()
{
    return QStandardPaths::findExecutable(QStringLiteral("prometheus"));
}

bool PrometheusProcess::start(const QList<Target> &targets, int scrapeIntervalSeconds)
{
    QByteArray config = "global:\n  scrape_interval: " + QByteArray::number(scrapeIntervalSeconds) +
                        "s\n  scrape_timeout: " + QByteArray::number(scrapeIntervalSeconds) +
                        "s\nscrape_configs:\n";
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const Target &t = targets.at(i);
        config += "  - job_name: '" + t.job.toUtf8() + "'\n";
        config += "    scheme: " + t.url.scheme().toUtf8() + '\n';
        config += "    metrics_path: '" + t.url.path().toUtf8() + "'\n";
        if (!t.apiKey.isEmpty()) {
            // The key in a file of the test's own temporary folder, as Prometheus wants it.
            const QString keyFile = m_dir.filePath(QStringLiteral("key-%1").arg(i));
            QFile key(keyFile);
            if (!key.open(QIODevice::WriteOnly))
                return false;
            key.write(t.apiKey);
            key.close();
            config += "    authorization:\n      type: ApiKey\n      credentials_file: '" +
                      keyFile.toUtf8() + "'\n";
        }
        config += "    static_configs:\n      - targets: ['" + t.url.host().toUtf8() + ':' +
                  QByteArray::number(t.url.port()) + "']\n";
    }
    QFile file(m_dir.filePath(QStringLiteral("prometheus.yml")));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(config);
    file.close();

    // A machine may run a system Prometheus on :9090: always a free port.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return false;
    const quint16 port = probe.serverPort();
    probe.close();
    m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_process.start(
        program(),
        {QStringLiteral("--config.file=") + file.fileName(),
         QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("data")),
         QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port),
         // Longer than any backfilled history: the default 15 days would delete it.
         QStringLiteral("--storage.tsdb.retention.time=400d"), QStringLiteral("--log.level=warn")});
    if (!m_process.waitForStarted(10000))
        return false;
    ApiClient client(m_baseUrl);
    client.setContractRecording(false);
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        if (client.get(QStringLiteral("/-/ready")).status == 200)
            return true;
        QTest::qWait(100);
    }
    qWarning("prometheus did not become ready:\n%s", m_process.readAll().constData());
    return false;
}

QJsonObject PrometheusProcess::query(const QString &promql)
{
    ApiClient client(m_baseUrl);
    client.setContractRecording(false);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("query"), promql);
    return client.get(QStringLiteral("/api/v1/query?") + query.toString(QUrl::FullyEncoded)).json();
}

double PrometheusProcess::scalar(const QString &promql)
{
    const QJsonObject data = query(promql).value(QStringLiteral("data")).toObject();
    QJsonArray value;
    if (data.value(QStringLiteral("resultType")).toString() == QLatin1String("scalar")) {
        value = data.value(QStringLiteral("result")).toArray();
    } else {
        const QJsonArray result = data.value(QStringLiteral("result")).toArray();
        if (result.size() != 1)
            return std::numeric_limits<double>::quiet_NaN();
        value = result.first().toObject().value(QStringLiteral("value")).toArray();
    }
    bool ok = false;
    const double v = value.at(1).toString().toDouble(&ok);
    return ok ? v : std::numeric_limits<double>::quiet_NaN();
}

bool PrometheusProcess::backfill(const QByteArray &openMetrics)
{
    QFile file(m_dir.filePath(QStringLiteral("backfill.om")));
    if (!file.open(QIODevice::WriteOnly) || file.write(openMetrics) != openMetrics.size())
        return false;
    file.close();
    QProcess promtool;
    promtool.setProcessChannelMode(QProcess::MergedChannels);
    promtool.start(QStandardPaths::findExecutable(QStringLiteral("promtool")),
                   {QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"),
                    QStringLiteral("openmetrics"), QStringLiteral("--max-block-duration=744h"),
                    file.fileName(), m_dir.filePath(QStringLiteral("data"))});
    if (!promtool.waitForFinished(120000) || promtool.exitStatus() != QProcess::NormalExit ||
        promtool.exitCode() != 0) {
        qWarning("promtool tsdb create-blocks-from failed:\n%s", promtool.readAll().constData());
        return false;
    }
    return true;
}

bool PrometheusProcess::scrape(const SandboxProcess &sandbox, int scrapeIntervalSeconds,
                               const QStringList &jobs)
{
    ApiClient op(sandbox.baseUrl());
    if (!op.signIn(sandbox.bootstrapClientId(), sandbox.bootstrapSecret()))
        return false;
    const QByteArray key =
        op.postJson(QStringLiteral("/api/v1/credentials"),
                    QJsonObject{{QStringLiteral("kind"), QStringLiteral("apikey")},
                                {QStringLiteral("name"), QStringLiteral("prometheus")},
                                {QStringLiteral("role"), QStringLiteral("viewer")}})
            .json()
            .value(QStringLiteral("key"))
            .toString()
            .toLatin1();
    if (key.isEmpty())
        return false;
    QUrl target = sandbox.baseUrl();
    target.setPath(QStringLiteral("/metrics"));
    QList<Target> targets;
    for (const QString &job : jobs)
        targets.append({job, target, key});
    if (!start(targets, scrapeIntervalSeconds))
        return false;
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (scalar(QStringLiteral("count(count by (job) (lgsp_gateway_calls_total))")) >=
            double(jobs.size()))
            return true;
        QTest::qWait(250);
    }
    return false;
}

} // namespace lgsp::test

namespace lgsp::test {

double PrometheusProcess::rangeQueriesServed()
{
    ApiClient client(m_baseUrl);
    client.setContractRecording(false);
    const QByteArray text = client.get(QStringLiteral("/metrics")).body;
    double total = 0;
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("prometheus_http_requests_total{") &&
            line.contains("handler=\"/api/v1/query_range\""))
            total += line.mid(line.lastIndexOf(' ') + 1).toDouble();
    }
    return total;
}

} // namespace lgsp::test
