#include "client/fleet/trafficfigures.h"

namespace lgsp::client {

MetricsQuery TrafficFigures::query(qint64 nowSecs)
{
    const qint64 end = nowSecs - nowSecs % 60; // the running minute starts here
    MetricsQuery traffic;
    traffic.from = QDateTime::fromSecsSinceEpoch(end - kMinutes * 60, Qt::UTC);
    traffic.to = QDateTime::fromSecsSinceEpoch(nowSecs + 1, Qt::UTC);
    traffic.step = QStringLiteral("1m");
    return traffic;
}

TrafficFigures TrafficFigures::from(const protocol::MetricsResponse &response, qint64 nowSecs)
{
    TrafficFigures figures;
    // No slot at all is "not measured" (a Prometheus that has not yet scraped a whole slot, an
    // instance that began recording after the range), never "no calls".
    if (response.series.isEmpty() || response.series.first().buckets.isEmpty())
        return figures;
    const qint64 end = nowSecs - nowSecs % 60;
    protocol::MetricsBucket total;
    std::optional<qint64> running;
    for (const protocol::MetricsBucket &b : response.series.first().buckets) {
        if (b.t < end)
            figures.callsPerMinute.append(b.count);
        else
            running = running.value_or(0) + b.count;
        total.merge(b);
    }
    const qint64 lastWhole = figures.callsPerMinute.isEmpty() ? 0 : figures.callsPerMinute.last();
    figures.callsLastMinute =
        running ? *running + (lastWhole * (60 - (nowSecs - end)) + 30) / 60 : lastWhole;
    figures.errorRate = total.count > 0 ? double(total.errors) / double(total.count) : 0.0;
    if (total.histogram.total() > 0)
        figures.p95LatencyMs = total.histogram.percentile(0.95);
    return figures;
}

} // namespace lgsp::client
