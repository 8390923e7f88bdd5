#pragma once

#include "client/backend/queries.h"
#include "protocol/metrics.h"

#include <QList>

#include <optional>

namespace lgsp::client {

// The traffic figures the fleet row and `--check` show for an instance, from one metrics
// call over the last whole minutes at a one-minute step.
struct TrafficFigures
{
    static constexpr int kMinutes = 15;

    QList<qint64> callsPerMinute; // the last kMinutes whole minutes, oldest first
    // Calls in the last 60 seconds: the running minute so far plus the share of the last
    // whole minute still inside those 60 seconds (the whole minutes alone lag up to a
    // minute, and showed 0/min for a newly started instance already busy).
    std::optional<qint64> callsLastMinute;
    std::optional<double> errorRate;    // errors / calls over those minutes (0..1)
    std::optional<double> p95LatencyMs; // over those minutes, from merged histograms

    // The metrics call that gives the figures at `nowSecs` (seconds since the epoch).
    static MetricsQuery query(qint64 nowSecs);
    // The figures from its answer; every figure unset when the answer has no series.
    static TrafficFigures from(const protocol::MetricsResponse &response, qint64 nowSecs);
};

} // namespace lgsp::client
