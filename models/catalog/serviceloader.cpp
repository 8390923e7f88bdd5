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
    backend->allServices(query, context,
                         appendingTo<protocol::Service>(m_model, instance, instanceName, readOnly,
                                                        std::move(report)));
}

} // namespace lgsp::models
