// The traffic behind the charts: slots with and without data, gaps that hide seconds and are
// never bridged, history from the server winning over per-second data for whole slots,
// percentiles from merged histograms, incremental frames equal to full ones, gaps on disk,
// and the CSV export.
#include "models/series/seriesstore.h"
#include "models/traffic/chartwindow.h"
#include "models/traffic/trafficcsv.h"
#include "models/traffic/trafficseries.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace lgsp;
using models::TrafficFrame;
using models::TrafficGap;
using models::TrafficSeries;

namespace {

protocol::MetricsBucket second(qint64 t, int calls, double latencyMs = 10, int errors = 0,
                               const QString &code = QStringLiteral("201"))
{
    protocol::MetricsBucket b;
    b.t = t;
    for (int i = 0; i < calls; ++i)
        b.add(latencyMs, i < errors ? code : QString());
    return b;
}

// The frames compared slot by slot.
bool sameFrame(const TrafficFrame &a, const TrafficFrame &b, QString *why)
{
    if (a.size() != b.size()) {
        *why = QStringLiteral("sizes %1 and %2").arg(a.size()).arg(b.size());
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        const protocol::MetricsBucket &x = a.slots.at(i);
        const protocol::MetricsBucket &y = b.slots.at(i);
        if (x.t != y.t || x.count != y.count || x.errors != y.errors ||
            x.errorsByCode != y.errorsByCode || !(x.histogram == y.histogram) ||
            a.present.at(i) != b.present.at(i) || a.covered.at(i) != b.covered.at(i)) {
            *why = QStringLiteral("slot %1 (t=%2): %3/%4 calls")
                       .arg(i)
                       .arg(x.t)
                       .arg(x.count)
                       .arg(y.count);
            return false;
        }
    }
    return a.gaps == b.gaps;
}

} // namespace

