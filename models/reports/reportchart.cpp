#include "models/reports/reportchart.h"

#include "models/reports/trafficreport.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace lgsp::models {

namespace {

// 1, 2 or 5 times a power of ten, at least `raw`: an axis step people read at a glance.
qint64 niceStep(double raw)
{
    if (raw <= 1)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= raw)
            return qint64(factor * power);
    }
    return qint64(10 * power);
}

} // namespace

ReportChart::Colours ReportChart::printColours()
{
    return {QColor(0x20, 0x20, 0x20), QColor(0xc8, 0xc8, 0xc8), QColor(0x2f, 0x6f, 0xb3),
            QColor(0xc0, 0x39, 0x2b), QColor(0x9a, 0x9a, 0x9a)};
}

void ReportChart::paint(QPainter &painter, const QRectF &area, const TrafficReport &report,
                        const Colours &colours)
{
    const QList<TrafficReport::Day> days = report.days();
    if (days.isEmpty() || area.width() < 50 || area.height() < 50)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetricsF metrics(painter.font(), painter.device());
    const QLocale locale;
    qint64 highest = 1;
    for (const TrafficReport::Day &day : days)
        highest = std::max(highest, day.figures.calls);
    const qint64 step = niceStep(double(highest) / 4);
    const qint64 top = ((highest + step - 1) / step) * step;

    const double labelWidth = metrics.horizontalAdvance(locale.toString(top)) + metrics.height();
    const double legendHeight = metrics.height() * 1.6;
    const QRectF plot(area.left() + labelWidth, area.top() + legendHeight,
                      area.width() - labelWidth - metrics.height() / 2,
                      area.height() - legendHeight - metrics.height() * 2);
    const auto yOf = [&](qint64 value) {
        return plot.bottom() - plot.height() * double(value) / double(top);
    };

    // The grid and the axis of counts.
    painter.setPen(QPen(colours.grid, 0));
    for (qint64 v = 0; v <= top; v += step) {
        const double y = yOf(v);
        painter.setPen(QPen(colours.grid, 0));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(colours.text);
        painter.drawText(QRectF(area.left(), y - metrics.height() / 2,
                                labelWidth - metrics.height() / 3, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, locale.toString(v));
    }

    // A bar a day; the days' dates below, as many as fit.
    const double slot = plot.width() / double(days.size());
    const double bar = std::max(1.0, slot * 0.7);
    const double dateWidth =
        metrics.horizontalAdvance(locale.toString(days.first().date, QStringLiteral("dd/MM"))) +
        metrics.height();
    const int every = std::max(1, int(std::ceil(dateWidth / slot)));
    for (qsizetype i = 0; i < days.size(); ++i) {
        const TrafficReport::Day &day = days.at(i);
        const double x = plot.left() + slot * double(i) + (slot - bar) / 2;
        if (day.missing) {
            painter.fillRect(QRectF(x, plot.top(), bar, plot.height()),
                             QBrush(colours.missing, Qt::BDiagPattern));
        } else {
            painter.fillRect(
                QRectF(QPointF(x, yOf(day.figures.calls)), QPointF(x + bar, plot.bottom())),
                colours.calls);
            if (day.figures.errors > 0)
                painter.fillRect(
                    QRectF(QPointF(x, yOf(day.figures.errors)), QPointF(x + bar, plot.bottom())),
                    colours.errors);
        }
        if (i % every == 0) {
            painter.setPen(colours.text);
            painter.drawText(QRectF(plot.left() + slot * double(i) + slot / 2 - dateWidth / 2,
                                    plot.bottom() + metrics.height() / 4, dateWidth,
                                    metrics.height()),
                             Qt::AlignHCenter | Qt::AlignTop,
                             locale.toString(day.date, QStringLiteral("dd/MM")));
        }
    }
    painter.setPen(QPen(colours.text, 0));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    // The legend, above the plot.
    double x = plot.left();
    const double box = metrics.height() * 0.7;
    const auto legend = [&](const QBrush &brush, const QString &text) {
        const QRectF mark(x, area.top() + (metrics.height() - box) / 2, box, box);
        painter.fillRect(mark, brush);
        painter.setPen(QPen(colours.text, 0));
        painter.drawRect(mark);
        x += box + metrics.height() / 3;
        painter.drawText(QPointF(x, area.top() + metrics.ascent()), text);
        x += metrics.horizontalAdvance(text) + metrics.height();
    };
    legend(colours.calls, tr("Transactions a day"));
    legend(colours.errors, tr("Errors"));
    if (!report.missingDays().isEmpty())
        legend(QBrush(colours.missing, Qt::BDiagPattern), tr("No data from the source"));
    painter.restore();
}

} // namespace lgsp::models
