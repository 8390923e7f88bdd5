#include "protocol/tenant.h"

#include "protocol/agencycode.h"
#include "protocol/jsonreader.h"
#include "protocol/textfold.h"
#include "protocol/timestamps.h"

#include <QJsonArray>

namespace lgsp::protocol {

namespace {
const QString kCode = QStringLiteral("code");
const QString kName = QStringLiteral("name");
const QString kNameEn = QStringLiteral("nameEn");
const QString kKind = QStringLiteral("kind");
const QString kStatus = QStringLiteral("status");
const QString kContact = QStringLiteral("contact");

QJsonObject contactJson(const QString &name, const QString &email, const QString &phone)
{
    return QJsonObject{
        {kName, name}, {QStringLiteral("email"), email}, {QStringLiteral("phone"), phone}};
}
} // namespace

QStringList Tenant::kinds()
{
    return {QStringLiteral("ministry"), QStringLiteral("province"), QStringLiteral("agency")};
}

QStringList Tenant::statuses()
{
    return {QStringLiteral("trial"), QStringLiteral("active"), QStringLiteral("suspended"),
            QStringLiteral("closed")};
}

QJsonObject Tenant::toJson() const
{
    return QJsonObject{
        {kCode, code},
        {kName, name},
        {kNameEn, nameEn},
        {kKind, kind},
        {kStatus, status},
        {QStringLiteral("ndxpMemberId"), ndxpMemberId},
        {kContact, contactJson(contactName, contactEmail, contactPhone)},
        {QStringLiteral("codeVerified"), codeVerified},
        {QStringLiteral("createdAt"), formatTimestamp(createdAt)},
        {QStringLiteral("updatedAt"), formatTimestamp(updatedAt)},
        {QStringLiteral("serviceCount"),
         serviceCount < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(serviceCount)},
        {QStringLiteral("consumerCount"),
         consumerCount < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(consumerCount)},
        {QStringLiteral("allowedActions"), QJsonArray::fromStringList(allowedActions)},
    };
}

std::optional<Tenant> Tenant::fromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader reader(object);
    Tenant t;
    t.code = reader.requiredString(kCode);
    t.name = reader.requiredString(kName);
    t.nameEn = reader.optionalString(kNameEn);
    t.kind = reader.requiredEnum(kKind, kinds());
    t.status = reader.requiredEnum(kStatus, statuses());
    t.ndxpMemberId = reader.optionalString(QStringLiteral("ndxpMemberId"));
    JsonReader contact(reader.object(kContact, false), reader.pointerTo(kContact));
    t.contactName = contact.optionalString(kName);
    t.contactEmail = contact.optionalString(QStringLiteral("email"));
    t.contactPhone = contact.optionalString(QStringLiteral("phone"));
    t.codeVerified = reader.optionalBool(QStringLiteral("codeVerified"), true);
    t.createdAt = reader.requiredTimestamp(QStringLiteral("createdAt"));
    t.updatedAt = reader.requiredTimestamp(QStringLiteral("updatedAt"));
    t.serviceCount = reader.optionalInteger(QStringLiteral("serviceCount"), 0, 1LL << 40, 0);
    t.consumerCount = reader.optionalInteger(QStringLiteral("consumerCount"), 0, 1LL << 40, 0);
    t.allowedActions = reader.optionalStringList(QStringLiteral("allowedActions"));
    for (const DecodeError &e : contact.errors())
        reader.fail(e.field, e.message);
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return t;
}

std::optional<TenantInput> TenantInput::fromJson(const QJsonObject &object, bool forUpdate,
                                                 QList<DecodeError> *errors)
{
    JsonReader reader(object);
    TenantInput in;
    const bool required = !forUpdate;
    auto text = [&](const QString &key, bool isRequired) {
        return isRequired ? reader.requiredString(key) : reader.optionalString(key);
    };
    if (!forUpdate) {
        in.code = reader.requiredString(kCode);
        if (object.value(kCode).isString() && in.code.isEmpty()) {
            reader.fail(reader.pointerTo(kCode), JsonReader::tr("must not be empty"));
        } else if (!in.code.isEmpty() && !isValidAgencyCode(in.code)) {
            reader.fail(reader.pointerTo(kCode),
                        JsonReader::tr("not an agency code (NNN.NN.NN.XNN, or up to 35 "
                                       "characters of 0-9, A-Z and dots)"));
        }
    } else if (object.contains(kCode)) {
        reader.fail(reader.pointerTo(kCode), JsonReader::tr("the code cannot be changed"));
    }
    in.name = toNfc(text(kName, required)).trimmed();
    if (object.contains(kName) && in.name.isEmpty() && reader.ok())
        reader.fail(reader.pointerTo(kName), JsonReader::tr("must not be empty"));
    if (in.name.size() > 200)
        reader.fail(reader.pointerTo(kName), JsonReader::tr("longer than 200 characters"));
    in.nameEn = toNfc(reader.optionalString(kNameEn)).trimmed();
    in.kind = required ? reader.requiredEnum(kKind, Tenant::kinds())
                       : reader.optionalEnum(kKind, Tenant::kinds(), QString());
    // Status changes go through the suspend/resume/close actions, except at creation.
    if (forUpdate && object.contains(kStatus)) {
        reader.fail(reader.pointerTo(kStatus),
                    JsonReader::tr("use the suspend, resume or close action"));
    } else if (!forUpdate) {
        in.status = reader.optionalEnum(
            kStatus, {QStringLiteral("trial"), QStringLiteral("active")}, QStringLiteral("trial"));
    }
    JsonReader contact(reader.object(kContact, false), reader.pointerTo(kContact));
    in.contactName = toNfc(contact.optionalString(kName)).trimmed();
    in.contactEmail = contact.optionalString(QStringLiteral("email")).trimmed();
    in.contactPhone = contact.optionalString(QStringLiteral("phone")).trimmed();
    if (!in.contactEmail.isEmpty() && !in.contactEmail.contains(QLatin1Char('@'))) {
        contact.fail(contact.pointerTo(QStringLiteral("email")),
                     JsonReader::tr("not an e-mail address"));
    }
    QList<DecodeError> all = reader.errors();
    all += contact.errors();
    if (!all.isEmpty()) {
        if (errors)
            *errors = all;
        return std::nullopt;
    }
    return in;
}

QJsonObject TenantInput::toJson() const
{
    QJsonObject o{{kName, name}, {kNameEn, nameEn}, {kKind, kind}};
    if (!code.isEmpty())
        o.insert(kCode, code);
    if (!status.isEmpty())
        o.insert(kStatus, status);
    o.insert(kContact, contactJson(contactName, contactEmail, contactPhone));
    return o;
}

} // namespace lgsp::protocol