class TestTrafficSeries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slotsWithoutDataAreAbsentNotZero()
    {
        TrafficSeries series;
        for (qint64 t = 1000; t < 1010; ++t)
            series.appendSecond(second(t, t == 1005 ? 0 : 4));
        const TrafficFrame &f = series.frame(990, 1020, 1);
        QCOMPARE(f.size(), 30);
        QVERIFY(std::isnan(f.rate(0, 1))); // before any data: nothing measured
        QVERIFY(!f.present.at(9));
        QCOMPARE(f.rate(10, 1), 4.0);
        QCOMPARE(f.rate(15, 1), 0.0); // a second with no calls is a zero, not a hole
        QVERIFY(f.present.at(15));
        QVERIFY(std::isnan(f.rate(25, 1)));
        QVERIFY(std::isnan(f.percentile(15, 0.5))); // no calls: no latency
    }

    void ratesCountOnlyTheSecondsHeld()
    {
        TrafficSeries series;
        // 30 seconds of a minute slot received so far, 2 calls each: 2 calls/s, 120/min.
        for (qint64 t = 6000; t < 6030; ++t)
            series.appendSecond(second(t, 2));
        const TrafficFrame &f = series.frame(6000, 6060, 60);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.covered.at(0), 30);
        QCOMPARE(f.rate(0, 60), 120.0);
        QCOMPARE(f.rate(0, 1), 2.0);
    }

    void percentilesComeFromMergedHistograms()
    {
        TrafficSeries series;
        // 99 fast calls in one second, one very slow call in the next: the minute's p50 stays
        // fast and its p99 is not the average of the two seconds' p99s.
        series.appendSecond(second(120, 99, 3));
        series.appendSecond(second(121, 1, 9000));
        const TrafficFrame &f = series.frame(120, 180, 60);
        QVERIFY(f.percentile(0, 0.50) <= 5);
        QVERIFY(f.percentile(0, 0.999) > 5000);
        const double averaged = (series.frame(120, 122, 1).percentile(0, 0.99) +
                                 series.frame(120, 122, 1).percentile(1, 0.99)) /
                                2;
        QVERIFY(std::abs(series.frame(120, 180, 60).percentile(0, 0.99) - averaged) > 100);
    }

    void gapsHideSecondsAndAreReported()
    {
        TrafficSeries series;
        for (qint64 t = 0; t < 100; ++t)
            series.appendSecond(second(t, 5));
        series.addGap({40, 60, TrafficGap::Reason::InstanceDown});
        const TrafficFrame &f = series.frame(0, 100, 1);
        QVERIFY(f.present.at(39));
        for (int i = 40; i < 60; ++i)
            QVERIFY2(!f.present.at(i), qPrintable(QString::number(i)));
        QVERIFY(f.present.at(60));
        QCOMPARE(f.gaps.size(), 1);
        QCOMPARE(f.gaps.first().from, 40);
        QCOMPARE(f.gaps.first().to, 60);
        // Slots of 10 s: the ones wholly in the gap are absent, the others keep their data.
        const TrafficFrame &tens = series.frame(0, 100, 10);
        QCOMPARE(tens.present,
                 QList<bool>({true, true, true, true, false, false, true, true, true, true}));
    }

    void reconnectingGapIsOpenUntilClosed()
    {
        TrafficSeries series;
        for (qint64 t = 0; t < 10; ++t)
            series.appendSecond(second(t, 1));
        series.addGap({10, 1'000'000, TrafficGap::Reason::Reconnecting});
        QCOMPARE(series.frame(0, 20, 1).gaps.size(), 1);
        QCOMPARE(series.frame(0, 20, 1).gaps.first().to, 20);             // clipped to the frame
        series.addGap({12, 1'000'000, TrafficGap::Reason::Reconnecting}); // replaces it
        QCOMPARE(series.gaps().size(), 1);
        QCOMPARE(series.gaps().first().from, 12);
        series.addGap({12, 15, TrafficGap::Reason::InstanceDown});
        series.closeReconnecting();
        QCOMPARE(series.gaps().size(), 1);
        QCOMPARE(series.gaps().first().reason, TrafficGap::Reason::InstanceDown);
        // Overlapping gaps of one reason merge.
        series.addGap({14, 20, TrafficGap::Reason::InstanceDown});
        QCOMPARE(series.gaps().size(), 1);
        QCOMPARE(series.gaps().first().to, 20);
    }

    void historyWinsForWholeSlots()
    {
        TrafficSeries series;
        // The console saw only part of the traffic of minute 0 (it started late); the
        // server's minute says 600 calls. After upTo, per-second data fills the tail.
        for (qint64 t = 30; t < 90; ++t)
            series.appendSecond(second(t, 1));
        protocol::MetricsBucket minute = second(0, 600);
        series.setHistory({minute}, 60, 60);
        const TrafficFrame &f = series.frame(0, 120, 60);
        QCOMPARE(f.slots.at(0).count, 600);
        QCOMPARE(f.covered.at(0), 60);
        QCOMPARE(f.slots.at(1).count, 30); // seconds 60..89 from the stream
        // History at a step that does not divide the frame's is not used.
        const TrafficFrame &seconds = series.frame(0, 120, 1);
        QVERIFY(!seconds.present.at(0));
        QVERIFY(seconds.present.at(30));
    }

    void incrementalFramesEqualFullOnes()
    {
        TrafficSeries live;
        QRandomGenerator random(7);
        qint64 now = 10'000;
        for (int round = 0; round < 400; ++round) {
            // Sometimes a late second (backfill), sometimes a silent second, usually a new one.
            const int r = int(random.bounded(10));
            if (r == 0)
                live.appendSecond(second(now - 5, 1, 50, 1, QStringLiteral("500")));
            else if (r != 1)
                live.appendSecond(second(now, int(random.bounded(20)), 5 + random.bounded(500), 1));
            if (round == 150)
                live.addGap({now - 20, now - 10, TrafficGap::Reason::StreamLost});
            ++now;
            for (const qint64 step : {qint64(1), qint64(10)}) {
                const TrafficFrame incremental = live.frame(now - 300, now + 1, step);
                // The same seconds and gaps in a fresh series: computed from nothing.
                TrafficSeries fresh;
                live.fine().forEach(0, now + 1, [&fresh](const protocol::MetricsBucket &b) {
                    fresh.appendSecond(b);
                });
                for (const TrafficGap &g : live.gaps())
                    fresh.addGap(g);
                QString why;
                QVERIFY2(sameFrame(incremental, fresh.frame(now - 300, now + 1, step), &why),
                         qPrintable(
                             QStringLiteral("round %1 step %2: %3").arg(round).arg(step).arg(why)));
            }
        }
    }

    void boundedToADayOfSeconds()
    {
        TrafficSeries series;
        for (qint64 t = 0; t < TrafficSeries::kFineCapacity + 500; ++t)
            series.appendSecond(second(t, 1));
        QCOMPARE(series.fine().size(), TrafficSeries::kFineCapacity);
        QCOMPARE(series.fine().firstSecond(), 500);
    }

    void gapsSurviveInTheStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            models::SeriesStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QVERIFY(store.saveGap(QStringLiteral("a"), {100, 200, TrafficGap::Reason::InstanceDown},
                                  &error));
            QVERIFY(store.saveGap(QStringLiteral("a"), {300, 900, TrafficGap::Reason::Reconnecting},
                                  &error));
            QVERIFY(store.saveGap(QStringLiteral("b"), {100, 150, TrafficGap::Reason::StreamLost},
                                  &error));
            QVERIFY(store.removeGap(QStringLiteral("a"), 300));
        }
        models::SeriesStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        const QList<TrafficGap> gaps = store.loadGaps(QStringLiteral("a"), 0, 1000);
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps.first(), (TrafficGap{100, 200, TrafficGap::Reason::InstanceDown}));
        QVERIFY(store.loadGaps(QStringLiteral("a"), 200, 1000).isEmpty());
        // Retention removes old gaps with old seconds.
        store.prune(100'000, 3600, qint64(1) << 30);
        QVERIFY(store.loadGaps(QStringLiteral("b"), 0, 1000).isEmpty());
    }

    void csvListsSlotsAndGaps()
    {
        TrafficSeries series;
        for (qint64 t = 1'700'000'000; t < 1'700'000'010; ++t)
            series.appendSecond(second(t, 3, 20, t % 2 ? 1 : 0, QStringLiteral("GW-TIMEOUT")));
        series.addGap({1'700'000'004, 1'700'000'006, TrafficGap::Reason::StreamLost});
        const QByteArray csv = models::TrafficCsv::document(
            {{QStringLiteral("Hậu Giang"), &series.frame(1'700'000'000, 1'700'000'010, 1)}});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = csv.mid(3).split('\n');
        QVERIFY(lines.first().startsWith("scope,start_utc,seconds,calls,errors"));
        // 8 seconds with data, one gap row, header, and the empty piece after the last CRLF.
        QCOMPARE(lines.size(), 1 + 8 + 1 + 1);
        QVERIFY(csv.contains("Hậu Giang,2023-11-14T22:13:20Z,1,3,0,,"));
        QVERIFY(csv.contains("GW-TIMEOUT:1"));
        QVERIFY(csv.contains(models::TrafficCsv::gapText(TrafficGap::Reason::StreamLost).toUtf8()));
    }

    void windowsStayWithinTheServersLimit()
    {
        for (const models::ChartWindow::Kind kind : models::ChartWindow::presets()) {
            const models::ChartWindow w = models::ChartWindow::preset(kind);
            QVERIFY2(w.seconds / w.step <= 3600, qPrintable(models::ChartWindow::name(kind)));
            QVERIFY(w.ratePer == 1 || w.ratePer == 60);
        }
        const models::ChartWindow custom = models::ChartWindow::custom(0, 10 * 86400);
        QVERIFY(custom.seconds / custom.step <= 1500);
        QCOMPARE(custom.end(123), 10 * 86400);
    }
};

QTEST_GUILESS_MAIN(TestTrafficSeries)
#include "tst_trafficseries.moc"
