#include "protocol/configbundle.h"

#include "protocol/jsonreader.h"
#include "protocol/timestamps.h"

#include <QJsonArray>
#include <QSet>

namespace lgsp::protocol {

namespace {

QJsonObject tenantJson(const ConfigBundle::BundleTenant &t)
{
    QJsonObject o = t.input.toJson();
    o.insert(QStringLiteral("status"), t.status);
    return o;
}

QJsonObject serviceJson(const ConfigBundle::BundleService &s)
{
    const ServiceInput &in = s.input;
    return QJsonObject{
        {QStringLiteral("code"), in.code},
        {QStringLiteral("tenantCode"), in.tenantCode},
        {QStringLiteral("name"), in.name},
        {QStringLiteral("version"), in.version},
        {QStringLiteral("protocol"), in.protocol},
        {QStringLiteral("definitionType"), in.definitionType},
        {QStringLiteral("upstreamUrl"), in.upstreamUrl},
        {QStringLiteral("visibility"), in.visibility},
        {QStringLiteral("status"), s.status},
        {QStringLiteral("consumers"),
         QJsonArray::fromStringList(in.consumers.value_or(QStringList()))},
        {QStringLiteral("sla"),
         QJsonObject{{QStringLiteral("timeoutMs"), in.timeoutMs.value_or(10000)},
                     {QStringLiteral("rateLimitPerMin"), in.rateLimitPerMin.value_or(600)}}},
        {QStringLiteral("definition"), in.definition},
    };
}

void prefixed(QList<DecodeError> *out, const QList<DecodeError> &errors, const QString &prefix)
{
    for (const DecodeError &e : errors)
        out->append(DecodeError{prefix + e.field, e.message});
}

} // namespace

QJsonObject ConfigBundle::toJson() const
{
    QJsonArray tenantArray;
    for (const BundleTenant &t : tenants)
        tenantArray.append(tenantJson(t));
    QJsonArray serviceArray;
    for (const BundleService &s : services)
        serviceArray.append(serviceJson(s));
    QJsonObject object{
        {QStringLiteral("schemaVersion"), schemaVersion},
        {QStringLiteral("instance"), QJsonObject{{QStringLiteral("name"), instanceName}}},
        {QStringLiteral("revision"), revision},
        {QStringLiteral("tenants"), tenantArray},
        {QStringLiteral("services"), serviceArray},
        {QStringLiteral("policies"), policies},
    };
    // Optional: a bundle written by hand has no export time.
    if (exportedAt.isValid())
        object.insert(QStringLiteral("exportedAt"), formatTimestamp(exportedAt));
    return object;
}

std::optional<ConfigBundle> ConfigBundle::fromJson(const QJsonObject &object,
                                                   QList<DecodeError> *errors)
{
    QList<DecodeError> all;
    JsonReader reader(object);
    ConfigBundle bundle;
    bundle.schemaVersion = int(reader.requiredInteger(QStringLiteral("schemaVersion"), 1, 1000));
    if (reader.ok() && bundle.schemaVersion != kSchemaVersion)
        reader.fail(QStringLiteral("/schemaVersion"),
                    JsonReader::tr("schema version %1 is not supported (this version reads %2)")
                        .arg(bundle.schemaVersion)
                        .arg(kSchemaVersion));
    JsonReader instance(reader.object(QStringLiteral("instance"), false),
                        QStringLiteral("/instance"));
    bundle.instanceName = instance.optionalString(QStringLiteral("name"));
    bundle.revision = reader.optionalInteger(QStringLiteral("revision"), 0, 1LL << 53, 0);
    bundle.exportedAt = reader.optionalTimestamp(QStringLiteral("exportedAt"));
    bundle.policies = reader.object(QStringLiteral("policies"), false);
    all += reader.errors();
    all += instance.errors();

    auto arrayOf = [&](const QString &key) {
        const QJsonValue v = object.value(key);
        if (!v.isArray()) {
            all.append(DecodeError{QLatin1Char('/') + key, JsonReader::tr("expected an array")});
            return QJsonArray();
        }
        return v.toArray();
    };
    QSet<QString> tenantCodes;
    const QJsonArray tenantArray = arrayOf(QStringLiteral("tenants"));
    for (qsizetype i = 0; i < tenantArray.size(); ++i) {
        const QString pointer = QStringLiteral("/tenants/%1").arg(i);
        if (!tenantArray.at(i).isObject()) {
            all.append(DecodeError{pointer, JsonReader::tr("expected an object")});
            continue;
        }
        const QJsonObject t = tenantArray.at(i).toObject();
        JsonReader tenantReader(t, pointer);
        const QString status =
            tenantReader.requiredEnum(QStringLiteral("status"), Tenant::statuses());
        all += tenantReader.errors();
        QJsonObject createForm = t;
        createForm.remove(QStringLiteral("status"));
        QList<DecodeError> inputErrors;
        const std::optional<TenantInput> input =
            TenantInput::fromJson(createForm, false, &inputErrors);
        prefixed(&all, inputErrors, pointer);
        if (!input)
            continue;
        if (tenantCodes.contains(input->code)) {
            all.append(DecodeError{pointer + QStringLiteral("/code"),
                                   JsonReader::tr("duplicate tenant code %1").arg(input->code)});
            continue;
        }
        tenantCodes.insert(input->code);
        bundle.tenants.append(BundleTenant{*input, status});
    }

    QSet<QString> serviceIds;
    const QJsonArray serviceArray = arrayOf(QStringLiteral("services"));
    for (qsizetype i = 0; i < serviceArray.size(); ++i) {
        const QString pointer = QStringLiteral("/services/%1").arg(i);
        if (!serviceArray.at(i).isObject()) {
            all.append(DecodeError{pointer, JsonReader::tr("expected an object")});
            continue;
        }
        const QJsonObject s = serviceArray.at(i).toObject();
        JsonReader serviceReader(s, pointer);
        const QString status =
            serviceReader.requiredEnum(QStringLiteral("status"), Service::statuses());
        all += serviceReader.errors();
        QJsonObject createForm = s;
        createForm.remove(QStringLiteral("status"));
        QList<DecodeError> inputErrors;
        const std::optional<ServiceInput> input =
            ServiceInput::fromJson(createForm, false, &inputErrors);
        prefixed(&all, inputErrors, pointer);
        if (!input)
            continue;
        BundleService service{*input, status};
        if (!tenantCodes.contains(input->tenantCode))
            all.append(
                DecodeError{pointer + QStringLiteral("/tenantCode"),
                            JsonReader::tr("no tenant %1 in this bundle").arg(input->tenantCode)});
        const QStringList consumers = input->consumers.value_or(QStringList());
        for (qsizetype c = 0; c < consumers.size(); ++c) {
            if (!tenantCodes.contains(consumers.at(c)))
                all.append(DecodeError{
                    pointer + QStringLiteral("/consumers/%1").arg(c),
                    JsonReader::tr("no tenant %1 in this bundle").arg(consumers.at(c))});
        }
        if (serviceIds.contains(service.id())) {
            all.append(DecodeError{pointer + QStringLiteral("/code"),
                                   JsonReader::tr("duplicate service %1").arg(service.id())});
            continue;
        }
        serviceIds.insert(service.id());
        bundle.services.append(service);
    }
    if (!all.isEmpty()) {
        if (errors)
            *errors = all;
        return std::nullopt;
    }
    return bundle;
}

} // namespace lgsp::protocol
