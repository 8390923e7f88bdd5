#include "models/catalog/serviceloader.h"

#include "client/backend/backend.h"
#include "models/catalog/servicemodel.h"

namespace lgsp::models {

ServiceLoader::ServiceLoader(client::Fleet *fleet, ServiceModel *model, QObject *parent)
    : ListLoader(fleet, parent)
    , m_model(model)
{}

void ServiceLoader::clearModel()
{
    m_model->clear();
}

void ServiceLoader::fetch(client::Backend *backend, QObject *context, const QUuid &instance,
                          const QString &instanceName, bool readOnly, PageReport report)
{
    client::ServiceQuery query;
    query.limit = kPageSize;
    backend->allServices(
        query, context,
        [this, instance, instanceName, readOnly,
         report](const client::Result<protocol::ListPage<protocol::Service>> &page, bool last) {
            if (page.ok())
                m_model->append(instance, instanceName, readOnly, page.value.items,
                                page.value.total);
            report(Page{int(page.value.items.size()), page.value.total, page.error, last,
                        page.value.allowedActions});
        });
}

} // namespace lgsp::models
