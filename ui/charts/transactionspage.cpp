#include "ui/charts/transactionspage.h"

#include "client/backend/backend.h"
#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "models/traffic/trafficcsv.h"
#include "models/traffic/trafficmonitor.h"
#include "ui/charts/chartcontrols.h"
#include "ui/charts/timechartview.h"
#include "ui/charts/transactioncharts.h"
#include "ui/charts/transactionlogdialog.h"
#include "ui/common/emptystate.h"
#include "ui/common/messages.h"
#include "ui/common/noticebar.h"
#include "ui/theme/theme.h"

#include <QCollator>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QSaveFile>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace lgsp::ui {

namespace {

QList<QPair<QString, QString>> sortedByName(QList<QPair<QString, QString>> items)
{
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(items.begin(), items.end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.second, b.second) < 0;
    });
    return items;
}

} // namespace

TransactionsPage::TransactionsPage(client::Fleet *fleet, QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_monitor(new models::TrafficMonitor(fleet, this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_content(new QWidget(this))
    , m_title(new QLabel(m_content))
    , m_storeNotice(new NoticeBar(m_content))
    , m_metricsNotice(new NoticeBar(m_content))
    , m_noMetrics(new EmptyState(m_content))
    , m_controls(new ChartControls(fleet, m_content))
    , m_charts(new TransactionCharts(m_content))
{
    m_empty->setIcon(QStringLiteral(":/icons/transactions.svg"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    auto *content = new QVBoxLayout(m_content);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addSpacing(16);
    titleRow->addWidget(m_controls->statusLabel(), 1);
    content->addLayout(titleRow);
    content->addWidget(m_storeNotice);
    content->addWidget(m_controls);
    content->addWidget(m_metricsNotice);
    content->addWidget(m_charts, 1);
    content->addWidget(m_noMetrics, 1);
    m_metricsNotice->hide();
    m_noMetrics->hide();
    m_noMetrics->setIcon(QStringLiteral(":/icons/transactions.svg"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_empty, &EmptyState::actionTriggered, this, &TransactionsPage::demoRequested);
    connect(m_controls, &ChartControls::instancesChanged, this, [this] {
        loadScopeChoices();
        applyScopes();
    });
    connect(m_controls, &ChartControls::scopeChanged, this, &TransactionsPage::applyScopes);
    connect(Theme::instance(), &Theme::changed, this, &TransactionsPage::redraw);
    connect(m_controls, &ChartControls::windowChanged, this, [this] {
        m_charts->resetZoom();
        const models::ChartWindow w = m_controls->window();
        m_monitor->setWindow(w.seconds, w.step, w.isLive() ? 0 : w.customTo);
        applyRefresh();
        redraw();
        updateStatus();
    });
    connect(m_controls, &ChartControls::refreshChanged, this, &TransactionsPage::applyRefresh);
    connect(m_controls, &ChartControls::resetZoomRequested, m_charts,
            &TransactionCharts::resetZoom);
    connect(m_controls, &ChartControls::exportImageRequested, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the charts"),
                                                          QStringLiteral("transactions.png"),
                                                          tr("PNG images (*.png)"));
        QString error;
        if (!path.isEmpty() && !exportImage(path, &error))
            messages::warn(this, tr("Export the charts"), error);
    });
    connect(m_controls, &ChartControls::exportCsvRequested, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the chart data"),
                                                          QStringLiteral("transactions.csv"),
                                                          tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            messages::warn(this, tr("Export the chart data"), error);
    });
    connect(m_charts, &TransactionCharts::slotClicked, this, &TransactionsPage::openSlot);
    for (TimeChartView *view :
         {m_charts->throughputView(), m_charts->errorsView(), m_charts->latencyView()}) {
        connect(view, &TimeChartView::hovered, this, [this, view](qint64 t, const QPoint &pos) {
            QToolTip::showText(pos, m_charts->describe(t), view);
        });
    }
    connect(m_monitor, &models::TrafficMonitor::seriesChanged, this, [this] { m_dirty = true; });
    connect(m_monitor, &models::TrafficMonitor::historyLoaded, this, [this] {
        updateStatus();
        redraw();
    });
    connect(m_monitor, &models::TrafficMonitor::streamStateChanged, this,
            &TransactionsPage::updateStatus);
    connect(&m_redrawTimer, &QTimer::timeout, this, [this] {
        // Live: the time axis moves every second even without new data (that is a gap).
        if (m_dirty || m_controls->window().isLive())
            redraw();
    });
    // The first instance is shown as soon as there is one.
    connect(m_fleet, &client::Fleet::instanceAdded, this, [this](const QUuid &id) {
        if (m_controls->instances().isEmpty())
            showInstance(id);
        m_stack->setCurrentWidget(m_content);
    });
    connect(m_fleet, &client::Fleet::instanceRemoved, this, [this] {
        if (m_fleet->ids().isEmpty())
            m_stack->setCurrentWidget(m_empty);
    });

    const models::ChartWindow w = m_controls->window();
    m_monitor->setWindow(w.seconds, w.step);
    if (!m_fleet->ids().isEmpty())
        showInstance(m_fleet->ids().first());
    m_stack->setCurrentWidget(m_fleet->ids().isEmpty() ? static_cast<QWidget *>(m_empty)
                                                       : m_content);
    applyRefresh();
    retranslate();
}

TransactionsPage::~TransactionsPage() = default;

void TransactionsPage::showInstance(const QUuid &id)
{
    m_controls->setInstances({id});
}

void TransactionsPage::applyScopes()
{
    QList<models::TrafficScope> scopes;
    const QList<QUuid> ids = m_controls->instances();
    for (const QUuid &id : ids) {
        models::TrafficScope scope{id, {}, {}};
        if (ids.size() == 1) {
            scope.tenant = m_controls->tenant();
            scope.service = m_controls->service();
        }
        scopes.append(scope);
    }
    m_monitor->setScopes(scopes);
    m_charts->resetZoom();
    updateMetricsSource();
    updateStatus();
    redraw();
}

void TransactionsPage::updateMetricsSource()
{
    QStringList without;
    const QList<QUuid> ids = m_controls->instances();
    for (const QUuid &id : ids) {
        if (!m_monitor->hasMetrics(id)) {
            const client::Fleet::Instance *instance = m_fleet->instance(id);
            without << (instance ? instance->profile.name : id.toString());
        }
    }
    const bool none = !ids.isEmpty() && without.size() == ids.size();
    // Live data comes every second from a stream, every scrape from a Prometheus.
    const bool allPolled =
        !ids.isEmpty() && std::all_of(ids.cbegin(), ids.cend(), [this](const QUuid &id) {
            return m_monitor->keepsHistory(id);
        });
    const bool allScraped = std::all_of(ids.cbegin(), ids.cend(), [this](const QUuid &id) {
        return m_monitor->sourceKind(id) == QLatin1String("prometheus");
    });
    m_controls->setLivePeriod(allPolled ? m_monitor->stepFor(1) : 1, allScraped);
    m_charts->setVisible(!none);
    m_noMetrics->setVisible(none);
    m_noMetrics->setTitle(tr("No metrics source for this instance"));
    m_noMetrics->setText(
        tr("%1 runs on WSO2 API Manager. Version 4.x keeps its transaction analytics outside "
           "the product (in Choreo, or in Elasticsearch or OpenSearch), so its own API has "
           "nothing to chart. Name the cluster its analytics write to, or a Prometheus with its "
           "traffic (its Micro Integrator's), in File → Connections…, tab “Traffic data”. Its "
           "tenants, services and health are on the other pages.")
            .arg(QLocale().createSeparatedList(without)));
    if (none || without.isEmpty())
        m_metricsNotice->hide();
    else
        m_metricsNotice->showNotice(
            NoticeBar::Kind::Info,
            tr("No metrics source for %1 (WSO2 API Manager): it is left out of the charts.")
                .arg(QLocale().createSeparatedList(without)));
}

void TransactionsPage::applyRefresh()
{
    using Refresh = ChartControls::Refresh;
    switch (m_controls->refresh()) {
    case Refresh::Live:
        m_redrawTimer.start(1000);
        break;
    case Refresh::Every5s:
        m_redrawTimer.start(5000);
        break;
    case Refresh::Every30s:
        m_redrawTimer.start(30000);
        break;
    case Refresh::Paused:
        m_redrawTimer.stop();
        break;
    }
    updateStatus();
}

models::ChartWindow TransactionsPage::shownWindow() const
{
    models::ChartWindow w = m_controls->window();
    // A Prometheus gives nothing finer than its scrape interval.
    w.step = m_monitor->stepFor(w.step);
    return w;
}

void TransactionsPage::redraw()
{
    const models::ChartWindow w = shownWindow();
    const qint64 now = m_monitor->now();
    const qint64 from = w.start(now);
    const qint64 to = w.end(now);
    QList<TransactionCharts::Scope> shown;
    const QList<models::TrafficScope> scopes = m_monitor->scopes();
    // Eight colours that stay apart on screen and for the common colour-vision deficiencies,
    // chosen for the theme's background.
    const QList<QColor> colours = Theme::instance()->seriesColours();
    for (qsizetype i = 0; i < scopes.size(); ++i) {
        models::TrafficSeries *series = m_monitor->series(scopes.at(i));
        if (!series)
            continue;
        shown.append({scopeName(scopes.at(i)), colours.at(i % colours.size()),
                      &series->frame(from, to, w.step)});
    }
    m_charts->setScopes(shown, w, from * 1000, to * 1000);
    m_dirty = false;
}

void TransactionsPage::updateStatus()
{
    using Status = ChartControls::Status;
    const QList<models::TrafficScope> scopes = m_monitor->scopes();
    if (scopes.isEmpty()) {
        m_controls->setStatus(Status::Idle);
        return;
    }
    if (!m_noMetrics->isHidden()) {
        m_controls->setStatus(Status::NoSource);
        return;
    }
    if (m_monitor->reconnecting()) {
        // A polled source (Prometheus) that failed says why; a stream just reconnects.
        const QString problem = m_monitor->historyProblem();
        m_controls->setStatus(Status::Reconnecting, problem.isEmpty()
                                                        ? tr("the charts show a gap until the "
                                                             "stream is back")
                                                        : problem);
        return;
    }
    bool live = false;
    QStringList sources;
    for (const models::TrafficScope &s : scopes) {
        live = live || m_monitor->streamState(s) == client::LiveStream::State::Live;
        const QString where = m_monitor->sourceDescription(s.instance);
        if (!where.isEmpty() && !sources.contains(where))
            sources.append(where);
    }
    // Said with every status: where the traffic comes from when it is not the instance's own
    // API, a problem, and what the source warned about.
    QStringList details;
    if (!m_monitor->historyProblem().isEmpty())
        details.append(m_monitor->historyProblem());
    details += m_monitor->historyWarnings();
    if (!sources.isEmpty() && details.isEmpty())
        details.append(tr("from %1, every %n s; the source keeps the history", nullptr,
                          int(m_monitor->stepFor(1)))
                           .arg(QLocale().createSeparatedList(sources)));
    const QString detail = details.join(QStringLiteral(" · "));
    if (m_controls->refresh() == ChartControls::Refresh::Paused)
        m_controls->setStatus(Status::Paused);
    else if (!m_controls->window().isLive() && !m_monitor->loadingHistory())
        m_controls->setStatus(Status::FixedRange, detail);
    else if (m_monitor->loadingHistory())
        m_controls->setStatus(Status::Loading);
    else if (live)
        m_controls->setStatus(Status::Live, detail);
    else
        m_controls->setStatus(Status::Offline, detail);
}

void TransactionsPage::loadScopeChoices()
{
    const QList<QUuid> ids = m_controls->instances();
    const quint64 generation = ++m_choicesGeneration;
    m_controls->setScopeChoices({}, {});
    client::Connection *connection = ids.size() == 1 ? m_fleet->connection(ids.first()) : nullptr;
    if (!connection || !connection->backend())
        return;
    client::Backend *backend = connection->backend();
    auto tenants = std::make_shared<QList<QPair<QString, QString>>>();
    client::TenantQuery tq;
    tq.limit = 500;
    backend->tenants(tq, this,
                     [this, generation, tenants,
                      backend](const client::Result<protocol::ListPage<protocol::Tenant>> &r) {
                         if (generation != m_choicesGeneration || !r.ok())
                             return;
                         for (const protocol::Tenant &t : r.value.items)
                             tenants->append({t.code, t.name});
                         client::ServiceQuery sq;
                         sq.limit = 500;
                         backend->services(
                             sq, this,
                             [this, generation, tenants](
                                 const client::Result<protocol::ListPage<protocol::Service>> &s) {
                                 if (generation != m_choicesGeneration)
                                     return;
                                 QList<QPair<QString, QString>> services;
                                 if (s.ok()) {
                                     for (const protocol::Service &service : s.value.items)
                                         services.append({service.id, service.name});
                                 }
                                 m_controls->setScopeChoices(sortedByName(*tenants),
                                                             sortedByName(services));
                             });
                     });
}

void TransactionsPage::openSlot(qint64 startSecond, qint64 step)
{
    const QList<models::TrafficScope> scopes = m_monitor->scopes();
    if (scopes.isEmpty())
        return;
    // Compared instances: the log of the first one shown; one scope: its part of the log.
    const models::TrafficScope &scope = scopes.first();
    client::Connection *connection = m_fleet->connection(scope.instance);
    client::TransactionQuery query;
    query.from = QDateTime::fromSecsSinceEpoch(startSecond, Qt::UTC);
    query.to = QDateTime::fromSecsSinceEpoch(startSecond + step, Qt::UTC);
    query.tenant = scope.tenant;
    query.service = scope.service;
    auto *dialog = new TransactionLogDialog(
        scopeName(scope), connection ? connection->backend() : nullptr, query, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("transactionLog"));
    dialog->show();
}

QString TransactionsPage::scopeName(const models::TrafficScope &scope) const
{
    const client::Fleet::Instance *instance = m_fleet->instance(scope.instance);
    QString name = instance ? instance->profile.name : tr("Unknown instance");
    if (!scope.tenant.isEmpty())
        name += QStringLiteral(" · ") + scope.tenant;
    if (!scope.service.isEmpty())
        name += QStringLiteral(" · ") + scope.service;
    return name;
}

bool TransactionsPage::exportImage(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !m_charts->image().save(&file, "PNG") ||
        !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool TransactionsPage::exportCsv(const QString &path, QString *error) const
{
    const models::ChartWindow w = shownWindow();
    const qint64 now = m_monitor->now();
    QList<models::TrafficCsv::Scope> scopes;
    for (const models::TrafficScope &s : m_monitor->scopes()) {
        if (models::TrafficSeries *series = m_monitor->series(s))
            scopes.append({scopeName(s), &series->frame(w.start(now), w.end(now), w.step)});
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(models::TrafficCsv::document(scopes)) < 0 ||
        !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void TransactionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    redraw();
}

void TransactionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TransactionsPage::setStorePath(const QString &path)
{
    m_monitor->setStorePath(path);
    retranslate();
}

void TransactionsPage::retranslate()
{
    if (m_monitor->storeProblem().isEmpty())
        m_storeNotice->hide();
    else
        m_storeNotice->showNotice(
            NoticeBar::Kind::Warning,
            tr("Chart history cannot be kept (%1). The charts show what is fetched from the "
               "instances while the console runs.")
                .arg(m_monitor->storeProblem().endsWith(QLatin1Char('.'))
                         ? m_monitor->storeProblem().chopped(1) // no ".)." in the sentence
                         : m_monitor->storeProblem()));
    m_title->setText(tr("Transactions"));
    m_empty->setTitle(tr("No transaction data yet"));
    m_empty->setText(
        tr("This page charts the transactions flowing through each instance, live: "
           "throughput, errors by LGSP error code and latency percentiles, from five minutes "
           "to thirty days. Connect to an instance, or try the local sandbox, to get "
           "started."));
    m_empty->setActionText(tr("Try the local sandbox"));
    updateMetricsSource();
    updateStatus();
}

} // namespace lgsp::ui
