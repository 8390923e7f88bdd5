#include "client/metrics/apimetricsource.h"

#include "client/connection.h"

#include <QPointer>
#include <QTimer>

namespace lgsp::client {

ApiMetricSource::ApiMetricSource(Connection *connection, QObject *parent)
    : MetricSource(parent)
    , m_connection(connection)
{}

ApiMetricSource::~ApiMetricSource() = default;

bool ApiMetricSource::available() const
{
    return m_connection->backend() &&
           m_connection->backend()->features().testFlag(Feature::Metrics);
}

void ApiMetricSource::metrics(const MetricsQuery &query, QObject *context,
                              Handler<protocol::MetricsResponse> done)
{
    if (!available()) {
        QTimer::singleShot(0, context, [done = std::move(done)] {
            Result<protocol::MetricsResponse> r;
            r.error = ClientError::make(ClientError::Kind::Unsupported);
            done(r);
        });
        return;
    }
    m_connection->backend()->metrics(query, context, std::move(done));
}

std::unique_ptr<LiveStream> ApiMetricSource::liveTail(const LiveStream::Filter &filter)
{
    if (!available())
        return nullptr;
    auto stream = std::make_unique<LiveStream>(m_connection);
    stream->setFilter(filter);
    return stream;
}

void ApiMetricSource::status(QObject *context, Handler<MetricSourceStatus> done)
{
    QTimer::singleShot(0, context, [done = std::move(done), ok = available()] {
        Result<MetricSourceStatus> r;
        r.value.ready = ok;
        done(r);
    });
}

} // namespace lgsp::client
