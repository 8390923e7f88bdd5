#pragma once

#include "protocol/decodeerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace lgsp::protocol {

// GET /health: the instance's own checks (database, gateway, ndxp-link, certificates, disk).
struct HealthReport
{
    struct Check
    {
        QString name;
        QString status; // ok | warn | fail
        // What the detail says, as a code with its parameters (strings and whole numbers),
        // so the console words it in its own language; empty from servers that send only
        // text. Codes: the OpenAPI document's HealthCheckCode.
        QString code;
        QJsonObject params;
        QString detail;          // English (or the server's language): the fallback
        QDateTime lastCheckedAt; // invalid: not checked yet
        QDateTime nextCheckAt;
    };
    QString status; // ok | degraded | down
    QDateTime time;
    QList<Check> checks;

    QJsonObject toJson() const;
    static std::optional<HealthReport> fromJson(const QJsonObject &object, DecodeError *error);
};

} // namespace lgsp::protocol
