#include "protocol/configchange.h"

#include "protocol/jsonreader.h"

#include <QJsonArray>

namespace lgsp::protocol {

namespace {

template<typename T>
std::optional<T> finish(const JsonReader &reader, T value, DecodeError *error)
{
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return value;
}

// Reads an array of objects with T::fromJson; the first bad item is the error.
template<typename Codec,
         typename T = typename decltype(Codec::fromJson(QJsonObject(), nullptr))::value_type>
QList<T> readList(const QJsonObject &object, const QString &key, JsonReader *reader)
{
    QList<T> list;
    const QJsonValue value = object.value(key);
    if (!value.isArray()) {
        reader->fail(reader->pointerTo(key), JsonReader::tr("expected an array"));
        return list;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString pointer = reader->pointerTo(key) + QStringLiteral("/%1").arg(i);
        if (!array.at(i).isObject()) {
            reader->fail(pointer, JsonReader::tr("expected an object"));
            return list;
        }
        DecodeError itemError;
        std::optional<T> item = Codec::fromJson(array.at(i).toObject(), &itemError);
        if (!item) {
            reader->fail(pointer + itemError.field, itemError.message);
            return list;
        }
        list.append(std::move(*item));
    }
    return list;
}

struct FieldErrorCodec
{
    static std::optional<Problem::FieldError> fromJson(const QJsonObject &object,
                                                       DecodeError *error)
    {
        JsonReader reader(object);
        Problem::FieldError e;
        e.field = reader.requiredString(QStringLiteral("pointer"));
        e.code = reader.optionalString(QStringLiteral("code"));
        e.message = reader.requiredString(QStringLiteral("message"));
        return finish(reader, e, error);
    }
};

QJsonArray changesToJson(const QList<ConfigChange> &changes)
{
    QJsonArray array;
    for (const ConfigChange &c : changes)
        array.append(c.toJson());
    return array;
}

} // namespace

QJsonObject ConfigChange::toJson() const
{
    QJsonObject object{
        {QStringLiteral("op"), op}, {QStringLiteral("kind"), kind}, {QStringLiteral("id"), id}};
    if (!fields.isEmpty())
        object.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    return object;
}

std::optional<ConfigChange> ConfigChange::fromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader reader(object);
    ConfigChange c;
    c.op =
        reader.requiredEnum(QStringLiteral("op"), {QStringLiteral("add"), QStringLiteral("change"),
                                                   QStringLiteral("remove")});
    c.kind = reader.requiredString(QStringLiteral("kind"));
    c.id = reader.requiredString(QStringLiteral("id"));
    c.fields = reader.optionalStringList(QStringLiteral("fields"));
    return finish(reader, c, error);
}

QJsonObject ConfigValidation::toJson() const
{
    QJsonArray errorArray;
    for (const Problem::FieldError &e : errors)
        errorArray.append(QJsonObject{{QStringLiteral("pointer"), e.field},
                                      {QStringLiteral("code"), e.code},
                                      {QStringLiteral("message"), e.message}});
    return QJsonObject{{QStringLiteral("valid"), valid},
                       {QStringLiteral("revision"), revision},
                       {QStringLiteral("changes"), changesToJson(changes)},
                       {QStringLiteral("errors"), errorArray}};
}

std::optional<ConfigValidation> ConfigValidation::fromJson(const QJsonObject &object,
                                                           DecodeError *error)
{
    JsonReader reader(object);
    ConfigValidation v;
    if (!object.value(QStringLiteral("valid")).isBool())
        reader.fail(QStringLiteral("/valid"), JsonReader::tr("expected a boolean"));
    v.valid = object.value(QStringLiteral("valid")).toBool();
    v.revision = reader.requiredInteger(QStringLiteral("revision"), 0, 1LL << 53);
    v.changes = readList<ConfigChange>(object, QStringLiteral("changes"), &reader);
    v.errors = readList<FieldErrorCodec>(object, QStringLiteral("errors"), &reader);
    return finish(reader, v, error);
}

QJsonObject ConfigApplyResult::toJson() const
{
    return QJsonObject{{QStringLiteral("revision"), revision},
                       {QStringLiteral("changes"), changesToJson(changes)},
                       {QStringLiteral("correlationId"), correlationId}};
}

std::optional<ConfigApplyResult> ConfigApplyResult::fromJson(const QJsonObject &object,
                                                             DecodeError *error)
{
    JsonReader reader(object);
    ConfigApplyResult r;
    r.revision = reader.requiredInteger(QStringLiteral("revision"), 0, 1LL << 53);
    r.changes = readList<ConfigChange>(object, QStringLiteral("changes"), &reader);
    r.correlationId = reader.optionalString(QStringLiteral("correlationId"));
    return finish(reader, r, error);
}

QByteArray configRevisionEtag(qint64 revision)
{
    return "\"r" + QByteArray::number(revision) + '"';
}

QJsonObject TokenResponse::toJson() const
{
    return QJsonObject{{QStringLiteral("access_token"), accessToken},
                       {QStringLiteral("token_type"), tokenType},
                       {QStringLiteral("expires_in"), expiresIn},
                       {QStringLiteral("scope"), scope}};
}

std::optional<TokenResponse> TokenResponse::fromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader reader(object);
    TokenResponse t;
    t.accessToken = reader.requiredString(QStringLiteral("access_token"));
    t.tokenType = reader.requiredString(QStringLiteral("token_type"));
    // expires_in is RECOMMENDED, not required; without it the token lives until refused.
    t.expiresIn = reader.optionalInteger(QStringLiteral("expires_in"), 0, 10LL * 365 * 86400, 0);
    t.scope = reader.optionalString(QStringLiteral("scope"));
    if (reader.ok() && t.tokenType.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
        reader.fail(QStringLiteral("/token_type"), JsonReader::tr("expected \"Bearer\""));
    if (reader.ok() && t.accessToken.isEmpty())
        reader.fail(QStringLiteral("/access_token"), JsonReader::tr("must not be empty"));
    return finish(reader, t, error);
}

} // namespace lgsp::protocol
