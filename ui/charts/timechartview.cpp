#include "ui/charts/timechartview.h"

#include "ui/theme/theme.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QMouseEvent>
#include <QPainter>
#include <QRubberBand>
#include <QValueAxis>

#include <algorithm>
#include <iterator>

namespace lgsp::ui {

namespace {

// A drag shorter than this is a click.
constexpr int kClickSlop = 4;

} // namespace

TimeChartView::TimeChartView(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_time(new QDateTimeAxis)
    , m_value(new QValueAxis)
{
    QChart *c = chart();
    c->setParent(this);
    c->legend()->hide(); // TransactionCharts shows one entry per line, as widgets
    c->setMargins(QMargins(4, 2, 4, 2));
    c->setBackgroundRoundness(0);
    c->setAnimationOptions(QChart::NoAnimation);
    c->addAxis(m_time, Qt::AlignBottom);
    c->addAxis(m_value, Qt::AlignLeft);
    m_value->setMin(0);
    m_value->setLabelFormat(QStringLiteral("%.4g"));
    setRenderHint(QPainter::Antialiasing);
    // Lines change every second: a spatial index of the scene would be rebuilt each time
    // for nothing (the chart is never searched by position).
    scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
    setMinimumHeight(150);
    applyColours();
    connect(Theme::instance(), &Theme::changed, this, &TimeChartView::applyColours);
}

void TimeChartView::applyColours()
{
    const Theme *theme = Theme::instance();
    const QColor background = theme->color(Theme::Colour::ChartBackground);
    const QColor text = theme->color(Theme::Colour::ChartText);
    const QColor grid = theme->color(Theme::Colour::ChartGrid);
    QChart *c = chart();
    c->setBackgroundBrush(background);
    c->setBackgroundPen(Qt::NoPen);
    c->setTitleBrush(text);
    setBackgroundBrush(background);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_time), static_cast<QAbstractAxis *>(m_value)}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid.darker(130));
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
}

void TimeChartView::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

void TimeChartView::setTimeRange(qint64 fromMs, qint64 toMs)
{
    // Ticks on round times (every minute, every 10 minutes, every 3 hours…): the axis spans
    // whole intervals around the range, with at most eight of them, aligned on local time.
    static const qint64 kIntervals[] = {1,     2,     5,     10,     15,     30,    60,    120,
                                        300,   600,   900,   1800,   3600,   7200,  10800, 14400,
                                        21600, 43200, 86400, 172800, 432000, 604800};
    const qint64 span = std::max<qint64>(1000, toMs - fromMs);
    qint64 interval = kIntervals[std::size(kIntervals) - 1];
    for (const qint64 candidate : kIntervals) {
        if (span / (candidate * 1000) <= 7) {
            interval = candidate;
            break;
        }
    }
    const qint64 step = interval * 1000;
    const qint64 offset = qint64(QDateTime::fromMSecsSinceEpoch(fromMs).offsetFromUtc()) * 1000;
    const auto down = [&](qint64 t) {
        return t + offset - (((t + offset) % step) + step) % step - offset;
    };
    const qint64 first = down(fromMs);
    qint64 last = down(toMs);
    if (last < toMs)
        last += step;
    if (m_time->min().toMSecsSinceEpoch() == first && m_time->max().toMSecsSinceEpoch() == last)
        return; // unchanged: no new layout of every series
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    m_time->setTickCount(int((last - first) / step) + 1);
    m_time->setFormat(interval < 60      ? QStringLiteral("HH:mm:ss")
                      : interval < 86400 ? QStringLiteral("HH:mm")
                                         : QStringLiteral("dd/MM"));
}

void TimeChartView::setBands(const QList<Band> &bands)
{
    if (bands.size() == m_bands.size() &&
        std::equal(bands.begin(), bands.end(), m_bands.begin(), [](const Band &a, const Band &b) {
            return a.fromMs == b.fromMs && a.toMs == b.toMs && a.label == b.label &&
                   a.kind == b.kind;
        }))
        return;
    m_bands = bands;
    viewport()->update();
}

