#include "sandbox/storage/auditlog.h"

#include "protocol/auditentry.h"
#include "protocol/timestamps.h"
#include "sandbox/logging.h"
#include "sandbox/storage/database.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace lgsp::sandbox {

AuditLog::AuditLog(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool AuditLog::record(const Entry &e)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO audit (at, credential_id, action, target, "
                                 "tenant_code, outcome, correlation_id, detail) VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(protocol::formatTimestamp(QDateTime::currentDateTimeUtc()));
    query.addBindValue(sqlText(e.credentialId));
    query.addBindValue(sqlText(e.action));
    query.addBindValue(sqlText(e.target));
    query.addBindValue(e.tenantCode.isEmpty() ? QVariant() : QVariant(e.tenantCode));
    query.addBindValue(sqlText(e.outcome));
    query.addBindValue(sqlText(e.correlationId));
    query.addBindValue(sqlText(e.detail));
    if (!query.exec()) {
        qCWarning(lcSandbox) << "audit record failed:" << query.lastError().text();
        return false;
    }
    return true;
}

QJsonArray AuditLog::recent(int limit, const QString &tenantCode) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, at, credential_id, action, target, tenant_code, "
                                 "outcome, correlation_id, detail FROM audit ") +
                  (tenantCode.isEmpty() ? QString() : QStringLiteral("WHERE tenant_code = ? ")) +
                  QStringLiteral("ORDER BY id DESC LIMIT ?"));
    if (!tenantCode.isEmpty())
        query.addBindValue(tenantCode);
    query.addBindValue(limit);
    QJsonArray items;
    if (!query.exec())
        return items;
    while (query.next()) {
        protocol::AuditEntry e;
        e.id = query.value(0).toLongLong();
        e.at = protocol::parseTimestamp(query.value(1).toString());
        e.credentialId = query.value(2).toString();
        e.action = query.value(3).toString();
        e.target = query.value(4).toString();
        e.tenantCode = query.value(5).toString();
        e.outcome = query.value(6).toString();
        e.correlationId = query.value(7).toString();
        e.detail = query.value(8).toString();
        items.append(e.toJson());
    }
    return items;
}

qint64 AuditLog::count(const QString &tenantCode) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM audit") +
                  (tenantCode.isEmpty() ? QString() : QStringLiteral(" WHERE tenant_code = ?")));
    if (!tenantCode.isEmpty())
        query.addBindValue(tenantCode);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace lgsp::sandbox
