#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

#include <map>
#include <utility>
#include <vector>

class QAreaSeries;
class QChart;
class QLineSeries;

namespace lgsp::ui {

// One named line (or stacked band) of a chart that may have gaps, drawn as several Qt Charts
// series that look like one.
// - Qt Charts joins every point of a series, so each run of points between gaps (NaN values)
//   is drawn apart.
// - Qt Charts lays out a whole series (its path and its hit-test outline) whenever any of its
//   points changes, about 0.5 µs a point. A live chart changes its newest point every second
//   and, once a slot, drops its oldest and adds one. So each run is cut into pieces at fixed
//   moments of absolute time (`chunkMs`), and the newest few points are a small tail piece of
//   their own: a second that changes the newest point lays out the tail; a slide lays out the
//   first and last pieces, not the whole line.
// Pieces join: a line piece ends on the first point of the next one; a band piece reaches one
// point into the next (bands are filled without an outline and opaque, so the overlap cannot
// be seen and no seam shows).
// The chart's own legend is not used (it would list every piece); TransactionCharts shows
// one entry per SegmentedSeries.
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
    // y in `upper` ends a run. Line runs are thinned to two points per pixel of `columns`.
    // `chunkMs` (0: none) is the span of absolute time (x) each piece covers.
    void setPoints(const QList<QPointF> &upper, const QList<QPointF> &lower, int columns,
                   double chunkMs = 0);
    void setName(const QString &name);
    QString name() const { return m_name; }
    QColor colour() const { return m_colour; }
    bool isHidden() const { return m_hidden; }
    void setHidden(bool hidden);
    // Drawn runs, all the points drawn, and the Qt Charts series in use (for tests and the
    // benchmark).
    int runCount() const { return m_runCount; }
    qsizetype pointCount() const { return m_hidden ? 0 : m_pointCount; }
    int pieceCount() const { return int(m_pieces.size()); }
    // The x of the last point drawn (NaN when nothing is drawn).
    double lastX() const { return m_lastX; }

private:
    struct Piece
    {
        QLineSeries *upper = nullptr;
        QLineSeries *lower = nullptr; // areas only
        QAreaSeries *area = nullptr;  // areas only
    };
    using Key = std::pair<qint64, int>; // (chunk of absolute time, ordinal within it)
    struct Cut
    {
        Key key;
        qsizetype run = 0;
        qsizetype from = 0;
        qsizetype to = 0; // inclusive
    };
    Piece takePiece();
    void releasePiece(const Piece &piece);
    void show(const Piece &piece, bool visible) const;
    static void update(QLineSeries *series, const QList<QPointF> &points);
    static constexpr qsizetype kTail = 3;

    QChart *m_chart;
    Kind m_kind;
    QString m_name;
    QColor m_colour;
    Qt::PenStyle m_style;
    std::map<Key, Piece> m_pieces; // drawn
    std::vector<Piece> m_spare;    // emptied and hidden, for reuse
    int m_runCount = 0;
    qsizetype m_pointCount = 0;
    double m_lastX;
    bool m_hidden = false;
};

} // namespace lgsp::ui
