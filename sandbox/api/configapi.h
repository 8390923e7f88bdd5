#pragma once

#include "protocol/configbundle.h"
#include "sandbox/api/apiexchange.h"
#include "sandbox/storage/auditlog.h"
#include "sandbox/storage/servicestore.h"
#include "sandbox/storage/tenantstore.h"

#include <QSqlDatabase>

namespace lgsp::sandbox {

// GET /config (export), POST /config:validate (dry run: changes and errors with JSON
// pointers), PUT /config with If-Match: <revision> (apply, all or nothing). Operator only.
class ConfigApi final
{
public:
    ConfigApi(QSqlDatabase db, TenantStore *tenants, ServiceStore *services, AuditLog *audit,
              QString instanceName, QJsonObject policies);

    ApiResponse exportBundle(const ApiRequest &request);
    ApiResponse validate(const ApiRequest &request);
    ApiResponse apply(const ApiRequest &request);

    static QString etagFor(qint64 revision);

private:
    protocol::ConfigBundle current() const;
    QJsonArray changes(const protocol::ConfigBundle &wanted) const;
    bool applyBundle(const protocol::ConfigBundle &wanted, QString *error);
    std::optional<protocol::ConfigBundle> parse(const ApiRequest &request, ApiResponse *problem);

    QSqlDatabase m_db;
    TenantStore *m_tenants;
    ServiceStore *m_services;
    AuditLog *m_audit;
    QString m_instanceName;
    QJsonObject m_policies;
};

} // namespace lgsp::sandbox
