#include "ui/charts/segmentedseries.h"

#include "models/series/downsample.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lgsp::ui {

SegmentedSeries::SegmentedSeries(QChart *chart, Kind kind, const QString &name,
                                 const QColor &colour, Qt::PenStyle style)
    : m_chart(chart)
    , m_kind(kind)
    , m_name(name)
    , m_colour(colour)
    , m_style(style)
{
    run(0); // the first run always exists
}

SegmentedSeries::~SegmentedSeries()
{
    if (m_tail) {
        m_chart->removeSeries(m_tail);
        delete m_tail;
    }
    for (const Run &r : std::as_const(m_runs)) {
        QAbstractSeries *shown = r.area ? static_cast<QAbstractSeries *>(r.area) : r.upper;
        m_chart->removeSeries(shown);
        delete r.area;
        delete r.upper;
        delete r.lower;
    }
}

SegmentedSeries::Run &SegmentedSeries::run(int index)
{
    while (m_runs.size() <= index) {
        Run r;
        r.upper = new QLineSeries;
        QPen pen(m_colour, 1.6);
        pen.setStyle(m_style);
        pen.setCosmetic(true);
        QAbstractSeries *shown = r.upper;
        if (m_kind == Kind::Area) {
            r.lower = new QLineSeries;
            r.area = new QAreaSeries(r.upper, r.lower);
            QColor fill = m_colour;
            fill.setAlpha(200);
            r.area->setBrush(fill);
            r.area->setPen(QPen(m_colour.darker(120), 0.8));
            shown = r.area;
        } else {
            r.upper->setPen(pen);
        }
        shown->setName(m_name);
        m_chart->addSeries(shown);
        const QList<QAbstractAxis *> axes = m_chart->axes();
        for (QAbstractAxis *axis : axes)
            shown->attachAxis(axis);
        shown->setVisible(!m_hidden);
        m_runs.append(r);
    }
    return m_runs[index];
}

void SegmentedSeries::setName(const QString &name)
{
    m_name = name;
    if (m_tail)
        m_tail->setName(name);
    for (const Run &r : std::as_const(m_runs))
        (r.area ? static_cast<QAbstractSeries *>(r.area) : r.upper)->setName(name);
}

void SegmentedSeries::setHidden(bool hidden)
{
    m_hidden = hidden;
    syncVisibility();
}

void SegmentedSeries::syncVisibility()
{
    if (m_tail)
        m_tail->setVisible(m_tailUsed && !m_hidden);
    for (int i = 0; i < m_runs.size(); ++i) {
        const Run &r = m_runs.at(i);
        QAbstractSeries *shown = r.area ? static_cast<QAbstractSeries *>(r.area) : r.upper;
        const bool visible = !m_hidden && i < m_used;
        if (shown->isVisible() != visible)
            shown->setVisible(visible);
    }
}

void SegmentedSeries::setPoints(const QList<QPointF> &upper, const QList<QPointF> &lower,
                                int columns)
{
    int used = 0;
    QList<QPointF> runUpper;
    QList<QPointF> runLower;
    QList<QList<QPointF>> lines;
    const auto flush = [&] {
        if (runUpper.isEmpty())
            return;
        Run &r = run(used++);
        if (m_kind == Kind::Area) {
            // Both edges keep matching x values: the band is drawn between them.
            update(r.upper, runUpper);
            update(r.lower, runLower);
        } else {
            lines.append(models::downsampleMinMax(runUpper, std::max(1, columns)));
        }
        runUpper.clear();
        runLower.clear();
    };
    for (qsizetype i = 0; i < upper.size(); ++i) {
        if (std::isnan(upper.at(i).y())) {
            flush();
            continue;
        }
        runUpper.append(upper.at(i));
        if (m_kind == Kind::Area)
            runLower.append(i < lower.size() ? lower.at(i) : QPointF(upper.at(i).x(), 0));
    }
    flush();
    // Lines: the newest points of the last run go to a small tail series of their own. A
    // live update changes only those, so Qt Charts lays out a few points each second instead
    // of the whole line (the body changes when a slot is added or the window slides).
    bool tailUsed = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QList<QPointF> &points = lines.at(i);
        if (i + 1 == lines.size() && points.size() > 2 * kTail) {
            const qsizetype split = points.size() - kTail;
            update(m_runs[int(i)].upper, points.mid(0, split + 1));
            update(tail(), points.mid(split));
            tailUsed = true;
        } else {
            update(m_runs[int(i)].upper, points);
        }
    }
    if (m_tail && !tailUsed)
        m_tail->clear();
    if (m_tail && m_tailUsed != tailUsed) {
        m_tailUsed = tailUsed;
        m_tail->setVisible(tailUsed && !m_hidden);
    }
    // Runs no longer needed are emptied and hidden.
    for (int i = used; i < m_runs.size(); ++i) {
        const Run &r = m_runs.at(i);
        r.upper->clear();
        if (r.lower)
            r.lower->clear();
    }
    if (used != m_used) {
        m_used = used;
        syncVisibility();
    }
}

QLineSeries *SegmentedSeries::tail()
{
    if (!m_tail) {
        m_tail = new QLineSeries;
        m_tail->setPen(m_runs.first().upper->pen());
        m_tail->setName(m_name);
        m_chart->addSeries(m_tail);
        const QList<QAbstractAxis *> axes = m_chart->axes();
        for (QAbstractAxis *axis : axes)
            m_tail->attachAxis(axis);
        m_tail->setVisible(!m_hidden);
    }
    return m_tail;
}

void SegmentedSeries::update(QLineSeries *series, const QList<QPointF> &points)
{
    // A live chart changes at its end: the newest point, or one more. Changing only those
    // points spares Qt Charts a new layout of the whole line per point.
    const QList<QPointF> old = series->points();
    const qsizetype n = points.size();
    if (old.size() == n && n > 0) {
        qsizetype same = 0;
        while (same < n && old.at(same) == points.at(same))
            ++same;
        if (same == n)
            return;
        if (n - same <= 4) {
            for (qsizetype i = same; i < n; ++i)
                series->replace(int(i), points.at(i));
            return;
        }
    } else if (old.size() + 1 == n && n > 1 &&
               std::equal(old.begin(), old.end() - 1, points.begin(), points.end() - 2)) {
        if (old.last() != points.at(n - 2))
            series->replace(int(n - 2), points.at(n - 2));
        series->append(points.last());
        return;
    }
    // Anything else, a slide included (one point fewer at the start, one more at the end),
    // is one replacement: each change costs Qt Charts a layout of the whole line, so one
    // replacement (one layout) beats removing, replacing and appending (three).
    series->replace(points);
}

qsizetype SegmentedSeries::pointCount() const
{
    if (m_hidden)
        return 0; // nothing of it is drawn
    qsizetype n = 0;
    for (int i = 0; i < m_used; ++i)
        n += m_runs.at(i).upper->count();
    if (m_tail && m_tailUsed)
        n += m_tail->count() - 1; // its first point is the body's last
    return n;
}

double SegmentedSeries::lastX() const
{
    if (m_tail && m_tailUsed && m_tail->count() > 0)
        return m_tail->at(m_tail->count() - 1).x();
    if (m_used == 0 || m_runs.at(m_used - 1).upper->count() == 0)
        return std::numeric_limits<double>::quiet_NaN();
    const QLineSeries *last = m_runs.at(m_used - 1).upper;
    return last->at(last->count() - 1).x();
}

} // namespace lgsp::ui
