#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeView;

namespace lgsp::client {
class Fleet;
}
namespace lgsp::models {
class AlertMonitor;
struct AlertThresholds;
class HealthChecksModel;
class HealthTimeline;
} // namespace lgsp::models

namespace lgsp::ui {

class EmptyState;
class FreshnessLabel;

// Connection health of every instance: each check of the probe and of the server (OK, WARN,
// FAIL with its colour), its detail, when it was checked and when it will be next; a
// history of status changes kept across restarts; "Test now"; and a diagnostics report
// (JSON, without secrets) for support teams.
class HealthPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthPage)

public:
    // A page with its own history and alerts, which live as long as the page.
    explicit HealthPage(client::Fleet *fleet, QWidget *parent = nullptr);
    // A page showing a history and alerts kept by its owner, which follow the fleet from
    // the start whether the page is built or not.
    HealthPage(client::Fleet *fleet, models::HealthTimeline *timeline, models::AlertMonitor *alerts,
               QWidget *parent = nullptr);

    models::HealthTimeline *timeline() const { return m_timeline; }
    models::HealthChecksModel *checks() const { return m_checks; }
    models::AlertMonitor *alerts() const { return m_alerts; }
    QTreeView *checksView() const { return m_tree; }
    // Opens the history file (by default health-history.json in the application data folder).
    // Only for a page with its own history.
    void setTimelinePath(const QString &path);
    // Says, above the checks, why the history cannot be kept (hidden when it can).
    void showTimelineProblem();
    // Polls the selected instance (or every instance when none is selected) now.
    void testNow();
    // The instance whose row (or check) is selected; null when none.
    QUuid selectedInstance() const;
    void selectInstance(const QUuid &id);
    bool saveDiagnostics(const QString &path, bool allInstances, QString *error) const;
    // Asks where, then saves; a failure is said in a message box.
    void saveDiagnosticsWithDialog(bool allInstances);

    // Opens the thresholds dialog; a saved change goes to the monitor and thresholdsEdited().
    void editThresholds();

Q_SIGNALS:
    void demoRequested();
    void thresholdsEdited(const lgsp::models::AlertThresholds &thresholds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void fitHistoryColumns();
    void updateAlertsTab();
    // "Checked N s ago" for the oldest check shown; stale with the instances not polled as
    // often as their interval says.
    void updateFreshness();
    QStringList staleReasons() const;

    client::Fleet *m_fleet;
    models::HealthChecksModel *m_checks;
    models::HealthTimeline *m_timeline;
    models::AlertMonitor *m_alerts;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_content;
    QLabel *m_title;
    QLabel *m_problem;
    FreshnessLabel *m_freshness;
    QPushButton *m_testNow;
    QPushButton *m_diagnostics;
    QPushButton *m_thresholds;
    QTreeView *m_tree;
    QTabWidget *m_tabs;
    QTableView *m_alertsView;
    QTableView *m_history;
};

} // namespace lgsp::ui
