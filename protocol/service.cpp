#include "protocol/service.h"

#include "protocol/agencycode.h"
#include "protocol/jsonreader.h"
#include "protocol/textfold.h"
#include "protocol/timestamps.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace lgsp::protocol {

namespace {
const QString kSla = QStringLiteral("sla");
const QString kTimeout = QStringLiteral("timeoutMs");
const QString kRate = QStringLiteral("rateLimitPerMin");
constexpr qint64 kMaxDefinitionChars = 1024 * 1024;
} // namespace

QStringList Service::protocols()
{
    return {QStringLiteral("REST"), QStringLiteral("SOAP")};
}

QStringList Service::definitionTypes()
{
    return {QStringLiteral("OAS3"), QStringLiteral("OAS2"), QStringLiteral("WSDL1"),
            QStringLiteral("WSDL2")};
}

QStringList Service::statuses()
{
    return {QStringLiteral("draft"), QStringLiteral("published"), QStringLiteral("deprecated"),
            QStringLiteral("retired")};
}

QStringList Service::visibilities()
{
    return {QStringLiteral("tenant"), QStringLiteral("instance"), QStringLiteral("ndxp")};
}

QJsonObject Service::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("code"), code},
        {QStringLiteral("name"), name},
        {QStringLiteral("version"), version},
        {QStringLiteral("tenantCode"), tenantCode},
        {QStringLiteral("protocol"), protocol},
        {QStringLiteral("definitionType"), definitionType},
        {QStringLiteral("upstreamUrl"), upstreamUrl},
        {QStringLiteral("gatewayPath"), gatewayPath},
        {QStringLiteral("status"), status},
        {QStringLiteral("visibility"), visibility},
        {QStringLiteral("consumers"), QJsonArray::fromStringList(consumers)},
        {kSla, QJsonObject{{kTimeout, timeoutMs}, {kRate, rateLimitPerMin}}},
        {QStringLiteral("updatedAt"), formatTimestamp(updatedAt)},
        {QStringLiteral("allowedActions"), QJsonArray::fromStringList(allowedActions)},
    };
}

std::optional<Service> Service::fromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader reader(object);
    Service s;
    s.id = reader.requiredString(QStringLiteral("id"));
    s.code = reader.requiredString(QStringLiteral("code"));
    s.name = reader.requiredString(QStringLiteral("name"));
    s.version = reader.requiredString(QStringLiteral("version"));
    s.tenantCode = reader.requiredString(QStringLiteral("tenantCode"));
    s.protocol = reader.requiredEnum(QStringLiteral("protocol"), protocols());
    s.definitionType = reader.requiredEnum(QStringLiteral("definitionType"), definitionTypes());
    s.upstreamUrl = reader.requiredString(QStringLiteral("upstreamUrl"));
    s.gatewayPath = reader.requiredString(QStringLiteral("gatewayPath"));
    s.status = reader.requiredEnum(QStringLiteral("status"), statuses());
    s.visibility = reader.requiredEnum(QStringLiteral("visibility"), visibilities());
    s.consumers = reader.requiredStringList(QStringLiteral("consumers"));
    JsonReader sla(reader.object(kSla, true), reader.pointerTo(kSla));
    s.timeoutMs = sla.requiredInteger(kTimeout, 1, 3600 * 1000);
    s.rateLimitPerMin = sla.requiredInteger(kRate, 1, 100000000);
    s.updatedAt = reader.requiredTimestamp(QStringLiteral("updatedAt"));
    s.allowedActions = reader.optionalStringList(QStringLiteral("allowedActions"));
    for (const DecodeError &e : sla.errors())
        reader.fail(e.field, e.message);
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return s;
}

bool ServiceInput::isValidCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{1,63}$"));
    return pattern.match(code).hasMatch();
}

