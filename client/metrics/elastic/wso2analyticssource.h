#pragma once

#include "client/metrics/elastic/esanswer.h"
#include "client/metrics/metricsource.h"
#include "client/net/apirequest.h"
#include "client/profiles/connectionprofile.h"

#include <memory>

namespace lgsp::client {

class Transport;
class StaticAuthenticator;

// A WSO2 API Manager's traffic read from the Elasticsearch (7.10+, 8) or OpenSearch (1, 2)
// cluster its analytics write to: for each range, one `_search` of the response index and one
// of the faulty index, aggregations only (esquery.h), answered per slot with counts, failures
// by code and the latency histogram (esanswer.h). The cluster keeps the history; the newest
// slots are polled. Written from Elastic's and OpenSearch's documented request and response
// shapes and tested against a stand-in of `_search` (tests/fixtures/elastic): no live cluster.
class Wso2AnalyticsSource final : public MetricSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Wso2AnalyticsSource)

public:
    // A search answers at most this many slots: with a status code or two and the latency
    // ranges in each, the aggregation stays under the cluster's search.max_buckets (65,536
    // by default since Elasticsearch 7.9 and in OpenSearch).
    static constexpr qint64 kMaxSlots = 2500;

    Wso2AnalyticsSource(const ConnectionProfile &profile, const TlsPolicy &tls,
                        QObject *parent = nullptr);
    ~Wso2AnalyticsSource() override;

    void setSecret(const QString &secret) override;
    void setTlsPolicy(const TlsPolicy &tls) override;

    QString kind() const override { return QStringLiteral("wso2-analytics"); }
    bool available() const override { return true; }
    bool keepsHistory() const override { return true; }
    // Events are shipped in batches by Filebeat or Fluent Bit and searchable after the
    // cluster's refresh: slots finer than this would show the shipping, not the traffic.
    qint64 minimumStep() const override { return 10; }
    QString location() const override;
    QString describe() const override { return tr("WSO2's analytics at %1").arg(location()); }
    void metrics(const MetricsQuery &query, QObject *context,
                 Handler<protocol::MetricsResponse> done) override;
    std::unique_ptr<LiveStream> liveTail(const LiveStream::Filter &) override { return nullptr; }
    std::chrono::milliseconds pollInterval() const override { return std::chrono::seconds(10); }
    // The cluster's product and version (GET /), then the last five minutes' calls and p95.
    void status(QObject *context, Handler<MetricSourceStatus> done) override;

private:
    void search(const QString &indexPattern, const QJsonObject &body, EsAnswer::Events events,
                QObject *context, Handler<EsAnswer> done);
    void fetch(const EsScope &scope, const EsRange &range, QObject *context,
               Handler<protocol::MetricsResponse> done);

    Wso2Analytics m_analytics;
    QUrl m_url;
    bool m_authenticated = false;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<StaticAuthenticator> m_authenticator;
};

} // namespace lgsp::client
