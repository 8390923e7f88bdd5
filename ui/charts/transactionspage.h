#pragma once

#include "models/traffic/chartwindow.h"
#include "models/traffic/trafficscope.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace lgsp::client {
class Fleet;
}
namespace lgsp::models {
class TrafficMonitor;
}

namespace lgsp::ui {

class ChartControls;
class EmptyState;
class NoticeBar;
class TransactionCharts;

// Live transaction charts of one instance, one of its tenants or services, or several
// instances compared: throughput, errors by LGSP code and latency percentiles on one time
// axis, from five minutes to thirty days, with gaps shown as gaps.
class TransactionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionsPage)

public:
    explicit TransactionsPage(client::Fleet *fleet, QWidget *parent = nullptr);
    ~TransactionsPage() override;

    models::TrafficMonitor *monitor() const { return m_monitor; }
    // Keeps the chart history in `path` (SQLite); a file that cannot be used is said on the
    // page (the charts then show only what is fetched while the console runs).
    void setStorePath(const QString &path);
    NoticeBar *storeNotice() const { return m_storeNotice; }
    // Shown instead of the charts when no chosen instance has a metrics source.
    EmptyState *noMetricsState() const { return m_noMetrics; }
    NoticeBar *metricsNotice() const { return m_metricsNotice; }
    ChartControls *controls() const { return m_controls; }
    TransactionCharts *charts() const { return m_charts; }
    // Shows one instance (the fleet page's double-click, tests).
    void showInstance(const QUuid &id);
    // Redraws now from what the monitor holds.
    void redraw();
    bool exportImage(const QString &path, QString *error) const;
    bool exportCsv(const QString &path, QString *error) const;

Q_SIGNALS:
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void applyScopes();
    void applyRefresh();
    void updateStatus();
    // Says which chosen instances have no metrics source, or hides the charts for them.
    void updateMetricsSource();
    void loadScopeChoices();
    void openSlot(qint64 startSecond, qint64 step);
    // The window chosen, at the step the followed sources can give.
    models::ChartWindow shownWindow() const;
    QString scopeName(const models::TrafficScope &scope) const;

    client::Fleet *m_fleet;
    models::TrafficMonitor *m_monitor;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_content;
    QLabel *m_title;
    NoticeBar *m_storeNotice;
    NoticeBar *m_metricsNotice;
    EmptyState *m_noMetrics;
    ChartControls *m_controls;
    TransactionCharts *m_charts;
    QTimer m_redrawTimer;
    bool m_dirty = false;
    quint64 m_choicesGeneration = 0;
};

} // namespace lgsp::ui
