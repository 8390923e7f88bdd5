// The time-series pieces behind the charts: thinning for drawing keeps every peak and trough
// and at most two points per column; per-second buckets merge into windows whose percentiles
// come from merged histograms (equal to those of the raw samples); the in-memory series is
// bounded; the on-disk store survives a reopen, drops what is past its retention and stays
// under its size limit.
#include "models/series/bucketseries.h"
#include "models/series/downsample.h"
#include "models/series/seriesstore.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace lgsp;

namespace {

protocol::MetricsBucket bucketAt(qint64 t, std::initializer_list<double> latencies, int errors = 0)
{
    protocol::MetricsBucket b;
    b.t = t;
    for (const double ms : latencies)
        b.add(ms, QString());
    for (int i = 0; i < errors; ++i)
        b.add(5, QStringLiteral("504"));
    return b;
}

} // namespace

class TestSeries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A day at one-second resolution onto 800 pixels: one-second spike and dip survive.
    void downsamplingKeepsPeaksAndTroughs()
    {
        QList<QPointF> day;
        QRandomGenerator random(7);
        for (int s = 0; s < 86400; ++s)
            day << QPointF(s, 100 + random.bounded(10.0));
        day[43210].setY(950); // a spike
        day[60001].setY(-40); // a dip
        const QList<QPointF> thin = models::downsampleMinMax(day, 800);
        QVERIFY(thin.size() <= 2 * 800);
        QVERIFY(thin.size() > 800);
        double highest = -1e9;
        double lowest = 1e9;
        for (int i = 0; i < thin.size(); ++i) {
            highest = std::max(highest, thin.at(i).y());
            lowest = std::min(lowest, thin.at(i).y());
            if (i > 0)
                QVERIFY(thin.at(i).x() >= thin.at(i - 1).x()); // still in time order
        }
        QCOMPARE(highest, 950.0);
        QCOMPARE(lowest, -40.0);
        // Few points come back as they are.
        const QList<QPointF> few = {{0, 1}, {1, 2}, {2, 3}};
        QCOMPARE(models::downsampleMinMax(few, 800), few);
    }

    // A gap (NaN) in the data stays a gap after thinning.
    void downsamplingKeepsGaps()
    {
        QList<QPointF> points;
        for (int s = 0; s < 10000; ++s)
            points << QPointF(s, (s >= 5000 && s < 5600) ? std::nan("") : 1.0);
        const QList<QPointF> thin = models::downsampleMinMax(points, 100);
        const bool gap = std::any_of(thin.cbegin(), thin.cend(),
                                     [](const QPointF &p) { return std::isnan(p.y()); });
        QVERIFY(gap);
    }

    // Windows merge histograms: the window's p95 is the p95 of all its samples.
    void windowsMergeHistograms()
    {
        models::BucketSeries series;
        protocol::LatencyHistogram all;
        QRandomGenerator random(11);
        for (qint64 t = 1000; t < 1120; ++t) {
            protocol::MetricsBucket b;
            b.t = t;
            const int n = 1 + int(random.bounded(20));
            for (int i = 0; i < n; ++i) {
                const double ms = random.bounded(3000.0);
                b.add(ms, i % 7 == 0 ? QStringLiteral("201") : QString());
                all.add(ms);
            }
            series.append(b);
        }
        const QList<protocol::MetricsBucket> minutes = series.windows(960, 1200, 60);
        QCOMPARE(minutes.size(), 3); // 960–1019, 1020–1079, 1080–1139 (data from 1000 to 1119)
        QCOMPARE(minutes.at(0).t, 960);
        protocol::LatencyHistogram merged;
        qint64 calls = 0;
        for (const protocol::MetricsBucket &m : minutes) {
            merged.merge(m.histogram);
            calls += m.count;
        }
        QCOMPARE(calls, all.total());
        QCOMPARE(merged, all);
        QCOMPARE(merged.percentile(0.95), all.percentile(0.95));
        QVERIFY(minutes.at(1).errorsByCode.value(QStringLiteral("201")) > 0);
    }

    // Bounded: the oldest seconds go; a second that comes again is merged.
    // Seconds are stored compactly: what comes back is what went in, with many error codes,
    // every latency bin, and counts larger than a 16-bit field.
    void secondsComeBackExactly()
    {
        protocol::MetricsBucket b;
        b.t = 1'800'000'000;
        for (const double ms : {0.5, 1.5, 3.0, 7.0, 15.0, 40.0, 90.0, 150.0, 400.0, 900.0, 1500.0,
                                4000.0, 9000.0, 20000.0, 99999.0})
            b.add(ms, QString());
        const QStringList codes{QStringLiteral("100"), QStringLiteral("201"), QStringLiteral("500"),
                                QStringLiteral("GW-TIMEOUT"), QStringLiteral("GW-RATE-LIMIT")};
        for (int i = 0; i < codes.size(); ++i) {
            for (int n = 0; n <= i; ++n)
                b.add(12, codes.at(i));
        }
        b.histogram.add(3, 70'000);
        b.count += 70'000;
        models::BucketSeries series(3);
        series.append(b);
        QList<protocol::MetricsBucket> back;
        series.forEach(0, b.t + 1, [&back](const protocol::MetricsBucket &x) { back.append(x); });
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().t, b.t);
        QCOMPARE(back.first().count, b.count);
        QCOMPARE(back.first().errors, b.errors);
        QCOMPARE(back.first().errorsByCode, b.errorsByCode);
        QCOMPARE(back.first().histogram.counts(), b.histogram.counts());
        // Merging a repeat of that second keeps every code.
        series.append(b);
        back.clear();
        series.forEach(0, b.t + 1, [&back](const protocol::MetricsBucket &x) { back.append(x); });
        QCOMPARE(back.first().errorsByCode.value(QStringLiteral("GW-RATE-LIMIT")), 10);
        QCOMPARE(back.first().count, 2 * b.count);
    }

    void seriesIsBoundedAndMergesRepeats()
    {
        models::BucketSeries series(100);
        for (qint64 t = 0; t < 250; ++t)
            series.append(bucketAt(t, {10}));
        QCOMPARE(series.size(), 100);
        QCOMPARE(series.firstSecond(), 150);
        series.append(bucketAt(200, {20, 30}, 1));
        QCOMPARE(series.size(), 100);
        const auto one = series.windows(200, 201, 1);
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.at(0).count, 4); // 1 + 2 + the error call
        QCOMPARE(one.at(0).errors, 1);
    }

    // On disk: survives a reopen, keeps its retention and its size limit.
    void storeSurvivesReopenAndStaysBounded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("charts/history.sqlite"));
        QString error;
        QList<protocol::MetricsBucket> week;
        const qint64 now = 2'000'000;
        for (qint64 t = now - 8 * 86400; t < now; t += 60)
            week << bucketAt(t, {5, 50, 500}, t % 3 == 0 ? 1 : 0);
        {
            models::SeriesStore store;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QVERIFY2(store.save(QStringLiteral("instance-a"), week, &error), qPrintable(error));
        }
        models::SeriesStore store;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        const auto back = store.load(QStringLiteral("instance-a"), now - 3600, now);
        QCOMPARE(back.size(), 60);
        QCOMPARE(back.first().histogram, week.at(week.size() - 60).histogram);
        QCOMPARE(back.first().errors, week.at(week.size() - 60).errors);
        QVERIFY(store.load(QStringLiteral("instance-b"), 0, now).isEmpty());

        // Seven days kept, the eighth goes.
        const qint64 removed = store.prune(now, 7 * 86400, 1LL << 40);
        QCOMPARE(removed, qint64(1440));
        QVERIFY(store.load(QStringLiteral("instance-a"), 0, now - 7 * 86400).isEmpty());
        // A size limit below what is held: the oldest go until the file fits.
        const qint64 before = store.fileBytes();
        QVERIFY(before > 0);
        store.prune(now, 7 * 86400, before / 2);
        QVERIFY2(store.fileBytes() <= before / 2, qPrintable(QString::number(store.fileBytes())));
        const auto kept = store.load(QStringLiteral("instance-a"), 0, now);
        QVERIFY(!kept.isEmpty());
        QCOMPARE(kept.last().t, week.last().t); // the newest stay
    }

    // A file that is not this store's is reported and left as it is.
    void foreignFileIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are not charts, but a text file with a database's name\n");
        file.close();
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        models::SeriesStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY(!error.isEmpty());
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestSeries)
#include "tst_series.moc"
