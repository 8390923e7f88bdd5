#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace lgsp::test {

class SandboxProcess;

// Debian's real Prometheus as a child process on a free loopback port, with a generated
// configuration (test code: blocking waits are fine).
class PrometheusProcess
{
public:
    struct Target
    {
        QString job;
        QUrl url;          // scheme, host and port of the target; its path is the metrics path
        QByteArray apiKey; // sent as "Authorization: ApiKey <key>"; empty: none
    };

    PrometheusProcess();
    ~PrometheusProcess();

    // Where the prometheus binary is; empty when it is not installed.
    static QString program();
    // Starts Prometheus scraping the targets every `scrapeIntervalSeconds` and waits until
    // /-/ready answers; false (with its log printed) on failure.
    bool start(const QList<Target> &targets, int scrapeIntervalSeconds = 1);
    // Before start(): loads an OpenMetrics text (with timestamps) into the data folder with
    // promtool tsdb create-blocks-from openmetrics, in blocks of up to 31 days (the default
    // block size takes minutes for a month); false with promtool's output on failure.
    bool backfill(const QByteArray &openMetrics);
    // Starts Prometheus scraping the sandbox's /metrics (as job "lgsp", or once per job named)
    // with a viewer API key made for it, and waits for every job's first sample of its calls
    // counter.
    bool scrape(const SandboxProcess &sandbox, int scrapeIntervalSeconds = 1,
                const QStringList &jobs = {QStringLiteral("lgsp")});
    // Prometheus' own counter of the range queries it has answered (from its /metrics).
    double rangeQueriesServed();
    QUrl baseUrl() const { return m_baseUrl; }
    // GET /api/v1/query?query=… (the answer, or an empty object).
    QJsonObject query(const QString &promql);
    // The value of a query that yields one sample (a scalar or a one-element vector), or NaN.
    double scalar(const QString &promql);

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_baseUrl;
};

} // namespace lgsp::test
