#include "protocol/health.h"

#include "protocol/jsonreader.h"
#include "protocol/timestamps.h"

#include <QJsonArray>

namespace lgsp::protocol {

QJsonObject HealthReport::toJson() const
{
    QJsonArray list;
    for (const Check &c : checks) {
        list.append(QJsonObject{
            {QStringLiteral("name"), c.name},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("detail"), c.detail},
            {QStringLiteral("lastCheckedAt"), c.lastCheckedAt.isValid()
                                                  ? QJsonValue(formatTimestamp(c.lastCheckedAt))
                                                  : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("nextCheckAt"), c.nextCheckAt.isValid()
                                                ? QJsonValue(formatTimestamp(c.nextCheckAt))
                                                : QJsonValue(QJsonValue::Null)},
        });
    }
    return QJsonObject{{QStringLiteral("status"), status},
                       {QStringLiteral("time"), formatTimestamp(time)},
                       {QStringLiteral("checks"), list}};
}

std::optional<HealthReport> HealthReport::fromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader reader(object);
    HealthReport r;
    r.status = reader.requiredEnum(
        QStringLiteral("status"),
        {QStringLiteral("ok"), QStringLiteral("degraded"), QStringLiteral("down")});
    r.time = reader.requiredTimestamp(QStringLiteral("time"));
    const QJsonValue checks = object.value(QStringLiteral("checks"));
    if (!checks.isArray())
        reader.fail(QStringLiteral("/checks"), JsonReader::tr("expected an array"));
    const QJsonArray list = checks.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        JsonReader item(list.at(i).toObject(), QStringLiteral("/checks/%1").arg(i));
        Check c;
        c.name = item.requiredString(QStringLiteral("name"));
        c.status = item.requiredEnum(
            QStringLiteral("status"),
            {QStringLiteral("ok"), QStringLiteral("warn"), QStringLiteral("fail")});
        c.detail = item.optionalString(QStringLiteral("detail"));
        c.lastCheckedAt = item.optionalTimestamp(QStringLiteral("lastCheckedAt"));
        c.nextCheckAt = item.optionalTimestamp(QStringLiteral("nextCheckAt"));
        for (const DecodeError &d : item.errors())
            reader.fail(d.field, d.message);
        r.checks.append(c);
    }
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return r;
}

} // namespace lgsp::protocol
