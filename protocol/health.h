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
        QString detail;
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
