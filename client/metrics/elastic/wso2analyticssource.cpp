#include "client/metrics/elastic/wso2analyticssource.h"

#include "client/auth/staticauthenticator.h"
#include "client/net/transport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace lgsp::client {

namespace {

// Answers at least this large are read on a worker thread.
constexpr qsizetype kWorkerDecodeBytes = 64 * 1024;
// What status() looks back over for "now".
constexpr qint64 kNowSeconds = 300;

// A refusal of the console's own, about the metric source.
ClientError refusal(ClientError::Kind kind, const QString &detail)
{
    ClientError e = ClientError::make(kind, detail);
    e.subject = ClientError::Subject::MetricSource;
    return e;
}

} // namespace

Wso2AnalyticsSource::Wso2AnalyticsSource(const ConnectionProfile &profile, const TlsPolicy &tls,
                                         QObject *parent)
    : MetricSource(parent)
    , m_analytics(profile.metrics.analytics)
    , m_url(profile.metrics.url)
    , m_authenticated(profile.metrics.auth != QLatin1String("none"))
    , m_transport(std::make_unique<Transport>(profile.metrics.url))
    , m_authenticator(std::make_unique<StaticAuthenticator>(
          StaticAuthenticator::schemeFor(profile.metrics.auth), profile.metrics.user))
{
    m_transport->setTimeout(std::chrono::milliseconds(std::max(1000, profile.requestTimeoutMs)));
    m_transport->setProxy(Transport::proxyModeFor(profile.proxy), profile.proxyHost,
                          quint16(std::clamp(profile.proxyPort, 0, 65535)));
    m_transport->setTlsPolicy(tls.withoutPin());
    m_transport->setAuthenticator(m_authenticator.get());
}

Wso2AnalyticsSource::~Wso2AnalyticsSource()
{
    m_transport->setAuthenticator(nullptr);
}

void Wso2AnalyticsSource::setSecret(const QString &secret)
{
    m_authenticator->setSecret(secret);
}

void Wso2AnalyticsSource::setTlsPolicy(const TlsPolicy &tls)
{
    m_transport->setTlsPolicy(tls.withoutPin());
}

QString Wso2AnalyticsSource::location() const
{
    return m_url.toString(QUrl::RemoveUserInfo);
}

void Wso2AnalyticsSource::metrics(const MetricsQuery &query, QObject *context,
                                  Handler<protocol::MetricsResponse> done)
{
    const SlotRange asked = slotRange(query);
    const EsRange range{asked.from, std::max(asked.from, asked.to), asked.step};
    if (range.slots() > kMaxSlots) {
        failLater(context, std::move(done),
                  refusal(ClientError::Kind::QueryRejected,
                          tr("%1 slots asked; the console asks the cluster for at "
                             "most %2 at once")
                              .arg(range.slots())
                              .arg(kMaxSlots)));
        return;
    }
    const QString unusable = m_analytics.problem();
    if (!unusable.isEmpty()) {
        failLater(context, std::move(done), refusal(ClientError::Kind::Configuration, unusable));
        return;
    }
    if (query.service.startsWith(QLatin1String("catalog:"))) {
        failLater(context, std::move(done),
                  refusal(ClientError::Kind::Unsupported,
                          tr("A Service Catalog entry has no gateway traffic of its "
                             "own: choose the API that publishes it.")));
        return;
    }
    const qint64 countedUpTo = asked.countedUpTo;
    fetch({query.tenant, query.service, {}}, range, context,
          [countedUpTo, done = std::move(done)](const Result<protocol::MetricsResponse> &r) {
              Result<protocol::MetricsResponse> out = r;
              out.value.countedUpTo = countedUpTo;
              done(out);
          });
}

