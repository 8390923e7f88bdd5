// Traffic read from a real Prometheus (Debian's, started by the test) scraping a real
// lgsp-sandbox with simulated traffic every second: the console's slots equal the sandbox's
// own counts for the same range (within one scrape at the edges), for the instance and for
// one tenant, with the same latency histogram; the charts' monitor, the health probe and the
// fleet read it. How failures and transfer options come back: tst_prometheus_transport.
#include "promqueries.h"
#include "scriptedserver.h"

#include "client/backend/backend.h"
#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "client/health/healthprobe.h"
#include "client/metrics/metricsource.h"
#include "client/metrics/prometheus/prometheussource.h"
#include "models/traffic/trafficmonitor.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <cmath>

using namespace lgsp;
using lgsp::test::alignDown;
using lgsp::test::awaitResult;
using lgsp::test::bucketsOf;
using lgsp::test::Metrics;
using lgsp::test::PrometheusProcess;
using lgsp::test::SandboxProcess;

namespace {

client::MetricsQuery range(qint64 from, qint64 to, qint64 step, const QString &tenant = {})
{
    return test::metricsRange(from, to, step, tenant);
}

std::optional<Metrics> ask(client::MetricSource *source, const client::MetricsQuery &q,
                           QObject *context)
{
    return test::askMetrics(source, q, context);
}

} // namespace

