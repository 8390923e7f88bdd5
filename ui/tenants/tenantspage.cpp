#include "ui/tenants/tenantspage.h"

#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "models/common/tablefilterproxy.h"
#include "models/tenants/tenantloader.h"
#include "models/tenants/tenantmodel.h"
#include "protocol/tenant.h"
#include "ui/common/emptystate.h"
#include "ui/tenants/tenantdetails.h"
#include "ui/tenants/tenantform.h"
#include "ui/tenants/tenantimportdialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeView>

namespace lgsp::ui {

using models::TenantModel;

TenantsPage::TenantsPage(client::Fleet *fleet, QWidget *parent)
    : ListPageBase(fleet, QStringLiteral(":/icons/tenants.svg"), parent)
    , m_model(new TenantModel(this))
    , m_tenantLoader(new models::TenantLoader(fleet, m_model, this))
    , m_details(new TenantDetails(fleet, this))
    , m_status(addFilter(TenantModel::StatusColumn))
    , m_kind(addFilter(TenantModel::KindColumn))
    , m_registration(addFilter(TenantModel::RegistrationColumn))
    , m_new(new QPushButton(this))
    , m_import(new QPushButton(this))
{
    setUp(m_model, m_tenantLoader, m_details, TenantModel::InstanceColumn);
    m_details->setRegistrationSource(m_model);
    connect(fleet, &client::Fleet::instanceUpdated, this, &TenantsPage::updateRegistrations);
    connect(fleet, &client::Fleet::instanceRemoved, this, &TenantsPage::updateRegistrations);
    updateRegistrations({});
    addToBar(m_new);
    m_new->hide();
    connect(m_new, &QPushButton::clicked, this, &TenantsPage::openNewTenantForm);
    addToBar(m_import);
    m_import->hide();
    connect(m_import, &QPushButton::clicked, this, &TenantsPage::openImportDialog);
    connect(m_tenantLoader, &models::ListLoader::finished, this, &TenantsPage::updateNewButton);
    connect(m_details, &TenantDetails::tenantChanged, this,
            [this](const QUuid &instance, const protocol::Tenant &tenant) {
                m_model->update(instance, tenant);
            });
    connect(m_details, &TenantDetails::editRequested, this, &TenantsPage::openEditForm);
    retranslate();
}

void TenantsPage::updateRegistrations(const QUuid &changed)
{
    for (const QUuid &id : changed.isNull() ? m_fleet->ids() : QList<QUuid>{changed}) {
        const client::Fleet::Instance *instance = m_fleet->instance(id);
        m_model->setNdxpClients(id, instance ? instance->lastReport.ndxpClients : std::nullopt);
    }
    const bool shown = m_model->hasNdxpClients();
    if (shown && view()->isColumnHidden(TenantModel::RegistrationColumn)) {
        view()->setColumnHidden(TenantModel::RegistrationColumn, false);
        view()->resizeColumnToContents(TenantModel::RegistrationColumn);
    }
    view()->setColumnHidden(TenantModel::RegistrationColumn, !shown);
    setFilterVisible(m_registration, shown);
    m_details->updateRegistration();
}

void TenantsPage::updateNewButton()
{
    bool any = false;
    for (const QUuid &id : m_fleet->ids()) {
        const client::Fleet::Instance *instance = m_fleet->instance(id);
        any = any || (instance && !instance->profile.readOnly &&
                      m_tenantLoader->collectionActions(id).contains(QLatin1String("create")));
    }
    m_new->setVisible(any);
    m_import->setVisible(!importTargets().isEmpty());
}

QList<TenantImportDialog::Target> TenantsPage::importTargets() const
{
    QList<TenantImportDialog::Target> targets;
    for (const QUuid &id : m_fleet->ids()) {
        const client::Fleet::Instance *instance = m_fleet->instance(id);
        const client::Connection *connection = m_fleet->connection(id);
        if (instance && connection && !instance->profile.readOnly &&
            connection->backend()->features().testFlag(client::Feature::TenantActions))
            targets << TenantImportDialog::Target{id, instance->profile.name};
    }
    std::stable_partition(
        targets.begin(), targets.end(),
        [this](const TenantImportDialog::Target &t) { return t.name == shownInstance(); });
    return targets;
}

TenantImportDialog *TenantsPage::openImportDialog()
{
    const QList<TenantImportDialog::Target> targets = importTargets();
    if (targets.isEmpty())
        return nullptr;
    auto *dialog = new TenantImportDialog(m_fleet, targets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TenantImportDialog::tenantsChanged, this, &TenantsPage::reload);
    dialog->open();
    return dialog;
}

TenantForm *TenantsPage::openNewTenantForm()
{
    QList<TenantForm::Target> targets;
    for (const QUuid &id : m_fleet->ids()) {
        const client::Fleet::Instance *instance = m_fleet->instance(id);
        if (instance && !instance->profile.readOnly &&
            m_tenantLoader->collectionActions(id).contains(QLatin1String("create")))
            targets << TenantForm::Target{id, instance->profile.name};
    }
    if (targets.isEmpty())
        return nullptr;
    // The instance chosen on the page comes first.
    std::stable_partition(targets.begin(), targets.end(), [this](const TenantForm::Target &t) {
        return t.name == shownInstance();
    });
    auto *form = new TenantForm(m_fleet, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &TenantForm::saved, this, &TenantsPage::showSaved);
    form->startCreate(targets);
    form->open();
    return form;
}

TenantForm *TenantsPage::openEditForm(const QUuid &instance, const QString &instanceName,
                                      const QString &code)
{
    auto *form = new TenantForm(m_fleet, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &TenantForm::saved, this, &TenantsPage::showSaved);
    form->startEdit({instance, instanceName}, code);
    form->open();
    return form;
}

void TenantsPage::showSaved(const QUuid &instance, const protocol::Tenant &tenant, bool created)
{
    if (created) {
        const client::Fleet::Instance *info = m_fleet->instance(instance);
        if (!info)
            return;
        m_model->append(instance, info->profile.name, info->profile.readOnly, {tenant});
    } else {
        m_model->update(instance, tenant);
    }
    // Show the tenant as it now is, selected.
    const QModelIndex source = m_model->index(m_model->rowOf(instance, tenant.code), 0);
    const QModelIndex shown = m_proxy->mapFromSource(source);
    if (shown.isValid())
        view()->setCurrentIndex(shown);
}

void TenantsPage::showRow(int sourceRow)
{
    const TenantModel::Row *row = m_model->rowAt(sourceRow);
    if (!row) {
        m_details->clear();
        return;
    }
    m_details->showTenant(row->instance, row->instanceName, row->readOnly, row->item);
}

std::optional<qint64> TenantsPage::countOnServer(const QUuid &instance) const
{
    const client::Fleet::Instance *polled = m_fleet->instance(instance);
    return polled ? polled->tenantCount : std::nullopt;
}

QString TenantsPage::countText(int shown, int total) const
{
    if (shown == total)
        return tr("%n tenant(s)", nullptr, total);
    return tr("%1 of %n tenant(s)", nullptr, total).arg(QLocale().toString(shown));
}

void TenantsPage::retranslate()
{
    searchBox()->setPlaceholderText(tr("Search tenants: name, agency code, NDXP member, contact"));
    searchBox()->setAccessibleName(tr("Search tenants"));
    fillFilter(m_status, tr("All statuses"), protocol::Tenant::statuses(),
               &TenantModel::statusText);
    fillFilter(m_kind, tr("All kinds"), protocol::Tenant::kinds(), &TenantModel::kindText);
    fillFilter(m_registration, tr("Any"), TenantModel::registrations(),
               &TenantModel::registrationText);
    m_registration->setAccessibleName(tr("Security server registration filter"));
    setFilterLabel(m_registration, tr("On NDXP:"));
    m_status->setAccessibleName(tr("Status filter"));
    m_kind->setAccessibleName(tr("Kind filter"));
    setFilterLabel(m_status, tr("Status:"));
    setFilterLabel(m_kind, tr("Kind:"));
    m_new->setText(tr("New tenant…"));
    m_import->setText(tr("Import CSV…"));
    m_import->setToolTip(tr("Create, update, suspend or resume many tenants from a spreadsheet, "
                            "with a dry run first"));
    m_new->setToolTip(
        tr("Create a tenant on an instance that lets this credential create tenants"));
    view()->setAccessibleName(tr("Tenants"));
    emptyState()->setTitle(tr("No tenants to show yet"));
    emptyState()->setText(
        tr("This page lists the agencies served by each connected LGSP instance — ministries, "
           "provinces and their units — with their status, agency code and services, "
           "searchable with or without diacritics. Connect to an instance, or try the local "
           "sandbox, to get started."));
    m_model->retranslate();
    // Its words differ most in length between the languages.
    if (!view()->isColumnHidden(TenantModel::RegistrationColumn))
        view()->resizeColumnToContents(TenantModel::RegistrationColumn);
    ListPageBase::retranslate();
}

} // namespace lgsp::ui
