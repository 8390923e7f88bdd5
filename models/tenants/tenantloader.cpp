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
    backend->allTenants(
        query, context,
        [this, instance, instanceName, readOnly,
         report](const client::Result<protocol::ListPage<protocol::Tenant>> &page, bool last) {
            if (page.ok())
                m_model->append(instance, instanceName, readOnly, page.value.items,
                                page.value.total);
            report(Page{int(page.value.items.size()), page.value.total, page.error, last,
                        page.value.allowedActions});
        });
}

} // namespace lgsp::models
