// Parts of the transaction charts.
// SegmentedSeries: a line drawn as pieces of absolute time plus a small tail must look like
// one line (joined, gaps kept), and a live update must lay out only the pieces that changed.
// StackedCodes: error codes keep their place and colour while they are shown.
#include "models/traffic/trafficseries.h"
#include "ui/charts/segmentedseries.h"
#include "ui/charts/stackedcodes.h"
#include "ui/charts/timechartview.h"
#include "ui/charts/transactioncharts.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QSet>
#include <QTest>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

using lgsp::ui::SegmentedSeries;
using lgsp::ui::StackedCodes;

namespace {

constexpr double kMinute = 60'000;
constexpr double kDay = 24 * 60 * kMinute;

// A day of one-minute slots ending at `endMs`, with a shape that changes every point.
QList<QPointF> dayOfMinutes(double endMs)
{
    QList<QPointF> points;
    for (double x = endMs - kDay; x <= endMs; x += kMinute)
        points.append({x, 50 + 40 * std::sin(x / 3.7e6) + std::fmod(x / kMinute, 7)});
    return points;
}

// The visible line series of the chart (the drawn pieces), in time order.
QList<QLineSeries *> drawnLines(QChart &chart)
{
    QList<QLineSeries *> lines;
    const QList<QAbstractSeries *> all = chart.series();
    for (QAbstractSeries *s : all) {
        auto *line = qobject_cast<QLineSeries *>(s);
        if (line && line->isVisible() && line->count() > 0)
            lines.append(line);
    }
    std::sort(lines.begin(), lines.end(), [](QLineSeries *a, QLineSeries *b) {
        return a->at(0).x() < b->at(0).x() ||
               (a->at(0).x() == b->at(0).x() && a->count() > b->count());
    });
    return lines;
}

// Every series of the chart (line pieces and the edges of band pieces) whose points change
// from now on is recorded in `changed`.
void watch(QChart &chart, QSet<QObject *> *changed)
{
    const QList<QAbstractSeries *> all = chart.series();
    for (QAbstractSeries *s : all) {
        QList<QXYSeries *> edges;
        if (auto *area = qobject_cast<QAreaSeries *>(s))
            edges = {area->upperSeries(), area->lowerSeries()};
        else if (auto *xy = qobject_cast<QXYSeries *>(s))
            edges = {xy};
        for (QXYSeries *xy : std::as_const(edges)) {
            QObject *owner = s;
            const auto mark = [changed, owner] {
                changed->insert(owner);
            };
            QObject::connect(xy, &QXYSeries::pointReplaced, xy, mark);
            QObject::connect(xy, &QXYSeries::pointsReplaced, xy, mark);
            QObject::connect(xy, &QXYSeries::pointAdded, xy, mark);
            QObject::connect(xy, &QXYSeries::pointRemoved, xy, mark);
            QObject::connect(xy, &QXYSeries::pointsRemoved, xy, mark);
        }
    }
}

struct Chart
{
    QChart chart;
    Chart()
    {
        auto *x = new QValueAxis;
        auto *y = new QValueAxis;
        chart.addAxis(x, Qt::AlignBottom);
        chart.addAxis(y, Qt::AlignLeft);
    }
};

} // namespace

class TestChartParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void piecesJoinIntoTheWholeLine()
    {
        Chart c;
        SegmentedSeries line(&c.chart, SegmentedSeries::Kind::Line, QStringLiteral("LGSP"),
                             Qt::blue);
        const double end = 1.8e12;
        const QList<QPointF> points = dayOfMinutes(end);
        line.setPoints(points, {}, 1400, kDay / 6);
        QCOMPARE(line.runCount(), 1);
        QCOMPARE(line.pointCount(), points.size());
        QCOMPARE(line.lastX(), points.last().x());
        const QList<QLineSeries *> pieces = drawnLines(c.chart);
        QVERIFY2(pieces.size() >= 6, qPrintable(QString::number(pieces.size())));
        // Joined end to end (each piece starts on the previous one's last point), they are
        // the line's points, in order, none missing.
        QList<QPointF> joined = pieces.first()->points();
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const QList<QPointF> next = pieces.at(i)->points();
            QCOMPARE(next.first(), joined.last());
            joined += next.mid(1);
        }
        QCOMPARE(joined, points);
        // The newest points are a small piece of their own.
        QVERIFY(pieces.last()->count() <= 4);
    }

    void aSecondChangesOnlyTheTailAndASlideOnlyTheEnds()
    {
        Chart c;
        SegmentedSeries line(&c.chart, SegmentedSeries::Kind::Line, QStringLiteral("LGSP"),
                             Qt::blue);
        double end = 1.8e12;
        QList<QPointF> points = dayOfMinutes(end);
        line.setPoints(points, {}, 1400, kDay / 6);
        QSet<QObject *> changed;
        watch(c.chart, &changed);

        // A second later: only the newest slot's value changed.
        points.last().setY(points.last().y() + 5);
        line.setPoints(points, {}, 1400, kDay / 6);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(drawnLines(c.chart).last(), changed.values().first());

        // The window slides by one slot: the oldest leaves, a new one comes.
        for (int slide = 0; slide < 90; ++slide) {
            changed.clear();
            end += kMinute;
            points = dayOfMinutes(end);
            line.setPoints(points, {}, 1400, kDay / 6);
            QVERIFY2(
                changed.size() <= 3,
                qPrintable(
                    QStringLiteral("slide %1: %2 series changed").arg(slide).arg(changed.size())));
            // ... and those are small: Qt Charts lays out the points of every series that
            // changed, and a slide must not cost a layout of the whole line.
            qsizetype laidOut = 0;
            for (QObject *series : std::as_const(changed))
                laidOut += qobject_cast<QLineSeries *>(series)->count();
            QVERIFY2(
                laidOut <= points.size() / 2,
                qPrintable(QStringLiteral("slide %1: %2 points laid out").arg(slide).arg(laidOut)));
            QCOMPARE(line.pointCount(), points.size());
        }
        // Still joined into exactly the line after all those slides.
        const QList<QLineSeries *> pieces = drawnLines(c.chart);
        QList<QPointF> joined = pieces.first()->points();
        for (qsizetype i = 1; i < pieces.size(); ++i)
            joined += pieces.at(i)->points().mid(1);
        QCOMPARE(joined, points);
    }

    void aGapIsNeverBridged()
    {
        Chart c;
        SegmentedSeries line(&c.chart, SegmentedSeries::Kind::Line, QStringLiteral("LGSP"),
                             Qt::blue);
        QList<QPointF> points = dayOfMinutes(1.8e12);
        const double gapFrom = points.at(700).x();
        const double gapTo = points.at(760).x();
        for (qsizetype i = 700; i <= 760; ++i)
            points[i].setY(std::numeric_limits<double>::quiet_NaN());
        line.setPoints(points, {}, 1400, kDay / 6);
        QCOMPARE(line.runCount(), 2);
        QCOMPARE(line.pointCount(), points.size() - 61);
        const QList<QLineSeries *> pieces = drawnLines(c.chart);
        for (QLineSeries *piece : pieces) {
            const bool before = piece->at(0).x() < gapFrom;
            const bool after = piece->at(piece->count() - 1).x() > gapTo;
            QVERIFY2(!(before && after), "a piece spans the gap");
        }
    }

    void bandPiecesOverlapAndAreOpaque()
    {
        Chart c;
        SegmentedSeries band(&c.chart, SegmentedSeries::Kind::Area, QStringLiteral("201"),
                             QColor(230, 120, 20));
        const QList<QPointF> upper = dayOfMinutes(1.8e12);
        QList<QPointF> lower;
        for (const QPointF &p : upper)
            lower.append({p.x(), p.y() / 2});
        band.setPoints(upper, lower, 1400, kDay / 6);
        QList<QAreaSeries *> areas;
        const QList<QAbstractSeries *> all = c.chart.series();
        for (QAbstractSeries *s : all) {
            auto *area = qobject_cast<QAreaSeries *>(s);
            if (area && area->isVisible() && area->upperSeries()->count() > 0)
                areas.append(area);
        }
        QVERIFY(areas.size() >= 6);
        std::sort(areas.begin(), areas.end(), [](QAreaSeries *a, QAreaSeries *b) {
            return a->upperSeries()->at(0).x() < b->upperSeries()->at(0).x();
        });
        for (qsizetype i = 0; i < areas.size(); ++i) {
            QCOMPARE(areas.at(i)->pen().style(), Qt::NoPen);
            QCOMPARE(areas.at(i)->brush().color().alpha(), 255);
            if (i + 1 < areas.size()) {
                // The next piece starts before this one ends: no seam between them.
                const QLineSeries *here = areas.at(i)->upperSeries();
                const double nextStart = areas.at(i + 1)->upperSeries()->at(0).x();
                QVERIFY(here->at(here->count() - 1).x() > nextStart);
            }
        }
        QCOMPARE(band.pointCount(), upper.size());
    }

    void hiddenDrawsNothingAndComesBack()
    {
        Chart c;
        SegmentedSeries line(&c.chart, SegmentedSeries::Kind::Line, QStringLiteral("LGSP"),
                             Qt::blue);
        const QList<QPointF> points = dayOfMinutes(1.8e12);
        line.setPoints(points, {}, 1400, kDay / 6);
        line.setHidden(true);
        QVERIFY(drawnLines(c.chart).isEmpty());
        QCOMPARE(line.pointCount(), 0);
        line.setPoints(dayOfMinutes(1.8e12 + kMinute), {}, 1400, kDay / 6);
        QVERIFY(drawnLines(c.chart).isEmpty());
        line.setHidden(false);
        QCOMPARE(line.pointCount(), points.size());
        QVERIFY(drawnLines(c.chart).size() >= 6);
        // Fewer points later (a shorter window): the pieces no longer needed are emptied.
        line.setPoints(points.mid(points.size() - 10), {}, 1400, kDay / 6);
        QCOMPARE(line.pointCount(), 10);
        QVERIFY(drawnLines(c.chart).size() <= 3);
    }

    void codesKeepTheirPlaceAndColour()
    {
        const auto list = [](const char *codes) {
            return QString::fromLatin1(codes).split(QLatin1Char(' '));
        };
        const auto code = [](const char *c) {
            return QString::fromLatin1(c);
        };
        StackedCodes codes;
        QVERIFY(codes.update(list("201 100 500")));
        QCOMPARE(codes.codes(), list("201 100 500"));
        QVERIFY(!codes.hasOther());
        const QColor red = codes.colour(code("201"));
        const QColor orange = codes.colour(code("100"));
        QVERIFY(red != orange);
        QCOMPARE(StackedCodes::label(code("201")), code("201 RECORD_NOT_FOUND"));
        QCOMPARE(StackedCodes::label(code("XYZ")), code("XYZ"));

        // Two codes trade ranks: nothing changes, colours included.
        QVERIFY(!codes.update(list("100 201 500")));
        QCOMPARE(codes.codes(), list("201 100 500"));
        QCOMPARE(codes.colour(code("201")), red);

        // "201" leaves the most frequent six: it goes, the others keep their colours and a
        // newcomer takes the colour that became free.
        QVERIFY(codes.update(list("100 500 106 200 302 GW-TIMEOUT 201")));
        QCOMPARE(codes.codes(), list("100 500 106 200 302 GW-TIMEOUT"));
        QVERIFY(codes.hasOther());
        QCOMPARE(codes.colour(code("100")), orange);
        QSet<QRgb> colours;
        for (const QString &c : codes.codes())
            colours.insert(codes.colour(c).rgb());
        QCOMPARE(colours.size(), StackedCodes::kMax);
        QVERIFY(colours.contains(red.rgb()));
        QVERIFY(!colours.contains(StackedCodes::otherColour().rgb()));
    }

    void theAxisFollowsTheDataNotAYoungSlot()
    {
        // Two hours at 20 calls a second (1,200 a minute), shown as the last six hours in
        // one-minute slots.
        lgsp::models::TrafficSeries series;
        const qint64 start = 1'800'000'000 - 1'800'000'000 % 60; // a minute boundary
        const auto second = [](qint64 t, int calls) {
            lgsp::protocol::MetricsBucket b;
            b.t = t;
            for (int i = 0; i < calls; ++i)
                b.add(40, QString());
            return b;
        };
        qint64 t = start;
        for (; t < start + 7200; ++t)
            series.appendSecond(second(t, 20));
        lgsp::ui::TransactionCharts charts;
        charts.resize(1200, 800);
        const auto window = lgsp::models::ChartWindow::preset(lgsp::models::ChartWindow::SixHours);
        const auto draw = [&] {
            const qint64 to = t + 1;
            const qint64 from = to - window.seconds;
            charts.setScopes(
                {{QStringLiteral("LGSP"), Qt::blue, &series.frame(from, to, window.step)}}, window,
                from * 1000, to * 1000);
            return charts.throughputView()->valueAxis()->max();
        };
        QCOMPARE(draw(), 1500.0); // 1,200 a minute, rounded up
        // Ticks at round steps, labelled exactly: 0, 500, 1000, 1500.
        QValueAxis *axis = charts.throughputView()->valueAxis();
        QCOMPARE(axis->tickCount(), 4);
        QCOMPARE(axis->labelFormat(), QStringLiteral("%.0f"));

        // A new minute starts with a burst: 100 calls in its first second. As a rate that is
        // 6,000 a minute, a guess from one second: drawn, but the axis does not jump to it.
        series.appendSecond(second(t++, 100));
        QCOMPARE(draw(), 1500.0);
        // A quarter of the minute later the slot is a fair measure, and the axis fits it:
        // (100 + 14 × 20) calls in 15 s is 1,520 a minute.
        for (int i = 0; i < 14; ++i)
            series.appendSecond(second(t++, 20));
        QCOMPARE(draw(), 2000.0);
        QCOMPARE(axis->tickCount(), 5); // 0, 500, 1000, 1500, 2000
        // The minute goes on quietly: 1,280 at its end, which would fit under 1,500. The axis
        // stays (no jumping down and up again while the newest slot settles).
        for (int i = 0; i < 45; ++i)
            series.appendSecond(second(t++, 20));
        QCOMPARE(draw(), 2000.0);
    }
};

QTEST_MAIN(TestChartParts)
#include "tst_chartparts.moc"
