#include "models/tenants/tenantloader.h"

#include "client/backend/backend.h"
#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "models/tenants/tenantmodel.h"

namespace lgsp::models {

TenantLoader::TenantLoader(client::Fleet *fleet, TenantModel *model, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_model(model)
{}

TenantLoader::~TenantLoader() = default;

qint64 TenantLoader::expected() const
{
    qint64 sum = 0;
    for (const qint64 total : m_totals)
        sum += total;
    return sum;
}

void TenantLoader::cancel()
{
    m_context.reset();
    if (m_pending > 0) {
        m_pending = 0;
        Q_EMIT finished();
    }
}

void TenantLoader::reload()
{
    m_context = std::make_unique<QObject>();
    m_model->clear();
    m_totals.clear();
    m_failures.clear();
    m_loaded = 0;
    m_pending = 0;
    const QList<QUuid> ids = m_fleet->ids();
    for (const QUuid &id : ids) {
        client::Connection *connection = m_fleet->connection(id);
        const client::Fleet::Instance *instance = m_fleet->instance(id);
        if (!connection || !instance)
            continue;
        ++m_pending;
        const QString name = instance->profile.name;
        const bool readOnly = instance->profile.readOnly;
        client::TenantQuery query;
        query.limit = kPageSize;
        connection->backend()->allTenants(
            query, m_context.get(),
            [this, id, name, readOnly](
                const client::Result<protocol::ListPage<protocol::Tenant>> &page, bool last) {
                if (page.ok()) {
                    m_totals.insert(id, page.value.total);
                    m_model->append(id, name, readOnly, page.value.items);
                    m_loaded += int(page.value.items.size());
                } else {
                    m_failures.insert(id, page.error.message());
                }
                Q_EMIT progress(m_loaded, expected());
                if (last && --m_pending == 0)
                    Q_EMIT finished();
            });
    }
    if (m_pending == 0)
        Q_EMIT finished();
}

} // namespace lgsp::models
