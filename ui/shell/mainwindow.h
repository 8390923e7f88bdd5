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
class AppSettings;
class ConsoleSession;
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
// pages and wires actions; the features live in their own folders.
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
    PaletteCommands *palette() const { return m_palette; }

    // Demo ("Try LGSP") progress, driven by the application.
    void setDemoStarting();
    void setDemoFailed(const QString &message);
    void setInstanceConnected(const QUrl &url, const lgsp::protocol::InstanceInfo &info);
    void setInstanceFailed(const QUrl &url, const QString &message);

    Sidebar *sidebar() const { return m_sidebar; }
    ShellMenus *menus() const { return m_menus; }
    WelcomePage *welcomePage() const { return m_welcome; }
    FleetPage *fleetPage() const { return m_fleet; }
    TenantsPage *tenantsPage() const { return m_tenants; }
    CatalogPage *catalogPage() const { return m_catalog; }
    TransactionsPage *transactionsPage() const { return m_transactions; }
    HealthPage *healthPage() const { return m_health; }
    ReportsPage *reportsPage() const { return m_reports; }
    ConfigPage *configPage() const { return m_config; }
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
    TrayIcon *m_tray = nullptr;
    PaletteCommands *m_palette = nullptr;
    QLabel *m_connectionStatus = nullptr;
    QHash<Page, QWidget *> m_pageWidgets;
    Page m_currentPage = Page::Welcome;
};

} // namespace lgsp::ui
