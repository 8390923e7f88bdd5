#pragma once

#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>

namespace lgsp::sandbox {

// Every mutation, successful or refused: who, what, when, outcome, correlation id.
class AuditLog final
{
public:
    explicit AuditLog(QSqlDatabase db);

    struct Entry
    {
        QString credentialId;
        QString action; // "tenant.create", "tenant.suspend", "token.issue"…
        QString target; // "tenant/000.00.00.H30"
        QString tenantCode;
        QString outcome; // "ok" or an error code
        QString correlationId;
        QString detail;
    };
    bool record(const Entry &entry);
    // Newest first; tenantCode limits to one tenant's entries.
    QJsonArray recent(int limit, const QString &tenantCode) const;
    qint64 count(const QString &tenantCode) const;

private:
    QSqlDatabase m_db;
};

} // namespace lgsp::sandbox
