#pragma once

#include "client/metrics/metricsource.h"

namespace lgsp::client {

class Connection;

// Traffic from the instance's own Admin API: GET /metrics/transactions for history and the
// WebSocket stream for the live tail. Not available when the instance's kind of server has
// no metrics (WSO2 API Manager 4.x keeps its analytics outside the product).
class ApiMetricSource final : public MetricSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiMetricSource)

public:
    explicit ApiMetricSource(Connection *connection, QObject *parent = nullptr);
    ~ApiMetricSource() override;

    QString kind() const override { return QStringLiteral("lgsp-v1"); }
    bool available() const override;
    bool keepsHistory() const override { return false; }
    qint64 minimumStep() const override { return 1; }
    QString location() const override { return {}; }
    void metrics(const MetricsQuery &query, QObject *context,
                 Handler<protocol::MetricsResponse> done) override;
    std::unique_ptr<LiveStream> liveTail(const LiveStream::Filter &filter) override;
    std::chrono::milliseconds pollInterval() const override { return std::chrono::seconds(1); }
    void status(QObject *context, Handler<MetricSourceStatus> done) override;

private:
    Connection *m_connection;
};

} // namespace lgsp::client
