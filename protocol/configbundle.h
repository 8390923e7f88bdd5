#pragma once

#include "protocol/decodeerror.h"
#include "protocol/service.h"
#include "protocol/tenant.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace lgsp::protocol {

// An instance's configuration as one document: what GET /config exports and PUT /config
// applies. It is the complete desired state of tenants and services: a tenant or service
// left out is closed or retired on apply, never deleted.
struct ConfigBundle
{
    static constexpr int kSchemaVersion = 1;

    struct BundleTenant
    {
        TenantInput input; // code, names, kind, contact
        QString status;
    };
    struct BundleService
    {
        ServiceInput input; // code, tenantCode, …, consumers, sla, definition
        QString status;
        QString id() const { return input.tenantCode + QLatin1Char('~') + input.code; }
    };

    int schemaVersion = kSchemaVersion;
    QString instanceName;
    qint64 revision = 0; // the instance revision the bundle was exported at (or based on)
    QDateTime exportedAt;
    QList<BundleTenant> tenants;
    QList<BundleService> services;
    QJsonObject policies; // informational in schema 1: exported, not applied

    QJsonObject toJson() const;
    // Checks the whole document: types, values, agency codes, duplicates and references
    // (a service's provider and consumers must be tenants of the bundle). Every problem is
    // reported with its JSON pointer.
    static std::optional<ConfigBundle> fromJson(const QJsonObject &object,
                                                QList<DecodeError> *errors);
};

} // namespace lgsp::protocol
