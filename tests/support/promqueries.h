#pragma once

#include "awaitresult.h"
#include "prometheusprocess.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"

#include "client/metrics/metricsource.h"

#include <QDateTime>

#include <optional>

// What the tests of metric sources share: a range to ask, asking it and waiting, the slots of
// the answer, and a profile whose API is a sandbox and whose traffic is in a Prometheus.
// Header-only: for the tests that link the client layer.
namespace lgsp::test {

using Metrics = client::Result<protocol::MetricsResponse>;

inline qint64 alignDown(qint64 t, qint64 step)
{
    return t - t % step;
}

inline client::MetricsQuery metricsRange(qint64 from, qint64 to, qint64 step,
                                         const QString &tenant = {})
{
    client::MetricsQuery q;
    q.from = QDateTime::fromSecsSinceEpoch(from, Qt::UTC);
    q.to = QDateTime::fromSecsSinceEpoch(to, Qt::UTC);
    q.step = QString::number(step) + QLatin1Char('s');
    q.tenant = tenant;
    return q;
}

inline std::optional<Metrics> askMetrics(client::MetricSource *source,
                                         const client::MetricsQuery &q, QObject *context)
{
    return awaitResult<Metrics>([&](auto done) { source->metrics(q, context, done); }, 30000);
}

inline QList<protocol::MetricsBucket> bucketsOf(const Metrics &r)
{
    return r.value.series.isEmpty() ? QList<protocol::MetricsBucket>{}
                                    : r.value.series.first().buckets;
}

inline qint64 callsOf(const Metrics &r)
{
    qint64 calls = 0;
    for (const protocol::MetricsBucket &b : bucketsOf(r))
        calls += b.count;
    return calls;
}

// Starts the sandbox with its demo data and simulated traffic, and Debian's Prometheus
// scraping it every second (waiting for the first sample); what went wrong, or empty.
inline QString startScrapedSandbox(SandboxProcess &sandbox, PrometheusProcess &prometheus)
{
    if (PrometheusProcess::program().isEmpty())
        return QStringLiteral("prometheus is missing: scripts/install-deps.sh --tests installs it");
    if (!sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo"),
                        QStringLiteral("--simulate"), QStringLiteral("30")}))
        return QStringLiteral("the sandbox did not start");
    if (!prometheus.scrape(sandbox, 1))
        return QStringLiteral("Prometheus did not start scraping the sandbox");
    return {};
}

// The sandbox as the profile's instance, its traffic read from the Prometheus scraping it
// (every second) under `selector`.
inline client::ConnectionProfile prometheusProfile(const SandboxProcess &sandbox,
                                                   const PrometheusProcess &prometheus,
                                                   const QString &name, const QString &selector)
{
    client::ConnectionProfile p = sandboxProfile(sandbox, name);
    p.metrics.kind = QStringLiteral("prometheus");
    p.metrics.url = prometheus.baseUrl();
    p.metrics.selector = selector;
    p.metrics.scrapeIntervalSeconds = 1;
    return p;
}

} // namespace lgsp::test
