#pragma once

#include "protocol/decodeerror.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace lgsp::protocol {

// One entry of GET /audit: who changed what, when, with what outcome.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString credentialId;
    QString action; // tenant.create, service.publish, config.apply, token.issue…
    QString target;
    QString tenantCode; // empty: instance-wide
    QString outcome;    // "ok" or an error code
    QString correlationId;
    QString detail;

    QJsonObject toJson() const;
    static std::optional<AuditEntry> fromJson(const QJsonObject &object, DecodeError *error);
};

} // namespace lgsp::protocol
