#include "protocol/health.h"

#include "protocol/jsonreader.h"
#include "protocol/timestamps.h"

#include <QJsonArray>

namespace lgsp::protocol {

namespace {

// A check's parameters: an object of strings and whole numbers (absent: none). Anything
// else is refused rather than shown half-understood.
QJsonObject checkParams(const QJsonValue &value, const QString &where, JsonReader *reader)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject()) {
        reader->fail(where, JsonReader::tr("expected an object"));
        return {};
    }
    const QJsonObject params = value.toObject();
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        const bool whole = it->isDouble() && wholeNumber(it->toDouble(), -kMaxCount, kMaxCount);
        if (!it->isString() && !whole) {
            reader->fail(where + QLatin1Char('/') + it.key(),
                         JsonReader::tr("expected a string or a whole number"));
            return {};
        }
    }
    return params;
}

} // namespace

QJsonObject HealthReport::toJson() const
{
    QJsonArray list;
    for (const Check &c : checks) {
        QJsonObject item{
            {QStringLiteral("name"), c.name},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("detail"), c.detail},
            {QStringLiteral("lastCheckedAt"), c.lastCheckedAt.isValid()
                                                  ? QJsonValue(formatTimestamp(c.lastCheckedAt))
                                                  : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("nextCheckAt"), c.nextCheckAt.isValid()
                                                ? QJsonValue(formatTimestamp(c.nextCheckAt))
                                                : QJsonValue(QJsonValue::Null)},
        };
        if (!c.code.isEmpty()) {
            item.insert(QStringLiteral("code"), c.code);
            item.insert(QStringLiteral("params"), c.params);
        }
        list.append(item);
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
        c.code = item.optionalString(QStringLiteral("code"));
        c.params = checkParams(list.at(i).toObject().value(QStringLiteral("params")),
                               QStringLiteral("/checks/%1/params").arg(i), &reader);
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
