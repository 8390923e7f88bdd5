#include "ui/charts/segmentedseries.h"

#include "models/series/downsample.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lgsp::ui {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The band's colour as it looked drawn translucent on white, but opaque: pieces overlap by
// one point, and an opaque fill shows no trace of that.
QColor opaqueFill(const QColor &colour)
{
    const double a = 200.0 / 255.0;
    const auto mix = [a](int c) {
        return int(std::lround(c * a + 255 * (1 - a)));
    };
    return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

} // namespace

SegmentedSeries::SegmentedSeries(QChart *chart, Kind kind, const QString &name,
                                 const QColor &colour, Qt::PenStyle style)
    : m_chart(chart)
    , m_kind(kind)
    , m_name(name)
    , m_colour(colour)
    , m_style(style)
    , m_lastX(kNaN)
{}

SegmentedSeries::~SegmentedSeries()
{
    const auto destroy = [this](const Piece &p) {
        m_chart->removeSeries(p.area ? static_cast<QAbstractSeries *>(p.area) : p.upper);
        delete p.area;
        delete p.upper;
        delete p.lower;
    };
    for (const auto &[key, piece] : m_pieces)
        destroy(piece);
    for (const Piece &piece : m_spare)
        destroy(piece);
}

SegmentedSeries::Piece SegmentedSeries::takePiece()
{
    if (!m_spare.empty()) {
        const Piece p = m_spare.back();
        m_spare.pop_back();
        show(p, !m_hidden);
        return p;
    }
    Piece p;
    p.upper = new QLineSeries;
    QAbstractSeries *shown = p.upper;
    if (m_kind == Kind::Area) {
        p.lower = new QLineSeries;
        p.area = new QAreaSeries(p.upper, p.lower);
        p.area->setBrush(opaqueFill(m_colour));
        p.area->setPen(Qt::NoPen);
        shown = p.area;
    } else {
        QPen pen(m_colour, 1.6);
        pen.setStyle(m_style);
        pen.setCosmetic(true);
        p.upper->setPen(pen);
    }
    shown->setName(m_name);
    m_chart->addSeries(shown);
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes)
        shown->attachAxis(axis);
    shown->setVisible(!m_hidden);
    return p;
}

void SegmentedSeries::releasePiece(const Piece &piece)
{
    piece.upper->clear();
    if (piece.lower)
        piece.lower->clear();
    show(piece, false);
    m_spare.push_back(piece);
}

void SegmentedSeries::show(const Piece &piece, bool visible) const
{
    QAbstractSeries *shown = piece.area ? static_cast<QAbstractSeries *>(piece.area) : piece.upper;
    if (shown->isVisible() != visible)
        shown->setVisible(visible);
}

void SegmentedSeries::setName(const QString &name)
{
    m_name = name;
    const auto rename = [&name](const Piece &p) {
        (p.area ? static_cast<QAbstractSeries *>(p.area) : p.upper)->setName(name);
    };
    for (const auto &[key, piece] : m_pieces)
        rename(piece);
    for (const Piece &piece : m_spare)
        rename(piece);
}

void SegmentedSeries::setHidden(bool hidden)
{
    m_hidden = hidden;
    for (const auto &[key, piece] : m_pieces)
        show(piece, !hidden);
}

void SegmentedSeries::setPoints(const QList<QPointF> &upper, const QList<QPointF> &lower,
                                int columns, double chunkMs)
{
    const bool area = m_kind == Kind::Area;
    // The runs between gaps (lines thinned to two points per pixel).
    QList<QPair<QList<QPointF>, QList<QPointF>>> runs;
    QList<QPointF> runUpper;
    QList<QPointF> runLower;
    const auto flush = [&] {
        if (runUpper.isEmpty())
            return;
        if (!area)
            runUpper = models::downsampleMinMax(runUpper, std::max(1, columns));
        runs.append({runUpper, runLower});
        runUpper.clear();
        runLower.clear();
    };
    for (qsizetype i = 0; i < upper.size(); ++i) {
        if (std::isnan(upper.at(i).y())) {
            flush();
            continue;
        }
        runUpper.append(upper.at(i));
        if (area)
            runLower.append(i < lower.size() ? lower.at(i) : QPointF(upper.at(i).x(), 0));
    }
    flush();

    // Each run cut into pieces at chunk boundaries; the newest points of the last run are the
    // tail.
    const auto chunkOf = [chunkMs](double x) {
        return chunkMs > 0 ? qint64(std::floor(x / chunkMs)) : qint64(0);
    };
    std::vector<Cut> cuts;
    std::map<qint64, int> ordinals;
    m_runCount = int(runs.size());
    m_pointCount = 0;
    m_lastX = kNaN;
    for (qsizetype r = 0; r < runs.size(); ++r) {
        const QList<QPointF> &u = runs.at(r).first;
        const qsizetype n = u.size();
        m_pointCount += n;
        m_lastX = u.last().x();
        qsizetype bodyEnd = n - 1;
        if (r + 1 == runs.size() && n > 2 * kTail) {
            bodyEnd = n - kTail;
            const Key tailKey{std::numeric_limits<qint64>::max(), 0};
            cuts.push_back({tailKey, r, area ? bodyEnd - 1 : bodyEnd, n - 1});
        }
        qsizetype a = 0;
        do {
            const qint64 chunk = chunkOf(u.at(a).x());
            qsizetype b = a + 1;
            while (b < bodyEnd && chunkOf(u.at(b).x()) == chunk)
                ++b;
            b = std::min(b, bodyEnd);
            const Key key{chunk, ordinals[chunk]++};
            cuts.push_back({key, r, a, area && b < bodyEnd ? b + 1 : b});
            a = b;
        } while (a < bodyEnd);
    }

    // Pieces whose key is still wanted keep their series (unchanged points cost nothing);
    // the others are reused for new keys, and what is left over is emptied and hidden.
    std::vector<Piece> freed;
    for (const auto &[key, piece] : m_pieces) {
        const bool wanted = std::any_of(cuts.begin(), cuts.end(),
                                        [&key = key](const Cut &c) { return c.key == key; });
        if (!wanted)
            freed.push_back(piece);
    }
    std::map<Key, Piece> next;
    for (const Cut &cut : cuts) {
        Piece piece;
        const auto found = m_pieces.find(cut.key);
        if (found != m_pieces.end()) {
            piece = found->second;
        } else if (!freed.empty()) {
            piece = freed.back();
            freed.pop_back();
        } else {
            piece = takePiece();
        }
        const auto &run = runs.at(cut.run);
        const qsizetype count = cut.to - cut.from + 1;
        update(piece.upper, run.first.mid(cut.from, count));
        if (area)
            update(piece.lower, run.second.mid(cut.from, count));
        next[cut.key] = piece;
    }
    for (const Piece &piece : freed)
        releasePiece(piece);
    m_pieces = std::move(next);
}

void SegmentedSeries::update(QLineSeries *series, const QList<QPointF> &points)
{
    // A live chart changes at its end: the newest point, or one more. Changing only those
    // points spares Qt Charts a new layout of the whole piece per point.
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
    // is one replacement: each change costs Qt Charts a layout of the whole piece, so one
    // replacement (one layout) beats removing, replacing and appending (three).
    series->replace(points);
}

} // namespace lgsp::ui
