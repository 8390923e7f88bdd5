#include "protocol/instanceinfo.h"

#include "protocol/jsonreader.h"
#include "protocol/timestamps.h"

#include <QJsonArray>

namespace lgsp::protocol {

QJsonObject InstanceInfo::toJson() const
{
    QJsonObject object{
        {QLatin1String("name"), name},
        {QLatin1String("operator"), operatorName},
        {QLatin1String("version"), version},
        {QLatin1String("apiVersion"), apiVersion},
        {QLatin1String("capabilities"), QJsonArray::fromStringList(capabilities)},
        {QLatin1String("time"), formatTimestamp(time)},
    };
    if (startedAt.isValid())
        object.insert(QLatin1String("startedAt"), formatTimestamp(startedAt));
    return object;
}

std::optional<InstanceInfo> InstanceInfo::fromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader reader(object);
    InstanceInfo info;
    info.name = reader.requiredString(QStringLiteral("name"));
    info.operatorName = reader.requiredString(QStringLiteral("operator"));
    info.version = reader.requiredString(QStringLiteral("version"));
    info.apiVersion = reader.requiredString(QStringLiteral("apiVersion"));
    info.capabilities = reader.requiredStringList(QStringLiteral("capabilities"));
    info.time = reader.requiredTimestamp(QStringLiteral("time"));
    info.startedAt = reader.optionalTimestamp(QStringLiteral("startedAt"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return info;
}

bool InstanceInfo::isCompatible() const
{
    const qsizetype dot = apiVersion.indexOf(QLatin1Char('.'));
    bool ok = false;
    const int major = QStringView(apiVersion).left(dot < 0 ? apiVersion.size() : dot).toInt(&ok);
    return ok && major == kApiMajorVersion;
}

} // namespace lgsp::protocol