std::optional<ServiceInput> ServiceInput::fromJson(const QJsonObject &object, bool forUpdate,
                                                   QList<DecodeError> *errors)
{
    JsonReader reader(object);
    ServiceInput in;
    auto text = [&](const QString &key) {
        return forUpdate ? reader.optionalString(key) : reader.requiredString(key);
    };
    auto choice = [&](const QString &key, const QStringList &allowed, const QString &fallback) {
        return forUpdate ? reader.optionalEnum(key, allowed, QString())
                         : (fallback.isEmpty() ? reader.requiredEnum(key, allowed)
                                               : reader.optionalEnum(key, allowed, fallback));
    };
    for (const char *fixed : {"code", "tenantCode"}) {
        const QString key = QString::fromLatin1(fixed);
        if (forUpdate && object.contains(key))
            reader.fail(reader.pointerTo(key), JsonReader::tr("the code cannot be changed"));
    }
    if (forUpdate && object.contains(QStringLiteral("status")))
        reader.fail(reader.pointerTo(QStringLiteral("status")),
                    JsonReader::tr("use the publish, deprecate or retire action"));
    if (!forUpdate) {
        in.code = reader.requiredString(QStringLiteral("code"));
        if (object.value(QStringLiteral("code")).isString() && !isValidCode(in.code))
            reader.fail(reader.pointerTo(QStringLiteral("code")),
                        JsonReader::tr("2 to 64 characters: a-z, 0-9 and '-'"));
        in.tenantCode = reader.requiredString(QStringLiteral("tenantCode"));
        if (object.value(QStringLiteral("tenantCode")).isString() &&
            !isValidAgencyCode(in.tenantCode))
            reader.fail(reader.pointerTo(QStringLiteral("tenantCode")),
                        JsonReader::tr("not an agency code (NNN.NN.NN.XNN, or up to 35 "
                                       "characters of 0-9, A-Z and dots)"));
    }
    in.name = toNfc(text(QStringLiteral("name"))).trimmed();
    if (object.contains(QStringLiteral("name")) && in.name.isEmpty() && reader.ok())
        reader.fail(reader.pointerTo(QStringLiteral("name")), JsonReader::tr("must not be empty"));
    in.version = text(QStringLiteral("version")).trimmed();
    in.protocol = choice(QStringLiteral("protocol"), Service::protocols(), QString());
    in.definitionType =
        choice(QStringLiteral("definitionType"), Service::definitionTypes(), QString());
    in.visibility =
        choice(QStringLiteral("visibility"), Service::visibilities(), QStringLiteral("tenant"));
    in.upstreamUrl = text(QStringLiteral("upstreamUrl")).trimmed();
    if (in.upstreamUrl.isEmpty() && object.value(QStringLiteral("upstreamUrl")).isString()) {
        reader.fail(reader.pointerTo(QStringLiteral("upstreamUrl")),
                    JsonReader::tr("must not be empty"));
    } else if (!in.upstreamUrl.isEmpty()) {
        const QUrl url(in.upstreamUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            reader.fail(reader.pointerTo(QStringLiteral("upstreamUrl")),
                        JsonReader::tr("not an http or https URL"));
    }
    if (object.contains(QStringLiteral("consumers"))) {
        in.consumers = reader.optionalStringList(QStringLiteral("consumers"));
        for (qsizetype i = 0; i < in.consumers->size(); ++i) {
            if (!isValidAgencyCode(in.consumers->at(i)))
                reader.fail(reader.pointerTo(QStringLiteral("consumers")) +
                                QStringLiteral("/%1").arg(i),
                            JsonReader::tr("not an agency code (NNN.NN.NN.XNN, or up to 35 "
                                           "characters of 0-9, A-Z and dots)"));
        }
    }
    if (object.contains(kSla)) {
        JsonReader sla(reader.object(kSla, false), reader.pointerTo(kSla));
        if (object.value(kSla).toObject().contains(kTimeout))
            in.timeoutMs = sla.requiredInteger(kTimeout, 100, 120000);
        if (object.value(kSla).toObject().contains(kRate))
            in.rateLimitPerMin = sla.requiredInteger(kRate, 1, 1000000);
        for (const DecodeError &e : sla.errors())
            reader.fail(e.field, e.message);
    }
    in.definition = reader.optionalString(QStringLiteral("definition"));
    if (in.definition.size() > kMaxDefinitionChars)
        reader.fail(reader.pointerTo(QStringLiteral("definition")),
                    JsonReader::tr("longer than 1 MiB"));
    if (!reader.ok()) {
        if (errors)
            *errors = reader.errors();
        return std::nullopt;
    }
    return in;
}

QJsonObject ServiceInput::toJson() const
{
    QJsonObject object;
    const auto put = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    put("code", code);
    put("name", name);
    put("version", version);
    put("tenantCode", tenantCode);
    put("protocol", protocol);
    put("definitionType", definitionType);
    put("upstreamUrl", upstreamUrl);
    put("visibility", visibility);
    put("definition", definition);
    if (consumers)
        object.insert(QStringLiteral("consumers"), QJsonArray::fromStringList(*consumers));
    if (timeoutMs || rateLimitPerMin) {
        QJsonObject sla;
        if (timeoutMs)
            sla.insert(QStringLiteral("timeoutMs"), *timeoutMs);
        if (rateLimitPerMin)
            sla.insert(QStringLiteral("rateLimitPerMin"), *rateLimitPerMin);
        object.insert(QStringLiteral("sla"), sla);
    }
    return object;
}

} // namespace lgsp::protocol
