#pragma once

#include <QWidget>

namespace lgsp::models {
class TrafficReport;
}

namespace lgsp::ui {

// The report's chart of the days (models::ReportChart, the one the PDF draws) in the
// theme's colours; it follows theme changes.
class ReportChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportChartView)

public:
    explicit ReportChartView(QWidget *parent = nullptr);

    // Null: nothing to draw. The report must outlive the view or be unset first.
    void setReport(const models::TrafficReport *report);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const models::TrafficReport *m_report = nullptr;
};

} // namespace lgsp::ui
