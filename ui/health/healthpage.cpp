#include "ui/health/healthpage.h"

#include "client/fleet/fleet.h"
#include "models/alerts/alertmonitor.h"
#include "models/common/freshness.h"
#include "models/health/diagnostics.h"
#include "models/health/healthchecksmodel.h"
#include "models/health/healthtimeline.h"
#include "ui/common/emptystate.h"
#include "ui/common/freshnesslabel.h"
#include "ui/common/messages.h"
#include "ui/health/alertthresholdsdialog.h"
#include "ui/theme/statusmarkdelegate.h"
#include "ui/theme/theme.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace lgsp::ui {

HealthPage::HealthPage(client::Fleet *fleet, QWidget *parent)
    : HealthPage(fleet, nullptr, nullptr, parent)
{}

HealthPage::HealthPage(client::Fleet *fleet, models::HealthTimeline *timeline,
                       models::AlertMonitor *alerts, QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_checks(new models::HealthChecksModel(fleet, this))
    , m_timeline(timeline ? timeline : new models::HealthTimeline(this))
    , m_alerts(alerts ? alerts : new models::AlertMonitor(fleet, this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_content(new QWidget(this))
    , m_title(new QLabel(m_content))
    , m_problem(new QLabel(m_content))
    , m_freshness(new FreshnessLabel(m_content))
    , m_testNow(new QPushButton(m_content))
    , m_diagnostics(new QPushButton(m_content))
    , m_thresholds(new QPushButton(m_content))
    , m_tree(new QTreeView(m_content))
    , m_tabs(new QTabWidget(m_content))
    , m_alertsView(new QTableView(m_content))
    , m_history(new QTableView(m_content))
{
    m_empty->setIcon(QStringLiteral(":/icons/health.svg"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_problem->setWordWrap(true);
    Theme::setTone(m_problem, Theme::Tone::Error);
    m_problem->hide();

    m_tree->setModel(m_checks);
    m_tree->setItemDelegate(new StatusMarkDelegate(m_tree));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Fitted to the rows in view: a hundred instances' checks are a thousand rows, and
    // measuring them all after each poll stalled the window for 50–400 ms (bench_fleet).
    m_tree->header()->setResizeContentsPrecision(0);
    m_tree->header()->setSectionResizeMode(models::HealthChecksModel::DetailColumn,
                                           QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->expandAll();
    connect(m_checks, &QAbstractItemModel::rowsInserted, m_tree, [this](const QModelIndex &under) {
        m_tree->expand(under.isValid() ? under : m_checks->index(m_checks->rowCount() - 1, 0));
    });
    m_alertsView->setModel(m_alerts);
    m_alertsView->setAlternatingRowColors(true);
    m_alertsView->setItemDelegate(new StatusMarkDelegate(m_alertsView));
    m_alertsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_alertsView->verticalHeader()->hide();
    m_alertsView->horizontalHeader()->setStretchLastSection(true);
    m_alertsView->horizontalHeader()->setSectionResizeMode(models::AlertMonitor::DetailColumn,
                                                           QHeaderView::Stretch);
    connect(m_alerts, &QAbstractItemModel::rowsInserted, this, &HealthPage::updateAlertsTab);
    connect(m_alerts, &QAbstractItemModel::rowsRemoved, this, &HealthPage::updateAlertsTab);
    m_history->setModel(m_timeline);
    m_history->setAlternatingRowColors(true);
    m_history->setItemDelegate(new StatusMarkDelegate(m_history));
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    // Columns fit what they hold as events arrive; the detail takes the rest.
    // Fitted to the rows in view: the history grows with every change of every instance.
    m_history->horizontalHeader()->setResizeContentsPrecision(0);
    connect(m_timeline, &QAbstractItemModel::rowsInserted, this, &HealthPage::fitHistoryColumns);
    connect(m_timeline, &QAbstractItemModel::modelReset, this, &HealthPage::fitHistoryColumns);

    auto *diagnosticsMenu = new QMenu(m_diagnostics);
    diagnosticsMenu->addAction(QString(), this, [this] { saveDiagnosticsWithDialog(false); });
    diagnosticsMenu->addAction(QString(), this, [this] { saveDiagnosticsWithDialog(true); });
    m_diagnostics->setMenu(diagnosticsMenu);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addStretch(1);
    bar->addWidget(m_freshness);
    bar->addWidget(m_testNow);
    bar->addWidget(m_thresholds);
    bar->addWidget(m_diagnostics);
    m_tabs->addTab(m_alertsView, QString());
    m_tabs->addTab(m_history, QString());
    auto *splitter = new QSplitter(Qt::Vertical, m_content);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *content = new QVBoxLayout(m_content);
    content->addLayout(bar);
    content->addWidget(m_problem);
    content->addWidget(splitter, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_empty, &EmptyState::actionTriggered, this, &HealthPage::demoRequested);
    connect(m_testNow, &QPushButton::clicked, this, &HealthPage::testNow);
    connect(m_thresholds, &QPushButton::clicked, this, &HealthPage::editThresholds);
    if (!timeline)
        m_timeline->follow(fleet);
    connect(m_fleet, &client::Fleet::instanceUpdated, this, &HealthPage::updateFreshness);
    m_freshness->setReasonSource([this] { return staleReasons(); });
    connect(m_fleet, &client::Fleet::instanceAdded, this, &HealthPage::updateState);
    connect(m_fleet, &client::Fleet::instanceRemoved, this, &HealthPage::updateState);
    showTimelineProblem();
    retranslate();
    updateState();
}

void HealthPage::showTimelineProblem()
{
    m_problem->setText(m_timeline->problem());
    m_problem->setVisible(!m_timeline->problem().isEmpty());
}

void HealthPage::setTimelinePath(const QString &path)
{
    QString error;
    m_timeline->open(path, &error);
    showTimelineProblem();
}

QUuid HealthPage::selectedInstance() const
{
    QModelIndex index = m_tree->currentIndex();
    if (!index.isValid())
        return {};
    index = index.siblingAtColumn(0);
    if (index.parent().isValid())
        index = index.parent();
    return index.data(models::HealthChecksModel::InstanceIdRole).toUuid();
}

void HealthPage::selectInstance(const QUuid &id)
{
    const QModelIndex index = m_checks->indexOf(id);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->expand(index);
    m_tree->scrollTo(index);
}

void HealthPage::saveDiagnosticsWithDialog(bool allInstances)
{
    const QString path = QFileDialog::getSaveFileName(this, m_diagnostics->text(),
                                                      QStringLiteral("lgsp-diagnostics.json"),
                                                      tr("JSON files (*.json)"));
    QString error;
    if (!path.isEmpty() && !saveDiagnostics(path, allInstances, &error))
        messages::warn(this, m_diagnostics->text(), error);
}

void HealthPage::testNow()
{
    m_fleet->refreshNow(selectedInstance());
}

bool HealthPage::saveDiagnostics(const QString &path, bool allInstances, QString *error) const
{
    const QUuid selected = selectedInstance();
    const QList<QUuid> ids =
        allInstances || selected.isNull() ? QList<QUuid>() : QList<QUuid>{selected};
    const QJsonObject report = models::diagnosticsReport(*m_fleet, *m_timeline, ids);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(report).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void HealthPage::editThresholds()
{
    AlertThresholdsDialog dialog(m_alerts->thresholds(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_alerts->setThresholds(dialog.thresholds());
    Q_EMIT thresholdsEdited(dialog.thresholds());
}

void HealthPage::updateAlertsTab()
{
    m_tabs->setTabText(0, tr("Alerts (%1)").arg(m_alerts->rowCount()));
    for (int c = 0; c < models::AlertMonitor::DetailColumn; ++c)
        m_alertsView->resizeColumnToContents(c);
}

void HealthPage::fitHistoryColumns()
{
    for (int c = 0; c < models::HealthTimeline::DetailColumn; ++c)
        m_history->resizeColumnToContents(c);
}

void HealthPage::updateState()
{
    m_stack->setCurrentWidget(m_fleet->ids().isEmpty() ? static_cast<QWidget *>(m_empty)
                                                       : m_content);
    updateFreshness();
}

void HealthPage::updateFreshness()
{
    QDateTime oldest;
    for (const QUuid &id : m_fleet->ids()) {
        const client::Fleet::Instance *instance = m_fleet->instance(id);
        if (instance && instance->polls > 0 && (!oldest.isValid() || instance->updatedAt < oldest))
            oldest = instance->updatedAt;
    }
    m_freshness->setUpdatedAt(oldest);
}

QStringList HealthPage::staleReasons() const
{
    QStringList why;
    for (const QUuid &id : models::Freshness::pollStaleInstances(*m_fleet)) {
        const client::Fleet::Instance *instance = m_fleet->instance(id);
        why.append(tr("%1: last checked %2, though it is polled every %n s", nullptr,
                      int(instance->profile.pollIntervalMs / 1000))
                       .arg(instance->profile.name,
                            models::Freshness::ageText(
                                models::Freshness::ageSeconds(instance->updatedAt))));
    }
    return why;
}

void HealthPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The server's checks are said again at once; the console's own sentences come
        // with the next probe, so ask for it now.
        if (m_fleet->isRunning())
            m_fleet->refreshNow();
    }
    QWidget::changeEvent(event);
}

void HealthPage::retranslate()
{
    m_title->setText(tr("Connection health"));
    m_freshness->setFormat(tr("Checked %1"));
    m_testNow->setText(tr("Test now"));
    m_testNow->setToolTip(tr("Check the selected instance (or every instance) again now"));
    m_diagnostics->setText(tr("Diagnostics report"));
    const QList<QAction *> actions = m_diagnostics->menu()->actions();
    actions.at(0)->setText(tr("Selected instance…"));
    actions.at(1)->setText(tr("All instances…"));
    m_tabs->setTabText(1, tr("History of status changes"));
    updateAlertsTab();
    m_thresholds->setText(tr("Alert thresholds…"));
    m_alertsView->setAccessibleName(tr("Alerts"));
    m_tree->setAccessibleName(tr("Health checks"));
    m_history->setAccessibleName(tr("History of status changes"));
    m_checks->retranslate();
    m_tree->expandAll();
    fitHistoryColumns(); // the headers changed language
    m_empty->setTitle(tr("No connection health to report yet"));
    m_empty->setText(
        tr("This page checks every instance for you: reachability, sign-in, certificate "
           "expiry, clock skew, the link to the national platform NDXP, and the server's own "
           "checks, with a history of changes. Connect to an instance, or try the local "
           "sandbox, to get started."));
    m_empty->setActionText(tr("Try the local sandbox"));
}

} // namespace lgsp::ui
