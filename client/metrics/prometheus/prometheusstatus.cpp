// PrometheusSource: how the Prometheus is — ready, its version, the series the selector
// matches, and what the mapping gives now (for the health probe's "Traffic data source").
#include "client/metrics/prometheus/prometheussource.h"

#include "client/net/transport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <cmath>

namespace lgsp::client {

void PrometheusSource::status(QObject *context, Handler<MetricSourceStatus> done)
{
    const ApiRequest ready = request(QStringLiteral("/-/ready"));
    QPointer<PrometheusSource> self(this);
    m_transport->send(ready, context,
                      [self, context, done = std::move(done)](const ApiReply &reply) mutable {
                          Result<MetricSourceStatus> r;
                          r.value.elapsedMs = reply.elapsedMs;
                          if (!reply.ok()) {
                              r.error = errorOf(reply);
                              done(r);
                              return;
                          }
                          r.value.ready = true;
                          if (!self) {
                              done(r);
                              return;
                          }
                          self->askBuildInfo(context, r, std::move(done));
                      });
}

void PrometheusSource::askBuildInfo(QObject *context, Result<MetricSourceStatus> r,
                                    Handler<MetricSourceStatus> done)
{
    QPointer<PrometheusSource> self(this);
    m_transport->send(request(QStringLiteral("/api/v1/status/buildinfo")), context,
                      [self, context, r, done = std::move(done)](const ApiReply &info) mutable {
                          if (info.ok()) {
                              const QJsonObject data = QJsonDocument::fromJson(info.body)
                                                           .object()
                                                           .value(QStringLiteral("data"))
                                                           .toObject();
                              r.value.version = data.value(QStringLiteral("version")).toString();
                          }
                          if (!self) {
                              done(r);
                              return;
                          }
                          self->askSeries(context, r, std::move(done));
                      });
}

void PrometheusSource::askSeries(QObject *context, Result<MetricSourceStatus> r,
                                 Handler<MetricSourceStatus> done)
{
    const PromMapping &mapping = m_settings.mapping;
    const PromMapping::Scope scope{m_settings.selector, {}, {}, {}};
    QString why;
    const QString calls = mapping.matchers(scope, {}, &why);
    if (!mapping.problem().isEmpty() || calls.isEmpty()) {
        done(r);
        return;
    }
    r.value.callMetric = mapping.requests;
    r.value.latencyMetric = mapping.latency;
    const QString latency = mapping.latency.isEmpty()
                                ? QString()
                                : mapping.matchers(scope, mapping.latencyMatchers, &why);
    // count() of nothing is an empty vector: zero series.
    const auto countOf = [](const PromAnswer &answer) {
        return answer.series.isEmpty() || answer.series.first().points.isEmpty()
                   ? qint64(0)
                   : std::llround(answer.series.first().points.first().second);
    };
    QPointer<PrometheusSource> self(this);
    instant(QStringLiteral("count(%1%2)").arg(mapping.requests, calls), context,
            [self, context, r, latency, countOf,
             done = std::move(done)](const Result<PromAnswer> &a) mutable {
                if (!a.ok()) {
                    r.error = a.error;
                    done(r);
                    return;
                }
                r.value.callSeries = countOf(a.value);
                if (!self) {
                    done(r);
                    return;
                }
                if (latency.isEmpty()) {
                    self->askNow(context, r, std::move(done));
                    return;
                }
                const QString promql =
                    QStringLiteral("count(%1%2)").arg(self->m_settings.mapping.latency, latency);
                self->instant(promql, context,
                              [self, context, r, countOf,
                               done = std::move(done)](const Result<PromAnswer> &b) mutable {
                                  if (b.ok())
                                      r.value.latencySeries = countOf(b.value);
                                  if (self)
                                      self->askNow(context, r, std::move(done));
                                  else
                                      done(r);
                              });
            });
}

void PrometheusSource::askNow(QObject *context, Result<MetricSourceStatus> r,
                              Handler<MetricSourceStatus> done)
{
    const PromMapping &mapping = m_settings.mapping;
    const PromMapping::Scope scope{m_settings.selector, {}, {}, {}};
    // rate() over four scrape intervals: the shortest window that still holds enough samples.
    const QString window =
        QString::number(4 * std::max(1, m_settings.scrapeIntervalSeconds)) + QLatin1Char('s');
    const QString rate = mapping.rateQuery(scope, window, nullptr);
    const QString p95 = mapping.quantileQuery(scope, 0.95, window, nullptr);
    const double unitMs = mapping.latencyUnitMs;
    const auto valueOf = [](const PromAnswer &answer) -> std::optional<double> {
        if (answer.series.isEmpty() || answer.series.first().points.isEmpty())
            return std::nullopt;
        const double v = answer.series.first().points.first().second;
        return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
    };
    if (rate.isEmpty()) {
        done(r);
        return;
    }
    QPointer<PrometheusSource> self(this);
    instant(rate, context,
            [self, context, r, p95, unitMs, valueOf,
             done = std::move(done)](const Result<PromAnswer> &a) mutable {
                if (a.ok())
                    r.value.callsPerSecond = valueOf(a.value);
                if (!self || p95.isEmpty()) {
                    done(r);
                    return;
                }
                self->instant(p95, context,
                              [r, unitMs, valueOf,
                               done = std::move(done)](const Result<PromAnswer> &b) mutable {
                                  if (b.ok()) {
                                      if (const std::optional<double> v = valueOf(b.value))
                                          r.value.p95Ms = *v * unitMs;
                                  }
                                  done(r);
                              });
            });
}

} // namespace lgsp::client
