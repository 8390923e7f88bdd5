#include "ui/catalog/catalogpage.h"

#include "client/backend/wso2apimbackend.h"
#include "client/backend/wso2codec.h"
#include "client/fleet/fleet.h"
#include "models/catalog/serviceloader.h"
#include "models/catalog/servicemodel.h"
#include "protocol/service.h"
#include "ui/catalog/servicedetails.h"
#include "ui/common/emptystate.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QTreeView>

namespace lgsp::ui {

using models::ServiceModel;

CatalogPage::CatalogPage(client::Fleet *fleet, QWidget *parent)
    : ListPageBase(fleet, QStringLiteral(":/icons/services.svg"), parent)
    , m_model(new ServiceModel(this))
    , m_serviceLoader(new models::ServiceLoader(fleet, m_model, this))
    , m_details(new ServiceDetails(fleet, this))
    , m_protocol(addFilter(ServiceModel::ProtocolColumn))
    , m_status(addFilter(ServiceModel::StatusColumn))
    , m_visibility(addFilter(ServiceModel::VisibilityColumn))
{
    setUp(m_model, m_serviceLoader, m_details, ServiceModel::InstanceColumn);
    connect(m_details, &ServiceDetails::serviceChanged, this,
            [this](const QUuid &instance, const protocol::Service &service) {
                m_model->update(instance, service);
            });
    connect(m_details, &ServiceDetails::compareRequested, this, &CatalogPage::compareDefinition);
    retranslate();
}

void CatalogPage::showRow(int sourceRow)
{
    const ServiceModel::Row *row = m_model->rowAt(sourceRow);
    if (!row) {
        m_details->clear();
        return;
    }
    m_details->showService(row->instance, row->instanceName, row->readOnly, row->item);
}

std::optional<qint64> CatalogPage::countOnServer(const QUuid &instance) const
{
    const client::Fleet::Instance *polled = m_fleet->instance(instance);
    return polled ? polled->serviceCount : std::nullopt;
}

QString CatalogPage::countText(int shown, int total) const
{
    if (shown == total)
        return tr("%n service(s)", nullptr, total);
    return tr("%1 of %n service(s)", nullptr, total).arg(QLocale().toString(shown));
}

void CatalogPage::updateNote()
{
    QStringList lines;
    const QString shown = shownInstance();
    for (const QUuid &id : m_fleet->ids()) {
        const client::Fleet::Instance *instance = m_fleet->instance(id);
        if (!instance || instance->profile.backend != client::Wso2ApimBackend::kindName() ||
            (!shown.isEmpty() && instance->profile.name != shown))
            continue;
        const QString user = instance->profile.user;
        lines << tr("%1 runs on WSO2 API Manager, which shows a user only the services of the "
                    "user's own tenant: these are the services of %2, the tenant of %3. To see "
                    "another tenant's, add a connection that signs in as that tenant's "
                    "administrator (user@tenant-domain).")
                     .arg(instance->profile.name, client::wso2::tenantOfUser(user), user);
    }
    setNote(lines.join(QLatin1Char('\n')));
}

void CatalogPage::retranslate()
{
    searchBox()->setPlaceholderText(
        tr("Search services: name, code, provider, gateway path, instance"));
    searchBox()->setAccessibleName(tr("Search services"));
    fillFilter(m_protocol, tr("All protocols"), protocol::Service::protocols(),
               [](const QString &p) { return p; });
    fillFilter(m_status, tr("All statuses"), protocol::Service::statuses(),
               &ServiceModel::statusText);
    fillFilter(m_visibility, tr("Any visibility"), protocol::Service::visibilities(),
               &ServiceModel::visibilityText);
    m_protocol->setAccessibleName(tr("Protocol filter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_visibility->setAccessibleName(tr("Visibility filter"));
    setFilterLabel(m_protocol, tr("Protocol:"));
    setFilterLabel(m_status, tr("Status:"));
    setFilterLabel(m_visibility, tr("Visibility:"));
    view()->setAccessibleName(tr("Service catalog"));
    emptyState()->setTitle(tr("No services to show yet"));
    emptyState()->setText(
        tr("The service catalog lists every service published through the connected LGSP "
           "instances — who provides it, who may call it, its protocol and definition — "
           "searchable across all instances at once. Connect to an instance, or try the local "
           "sandbox, to get started."));
    m_model->retranslate();
    ListPageBase::retranslate();
}

} // namespace lgsp::ui
