#pragma once

#include "client/metrics/metricsource.h"
#include "client/metrics/prometheus/promanswer.h"
#include "client/metrics/prometheus/prombatch.h"
#include "client/metrics/prometheus/promselector.h"
#include "client/net/apirequest.h"
#include "client/net/tlspolicy.h"
#include "client/profiles/connectionprofile.h"

#include <memory>

namespace lgsp::client {

class Transport;
class StaticAuthenticator;

// Traffic read from a Prometheus (or Thanos, Mimir, VictoriaMetrics) through its HTTP API:
// /api/v1/query_range with the mapping's queries, one request per query for the whole chart,
// at a step never finer than the scrape interval; /-/ready, /api/v1/status/buildinfo and a
// count of the series the mapping matches for the health page. Prometheus keeps the history, so
// nothing is stored locally; the newest slots are polled at the scrape interval. Errors and
// warnings of Prometheus come back in words (errorType and error), never as an empty chart.
class PrometheusSource final : public MetricSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusSource)

public:
    // Prometheus refuses a range of more than this many points per series.
    static constexpr qint64 kMaxPoints = 11000;

    // The proxy and timeout are the profile's, and so is the TLS policy (its CA files and
    // client certificate; a pin is the instance's own and is not applied to Prometheus).
    PrometheusSource(const ConnectionProfile &profile, const TlsPolicy &tls,
                     QObject *parent = nullptr);
    ~PrometheusSource() override;

    // The basic-auth password or bearer token, from the keychain.
    void setSecret(const QString &secret) override;
    // The instances sharing this Prometheus whose ranges are asked with this one's (null when
    // the selector cannot be split on one label).
    const PromBatch *batch() const { return m_batch.get(); }
    void setTlsPolicy(const TlsPolicy &tls) override;
    const MetricSourceSettings &settings() const { return m_settings; }

    QString kind() const override { return QStringLiteral("prometheus"); }
    bool available() const override { return true; }
    bool keepsHistory() const override { return true; }
    qint64 minimumStep() const override { return m_settings.scrapeIntervalSeconds; }
    QString location() const override;
    QString describe() const override { return tr("Prometheus at %1").arg(location()); }
    void metrics(const MetricsQuery &query, QObject *context,
                 Handler<protocol::MetricsResponse> done) override;
    std::unique_ptr<LiveStream> liveTail(const LiveStream::Filter &) override { return nullptr; }
    std::chrono::milliseconds pollInterval() const override;
    void status(QObject *context, Handler<MetricSourceStatus> done) override;

    // One instant query (/api/v1/query), for the mapping test.
    void instant(const QString &promql, QObject *context, Handler<PromAnswer> done);
    // One range query, decoded.
    void range(const QString &promql, qint64 from, qint64 to, qint64 step, QObject *context,
               Handler<PromAnswer> done);

    // The console's slots from a range's answers.
    static protocol::MetricsResponse counted(const PromMapping &mapping, const PromRange &range,
                                             const PromRangeAnswers &answers);
    // The error a failed reply stands for: Prometheus' own (errorType, error) when the body
    // says it, else the transport's.
    static ClientError errorOf(const ApiReply &reply);
    // A successful reply's body as Prometheus' answer, or the error it says.
    // `gzipped`: inflated first, to at most `maxBytes`.
    static Result<PromAnswer> decoded(const QByteArray &body, bool gzipped, qint64 maxBytes);

private:
    // `query`: an API query whose answer get() decodes, and so may inflate itself.
    ApiRequest request(const QString &path, bool query = false) const;
    void askBuildInfo(QObject *context, Result<MetricSourceStatus> r,
                      Handler<MetricSourceStatus> done);
    // Counts the series the mapping and selector match (calls, then latency).
    void askSeries(QObject *context, Result<MetricSourceStatus> r,
                   Handler<MetricSourceStatus> done);
    // The rate and p95 the mapping gives now.
    void askNow(QObject *context, Result<MetricSourceStatus> r, Handler<MetricSourceStatus> done);
    void get(const QString &path, const QUrlQuery &query, QObject *context,
             Handler<PromAnswer> done);
    void fetchAlone(const PromMapping::Scope &scope, const PromRange &range, QObject *context,
                    Handler<PromRangeAnswers> done);
    // Joins the batch of the sources that differ from this one only in one label's value.
    void joinBatch();

    MetricSourceSettings m_settings;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<StaticAuthenticator> m_authenticator;
    // What the batch key is made of besides the settings: the profile's transport options.
    QString m_transportKey;
    QByteArray m_secretHash;
    std::optional<PromSplitSelector> m_split;
    std::shared_ptr<PromBatch> m_batch;
};

} // namespace lgsp::client
