// Long windows from Prometheus: 30 days of an instance's traffic (95 successful calls and 5
// failed ones a minute, one sample a minute) written as OpenMetrics, loaded into Debian's real
// Prometheus with promtool before it starts, then read back by the console at the steps its
// Transactions page chooses for 7 and 30 days: every hour and every ten minutes exactly as
// many calls as were written, none where nothing was.
#include "awaitresult.h"
#include "prometheusprocess.h"

#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "client/metrics/metricsource.h"
#include "models/traffic/chartwindow.h"
#include "models/traffic/trafficmonitor.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace lgsp;
using lgsp::test::PrometheusProcess;
using Metrics = client::Result<protocol::MetricsResponse>;

namespace {

constexpr qint64 kDays = 30;
constexpr qint64 kOkPerMinute = 95;
constexpr qint64 kFailedPerMinute = 5;

qint64 alignDown(qint64 t, qint64 step)
{
    return t - t % step;
}

// One counter series a minute from `from` (inclusive) to `to` (exclusive).
QByteArray series(const QByteArray &labels, qint64 perMinute, qint64 from, qint64 to)
{
    QByteArray out;
    out.reserve(int((to - from) / 60 * 96));
    for (qint64 t = from, k = 0; t < to; t += 60, ++k)
        out += "lgsp_gateway_calls_total{" + labels + "} " + QByteArray::number(k * perMinute) +
               ' ' + QByteArray::number(t) + '\n';
    return out;
}

} // namespace

class TestPrometheusHistory final : public QObject
{
    Q_OBJECT

private:
    PrometheusProcess m_prometheus;
    qint64 m_from = 0; // the first sample
    qint64 m_to = 0;   // after the last sample

    client::ConnectionProfile profile() const
    {
        client::ConnectionProfile p;
        p.id = QUuid::fromString(QStringLiteral("{5b0c7e1a-3f2d-4c61-9a57-0d1e2f3a4b5c}"));
        p.name = QStringLiteral("Sở TT&TT Hậu Giang");
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        p.metrics.kind = QStringLiteral("prometheus");
        p.metrics.url = m_prometheus.baseUrl();
        p.metrics.selector = QStringLiteral("job=\"lgsp-hg\"");
        p.metrics.scrapeIntervalSeconds = 60;
        return p;
    }

    std::optional<Metrics> ask(qint64 from, qint64 to, qint64 step)
    {
        client::Connection connection(profile());
        client::MetricsQuery q;
        q.from = QDateTime::fromSecsSinceEpoch(from, Qt::UTC);
        q.to = QDateTime::fromSecsSinceEpoch(to, Qt::UTC);
        q.step = QString::number(step) + QLatin1Char('s');
        return test::awaitResult<Metrics>(
            [&](auto done) { connection.metricSource()->metrics(q, this, done); }, 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (PrometheusProcess::program().isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("promtool")).isEmpty())
            QFAIL("prometheus is missing: scripts/install-deps.sh --tests installs it");
        // Whole hours, ending at the last whole hour: every hour slot is complete.
        m_to = alignDown(QDateTime::currentSecsSinceEpoch(), 3600);
        m_from = m_to - kDays * 86400;
        const QByteArray base = "job=\"lgsp-hg\",tenant=\"000.00.00.H29\",service=\"hotich\"";
        QByteArray text = "# TYPE lgsp_gateway_calls counter\n";
        // The last sample is at m_to - 60; one more at m_to closes the last hour.
        text += series(base + ",code=\"OK\"", kOkPerMinute, m_from, m_to + 60);
        text += series(base + ",code=\"201\"", kFailedPerMinute, m_from, m_to + 60);
        text += "# EOF\n";
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_prometheus.backfill(text));
        qInfo("promtool loaded %lld days (%lld MB of OpenMetrics) in %lld ms", kDays,
              qint64(text.size() >> 20), clock.elapsed());
        QVERIFY(m_prometheus.start({}, 60));
        QTRY_VERIFY_WITH_TIMEOUT(m_prometheus.scalar(QStringLiteral(
                                     "count(last_over_time(lgsp_gateway_calls_total[2h]))")) == 2.0,
                                 30000);
    }

    void thirtyDaysHourByHour()
    {
        QElapsedTimer clock;
        clock.start();
        const std::optional<Metrics> r = ask(m_from, m_to, 3600);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error.message()));
        qInfo("30 days at 1 h: %lld ms", clock.elapsed());
        QVERIFY(!r->value.series.isEmpty());
        const QList<protocol::MetricsBucket> &buckets = r->value.series.first().buckets;
        QCOMPARE(buckets.size(), qsizetype(kDays * 24));
        for (const protocol::MetricsBucket &b : buckets) {
            QCOMPARE(b.count, 60 * (kOkPerMinute + kFailedPerMinute));
            QCOMPARE(b.errors, 60 * kFailedPerMinute);
            QCOMPARE(b.errorsByCode.value(QStringLiteral("201")), 60 * kFailedPerMinute);
        }
        QCOMPARE(buckets.first().t, m_from);
        QCOMPARE(buckets.last().t, m_to - 3600);
    }

    void beforeTheHistoryNothingIsMeasured()
    {
        // A day before the first sample and the first hour of it: only that hour has data.
        const std::optional<Metrics> r = ask(m_from - 86400, m_from + 3600, 3600);
        QVERIFY(r && r->ok());
        const QList<protocol::MetricsBucket> &buckets = r->value.series.first().buckets;
        QCOMPARE(buckets.size(), 1);
        QCOMPARE(buckets.first().t, m_from);
    }

    void theChartsMonitorAtThePagesSteps_data()
    {
        QTest::addColumn<int>("window");
        QTest::newRow("7 days") << int(models::ChartWindow::SevenDays);
        QTest::newRow("30 days") << int(models::ChartWindow::ThirtyDays);
    }

    void theChartsMonitorAtThePagesSteps()
    {
        QFETCH(int, window);
        const models::ChartWindow w =
            models::ChartWindow::preset(models::ChartWindow::Kind(window));
        client::Fleet fleet;
        const client::ConnectionProfile p = profile();
        fleet.setProfiles({p});
        models::TrafficMonitor monitor(&fleet);
        const models::TrafficScope scope{p.id, {}, {}};
        QSignalSpy loaded(&monitor, &models::TrafficMonitor::historyLoaded);
        QElapsedTimer clock;
        clock.start();
        monitor.setWindow(w.seconds, w.step);
        monitor.setScopes({scope});
        QVERIFY(loaded.wait(60000));
        qInfo("%lld days at %lld s: history in %lld ms", w.seconds / 86400, w.step,
              clock.elapsed());
        QVERIFY2(monitor.historyProblem().isEmpty(), qPrintable(monitor.historyProblem()));
        models::TrafficSeries *s = monitor.series(scope);
        QVERIFY(s);
        QCOMPARE(s->historyStep(), w.step);
        // Every slot of the window that the backfill covers holds its calls; none after it.
        const qint64 start = std::max(alignDown(monitor.now() - w.seconds, w.step), m_from);
        const models::TrafficFrame &frame = s->frame(start, m_to, w.step);
        QCOMPARE(frame.size(), qsizetype((m_to - start) / w.step));
        for (qsizetype i = 0; i < frame.size(); ++i) {
            QVERIFY2(frame.present.at(i), qPrintable(QString::number(i)));
            QCOMPARE(frame.slots.at(i).count, w.step / 60 * (kOkPerMinute + kFailedPerMinute));
        }
    }
};

QTEST_GUILESS_MAIN(TestPrometheusHistory)
#include "tst_prometheus_history.moc"
