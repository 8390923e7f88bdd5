#pragma once

#include <QString>

namespace lgsp::sandbox {

// Who is calling: resolved from a bearer token or an API key.
struct Principal
{
    QString credentialId;
    QString role;       // operator | tenant-admin | viewer
    QString tenantCode; // empty: the whole instance (operator, or a viewer of all tenants)

    bool isOperator() const { return role == QLatin1String("operator"); }
    bool isTenantAdmin() const { return role == QLatin1String("tenant-admin"); }
    bool isViewer() const { return role == QLatin1String("viewer"); }
    // A tenant-scoped credential sees only its own tenant's resources.
    bool canSeeTenant(const QString &code) const
    {
        return tenantCode.isEmpty() || tenantCode == code;
    }
};

} // namespace lgsp::sandbox
