#pragma once

#include "protocol/instanceinfo.h"
#include "sandbox/api/apiexchange.h"
#include "sandbox/api/configapi.h"
#include "sandbox/api/servicesapi.h"
#include "sandbox/api/tenantsapi.h"
#include "sandbox/api/trafficapi.h"
#include "sandbox/metrics/exposition.h"
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
    // The body of GET /metrics in a format, for the traffic of one tenant (empty: all).
    using MetricsProvider =
        std::function<QByteArray(MetricsExposition::Format, const QString &tenantScope)>;

    ApiRouter(Database *database, CredentialStore *credentials, InfoProvider info,
              HealthProvider health, Limits limits);

    ApiResponse handle(ApiRequest &request);
    // GET /metrics; with `openOnLoopback`, scrapers on this machine need no credential.
    void setMetrics(MetricsProvider metrics, bool openOnLoopback)
    {
        m_metrics = std::move(metrics);
        m_metricsOpenOnLoopback = openOnLoopback;
    }
    TenantStore &tenants() { return m_tenants; }
    ServiceStore &services() { return m_services; }
    AuditLog &audit() { return m_audit; }

private:
    ApiResponse token(const ApiRequest &request);
    ApiResponse metrics(ApiRequest &request);
    ApiResponse auditList(const ApiRequest &request);
    ApiResponse createCredential(const ApiRequest &request);
    std::optional<ApiResponse> rateLimited(const Principal &principal);

    CredentialStore *m_credentials;
    InfoProvider m_info;
    HealthProvider m_health;
    MetricsProvider m_metrics;
    bool m_metricsOpenOnLoopback = false;
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