void Wso2AnalyticsSource::fetch(const EsScope &scope, const EsRange &range, QObject *context,
                                Handler<protocol::MetricsResponse> done)
{
    struct Collect
    {
        Result<EsAnswer> responses;
        Result<EsAnswer> faults;
        int waiting = 2;
        Handler<protocol::MetricsResponse> done;
    };
    auto collect = std::make_shared<Collect>();
    collect->done = std::move(done);
    const Wso2Analytics analytics = m_analytics;
    const auto finish = [collect, range, analytics] {
        if (--collect->waiting > 0)
            return;
        Result<protocol::MetricsResponse> out;
        // The faulty index may be missing where nothing has failed yet: the calls still count,
        // and the chart says the faults are not in. Any other failure is the answer's.
        const bool faultsMissing =
            !collect->faults.ok() &&
            collect->faults.error.problemCode == QLatin1String("index_not_found_exception");
        if (!collect->responses.ok() || (!collect->faults.ok() && !faultsMissing)) {
            out.error = collect->responses.ok() ? collect->faults.error : collect->responses.error;
            collect->done(out);
            return;
        }
        QStringList warnings = collect->responses.value.warnings(analytics.responseIndex);
        EsAnswer faults;
        if (collect->faults.ok()) {
            faults = collect->faults.value;
            warnings += faults.warnings(analytics.faultyIndex);
        } else {
            warnings << tr("The gateway's own failures (%1) could not be read: %2")
                            .arg(analytics.faultyIndex, collect->faults.error.message());
        }
        out.value = EsAnswer::counted(range, collect->responses.value, faults);
        out.value.warnings = warnings;
        if (collect->responses.value.slots.isEmpty() && collect->responses.value.shardsTotal > 0)
            out.value.warnings << tr("The cluster answered without slots: no events of %1 in "
                                     "this range.")
                                      .arg(analytics.responseIndex);
        collect->done(out);
    };
    search(m_analytics.responseIndex, esquery::responseSearch(m_analytics, scope, range),
           EsAnswer::Events::Response, context, [collect, finish](const Result<EsAnswer> &r) {
               collect->responses = r;
               finish();
           });
    search(m_analytics.faultyIndex, esquery::faultySearch(m_analytics, scope, range),
           EsAnswer::Events::Faulty, context, [collect, finish](const Result<EsAnswer> &r) {
               collect->faults = r;
               finish();
           });
}

void Wso2AnalyticsSource::search(const QString &indexPattern, const QJsonObject &body,
                                 EsAnswer::Events events, QObject *context, Handler<EsAnswer> done)
{
    ApiRequest call;
    call.method = "POST";
    call.path = esquery::searchPath(indexPattern);
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call.authenticated = m_authenticated;
    m_transport->send(
        call, context,
        [context, indexPattern, events, done = std::move(done)](const ApiReply &reply) {
            if (!reply.ok()) {
                Result<EsAnswer> r;
                r.error = EsAnswer::errorOf(reply, indexPattern);
                done(r);
                return;
            }
            if (!context || reply.body.size() < kWorkerDecodeBytes) {
                done(EsAnswer::decode(reply.body, events));
                return;
            }
            QtConcurrent::run([body = reply.body, events] {
                return EsAnswer::decode(body, events);
            }).then(context, [done](const Result<EsAnswer> &r) { done(r); });
        });
}

void Wso2AnalyticsSource::status(QObject *context, Handler<MetricSourceStatus> done)
{
    ApiRequest call;
    call.path = QStringLiteral("/");
    call.authenticated = m_authenticated;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    m_transport->send(
        call, context,
        [this, context, clock, done = std::move(done)](const ApiReply &reply) mutable {
            Result<MetricSourceStatus> r;
            r.value.callMetric = m_analytics.responseIndex;
            r.value.latencyMetric = m_analytics.latencyField;
            // The cluster's root needs the "monitor" privilege, which a user that may only read
            // WSO2's indices has not: a 403 there leaves the version unknown, nothing more.
            if (!reply.ok() && reply.error.kind != ClientError::Kind::Forbidden) {
                r.error = EsAnswer::errorOf(reply, QStringLiteral("/"));
                done(r);
                return;
            }
            const QJsonObject version = QJsonDocument::fromJson(reply.body)
                                            .object()
                                            .value(QLatin1String("version"))
                                            .toObject();
            const QString number = version.value(QLatin1String("number")).toString();
            if (!number.isEmpty())
                r.value.version = (version.value(QLatin1String("distribution")).toString() ==
                                           QLatin1String("opensearch")
                                       ? QStringLiteral("OpenSearch ")
                                       : QStringLiteral("Elasticsearch ")) +
                                  number;
            const qint64 to = alignDown(QDateTime::currentSecsSinceEpoch(), kNowSeconds);
            fetch({}, {to - kNowSeconds, to, kNowSeconds}, context,
                  [r, clock,
                   done = std::move(done)](const Result<protocol::MetricsResponse> &m) mutable {
                      r.value.elapsedMs = clock->elapsed();
                      if (!m.ok()) {
                          r.error = m.error;
                          done(r);
                          return;
                      }
                      protocol::MetricsBucket all;
                      for (const auto &series : m.value.series) {
                          for (const protocol::MetricsBucket &b : series.buckets)
                              all.merge(b);
                      }
                      r.value.ready = true;
                      r.value.callSeries = all.count; // the events of the last five minutes
                      r.value.callsPerSecond = double(all.count) / double(kNowSeconds);
                      r.value.latencySeries = all.histogram.total();
                      if (all.histogram.total() > 0)
                          r.value.p95Ms = all.histogram.percentile(0.95);
                      done(r);
                  });
        });
}

} // namespace lgsp::client
