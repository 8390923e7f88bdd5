#pragma once

#include "sandbox/api/apiexchange.h"
#include "sandbox/storage/auditlog.h"
#include "sandbox/storage/tenantstore.h"

namespace lgsp::sandbox {

// /api/v1/tenants and /api/v1/tenants/{code}[:action].
class TenantsApi final
{
public:
    TenantsApi(TenantStore *store, AuditLog *audit);

    // `rest` is the path after "/api/v1/tenants": "" or "/{code}" or "/{code}:{action}".
    ApiResponse handle(const ApiRequest &request, const QString &rest);

    static QStringList allowedActions(const Principal &principal, const protocol::Tenant &tenant);

private:
    ApiResponse list(const ApiRequest &request);
    ApiResponse create(const ApiRequest &request);
    ApiResponse get(const ApiRequest &request, const QString &code);
    ApiResponse update(const ApiRequest &request, const QString &code);
    ApiResponse action(const ApiRequest &request, const QString &code, const QString &action);
    ApiResponse withTenant(int status, const ApiRequest &request,
                           const TenantStore::Stored &stored) const;
    void audit(const ApiRequest &request, const QString &action, const QString &code,
               const QString &outcome, const QString &detail = {});

    TenantStore *m_store;
    AuditLog *m_audit;
};

} // namespace lgsp::sandbox
