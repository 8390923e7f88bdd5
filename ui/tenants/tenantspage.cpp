#include "ui/tenants/tenantspage.h"

#include "client/fleet/fleet.h"
#include "models/common/roles.h"
#include "models/common/searchfilterproxy.h"
#include "models/tenants/tenantloader.h"
#include "models/tenants/tenantmodel.h"
#include "protocol/tenant.h"
#include "ui/common/emptystate.h"
#include "ui/tenants/tenantdetails.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lgsp::ui {

using models::TenantModel;

TenantsPage::TenantsPage(client::Fleet *fleet, QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_model(new TenantModel(this))
    , m_proxy(new models::SearchFilterProxy(this))
    , m_loader(new models::TenantLoader(fleet, m_model, this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_content(new QWidget(this))
    , m_search(new QLineEdit(m_content))
    , m_status(new QComboBox(m_content))
    , m_kind(new QComboBox(m_content))
    , m_progress(new QLabel(m_content))
    , m_reload(new QPushButton(m_content))
    , m_cancel(new QPushButton(m_content))
    , m_view(new QTableView(m_content))
    , m_details(new TenantDetails(fleet, m_content))
{
    m_empty->setIcon(QStringLiteral(":/icons/tenants.svg"));
    connect(m_empty, &EmptyState::actionTriggered, this, &TenantsPage::demoRequested);

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TenantModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setWordWrap(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TenantsPage::showSelected);
    connect(m_details, &TenantDetails::tenantChanged, this,
            [this](const QUuid &instance, const protocol::Tenant &tenant) {
                m_model->update(instance, tenant);
            });

    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &models::SearchFilterProxy::setSearchText);
    const auto filterFrom = [this](QComboBox *box, int column) {
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, column] {
            const QString value = box->currentData().toString();
            m_proxy->setValueFilter(column, value.isEmpty() ? QStringList() : QStringList{value});
        });
    };
    filterFrom(m_status, TenantModel::StatusColumn);
    filterFrom(m_kind, TenantModel::KindColumn);
    connect(m_reload, &QPushButton::clicked, this, &TenantsPage::reload);
    connect(m_cancel, &QPushButton::clicked, m_loader, &models::TenantLoader::cancel);
    connect(m_loader, &models::TenantLoader::progress, this, &TenantsPage::updateState);
    connect(m_loader, &models::TenantLoader::finished, this, [this] {
        updateState();
        // The first rows were sized as they came; size them once more with everything in.
        m_view->resizeColumnsToContents();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first) {
                if (first == 0)
                    m_view->resizeColumnsToContents();
            });
    connect(fleet, &client::Fleet::instanceAdded, this, [this] {
        m_stale = true;
        updateState();
    });
    connect(fleet, &client::Fleet::instanceRemoved, this, [this] {
        m_stale = true;
        updateState();
    });
    // A first poll that finds an instance reachable is a good moment to load if shown.
    connect(fleet, &client::Fleet::statusChanged, this, [this] {
        if (isVisible() && m_model->rowCount() == 0 && !m_loader->isLoading())
            reload();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_status);
    bar->addWidget(m_kind);
    bar->addStretch(1);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addWidget(m_reload);
    auto *splitter = new QSplitter(m_content);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(splitter, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    retranslate();
}

void TenantsPage::reload()
{
    m_stale = false;
    m_details->clear();
    m_loader->reload();
    updateState();
}

void TenantsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TenantsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_fleet->ids().isEmpty())
        reload();
}

void TenantsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TenantsPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search tenants: name, agency code, NDXP member, contact"));
    m_search->setAccessibleName(tr("Search tenants"));
    const auto fill = [](QComboBox *box, const QString &all, const QStringList &values,
                         QString (*text)(const QString &)) {
        const int current = std::max(0, box->currentIndex());
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString &v : values)
            box->addItem(text(v), v);
        box->setCurrentIndex(current);
    };
    fill(m_status, tr("All statuses"), protocol::Tenant::statuses(), &TenantModel::statusText);
    fill(m_kind, tr("All kinds"), protocol::Tenant::kinds(), &TenantModel::kindText);
    m_status->setAccessibleName(tr("Status filter"));
    m_kind->setAccessibleName(tr("Kind filter"));
    m_reload->setText(tr("Reload"));
    m_cancel->setText(tr("Cancel"));
    m_view->setAccessibleName(tr("Tenants"));
    m_empty->setTitle(tr("No tenants to show yet"));
    m_empty->setText(tr("This page lists the agencies served by each connected LGSP instance — "
                        "ministries, provinces and their units — with their status, agency "
                        "code and services, searchable with or without diacritics. Connect to "
                        "an instance, or try the local sandbox, to get started."));
    m_empty->setActionText(tr("Try the local sandbox"));
    m_model->retranslate();
    updateState();
}

void TenantsPage::updateState()
{
    m_stack->setCurrentWidget(m_fleet->ids().isEmpty() ? static_cast<QWidget *>(m_empty)
                                                       : m_content);
    const bool loading = m_loader->isLoading();
    m_cancel->setVisible(loading);
    const QLocale locale;
    QString text =
        loading
            ? tr("Loading… %1 of %2")
                  .arg(locale.toString(m_loader->loaded()),
                       locale.toString(std::max<qint64>(m_loader->expected(), m_loader->loaded())))
            : tr("%n tenant(s)", nullptr, m_model->rowCount());
    if (!m_loader->failures().isEmpty())
        text += QLatin1Char(' ') +
                tr("(%n instance(s) could not be read)", nullptr, int(m_loader->failures().size()));
    m_progress->setText(text);
    QStringList reasons;
    for (const QString &reason : m_loader->failures())
        reasons << reason;
    m_progress->setToolTip(reasons.join(QLatin1Char('\n')));
}

void TenantsPage::showSelected()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const TenantModel::Row *row = m_model->rowAt(current.row());
    if (!row) {
        m_details->clear();
        return;
    }
    m_details->showTenant(row->instance, row->instanceName, row->readOnly, row->tenant);
}

} // namespace lgsp::ui
