#pragma once

#include "models/reports/reportexport.h"

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace lgsp::client {
class Fleet;
}
namespace lgsp::models {
class ReportTableModel;
class TrafficReport;
} // namespace lgsp::models

namespace lgsp::ui {

class EmptyState;
class NoticeBar;
class ReportChartView;
class ReportPeriodPicker;

// Reports for the ministry: the traffic of a period (a month, a quarter, a year or days) of
// every instance, a group or one instance — key figures, a summary in the interface language,
// the chart of the days, the top ministries and provinces, every tenant, service and day —
// saved as an Excel workbook, a PDF or CSV. Built in the background with its progress and a
// Cancel; the report shown stays until a new one is complete.
class ReportsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)

public:
    explicit ReportsPage(client::Fleet *fleet, QWidget *parent = nullptr);
    ~ReportsPage() override;

    ReportPeriodPicker *periodPicker() const { return m_period; }
    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *topBox() const { return m_top; }
    int topCount() const;
    QPushButton *makeButton() const { return m_make; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *exportButton() const { return m_export; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *tableView(int tab) const;
    // The report shown (null before the first is complete).
    const models::TrafficReport *report() const;
    QString summaryText() const;
    bool isBusy() const;
    // The days of the report are days of this zone (the system's unless told).
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    // Makes the report of the period and instances chosen.
    void makeReport();
    void cancel();
    bool exportTo(models::ReportExport::Format format, const QString &path, QString *error) const;
    // Asks where, then saves; a failure is said in a message box.
    void exportWithDialog(models::ReportExport::Format format);

Q_SIGNALS:
    void demoRequested();
    // A report was completed (true) or failed or was cancelled (false).
    void reportFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateScopes();
    void updateState();
    void finished(bool ok);
    // Shows the progress of `report` and takes its end (the report being made).
    void watch(models::TrafficReport *report);
    void showReport();
    void makeFirstReport();
    QString scopeTitle() const;

    client::Fleet *m_fleet;
    models::TrafficReport *m_building;
    models::TrafficReport *m_shown = nullptr;
    QString m_shownTitle;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    bool m_shownOnce = false;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_content;
    ReportPeriodPicker *m_period;
    QLabel *m_scopeLabel;
    QComboBox *m_scope;
    QLabel *m_topLabel;
    QComboBox *m_top;
    QPushButton *m_make;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    NoticeBar *m_notice;
    QLabel *m_title;
    QLabel *m_hint;
    QWidget *m_figures;
    QList<QLabel *> m_figureValues;
    QList<QLabel *> m_figureTitles;
    QLabel *m_summary;
    ReportChartView *m_chart;
    QTabWidget *m_tabs;
    QList<models::ReportTableModel *> m_models;
};

} // namespace lgsp::ui
