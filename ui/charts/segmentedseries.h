#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

class QAbstractAxis;
class QAbstractSeries;
class QAreaSeries;
class QChart;
class QLineSeries;

namespace lgsp::ui {

// One named line of a chart that may have gaps. Qt Charts joins every point of a series, so
// each run of points between gaps (NaN values) is its own QLineSeries, all drawn alike. The
// chart's own legend is not used (it would list every run); TransactionCharts shows one
// entry per SegmentedSeries.
// With `lower` points it is a band (a stacked area between two lines) instead.
class SegmentedSeries final
{
public:
    enum class Kind { Line, Area };

    SegmentedSeries(QChart *chart, Kind kind, const QString &name, const QColor &colour,
                    Qt::PenStyle style = Qt::SolidLine);
    ~SegmentedSeries();
    SegmentedSeries(const SegmentedSeries &) = delete;
    SegmentedSeries &operator=(const SegmentedSeries &) = delete;

    // Lines: `upper` only. Areas: the band between `lower` and `upper` (same x values). A NaN
    // y in `upper` ends a run. Each run is thinned to two points per pixel of `columns`.
    void setPoints(const QList<QPointF> &upper, const QList<QPointF> &lower, int columns);
    void setName(const QString &name);
    QString name() const { return m_name; }
    QColor colour() const { return m_colour; }
    bool isHidden() const { return m_hidden; }
    void setHidden(bool hidden);
    // Drawn runs, and all the points drawn (for tests and the benchmark).
    int runCount() const { return m_used; }
    qsizetype pointCount() const;
    // The x of the last point drawn (NaN when nothing is drawn).
    double lastX() const;

private:
    struct Run
    {
        QLineSeries *upper = nullptr;
        QLineSeries *lower = nullptr; // areas only
        QAreaSeries *area = nullptr;  // areas only
    };
    Run &run(int index);
    static void update(QLineSeries *series, const QList<QPointF> &points);
    QLineSeries *tail();
    static constexpr qsizetype kTail = 3;
    void syncVisibility();

    QChart *m_chart;
    Kind m_kind;
    QString m_name;
    QColor m_colour;
    Qt::PenStyle m_style;
    QList<Run> m_runs;
    int m_used = 0;
    QLineSeries *m_tail = nullptr; // lines: the newest points of the last run
    bool m_tailUsed = false;
    bool m_hidden = false;
};

} // namespace lgsp::ui
