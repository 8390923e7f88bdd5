#pragma once

#include "sandbox/api/apiexchange.h"
#include "sandbox/traffic/metricsquery.h"

#include <QSqlDatabase>

namespace lgsp::sandbox {

// GET /api/v1/metrics/transactions and GET /api/v1/transactions. A tenant-scoped credential
// sees the traffic of the services its tenant provides.
class TrafficApi final
{
public:
    explicit TrafficApi(QSqlDatabase db);

    ApiResponse metrics(const ApiRequest &request);
    ApiResponse transactions(const ApiRequest &request);

private:
    QSqlDatabase m_db;
    MetricsQuery m_metrics;
};

} // namespace lgsp::sandbox
