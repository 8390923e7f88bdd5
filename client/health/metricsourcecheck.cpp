#include "client/health/metricsourcecheck.h"

#include "client/metrics/metricsource.h"

#include <QLocale>

namespace lgsp::client {

namespace {

// WSO2's analytics events in Elasticsearch or OpenSearch: readable, and what the last five
// minutes hold.
void runAnalytics(MetricSource *source, QObject *context, MetricSourceCheck::Done done)
{
    const QString where = source->location();
    source->status(context, [where, done = std::move(done)](const Result<MetricSourceStatus> &r) {
        using Status = ProbeCheck::Status;
        const MetricSourceStatus &s = r.value;
        if (!r.ok()) {
            done(Status::Warn, MetricSourceCheck::tr("WSO2's analytics at %1 cannot be read, so "
                                                     "the charts cannot be drawn: %2")
                                   .arg(where, r.error.message()));
            return;
        }
        const QString cluster =
            s.version.isEmpty() ? MetricSourceCheck::tr("The cluster at %1 answers.").arg(where)
                                : MetricSourceCheck::tr("%1 at %2 answers.").arg(s.version, where);
        const QLocale locale;
        QString detail =
            cluster + QLatin1Char(' ') +
            MetricSourceCheck::tr("%n gateway events in %1 in the last five minutes.", nullptr,
                                  int(std::min<qint64>(std::max<qint64>(s.callSeries, 0), INT_MAX)))
                .arg(s.callMetric);
        if (s.p95Ms)
            detail +=
                QLatin1Char(' ') +
                MetricSourceCheck::tr("p95 latency %1 ms.").arg(locale.toString(*s.p95Ms, 'f', 0));
        done(Status::Ok, detail);
    });
}

} // namespace

bool MetricSourceCheck::run(MetricSource *source, QObject *context, Done done)
{
    if (source && source->kind() == QLatin1String("wso2-analytics")) {
        runAnalytics(source, context, std::move(done));
        return true;
    }
    if (!source || source->kind() != QLatin1String("prometheus"))
        return false;
    const QString where = source->location();
    source->status(context, [where, done = std::move(done)](const Result<MetricSourceStatus> &r) {
        using Status = ProbeCheck::Status;
        const MetricSourceStatus &s = r.value;
        if (!r.ok()) {
            done(Status::Warn,
                 tr("Prometheus at %1 cannot be read, so the charts cannot be drawn: %2")
                     .arg(where, r.error.message()));
            return;
        }
        const QString engine = s.version.isEmpty()
                                   ? tr("Prometheus at %1 is ready.").arg(where)
                                   : tr("Prometheus %1 at %2 is ready.").arg(s.version, where);
        if (s.callSeries == 0) {
            done(Status::Warn,
                 engine + QLatin1Char(' ') +
                     tr("No series of %1 match the selector: check the selector and the "
                        "metric names.")
                         .arg(s.callMetric));
            return;
        }
        QString detail = engine;
        if (s.callSeries > 0)
            detail += QLatin1Char(' ') + tr("%n series of %1 match the selector.", nullptr,
                                            int(std::min<qint64>(s.callSeries, INT_MAX)))
                                             .arg(s.callMetric);
        const QLocale locale;
        if (s.callsPerSecond && s.p95Ms)
            detail += QLatin1Char(' ') + tr("Now %1 calls/s, p95 latency %2 ms.")
                                             .arg(locale.toString(*s.callsPerSecond, 'f', 1),
                                                  locale.toString(*s.p95Ms, 'f', 0));
        else if (s.callsPerSecond)
            detail += QLatin1Char(' ') +
                      tr("Now %1 calls/s.").arg(locale.toString(*s.callsPerSecond, 'f', 1));
        if (s.latencySeries == 0) {
            done(Status::Warn,
                 detail + QLatin1Char(' ') +
                     tr("No latency histogram (%1) matches: the latency chart stays empty.")
                         .arg(s.latencyMetric));
            return;
        }
        done(Status::Ok, detail);
    });
    return true;
}

} // namespace lgsp::client
