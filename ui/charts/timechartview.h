#pragma once

#include <QChartView>
#include <QList>
#include <QPoint>

class QRubberBand;
class QDateTimeAxis;
class QValueAxis;

namespace lgsp::ui {

// One chart of the Transactions page: a time axis shared with its siblings, a value axis,
// gaps drawn as hatched, labelled bands (never bridged by a line), zoom by dragging across
// the plot, a hover signal for the tooltip and a click signal for the bucket under the mouse.
class TimeChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeChartView)

public:
    struct Band
    {
        enum class Kind { Gap, Partial };
        qint64 fromMs = 0;
        qint64 toMs = 0;
        QString label;
        Kind kind = Kind::Gap; // a gap is hatched; a partial slot lightly shaded, edged
    };

    explicit TimeChartView(QWidget *parent = nullptr);

    QDateTimeAxis *timeAxis() const { return m_time; }
    QValueAxis *valueAxis() const { return m_value; }
    void setTitle(const QString &title);
    void setTimeRange(qint64 fromMs, qint64 toMs);
    // The bands drawn over the plot (gaps, the running slot), with their labels.
    void setBands(const QList<Band> &bands);
    const QList<Band> &bands() const { return m_bands; }
    // Milliseconds since the epoch at a horizontal position of the view.
    qint64 timeAt(int x) const;

Q_SIGNALS:
    void rangeSelected(qint64 fromMs, qint64 toMs);
    void resetRequested();
    void hovered(qint64 timeMs, const QPoint &globalPos);
    void clicked(qint64 timeMs);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    // Background, title, axes and grid from the theme (a QChart paints its own).
    void applyColours();
    QDateTimeAxis *m_time;
    QValueAxis *m_value;
    QList<Band> m_bands;
    QRubberBand *m_band = nullptr;
    QPoint m_pressAt;
    bool m_pressed = false;
};

} // namespace lgsp::ui
