#pragma once

#include "client/metrics/elastic/wso2analytics.h"

#include <QJsonObject>
#include <QString>

namespace lgsp::client {

// Which events of an instance: all, or one tenant's, one service's, one consumer's.
// A service is an API's id in the console ("api:<uuid>", WSO2's apiId) or an API's name.
struct EsScope
{
    QString tenant;
    QString service;
    QString consumer;
};

// Slots of `step` seconds from `from` (included) to `to` (excluded), both on a step boundary.
struct EsRange
{
    qint64 from = 0;
    qint64 to = 0;
    qint64 step = 60;
    qint64 slots() const { return step > 0 ? (to - from) / step : 0; }
};

// The search bodies sent to Elasticsearch's and OpenSearch's `_search` for WSO2's gateway
// events: nothing but aggregations (size 0), the events of the range and scope filtered
// (filter context: no scoring, cached by the cluster), a date_histogram of fixed slots from
// the range's first to its last (empty slots included: no traffic is a zero, not a gap), and
// in each slot the counts by status code and a range aggregation of the latency over the
// console's histogram bounds, so slots, tenants and instances merge exactly and percentiles
// come from the merged counts; and the first event the indices hold at all, so slots before
// it are said to be not held rather than zero. Kept apart from the network so each body can be
// checked exactly.
namespace esquery {

// Calls that got an answer: counts by proxyResponseCode and the latency histogram.
QJsonObject responseSearch(const Wso2Analytics &analytics, const EsScope &scope,
                           const EsRange &range);
// Calls the gateway failed itself: counts by errorType and errorCode.
QJsonObject faultySearch(const Wso2Analytics &analytics, const EsScope &scope,
                         const EsRange &range);
// "/apim_event_response*/_search": the pattern as the path's first segment.
QString searchPath(const QString &indexPattern);
// The latency ranges' edges: a histogram bound b in whole milliseconds ends its range at
// b + 0.5, so a latency of exactly b counts as "≤ b", as in the console's histogram (WSO2
// writes latencies as whole milliseconds).
double rangeEdge(double bound);

} // namespace esquery

} // namespace lgsp::client