class TestPrometheusSource final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    PrometheusProcess m_prometheus;
    std::unique_ptr<client::Connection> m_api; // the sandbox's own API, as its operator
    qint64 m_firstSample = 0;

    client::ConnectionProfile profile(const QString &selector = QStringLiteral("job=\"lgsp\""))
    {
        return test::prometheusProfile(m_sandbox, m_prometheus, QStringLiteral("Hậu Giang"),
                                       selector);
    }

    // The sandbox's own seconds over [from, to) (its metrics API, 1-second buckets).
    QMap<qint64, protocol::MetricsBucket> ownSeconds(qint64 from, qint64 to, const QString &tenant)
    {
        const std::optional<Metrics> r = awaitResult<Metrics>(
            [&](auto done) { m_api->backend()->metrics(range(from, to, 1, tenant), this, done); });
        QMap<qint64, protocol::MetricsBucket> out;
        if (r && r->ok()) {
            for (const protocol::MetricsBucket &b : bucketsOf(*r))
                out.insert(b.t, b);
        }
        return out;
    }

    // Compares the source's slots over a range with the sandbox's own seconds: each slot's
    // calls, errors and latency bins differ at most by what the sandbox counted within two
    // seconds of the slot's edges (a scrape is up to a second late, and a call is counted at
    // its end).
    void compareWithSandbox(const QString &tenant)
    {
        const qint64 step = 5;
        const qint64 to = alignDown(QDateTime::currentSecsSinceEpoch() - 3, step);
        const qint64 from = std::max(alignDown(m_firstSample + step + 2, step), to - 30);
        QVERIFY2(to - from >= 2 * step, "Prometheus has too little history yet");
        client::Connection connection(profile());
        const std::optional<Metrics> prom =
            ask(connection.metricSource(), range(from, to, step, tenant), this);
        QVERIFY(prom && prom->ok());
        QVERIFY2(prom->value.warnings.isEmpty(),
                 qPrintable(prom->value.warnings.join(QLatin1Char(' '))));
        const QMap<qint64, protocol::MetricsBucket> own = ownSeconds(from - 3, to + 3, tenant);
        QVERIFY(!own.isEmpty());
        const QList<protocol::MetricsBucket> slots = bucketsOf(*prom);
        QCOMPARE(slots.size(), qsizetype((to - from) / step));
        qint64 promTotal = 0;
        qint64 ownTotal = 0;
        for (const protocol::MetricsBucket &slot : slots) {
            protocol::MetricsBucket inside;
            protocol::MetricsBucket edges;
            for (auto it = own.cbegin(); it != own.cend(); ++it) {
                if (it.key() >= slot.t && it.key() < slot.t + step)
                    inside.merge(it.value());
                const bool nearStart = std::abs(it.key() - slot.t) <= 2;
                const bool nearEnd = std::abs(it.key() - (slot.t + step)) <= 2;
                if (nearStart || nearEnd)
                    edges.merge(it.value());
            }
            const QString where = QStringLiteral("slot %1: Prometheus %2 calls, sandbox %3, "
                                                 "edges %4")
                                      .arg(slot.t)
                                      .arg(slot.count)
                                      .arg(inside.count)
                                      .arg(edges.count);
            QVERIFY2(std::abs(slot.count - inside.count) <= edges.count, qPrintable(where));
            QVERIFY2(std::abs(slot.errors - inside.errors) <= edges.errors, qPrintable(where));
            for (qsizetype i = 0; i < inside.histogram.counts().size(); ++i) {
                QVERIFY2(
                    std::abs(slot.histogram.counts().at(i) - inside.histogram.counts().at(i)) <=
                        edges.histogram.counts().at(i),
                    qPrintable(where + QStringLiteral(", latency bin %1").arg(i)));
            }
            promTotal += slot.count;
            ownTotal += inside.count;
        }
        qInfo("%s: Prometheus %lld calls, the sandbox %lld, over %lld s", qPrintable(tenant),
              promTotal, ownTotal, to - from);
        QVERIFY(ownTotal > 0);
        QVERIFY(promTotal > 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = test::startScrapedSandbox(m_sandbox, m_prometheus);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_api = std::make_unique<client::Connection>(profile());
        m_api->setSecret(m_sandbox.bootstrapSecret());
        // Then let history build up.
        m_firstSample = QDateTime::currentSecsSinceEpoch();
        QTest::qWait(25000);
    }

    void theSlotsEqualTheSandboxsOwnCounts() { compareWithSandbox({}); }

    void oneTenantsSlotsToo()
    {
        // The busiest tenant of the last half minute, by the sandbox's own count.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        client::MetricsQuery q = range(now - 30, now, 60);
        q.groupBy = QStringLiteral("tenant");
        const std::optional<Metrics> r =
            awaitResult<Metrics>([&](auto done) { m_api->backend()->metrics(q, this, done); });
        QVERIFY(r && r->ok());
        QString busiest;
        qint64 most = 0;
        for (const auto &s : r->value.series) {
            qint64 calls = 0;
            for (const protocol::MetricsBucket &b : s.buckets)
                calls += b.count;
            if (calls > most) {
                most = calls;
                busiest = s.tenant;
            }
        }
        QVERIFY(!busiest.isEmpty());
        compareWithSandbox(busiest);
    }

    void theStatusSaysReadyAndTheVersion()
    {
        client::Connection connection(profile());
        using Status = client::Result<client::MetricSourceStatus>;
        const std::optional<Status> s =
            awaitResult<Status>([&](auto done) { connection.metricSource()->status(this, done); });
        QVERIFY(s && s->ok());
        QVERIFY(s->value.ready);
        QVERIFY2(s->value.version.startsWith(QLatin1Char('2')) ||
                     s->value.version.startsWith(QLatin1Char('3')),
                 qPrintable(s->value.version));
        // The series the mapping and selector match, as Prometheus itself counts them.
        const double calls =
            m_prometheus.scalar(QStringLiteral("count(lgsp_gateway_calls_total{job=\"lgsp\"})"));
        const double latency = m_prometheus.scalar(
            QStringLiteral("count(lgsp_gateway_call_duration_seconds_bucket{job=\"lgsp\"})"));
        QVERIFY(calls > 0 && latency > 0);
        QCOMPARE(s->value.callMetric, QStringLiteral("lgsp_gateway_calls_total"));
        // New consumer and code pairs may appear between the two counts: never fewer.
        QVERIFY2(s->value.callSeries > 0 && s->value.callSeries <= qint64(calls),
                 qPrintable(QStringLiteral("%1 vs %2").arg(s->value.callSeries).arg(calls)));
        QVERIFY(s->value.latencySeries > 0 && s->value.latencySeries <= qint64(latency));
    }

    static client::ProbeReport probe(const client::ConnectionProfile &p, const QString &secret)
    {
        client::Connection connection(p);
        connection.setSecret(secret);
        client::HealthProbe probe(&connection);
        QSignalSpy finished(&probe, &client::HealthProbe::finished);
        probe.start();
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<client::ProbeReport>();
    }

    void theHealthProbeChecksPrometheus()
    {
        using Status = client::ProbeCheck::Status;
        client::ProbeReport report = probe(profile(), m_sandbox.bootstrapSecret());
        const client::ProbeCheck *metrics = report.check(QStringLiteral("metrics"));
        QVERIFY(metrics);
        QCOMPARE(metrics->status, Status::Ok);
        QVERIFY2(metrics->detail.contains(QStringLiteral("lgsp_gateway_calls_total")),
                 qPrintable(metrics->detail));
        QCOMPARE(report.overall(), Status::Ok);

        // A selector that matches nothing: the instance is fine, its charts would be empty.
        report =
            probe(profile(QStringLiteral("job=\"lgsp-hau-giang\"")), m_sandbox.bootstrapSecret());
        metrics = report.check(QStringLiteral("metrics"));
        QVERIFY(metrics);
        QCOMPARE(metrics->status, Status::Warn);
        QVERIFY2(metrics->detail.contains(QStringLiteral("selector")), qPrintable(metrics->detail));
        QCOMPARE(report.overall(), Status::Warn);
        QCOMPARE(report.check(QStringLiteral("auth"))->status, Status::Ok);

        // Prometheus down: a warning naming it, after the instance's own checks.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        client::ConnectionProfile p = profile();
        p.metrics.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();
        report = probe(p, m_sandbox.bootstrapSecret());
        metrics = report.check(QStringLiteral("metrics"));
        QVERIFY(metrics);
        QCOMPARE(metrics->status, Status::Warn);
        QVERIFY2(metrics->detail.contains(p.metrics.url.toString()), qPrintable(metrics->detail));
        QCOMPARE(report.checks.last().id, QStringLiteral("metrics"));
        QCOMPARE(report.overall(), Status::Warn);

        // An instance without a separate source gets no such check.
        p.metrics.kind = QStringLiteral("instance");
        report = probe(p, m_sandbox.bootstrapSecret());
        QVERIFY(!report.checks.isEmpty());
        QVERIFY(!report.check(QStringLiteral("metrics")));
    }

    void theChartsMonitorPollsPrometheus()
    {
        client::Fleet fleet;
        client::ConnectionProfile p = profile();
        p.metrics.scrapeIntervalSeconds = 2; // the console's step follows the source's
        fleet.setProfiles({p});
        fleet.setSecret(p.id, m_sandbox.bootstrapSecret());
        models::TrafficMonitor monitor(&fleet);
        const models::TrafficScope scope{p.id, {}, {}};
        monitor.setWindow(300, 1);
        monitor.setScopes({scope});
        QCOMPARE(monitor.stepFor(1), 2);
        QCOMPARE(monitor.stepFor(3), 4);
        QCOMPARE(monitor.stepFor(60), 60);
        QVERIFY(monitor.keepsHistory(p.id));
        QCOMPARE(monitor.sourceLocation(p.id), m_prometheus.baseUrl().toString());
        QTRY_COMPARE_WITH_TIMEOUT(monitor.streamState(scope), client::LiveStream::State::Live,
                                  15000);
        // The history came from Prometheus at its step, and the polls add newer slots.
        models::TrafficSeries *series = monitor.series(scope);
        QVERIFY(series);
        QTRY_COMPARE_WITH_TIMEOUT(series->historyStep(), qint64(2), 15000);
        const qint64 firstUpTo = series->historyUpTo();
        QTRY_VERIFY_WITH_TIMEOUT(series->historyUpTo() >= firstUpTo + 4, 15000);
        const qint64 now = monitor.now();
        const models::TrafficFrame &frame = series->frame(now - 20, now, 2);
        qint64 calls = 0;
        int present = 0;
        for (qsizetype i = 0; i < frame.size(); ++i) {
            calls += frame.present.at(i) ? frame.slots.at(i).count : 0;
            present += frame.present.at(i) ? 1 : 0;
        }
        QVERIFY2(present >= 5, qPrintable(QString::number(present)));
        QVERIFY(calls > 0);
        QVERIFY(monitor.historyProblem().isEmpty());
    }

    // A Prometheus that accepts and never answers: the charts ask it one poll at a time, not
    // one more every scrape interval until the first one times out.
    void aHangingSourceGetsOneQuestionAtATime()
    {
        test::ScriptedServer silent; // every request: no answer
        client::Fleet fleet;
        client::ConnectionProfile p = profile();
        p.metrics.url = silent.url();
        p.metrics.scrapeIntervalSeconds = 1; // a poll a second
        p.requestTimeoutMs = 60000;
        fleet.setProfiles({p});
        models::TrafficMonitor monitor(&fleet);
        monitor.setWindow(300, 1);
        monitor.setScopes({{p.id, {}, {}}});
        QTRY_VERIFY_WITH_TIMEOUT(monitor.pollsAsked() == 1, 5000);
        QTest::qWait(1500);
        const qsizetype asked = silent.received().size();
        QVERIFY(asked > 0);
        QTest::qWait(3000); // three more ticks
        QCOMPARE(monitor.pollsAsked(), quint64(1));
        QCOMPARE(silent.received().size(), asked);
    }

    // Live from Prometheus: the running slot comes with each poll, counted so far, and is
    // marked partial; its figures equal the sandbox's own up to where it was counted, and once
    // the slot is over a later poll makes it whole.
    void theRunningSlotIsCountedSoFarAndMarkedPartial()
    {
        client::Fleet fleet;
        client::ConnectionProfile p = profile();
        p.metrics.scrapeIntervalSeconds = 10; // the console's step; Prometheus scrapes each second
        fleet.setProfiles({p});
        fleet.setSecret(p.id, m_sandbox.bootstrapSecret());
        models::TrafficMonitor monitor(&fleet);
        const models::TrafficScope scope{p.id, {}, {}};
        monitor.setWindow(300, 10);
        // Well inside a slot, so that it is still running when the answer is looked at.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() % 10 == 5, 15000);
        monitor.setScopes({scope});
        QTRY_COMPARE_WITH_TIMEOUT(monitor.streamState(scope), client::LiveStream::State::Live,
                                  15000);
        models::TrafficSeries *series = monitor.series(scope);
        QVERIFY(series);
        const qint64 now = monitor.now();
        const qint64 running = alignDown(now, 10);
        QVERIFY2(now - running < 9, "the slot ended before the answer came");
        QCOMPARE(series->historyUpTo(), running + 10);
        const models::TrafficFrame frame = series->frame(now + 1 - 300, now + 1, 10);
        const qsizetype last = frame.size() - 1;
        QCOMPARE(frame.slots.at(last).t, running);
        QVERIFY(frame.partial(last));
        QVERIFY(!frame.partial(last - 1));
        QCOMPARE(frame.covered.at(last - 1), qint64(10));
        const qint64 counted = frame.covered.at(last);
        QVERIFY2(counted >= 1 && counted < 10, qPrintable(QString::number(counted)));
        // What the sandbox itself counted in [running, running + counted), give or take the
        // calls of the two seconds at each edge (a scrape is up to a second old).
        const QMap<qint64, protocol::MetricsBucket> own =
            ownSeconds(running - 3, running + counted + 3, {});
        qint64 inside = 0;
        qint64 edges = 0;
        for (auto it = own.cbegin(); it != own.cend(); ++it) {
            if (it.key() >= running && it.key() < running + counted)
                inside += it.value().count;
            if (std::abs(it.key() - running) <= 2 || std::abs(it.key() - (running + counted)) <= 2)
                edges += it.value().count;
        }
        const qint64 partialCalls = frame.slots.at(last).count;
        qInfo("running slot: %lld s counted, Prometheus %lld calls, the sandbox %lld (edges %lld)",
              counted, partialCalls, inside, edges);
        QVERIFY2(std::abs(partialCalls - inside) <= edges,
                 qPrintable(QStringLiteral("%1 vs %2").arg(partialCalls).arg(inside)));
        // Its rate is per second counted, not per slot: no false dip at the end of the line.
        QVERIFY(partialCalls > 0);
        QVERIFY(!std::isnan(frame.rate(last, 1)));

        // The slot ends; a poll (every 10 s here) brings it whole.
        QTRY_VERIFY_WITH_TIMEOUT(series->historyUpTo() >= running + 20, 25000);
        const qint64 later = monitor.now();
        const models::TrafficFrame &after = series->frame(later + 1 - 300, later + 1, 10);
        const qsizetype was = after.slotAt(running);
        QVERIFY(was >= 0);
        QVERIFY(!after.partial(was));
        QCOMPARE(after.covered.at(was), qint64(10));
        QVERIFY(after.slots.at(was).count >= partialCalls);
    }

    void aWso2ProfileWithPrometheusHasMetrics()
    {
        // WSO2 API Manager 4.x has no metrics of its own; with a Prometheus beside it (its
        // Micro Integrator's, or here the sandbox's) the console reads traffic from there.
        client::ConnectionProfile p = profile();
        p.backend = QStringLiteral("wso2-apim");
        p.auth = QStringLiteral("wso2-user");
        p.user = QStringLiteral("admin");
        client::Connection connection(p);
        QVERIFY(!connection.backend()->features().testFlag(client::Feature::Metrics));
        QVERIFY(connection.metricSource()->available());
        const qint64 to = alignDown(QDateTime::currentSecsSinceEpoch() - 2, 5);
        const std::optional<Metrics> r =
            ask(connection.metricSource(), range(to - 20, to, 5), this);
        QVERIFY(r && r->ok());
        QCOMPARE(bucketsOf(*r).size(), 4);

        p.metrics.kind = QStringLiteral("instance");
        client::Connection without(p);
        QVERIFY(!without.metricSource()->available());
    }

    void theFleetsFiguresComeFromPrometheus()
    {
        // The fleet's calls per minute are whole minutes: Prometheus must hold a sample at or
        // before the start of the last whole minute (runs last, so the wait is short).
        const auto wholeMinuteCovered = [this] {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            return now - now % 60 - 60 > m_firstSample + 1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(wholeMinuteCovered(), 150000);
        client::Fleet fleet;
        const client::ConnectionProfile p = profile();
        fleet.setProfiles({p});
        fleet.setSecret(p.id, m_sandbox.bootstrapSecret());
        QSignalSpy updated(&fleet, &client::Fleet::instanceUpdated);
        fleet.start();
        QVERIFY(updated.wait(20000));
        const client::Fleet::Instance *instance = fleet.instance(p.id);
        QVERIFY(instance && instance->hasMetrics);
        QVERIFY(!instance->callsPerMinute.isEmpty());
        QVERIFY(instance->callsPerMinute.last() > 0);
        QVERIFY(instance->callsLastMinute.value_or(0) > 0);
        QVERIFY(instance->errorRate.has_value());
    }
};

QTEST_GUILESS_MAIN(TestPrometheusSource)
#include "tst_prometheus_source.moc"
