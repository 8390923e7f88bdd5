#pragma once

#include "sandbox/api/apiexchange.h"
#include "sandbox/storage/auditlog.h"
#include "sandbox/storage/servicestore.h"

namespace lgsp::sandbox {

// /api/v1/services, /services/{id}, /services/{id}/definition, /services/{id}:{action}.
class ServicesApi final
{
public:
    ServicesApi(ServiceStore *store, AuditLog *audit);

    // `rest` is the path after "/api/v1/services".
    ApiResponse handle(const ApiRequest &request, const QString &rest);

    static QStringList allowedActions(const Principal &principal, const protocol::Service &s);
    // A tenant-scoped credential sees the services its tenant provides or consumes.
    static bool canSee(const Principal &principal, const protocol::Service &s);

private:
    ApiResponse list(const ApiRequest &request);
    ApiResponse create(const ApiRequest &request);
    ApiResponse get(const ApiRequest &request, const QString &id);
    ApiResponse definition(const ApiRequest &request, const QString &id);
    ApiResponse update(const ApiRequest &request, const QString &id);
    ApiResponse action(const ApiRequest &request, const QString &id, const QString &action);
    ApiResponse withService(int status, const ApiRequest &request,
                            const ServiceStore::Stored &stored) const;
    void audit(const ApiRequest &request, const QString &action, const protocol::Service &s,
               const QString &outcome);

    ServiceStore *m_store;
    AuditLog *m_audit;
};

} // namespace lgsp::sandbox
