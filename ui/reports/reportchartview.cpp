#include "ui/reports/reportchartview.h"

#include "models/reports/reportchart.h"
#include "ui/theme/theme.h"

#include <QPainter>

namespace lgsp::ui {

ReportChartView::ReportChartView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(Theme::instance(), &Theme::changed, this, qOverload<>(&QWidget::update));
}

void ReportChartView::setReport(const models::TrafficReport *report)
{
    m_report = report;
    update();
}

QSize ReportChartView::sizeHint() const
{
    return {600, fontMetrics().height() * 16};
}

QSize ReportChartView::minimumSizeHint() const
{
    return {200, fontMetrics().height() * 10};
}

void ReportChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const Theme *theme = Theme::instance();
    painter.fillRect(rect(), theme->color(Theme::Colour::ChartBackground));
    if (!m_report)
        return;
    const QList<QColor> series = theme->seriesColours();
    const models::ReportChart::Colours colours{
        theme->color(Theme::Colour::ChartText), theme->color(Theme::Colour::ChartGrid),
        series.value(0, palette().color(QPalette::Highlight)),
        theme->color(Theme::Colour::StatusFailed), theme->color(Theme::Colour::MutedText)};
    const int margin = fontMetrics().height() / 2;
    models::ReportChart::paint(painter, QRectF(rect().adjusted(margin, margin, -margin, -margin)),
                               *m_report, colours);
}

} // namespace lgsp::ui
