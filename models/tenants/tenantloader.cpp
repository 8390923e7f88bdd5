#include "models/tenants/tenantloader.h"

#include "client/backend/backend.h"
#include "models/tenants/tenantmodel.h"

namespace lgsp::models {

TenantLoader::TenantLoader(client::Fleet *fleet, TenantModel *model, QObject *parent)
    : ListLoader(fleet, parent)
    , m_model(model)
{}

void TenantLoader::clearModel()
{
    m_model->clear();
}

void TenantLoader::fetch(client::Backend *backend, QObject *context, const QUuid &instance,
                         const QString &instanceName, bool readOnly, PageReport report)
{
    client::TenantQuery query;
    query.limit = kPageSize;
    backend->allTenants(query, context,
                        appendingTo<protocol::Tenant>(m_model, instance, instanceName, readOnly,
                                                      std::move(report)));
}

} // namespace lgsp::models
