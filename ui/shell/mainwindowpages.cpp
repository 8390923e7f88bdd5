// The pages that are built when first shown or asked for, and the view state they keep
// across restarts (each page's part of it waits until the page is built).
#include "ui/shell/mainwindow.h"

#include "client/fleet/fleet.h"
#include "models/alerts/alertmonitor.h"
#include "models/config/bundlerecovery.h"
#include "models/health/healthtimeline.h"
#include "models/settings/appsettings.h"
#include "models/traffic/chartwindow.h"
#include "ui/catalog/catalogpage.h"
#include "ui/charts/chartcontrols.h"
#include "ui/charts/transactionspage.h"
#include "ui/config/configpage.h"
#include "ui/fleet/fleetpage.h"
#include "ui/health/healthpage.h"
#include "ui/logging.h"
#include "ui/palette/palettecommands.h"
#include "ui/reports/reportspage.h"
#include "ui/tenants/tenantspage.h"
#include "ui/welcome/welcomepage.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QStackedWidget>

namespace lgsp::ui {

namespace {
const QLatin1String kFleetSearch("fleetSearch");
const QLatin1String kTenants("tenants");
const QLatin1String kServices("services");
const QLatin1String kChartWindow("chartWindow");
const QLatin1String kChartInstances("chartInstances");
const QLatin1String kChartScope("chartScope");
} // namespace

TenantsPage *MainWindow::tenantsPage()
{
    buildPage(Page::Tenants);
    return m_tenants;
}

CatalogPage *MainWindow::catalogPage()
{
    buildPage(Page::Services);
    return m_catalog;
}

TransactionsPage *MainWindow::transactionsPage()
{
    buildPage(Page::Transactions);
    return m_transactions;
}

HealthPage *MainWindow::healthPage()
{
    buildPage(Page::Health);
    return m_health;
}

ReportsPage *MainWindow::reportsPage()
{
    buildPage(Page::Reports);
    return m_reports;
}

ConfigPage *MainWindow::configPage()
{
    buildPage(Page::Configuration);
    return m_config;
}

PaletteCommands *MainWindow::palette()
{
    if (!m_palette)
        m_palette = new PaletteCommands(this, m_settings, m_fleetData);
    return m_palette;
}

QWidget *MainWindow::page(Page page)
{
    buildPage(page);
    return m_pageWidgets.value(page);
}

void MainWindow::addPage(Page page, QWidget *widget)
{
    m_pages->addWidget(widget);
    m_pageWidgets.insert(page, widget);
}

void MainWindow::buildPage(Page page)
{
    if (m_pageWidgets.contains(page))
        return;
    QElapsedTimer built;
    built.start();
    switch (page) {
    case Page::Welcome:
    case Page::Fleet:
        return; // built with the window
    case Page::Tenants:
        m_tenants = new TenantsPage(m_fleetData, this);
        m_tenants->restoreViewState(m_restoredState.value(kTenants).toObject());
        connect(m_tenants, &TenantsPage::demoRequested, this, &MainWindow::demoRequested);
        addPage(page, m_tenants);
        break;
    case Page::Services:
        m_catalog = new CatalogPage(m_fleetData, this);
        m_catalog->restoreViewState(m_restoredState.value(kServices).toObject());
        connect(m_catalog, &CatalogPage::demoRequested, this, &MainWindow::demoRequested);
        addPage(page, m_catalog);
        break;
    case Page::Transactions:
        m_transactions = new TransactionsPage(m_fleetData, this);
        if (!m_chartStorePath.isEmpty())
            m_transactions->setStorePath(m_chartStorePath);
        restoreChartState(m_restoredState);
        connect(m_transactions, &TransactionsPage::demoRequested, this, &MainWindow::demoRequested);
        addPage(page, m_transactions);
        break;
    case Page::Health:
        m_health = new HealthPage(m_fleetData, m_timeline, m_alerts, this);
        connect(m_health, &HealthPage::demoRequested, this, &MainWindow::demoRequested);
        connect(m_health, &HealthPage::thresholdsEdited, this,
                [this](const models::AlertThresholds &thresholds) {
                    m_settings->setValue(
                        models::SettingKeys::AlertThresholds,
                        QJsonDocument(thresholds.toJson()).toJson(QJsonDocument::Compact));
                    m_settings->save();
                });
        addPage(page, m_health);
        break;
    case Page::Configuration:
        m_config = new ConfigPage(m_fleetData, this);
        m_config->setRecentFiles(
            QString::fromUtf8(m_settings->value(models::SettingKeys::RecentBundles))
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        if (!m_configRecoveryPath.isEmpty())
            m_config->setRecoveryPath(m_configRecoveryPath);
        connect(m_config, &ConfigPage::recentFilesChanged, this, [this](const QStringList &files) {
            m_settings->setValue(models::SettingKeys::RecentBundles,
                                 files.join(QLatin1Char('\n')).toUtf8());
            m_settings->save();
        });
        connect(m_config, &ConfigPage::titleChanged, this, &MainWindow::retranslate);
        addPage(page, m_config);
        break;
    case Page::Reports:
        m_reports = new ReportsPage(m_fleetData, this);
        connect(m_reports, &ReportsPage::demoRequested, this, &MainWindow::demoRequested);
        addPage(page, m_reports);
        break;
    }
    qCDebug(lcUi) << "built page" << pageName(page) << "in" << built.elapsed() << "ms";
}

void MainWindow::setChartStorePath(const QString &path)
{
    m_chartStorePath = path;
    if (m_transactions)
        m_transactions->setStorePath(path);
}

void MainWindow::setConfigRecoveryPath(const QString &path)
{
    m_configRecoveryPath = path;
    // Work left unsaved by a run that stopped is offered back at once.
    if (m_config)
        m_config->setRecoveryPath(path);
    else if (models::BundleRecovery::pending(path))
        buildPage(Page::Configuration);
}

void MainWindow::setHealthTimelinePath(const QString &path)
{
    QString error; // said in the log by the timeline, and on the health page
    m_timeline->open(path, &error);
    if (m_health)
        m_health->showTimelineProblem();
}

QJsonObject MainWindow::chartState() const
{
    if (!m_transactions) {
        QJsonObject state;
        for (const QLatin1String key : {kChartWindow, kChartInstances, kChartScope})
            if (m_restoredState.contains(key))
                state.insert(key, m_restoredState.value(key));
        return state;
    }
    const models::ChartWindow window = m_transactions->controls()->window();
    QJsonObject chart{{QStringLiteral("kind"), int(window.kind)}};
    if (window.kind == models::ChartWindow::Custom) {
        chart.insert(QStringLiteral("from"), double(window.customTo - window.seconds));
        chart.insert(QStringLiteral("to"), double(window.customTo));
    }
    QJsonArray instances;
    for (const QUuid &id : m_transactions->controls()->instances())
        instances.append(id.toString(QUuid::WithoutBraces));
    return {{kChartWindow, chart},
            {kChartInstances, instances},
            {kChartScope,
             QJsonObject{{QStringLiteral("tenant"), m_transactions->controls()->tenant()},
                         {QStringLiteral("service"), m_transactions->controls()->service()}}}};
}

QJsonObject MainWindow::viewState() const
{
    QJsonObject state = chartState();
    state.insert(kFleetSearch, m_fleet->searchBox()->text());
    state.insert(kTenants,
                 m_tenants ? m_tenants->viewState() : m_restoredState.value(kTenants).toObject());
    state.insert(kServices,
                 m_catalog ? m_catalog->viewState() : m_restoredState.value(kServices).toObject());
    return state;
}

void MainWindow::restoreViewState()
{
    // Anything unreadable is left as new: the state is a convenience, never a reason to fail.
    m_restoredState =
        QJsonDocument::fromJson(m_settings->value(models::SettingKeys::ViewState)).object();
    m_fleet->searchBox()->setText(m_restoredState.value(kFleetSearch).toString());
}

void MainWindow::restoreChartState(const QJsonObject &state)
{
    // The instances the charts followed, those still among the profiles.
    QList<QUuid> followed;
    for (const QJsonValue &v : state.value(kChartInstances).toArray()) {
        const QUuid id = QUuid::fromString(v.toString());
        if (!id.isNull() && m_fleetData->instance(id))
            followed.append(id);
    }
    ChartControls *controls = m_transactions->controls();
    if (!followed.isEmpty())
        controls->setInstances(followed);
    // One instance's tenant or service, chosen once its lists have loaded.
    const QJsonObject scope = state.value(kChartScope).toObject();
    const QString tenant = scope.value(QLatin1String("tenant")).toString();
    const QString service = scope.value(QLatin1String("service")).toString();
    if (followed.size() == 1 && (!tenant.isEmpty() || !service.isEmpty()))
        controls->setScopeWhenListed(tenant, service);
    const QJsonObject chart = state.value(kChartWindow).toObject();
    const int kind = chart.value(QLatin1String("kind")).toInt(-1);
    const qint64 from = qint64(chart.value(QLatin1String("from")).toDouble());
    const qint64 to = qint64(chart.value(QLatin1String("to")).toDouble());
    if (kind == models::ChartWindow::Custom && from > 0 && to > from)
        controls->setWindow(models::ChartWindow::custom(from, to));
    else if (models::ChartWindow::presets().contains(models::ChartWindow::Kind(kind)))
        controls->setWindow(models::ChartWindow::preset(models::ChartWindow::Kind(kind)));
}

} // namespace lgsp::ui
