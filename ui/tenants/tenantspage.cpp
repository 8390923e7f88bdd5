#include "ui/tenants/tenantspage.h"

#include "models/common/searchfilterproxy.h"
#include "models/tenants/tenantloader.h"
#include "models/tenants/tenantmodel.h"
#include "protocol/tenant.h"
#include "ui/common/emptystate.h"
#include "ui/tenants/tenantdetails.h"

#include <QComboBox>
#include <QLineEdit>
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
{
    setUp(m_model, m_tenantLoader, m_details, TenantModel::InstanceColumn);
    connect(m_details, &TenantDetails::tenantChanged, this,
            [this](const QUuid &instance, const protocol::Tenant &tenant) {
                m_model->update(instance, tenant);
            });
    retranslate();
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

QString TenantsPage::countText(int rows) const
{
    return tr("%n tenant(s)", nullptr, rows);
}

void TenantsPage::retranslate()
{
    searchBox()->setPlaceholderText(tr("Search tenants: name, agency code, NDXP member, contact"));
    searchBox()->setAccessibleName(tr("Search tenants"));
    fillFilter(m_status, tr("All statuses"), protocol::Tenant::statuses(),
               &TenantModel::statusText);
    fillFilter(m_kind, tr("All kinds"), protocol::Tenant::kinds(), &TenantModel::kindText);
    m_status->setAccessibleName(tr("Status filter"));
    m_kind->setAccessibleName(tr("Kind filter"));
    view()->setAccessibleName(tr("Tenants"));
    emptyState()->setTitle(tr("No tenants to show yet"));
    emptyState()->setText(
        tr("This page lists the agencies served by each connected LGSP instance — ministries, "
           "provinces and their units — with their status, agency code and services, "
           "searchable with or without diacritics. Connect to an instance, or try the local "
           "sandbox, to get started."));
    m_model->retranslate();
    ListPageBase::retranslate();
}

} // namespace lgsp::ui
