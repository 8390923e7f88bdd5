#include "ui/shell/mainwindow.h"

#include "client/fleet/fleet.h"

#include "models/alerts/alertmonitor.h"
#include "models/config/bundledocument.h"
#include "models/health/healthtimeline.h"
#include "models/i18n/translations.h"
#include "models/settings/appsettings.h"
#include "ui/about/aboutdialog.h"
#include "ui/catalog/catalogpage.h"
#include "ui/config/configpage.h"
#include "ui/connections/connectionmanager.h"
#include "ui/fleet/fleetpage.h"
#include "ui/logging.h"
#include "ui/palette/palettecommands.h"
#include "ui/shell/menus.h"
#include "ui/shell/sidebar.h"
#include "ui/shell/stalestatus.h"
#include "ui/shell/trayicon.h"
#include "ui/tenants/tenantspage.h"
#include "ui/welcome/welcomepage.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

namespace lgsp::ui {

using models::SettingKeys::WindowGeometry;
using models::SettingKeys::WindowState;

MainWindow::MainWindow(models::AppSettings *settings, models::Translations *translations,
                       client::Fleet *fleet, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_translations(translations)
    , m_fleetData(fleet)
    , m_sidebar(new Sidebar(this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_fleet(new FleetPage(fleet, this))
    , m_connectionStatus(new QLabel(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/lgsp-console.svg")));
    m_menus = new ShellMenus(menuBar(), this);
    m_menus->setCurrentLanguage(m_translations->language());
    m_menus->setCurrentTheme(Theme::instance()->choice());

    addPage(Page::Welcome, m_welcome);
    addPage(Page::Fleet, m_fleet);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(new StaleStatus(fleet, this));
    statusBar()->addPermanentWidget(m_connectionStatus);

    connect(m_sidebar, &Sidebar::pageSelected, this, &MainWindow::showPage);
    connect(m_menus, &ShellMenus::pageRequested, this, &MainWindow::showPage);
    connect(m_menus, &ShellMenus::languageRequested, this, &MainWindow::switchLanguage);
    connect(m_menus, &ShellMenus::themeRequested, this, &MainWindow::switchTheme);
    connect(m_menus, &ShellMenus::quitRequested, this, &QWidget::close);
    connect(m_menus, &ShellMenus::aboutRequested, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    connect(m_menus, &ShellMenus::demoRequested, this, &MainWindow::demoRequested);
    connect(m_menus, &ShellMenus::addInstanceRequested, this, [this] { openConnections(true); });
    connect(m_menus, &ShellMenus::connectionsRequested, this, [this] { openConnections(false); });
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_fleet, &FleetPage::demoRequested, this, &MainWindow::demoRequested);
    // The health history and the alerts follow every poll from the start; the tray shows
    // the worst alert where there is a tray. Alert thresholds are settings.
    m_timeline = new models::HealthTimeline(this);
    m_timeline->follow(fleet);
    m_alerts = new models::AlertMonitor(fleet, this);
    m_alerts->setThresholds(models::AlertThresholds::fromJson(
        QJsonDocument::fromJson(m_settings->value(models::SettingKeys::AlertThresholds)).object()));
    m_tray = new TrayIcon(m_alerts, this);
    connect(m_tray, &TrayIcon::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
        showPage(Page::Health);
    });
    connect(m_fleet, &FleetPage::instanceActivated, this, [this](const QUuid &id) {
        if (const client::Fleet::Instance *instance = m_fleetData->instance(id))
            tenantsPage()->showOnlyInstance(instance->profile.name);
        showPage(Page::Tenants);
    });
    connect(fleet, &client::Fleet::instanceUpdated, this, &MainWindow::updateConnectionStatus);
    connect(fleet, &client::Fleet::instanceRemoved, this, &MainWindow::updateConnectionStatus);
    connect(m_menus, &ShellMenus::paletteRequested, this, [this] { palette()->open(); });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        if (m_currentPage == Page::Fleet)
            m_fleet->focusSearch();
        else if (m_currentPage == Page::Tenants)
            m_tenants->focusSearch();
        else if (m_currentPage == Page::Services)
            m_catalog->focusSearch();
    });

    resize(1280, 800);
    restoreGeometry(m_settings->value(WindowGeometry));
    restoreState(m_settings->value(WindowState));
    restoreViewState();
    retranslate();
    showPage(Page::Fleet);
}

MainWindow::~MainWindow() = default;

void MainWindow::showPage(Page page)
{
    QWidget *widget = this->page(page);
    m_currentPage = page;
    m_pages->setCurrentWidget(widget);
    m_sidebar->setCurrentPage(page);
    m_settings->setValue(models::SettingKeys::LastPage, pageName(page));
    retranslate();
}

void MainWindow::switchLanguage(const QString &language)
{
    if (!m_translations->setLanguage(language))
        return;
    m_settings->setValue(models::SettingKeys::Language, language);
    m_settings->save();
    m_menus->setCurrentLanguage(language);
    qCInfo(lcUi) << "language switched to" << language;
    // installTranslator() has sent QEvent::LanguageChange to every widget.
}

void MainWindow::switchTheme(Theme::Choice choice)
{
    Theme::instance()->setChoice(choice);
    m_settings->setValue(models::SettingKeys::Theme, Theme::choiceName(choice));
    m_settings->save();
    m_menus->setCurrentTheme(choice);
}

void MainWindow::setDemoStarting()
{
    m_welcome->setDemoStarting(true);
    m_fleet->setStarting(true);
    m_menus->setDemoEnabled(false);
    if (m_currentPage == Page::Welcome)
        showPage(Page::Fleet);
    statusBar()->showMessage(tr("Starting the local sandbox…"));
}

void MainWindow::setDemoFailed(const QString &message)
{
    m_welcome->setDemoStarting(false);
    m_welcome->setDemoError(message);
    m_fleet->setStarting(false);
    m_menus->setDemoEnabled(true);
    showPage(Page::Welcome);
    statusBar()->showMessage(tr("The local sandbox could not be started."), 10000);
}

void MainWindow::setInstanceConnected(const QUrl &, const protocol::InstanceInfo &info)
{
    m_welcome->setDemoStarting(false);
    m_fleet->setStarting(false);
    m_menus->setDemoEnabled(false);
    statusBar()->showMessage(tr("Connected to %1.").arg(info.name), 5000);
}

void MainWindow::setInstanceFailed(const QUrl &, const QString &message)
{
    m_welcome->setDemoStarting(false);
    m_fleet->setStarting(false);
    statusBar()->showMessage(message, 10000);
}

void MainWindow::openConnections(bool addNew, const QUuid &select)
{
    if (!m_session)
        return;
    ConnectionManager manager(m_session, this);
    if (addNew)
        manager.addNew();
    else if (!select.isNull())
        manager.selectProfile(select);
    manager.exec();
}

QString MainWindow::language() const
{
    return m_translations->language();
}

QString MainWindow::connectionStatusText() const
{
    return m_connectionStatus->text();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved configuration work is asked about, never dropped.
    if (m_config && !m_config->maybeClose()) {
        showPage(Page::Configuration);
        event->ignore();
        return;
    }
    m_settings->setValue(WindowGeometry, saveGeometry());
    m_settings->setValue(WindowState, saveState());
    m_settings->setValue(models::SettingKeys::ViewState,
                         QJsonDocument(viewState()).toJson(QJsonDocument::Compact));
    m_settings->save();
    event->accept();
}

void MainWindow::retranslate()
{
    m_menus->retranslate();
    setWindowTitle(tr("%1 — LGSP Console").arg(pageTitle(m_currentPage)) + QStringLiteral("[*]"));
    setWindowModified(m_config && m_config->document()->isModified());
    updateConnectionStatus();
}

void MainWindow::updateConnectionStatus()
{
    int connected = 0;
    int failed = 0;
    for (const QUuid &id : m_fleetData->ids()) {
        const client::Fleet::Instance *instance = m_fleetData->instance(id);
        if (!instance || instance->polls == 0)
            continue;
        if (instance->lastReport.overall() == client::ProbeCheck::Status::Fail)
            ++failed;
        else
            ++connected;
    }
    if (connected == 0 && failed == 0)
        m_connectionStatus->setText(tr("No instance connected"));
    else if (failed == 0)
        m_connectionStatus->setText(tr("%n instance(s) connected", nullptr, connected));
    else
        m_connectionStatus->setText(
            tr("%n instance(s) connected, %1 with problems", nullptr, connected).arg(failed));
}

} // namespace lgsp::ui
