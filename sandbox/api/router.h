#pragma once

#include "protocol/instanceinfo.h"
#include "sandbox/api/apiexchange.h"
#include "sandbox/api/configapi.h"
#include "sandbox/api/servicesapi.h"
#include "sandbox/api/tenantsapi.h"
#include "sandbox/api/trafficapi.h"
#include "sandbox/storage/auditlog.h"
#include "sandbox/storage/tenantstore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <functional>

namespace lgsp::sandbox {

class CredentialStore;
class Database;

// Dispatches every request: limits, authentication, rate limiting, then the resource.
class ApiRouter final
{
public:
    struct Limits
    {
        qint64 maxBodyBytes = 1024 * 1024;
        qint64 maxConfigBytes = 16 * 1024 * 1024; // PUT /config, POST /config:validate
        int requestsPerMinute = 1200;             // per credential
    };
    using InfoProvider = std::function<protocol::InstanceInfo()>;
    using HealthProvider = std::function<QJsonObject()>;

    ApiRouter(Database *database, CredentialStore *credentials, InfoProvider info,
              HealthProvider health, Limits limits);

    ApiResponse handle(ApiRequest &request);
    TenantStore &tenants() { return m_tenants; }
    ServiceStore &services() { return m_services; }
    AuditLog &audit() { return m_audit; }

private:
    ApiResponse token(const ApiRequest &request);
    ApiResponse auditList(const ApiRequest &request);
    ApiResponse createCredential(const ApiRequest &request);
    std::optional<ApiResponse> rateLimited(const Principal &principal);

    CredentialStore *m_credentials;
    InfoProvider m_info;
    HealthProvider m_health;
    Limits m_limits;
    TenantStore m_tenants;
    ServiceStore m_services;
    AuditLog m_audit;
    TenantsApi m_tenantsApi;
    ServicesApi m_servicesApi;
    TrafficApi m_trafficApi;
    ConfigApi m_configApi;
    struct Window
    {
        qint64 minute = 0;
        int count = 0;
    };
    QHash<QString, Window> m_rate;
};

} // namespace lgsp::sandbox
