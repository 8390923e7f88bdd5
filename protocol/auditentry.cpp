#include "protocol/auditentry.h"

#include "protocol/jsonreader.h"
#include "protocol/timestamps.h"

namespace lgsp::protocol {

QJsonObject AuditEntry::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("at"), formatTimestamp(at)},
        {QStringLiteral("credentialId"), credentialId},
        {QStringLiteral("action"), action},
        {QStringLiteral("target"), target},
        {QStringLiteral("tenantCode"),
         tenantCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tenantCode)},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("correlationId"), correlationId},
        {QStringLiteral("detail"), detail},
    };
}

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader reader(object);
    AuditEntry e;
    e.id = reader.requiredInteger(QStringLiteral("id"), 0, 1LL << 53);
    e.at = reader.requiredTimestamp(QStringLiteral("at"));
    e.credentialId = reader.requiredString(QStringLiteral("credentialId"));
    e.action = reader.requiredString(QStringLiteral("action"));
    e.target = reader.requiredString(QStringLiteral("target"));
    e.tenantCode = reader.optionalString(QStringLiteral("tenantCode"));
    e.outcome = reader.requiredString(QStringLiteral("outcome"));
    e.correlationId = reader.requiredString(QStringLiteral("correlationId"));
    e.detail = reader.optionalString(QStringLiteral("detail"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return e;
}

} // namespace lgsp::protocol
