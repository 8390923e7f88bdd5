#include "ui/fleet/fleetpage.h"

#include "client/fleet/fleet.h"
#include "models/common/roles.h"
#include "models/common/searchfilterproxy.h"
#include "models/fleet/fleetmodel.h"
#include "ui/common/clearbutton.h"
#include "ui/common/emptystate.h"
#include "ui/fleet/fleetdelegate.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace lgsp::ui {

using models::FleetModel;

FleetPage::FleetPage(client::Fleet *fleet, QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_model(new FleetModel(fleet, this))
    , m_proxy(new models::SearchFilterProxy(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_content(new QWidget(this))
    , m_search(new QLineEdit(m_content))
    , m_problemsOnly(new QCheckBox(m_content))
    , m_checkNow(new QPushButton(m_content))
    , m_summary(new QLabel(m_content))
    , m_view(new QTreeView(m_content))
{
    m_empty->setIcon(QStringLiteral(":/icons/fleet.svg"));
    connect(m_empty, &EmptyState::actionTriggered, this, &FleetPage::demoRequested);

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(false);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new FleetDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FleetModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setColumnHidden(FleetModel::GroupColumn, true); // the tree groups by it
    // Names stay readable; the other columns take what their contents need, the last the rest.
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FleetModel::NameColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(FleetModel::NameColumn, fontMetrics().averageCharWidth() * 20);
    // QHeaderView fits its columns on layout changes, not when a value changes ("OK" becoming
    // "Unreachable" was cut off): fit them again after changes, at most twice a second, to the
    // rows in view (measuring a hundred rows after each change stalled the window for 20–40 ms
    // a second: bench_fleet), and again when other rows come into view. Not while hidden:
    // when shown.
    m_view->header()->setResizeContentsPrecision(0);
    m_refit = new QTimer(this);
    m_refit->setSingleShot(true);
    m_refit->setInterval(500);
    connect(m_refit, &QTimer::timeout, this, &FleetPage::fitColumns);
    const auto refitSoon = [this] {
        if (!m_refit->isActive())
            m_refit->start();
    };
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, m_refit, refitSoon);
    connect(m_view->header(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == FleetModel::NameColumn && !m_fitting)
            m_userSizedName = true;
    });
    connect(m_proxy, &QAbstractItemModel::dataChanged, m_refit, refitSoon);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QUuid id = m_model->instanceAt(m_proxy->mapToSource(index));
        if (!id.isNull())
            Q_EMIT instanceActivated(id);
    });
    // Groups open; a rebuilt model (profile added or removed) opens them again.
    connect(m_proxy, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_view, &QTreeView::expandAll);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_view, &QTreeView::expandAll);

    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        m_view->expandAll();
    });
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        // Severity 2 and above: warning, stale, failing or unreachable.
        m_proxy->setValueFilter(
            FleetModel::StatusColumn,
            on ? QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}
               : QStringList());
        m_view->expandAll();
    });
    connect(m_checkNow, &QPushButton::clicked, this, [this] { m_fleet->refreshNow(); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_problemsOnly);
    bar->addStretch(1);
    bar->addWidget(m_summary);
    bar->addWidget(m_checkNow);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(m_view);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(fleet, &client::Fleet::instanceAdded, this, &FleetPage::updateState);
    connect(fleet, &client::Fleet::instanceRemoved, this, &FleetPage::updateState);
    connect(fleet, &client::Fleet::instanceUpdated, this, &FleetPage::updateState);
    retranslate();
    m_view->expandAll();
}

void FleetPage::setStarting(bool starting)
{
    m_starting = starting;
    updateState();
}

int FleetPage::instanceCount() const
{
    return int(m_fleet->ids().size());
}

void FleetPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FleetPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Once laid out (the rows in view are known then): not half a second of cut-off names.
    m_refit->stop();
    QTimer::singleShot(0, this, &FleetPage::fitColumns);
}

void FleetPage::fitColumns()
{
    if (!m_view->isVisible())
        return;
    m_fitting = true;
    for (int c = 0; c < m_proxy->columnCount(); ++c) {
        if (c != FleetModel::NameColumn && !m_view->isColumnHidden(c))
            m_view->resizeColumnToContents(c);
    }
    // Names fit too (up to 40 characters), until the user sets that column's width.
    if (!m_userSizedName) {
        m_view->resizeColumnToContents(FleetModel::NameColumn);
        const int chars = fontMetrics().averageCharWidth();
        m_view->header()->resizeSection(
            FleetModel::NameColumn,
            std::clamp(m_view->header()->sectionSize(FleetModel::NameColumn), chars * 20,
                       chars * 40));
    }
    m_fitting = false;
}

void FleetPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FleetPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search instances by name, group or host"));
    m_search->setAccessibleName(tr("Search instances"));
    ClearButton::name(m_search);
    m_problemsOnly->setText(tr("Only instances with problems"));
    m_checkNow->setText(tr("Check now"));
    m_checkNow->setToolTip(tr("Run the health checks of every instance now"));
    m_view->setAccessibleName(tr("LGSP instances"));
    m_model->retranslate();
    updateState();
}

void FleetPage::updateState()
{
    if (m_starting && m_fleet->ids().isEmpty()) {
        m_empty->setTitle(tr("Starting the local sandbox…"));
        m_empty->setText(tr("A small LGSP instance with demonstration data is starting on "
                            "this computer. The console connects to it as soon as it is "
                            "ready."));
        m_empty->setActionText(QString());
    } else {
        m_empty->setTitle(tr("No LGSP instance connected"));
        m_empty->setText(tr("The fleet overview shows every connected LGSP instance at a "
                            "glance: its status, version, certificate, link to NDXP and "
                            "traffic. Add an instance, or try a local sandbox that runs on "
                            "this computer."));
        m_empty->setActionText(tr("Try the local sandbox"));
    }
    int ok = 0;
    int problems = 0;
    for (const QUuid &id : m_fleet->ids()) {
        const QString status =
            m_model->indexOf(id, FleetModel::StatusColumn).data(models::StatusRole).toString();
        if (status == QLatin1String("ok"))
            ++ok;
        else if (status != QLatin1String("checking") && status != QLatin1String("waiting"))
            ++problems;
    }
    m_summary->setText(problems == 0 ? tr("%n instance(s), all OK", nullptr, ok)
                                     : tr("%n OK, %1 with problems", nullptr, ok).arg(problems));
    if (ok + problems == 0)
        m_summary->clear();
    m_stack->setCurrentWidget(m_fleet->ids().isEmpty() ? static_cast<QWidget *>(m_empty)
                                                       : m_content);
}

} // namespace lgsp::ui
