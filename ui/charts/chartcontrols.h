#pragma once

#include "models/traffic/chartwindow.h"

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QMenu;
class QToolButton;

namespace lgsp::client {
class Fleet;
}

namespace lgsp::ui {

// The bar above the transaction charts: which instances (up to eight, compared on one chart),
// which part of one instance (all of it, one tenant or one service), the time window, how
// often the charts redraw, reset zoom, export, and the state of the data (live, reconnecting…).
class ChartControls final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartControls)

public:
    enum class Refresh { Live, Every5s, Every30s, Paused };
    enum class Status { Idle, Loading, Live, Reconnecting, Paused, Offline, FixedRange, NoSource };

    explicit ChartControls(client::Fleet *fleet, QWidget *parent = nullptr);
    // "Live", "Reconnecting…": for the page to place, beside its title.
    QLabel *statusLabel() const { return m_status; }

    QList<QUuid> instances() const { return m_selected; }
    void setInstances(const QList<QUuid> &ids);
    // The part of the single selected instance: empty strings for all of it.
    QString tenant() const;
    QString service() const;
    // Fills the scope list of the single selected instance (tenants and services by name).
    void setScopeChoices(const QList<QPair<QString, QString>> &tenants,
                         const QList<QPair<QString, QString>> &services);
    // Selects a tenant (or a service) of the single selected instance; false when the list
    // does not hold it (yet).
    bool setScope(const QString &tenant, const QString &service);
    // As setScope(), now if the list holds it, else as soon as setScopeChoices() brings it
    // (a session restored before the choices have loaded); a choice made meanwhile wins.
    void setScopeWhenListed(const QString &tenant, const QString &service);
    int scopeChoiceCount() const;
    models::ChartWindow window() const { return m_window; }
    // Shows `window`; windowChanged() when it differs from the one shown.
    void setWindow(const models::ChartWindow &window);
    Refresh refresh() const;
    void setRefresh(Refresh refresh);
    // How often live data comes: 1 for a pushed stream; a Prometheus' scrape interval when
    // every instance shown is polled from one (`scraped`), or another polled source's
    // interval. Said in the Refresh list.
    void setLivePeriod(qint64 seconds, bool scraped = true);
    qint64 livePeriod() const { return m_livePeriod; }
    void setStatus(Status status, const QString &detail = {});
    QString statusText() const;
    void retranslate();

Q_SIGNALS:
    void instancesChanged();
    void scopeChanged();
    void windowChanged();
    void refreshChanged();
    void resetZoomRequested();
    void exportImageRequested();
    void exportCsvRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildInstanceMenu();
    void updateInstanceButton();
    void chooseCustomRange();

    client::Fleet *m_fleet;
    QList<QUuid> m_selected;
    models::ChartWindow m_window;
    qint64 m_livePeriod = 1;
    bool m_liveScraped = true;
    QString liveText() const;
    QToolButton *m_instanceButton;
    QMenu *m_instanceMenu;
    QComboBox *m_scope;
    QString m_pendingScope; // "t:<code>" or "s:<id>" to choose once listed
    QComboBox *m_windowBox;
    QComboBox *m_refresh;
    QLabel *m_scopeLabel;
    QLabel *m_windowLabel;
    QLabel *m_refreshLabel;
    QToolButton *m_resetZoom;
    QToolButton *m_export;
    QLabel *m_status;
    Status m_statusValue = Status::Idle;
    QString m_statusDetail;
};

} // namespace lgsp::ui
