#pragma once

#include "protocol/decodeerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace lgsp::protocol {

// The only API version this build speaks; /info's apiVersion must share its major number.
inline constexpr int kApiMajorVersion = 1;

// GET /api/v1/info — who the instance is. Needs no credential.
struct InstanceInfo
{
    QString name;         // "LGSP tỉnh Hậu Giang"
    QString operatorName; // the agency that runs the instance ("operator" on the wire)
    QString version;      // server software version
    QString apiVersion;   // "1.0"
    QStringList capabilities;
    QDateTime time;      // the server's clock, for skew detection
    QDateTime startedAt; // when the server process started; invalid when not reported

    QJsonObject toJson() const;
    static std::optional<InstanceInfo> fromJson(const QJsonObject &object, DecodeError *error);

    // True when apiVersion's major number is the one this build speaks.
    bool isCompatible() const;

    friend bool operator==(const InstanceInfo &a, const InstanceInfo &b)
    {
        return a.name == b.name && a.operatorName == b.operatorName && a.version == b.version &&
               a.apiVersion == b.apiVersion && a.capabilities == b.capabilities &&
               a.time == b.time && a.startedAt == b.startedAt;
    }
};

} // namespace lgsp::protocol
