#pragma once

#include "protocol/instanceinfo.h"
#include "ui/shell/page.h"
#include "ui/theme/theme.h"

#include <QHash>
#include <QJsonObject>
#include <QMainWindow>
#include <QUrl>
#include <QUuid>

class QLabel;
class QStackedWidget;

namespace lgsp::client {
class Fleet;
}
namespace lgsp::models {
class AlertMonitor;
class AppSettings;
class ConsoleSession;
class HealthTimeline;
class Translations;
} // namespace lgsp::models

namespace lgsp::ui {

class CatalogPage;
class ConfigPage;
class FleetPage;
class HealthPage;
class ReportsPage;
class TrayIcon;
class TenantsPage;
class TransactionsPage;
class PaletteCommands;
class ShellMenus;
class Sidebar;
class WelcomePage;

// The shell: sidebar, one stacked page per feature, menus and the status bar. It places
// pages and wires actions; the features live in their own folders. The welcome and fleet
// pages are built at once; every other page when it is first shown or asked for, so a start
// pays only for what it shows. What must run from the start whatever is shown (the health
// history, the alerts and the tray) is kept here, not in a page.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(models::AppSettings *settings, models::Translations *translations,
               client::Fleet *fleet, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const { return m_currentPage; }
    // Installs the language's translation, remembers it, and retranslates every widget.
    void switchLanguage(const QString &language);
    // Applies and remembers the theme (View → Theme, the palette).
    void switchTheme(lgsp::ui::Theme::Choice choice);
    // The session the connection manager edits; without it the manager is unavailable.
    void setSession(models::ConsoleSession *session) { m_session = session; }
    // Opens the connection manager (with a new profile when `addNew`, or on the profile
    // `select`).
    void openConnections(bool addNew, const QUuid &select = {});
    // The interface language: "en" or "vi".
    QString language() const;
    // The command palette (Ctrl+K): finds any page, action, instance, tenant or service.
    // Built when first asked for.
    PaletteCommands *palette();

    // Where the chart history, the unsaved configuration work and the health history are
    // kept (files in the application data folder). A page not built yet is given its path
    // when built; recovered configuration work builds the configuration page at once, so
    // the offer to recover it is there whichever page is shown.
    void setChartStorePath(const QString &path);
    void setConfigRecoveryPath(const QString &path);
    void setHealthTimelinePath(const QString &path);
    models::AlertMonitor *alerts() const { return m_alerts; }
    models::HealthTimeline *healthTimeline() const { return m_timeline; }
    // Whether a page has been built yet (the start builds the welcome and fleet pages).
    bool isPageBuilt(Page page) const { return m_pageWidgets.contains(page); }

    // Demo ("Try LGSP") progress, driven by the application.
    void setDemoStarting();
    void setDemoFailed(const QString &message);
    void setInstanceConnected(const QUrl &url, const lgsp::protocol::InstanceInfo &info);
    void setInstanceFailed(const QUrl &url, const QString &message);

    Sidebar *sidebar() const { return m_sidebar; }
    ShellMenus *menus() const { return m_menus; }
    WelcomePage *welcomePage() const { return m_welcome; }
    FleetPage *fleetPage() const { return m_fleet; }
    // The other pages, built on the first call.
    TenantsPage *tenantsPage();
    CatalogPage *catalogPage();
    TransactionsPage *transactionsPage();
    HealthPage *healthPage();
    ReportsPage *reportsPage();
    ConfigPage *configPage();
    QString connectionStatusText() const;
    // The pages' searches, filters and selections and the chart window, saved on close and
    // brought back on the next start.
    QJsonObject viewState() const;

Q_SIGNALS:
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreViewState();
    void restoreChartState(const QJsonObject &state);
    QJsonObject chartState() const;
    QWidget *page(Page page);
    void buildPage(Page page);
    void addPage(Page page, QWidget *widget);
    void retranslate();
    void updateConnectionStatus();

    models::AppSettings *m_settings;
    models::Translations *m_translations;
    client::Fleet *m_fleetData;
    models::ConsoleSession *m_session = nullptr;
    Sidebar *m_sidebar = nullptr;
    ShellMenus *m_menus = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    FleetPage *m_fleet = nullptr;
    TenantsPage *m_tenants = nullptr;
    CatalogPage *m_catalog = nullptr;
    TransactionsPage *m_transactions = nullptr;
    HealthPage *m_health = nullptr;
    ReportsPage *m_reports = nullptr;
    ConfigPage *m_config = nullptr;
    models::HealthTimeline *m_timeline = nullptr;
    models::AlertMonitor *m_alerts = nullptr;
    TrayIcon *m_tray = nullptr;
    PaletteCommands *m_palette = nullptr;
    QLabel *m_connectionStatus = nullptr;
    QHash<Page, QWidget *> m_pageWidgets;
    // The saved view state, of which the pages not built yet take their part when built
    // and which viewState() gives back unchanged for them.
    QJsonObject m_restoredState;
    QString m_chartStorePath;
    QString m_configRecoveryPath;
    Page m_currentPage = Page::Welcome;
};

} // namespace lgsp::ui