qint64 TimeChartView::timeAt(int x) const
{
    const QRectF plot = chart()->plotArea();
    const qint64 from = m_time->min().toMSecsSinceEpoch();
    const qint64 to = m_time->max().toMSecsSinceEpoch();
    if (plot.width() <= 0)
        return from;
    const double ratio = std::clamp((x - plot.left()) / plot.width(), 0.0, 1.0);
    return from + qint64(ratio * double(to - from));
}

void TimeChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        Q_EMIT resetRequested();
        return;
    }
    if (event->button() != Qt::LeftButton || !chart()->plotArea().contains(event->pos())) {
        QChartView::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_pressAt = event->pos();
    if (!m_band)
        m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
}

void TimeChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QRectF plot = chart()->plotArea();
    if (m_pressed && m_band) {
        const int x = std::clamp(event->pos().x(), int(plot.left()), int(plot.right()));
        const QRect band(QPoint(std::min(x, m_pressAt.x()), int(plot.top())),
                         QPoint(std::max(x, m_pressAt.x()), int(plot.bottom())));
        m_band->setGeometry(band);
        m_band->setVisible(band.width() > kClickSlop);
    } else if (plot.contains(event->pos())) {
        Q_EMIT hovered(timeAt(event->pos().x()), event->globalPosition().toPoint());
    }
    QChartView::mouseMoveEvent(event);
}

void TimeChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressed || event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    if (m_band)
        m_band->hide();
    const int dx = std::abs(event->pos().x() - m_pressAt.x());
    if (dx <= kClickSlop) {
        Q_EMIT clicked(timeAt(m_pressAt.x()));
        return;
    }
    const qint64 a = timeAt(m_pressAt.x());
    const qint64 b = timeAt(event->pos().x());
    Q_EMIT rangeSelected(std::min(a, b), std::max(a, b));
}

void TimeChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_bands.isEmpty())
        return;
    const QRectF plot = chart()->plotArea();
    const qint64 from = m_time->min().toMSecsSinceEpoch();
    const qint64 to = m_time->max().toMSecsSinceEpoch();
    if (to <= from || plot.width() <= 0)
        return;
    painter->save();
    const auto xOf = [&](qint64 t) {
        return plot.left() +
               plot.width() * double(std::clamp(t, from, to) - from) / double(to - from);
    };
    const QColor ink = Theme::instance()->color(Theme::Colour::ChartText);
    QColor fill = ink;
    fill.setAlpha(28);
    QFont font = painter->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    for (const Band &band : std::as_const(m_bands)) {
        if (band.toMs <= from || band.fromMs >= to)
            continue;
        QRectF area(QPointF(xOf(band.fromMs), plot.top()), QPointF(xOf(band.toMs), plot.bottom()));
        if (area.width() < 2)
            area.setWidth(2);
        if (band.kind == Band::Kind::Partial) {
            // Still counting: a light shade with a dashed left edge, told apart from a gap's
            // hatching without colour.
            QColor shade = ink;
            shade.setAlpha(14);
            painter->fillRect(area, shade);
            painter->setPen(QPen(QColor(ink.red(), ink.green(), ink.blue(), 140), 1, Qt::DashLine));
            painter->drawLine(QPointF(area.left(), plot.top()),
                              QPointF(area.left(), plot.bottom()));
        } else {
            painter->fillRect(area, fill);
            painter->fillRect(
                area, QBrush(QColor(ink.red(), ink.green(), ink.blue(), 60), Qt::BDiagPattern));
        }
        // The label inside the band when it fits, else beside it (right, or left near the
        // end of the plot) on a backing so the lines under it do not hide it.
        const QSizeF textSize(metrics.horizontalAdvance(band.label) + 8, metrics.height() + 4);
        QRectF label(QPointF(area.left() + (area.width() - textSize.width()) / 2, plot.top() + 4),
                     textSize);
        if (textSize.width() > area.width()) {
            label.moveLeft(area.right() + 4);
            if (label.right() > plot.right())
                label.moveRight(area.left() - 4);
            QColor backing = Theme::instance()->color(Theme::Colour::ChartBackground);
            backing.setAlpha(220);
            painter->fillRect(label, backing);
        }
        painter->setPen(ink);
        painter->drawText(label, Qt::AlignCenter, band.label);
    }
    painter->restore();
}

} // namespace lgsp::ui
