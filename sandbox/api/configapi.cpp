#include "sandbox/api/configapi.h"

#include "protocol/jsonreader.h"
#include "sandbox/api/problems.h"
#include "sandbox/storage/database.h"

#include <QHash>
#include <QJsonArray>

namespace lgsp::sandbox {

using protocol::ConfigBundle;

namespace {

constexpr int kAll = 1000000;

QJsonObject tenantFields(const ConfigBundle::BundleTenant &t)
{
    QJsonObject o = t.input.toJson();
    o.insert(QStringLiteral("status"), t.status);
    o.remove(QStringLiteral("code"));
    return o;
}

QJsonObject serviceFields(const ConfigBundle &b, const ConfigBundle::BundleService &s)
{
    ConfigBundle one;
    one.services = {s};
    QJsonObject o = one.toJson().value(QStringLiteral("services")).toArray().first().toObject();
    Q_UNUSED(b);
    return o;
}

// The names of the fields that differ between two flat-ish objects.
QStringList differences(const QJsonObject &a, const QJsonObject &b)
{
    QStringList fields;
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (b.value(it.key()) != it.value())
            fields << it.key();
    }
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (!a.contains(it.key()))
            fields << it.key();
    }
    return fields;
}

QJsonObject change(const char *op, const char *kind, const QString &id,
                   const QStringList &fields = {})
{
    QJsonObject c{{QStringLiteral("op"), QString::fromLatin1(op)},
                  {QStringLiteral("kind"), QString::fromLatin1(kind)},
                  {QStringLiteral("id"), id}};
    if (!fields.isEmpty())
        c.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    return c;
}

} // namespace

ConfigApi::ConfigApi(QSqlDatabase db, TenantStore *tenants, ServiceStore *services, AuditLog *audit,
                     QString instanceName, QJsonObject policies)
    : m_db(std::move(db))
    , m_tenants(tenants)
    , m_services(services)
    , m_audit(audit)
    , m_instanceName(std::move(instanceName))
    , m_policies(std::move(policies))
{}

QString ConfigApi::etagFor(qint64 revision)
{
    return makeEtag('r', revision);
}

ConfigBundle ConfigApi::current() const
{
    ConfigBundle bundle;
    bundle.instanceName = m_instanceName;
    bundle.revision = configRevision(m_db);
    bundle.exportedAt = QDateTime::currentDateTimeUtc();
    bundle.policies = m_policies;
    QString error;
    TenantStore::Filter tenantFilter;
    tenantFilter.limit = kAll;
    for (const protocol::Tenant &t : m_tenants->list(tenantFilter, &error).items) {
        protocol::TenantInput in;
        in.code = t.code;
        in.name = t.name;
        in.nameEn = t.nameEn;
        in.kind = t.kind;
        in.contactName = t.contactName;
        in.contactEmail = t.contactEmail;
        in.contactPhone = t.contactPhone;
        bundle.tenants.append(ConfigBundle::BundleTenant{in, t.status});
    }
    ServiceStore::Filter serviceFilter;
    serviceFilter.limit = kAll;
    for (const protocol::Service &s : m_services->list(serviceFilter, &error).items) {
        protocol::ServiceInput in;
        in.code = s.code;
        in.tenantCode = s.tenantCode;
        in.name = s.name;
        in.version = s.version;
        in.protocol = s.protocol;
        in.definitionType = s.definitionType;
        in.upstreamUrl = s.upstreamUrl;
        in.visibility = s.visibility;
        in.consumers = s.consumers;
        in.timeoutMs = s.timeoutMs;
        in.rateLimitPerMin = s.rateLimitPerMin;
        in.definition = m_services->definition(s.id);
        bundle.services.append(ConfigBundle::BundleService{in, s.status});
    }
    return bundle;
}

QJsonArray ConfigApi::changes(const ConfigBundle &wanted) const
{
    const ConfigBundle now = current();
    QJsonArray list;
    QHash<QString, ConfigBundle::BundleTenant> tenants;
    for (const auto &t : now.tenants)
        tenants.insert(t.input.code, t);
    QSet<QString> seen;
    for (const auto &t : wanted.tenants) {
        seen.insert(t.input.code);
        const auto it = tenants.constFind(t.input.code);
        if (it == tenants.constEnd())
            list.append(change("add", "tenant", t.input.code));
        else if (const QStringList d = differences(tenantFields(*it), tenantFields(t));
                 !d.isEmpty())
            list.append(change("change", "tenant", t.input.code, d));
    }
    for (const auto &t : now.tenants) {
        if (!seen.contains(t.input.code) && t.status != QLatin1String("closed"))
            list.append(change("remove", "tenant", t.input.code, {QStringLiteral("status")}));
    }
    QHash<QString, ConfigBundle::BundleService> services;
    for (const auto &s : now.services)
        services.insert(s.id(), s);
    seen.clear();
    for (const auto &s : wanted.services) {
        seen.insert(s.id());
        const auto it = services.constFind(s.id());
        if (it == services.constEnd())
            list.append(change("add", "service", s.id()));
        else if (const QStringList d =
                     differences(serviceFields(now, *it), serviceFields(wanted, s));
                 !d.isEmpty())
            list.append(change("change", "service", s.id(), d));
    }
    for (const auto &s : now.services) {
        if (!seen.contains(s.id()) && s.status != QLatin1String("retired"))
            list.append(change("remove", "service", s.id(), {QStringLiteral("status")}));
    }
    return list;
}

bool ConfigApi::applyBundle(const ConfigBundle &wanted, QString *error)
{
    Savepoint all(m_db, QStringLiteral("config_apply"));
    if (!all.isOpen()) {
        *error = QStringLiteral("cannot start the transaction");
        return false;
    }
    auto ok = [](auto outcome) {
        return outcome == decltype(outcome)::Ok;
    };
    QSet<QString> tenantCodes;
    for (const auto &t : wanted.tenants) {
        tenantCodes.insert(t.input.code);
        TenantStore::Stored stored;
        const std::optional<TenantStore::Stored> existing = m_tenants->find(t.input.code);
        if (!existing) {
            protocol::TenantInput in = t.input;
            in.status = QStringLiteral("trial");
            if (!ok(m_tenants->insert(in, true, &stored, error)))
                return false;
        } else if (!ok(m_tenants->update(t.input.code, t.input, existing->version, &stored, error,
                                         true))) {
            return false;
        }
        if (stored.tenant.status != t.status &&
            !ok(m_tenants->setStatus(t.input.code, t.status, 0, &stored, error)))
            return false;
    }
    QSet<QString> serviceIds;
    for (const auto &s : wanted.services) {
        serviceIds.insert(s.id());
        ServiceStore::Stored stored;
        const std::optional<ServiceStore::Stored> existing = m_services->find(s.id());
        if (!existing) {
            if (!ok(m_services->insert(s.input, s.status, &stored, error)))
                return false;
            continue;
        }
        if (!ok(m_services->update(s.id(), s.input, existing->version, &stored, error, true)))
            return false;
        if (stored.service.status != s.status &&
            !ok(m_services->setStatus(s.id(), s.status, 0, &stored, error)))
            return false;
    }
    // Left out: closed or retired, never deleted.
    const ConfigBundle now = current();
    for (const auto &t : now.tenants) {
        TenantStore::Stored stored;
        if (!tenantCodes.contains(t.input.code) && t.status != QLatin1String("closed") &&
            !ok(m_tenants->setStatus(t.input.code, QStringLiteral("closed"), 0, &stored, error)))
            return false;
    }
    for (const auto &s : now.services) {
        ServiceStore::Stored stored;
        if (!serviceIds.contains(s.id()) && s.status != QLatin1String("retired") &&
            !ok(m_services->setStatus(s.id(), QStringLiteral("retired"), 0, &stored, error)))
            return false;
    }
    return all.release();
}

std::optional<ConfigBundle> ConfigApi::parse(const ApiRequest &request, ApiResponse *problem)
{
    const std::optional<QJsonObject> object = problems::bodyObject(request, problem);
    if (!object)
        return std::nullopt;
    QList<protocol::DecodeError> errors;
    std::optional<ConfigBundle> bundle = ConfigBundle::fromJson(*object, &errors);
    if (!bundle)
        *problem = problems::validation(errors);
    return bundle;
}

ApiResponse ConfigApi::exportBundle(const ApiRequest &request)
{
    if (!request.principal->isOperator())
        return problems::forbidden(QStringLiteral("export the configuration"));
    const ConfigBundle bundle = current();
    return ApiResponse::json(200, bundle.toJson())
        .withHeader("ETag", etagFor(bundle.revision).toLatin1());
}

ApiResponse ConfigApi::validate(const ApiRequest &request)
{
    if (!request.principal->isOperator())
        return problems::forbidden(QStringLiteral("validate configurations"));
    ApiResponse problem;
    const std::optional<QJsonObject> object = problems::bodyObject(request, &problem);
    if (!object)
        return problem;
    QList<protocol::DecodeError> errors;
    const std::optional<ConfigBundle> bundle = ConfigBundle::fromJson(*object, &errors);
    QJsonArray errorList;
    for (const protocol::DecodeError &e : errors)
        errorList.append(QJsonObject{{QStringLiteral("pointer"), e.field},
                                     {QStringLiteral("code"), QStringLiteral("invalid")},
                                     {QStringLiteral("message"), e.message}});
    const qint64 revision = configRevision(m_db);
    return ApiResponse::json(
        200, QJsonObject{
                 {QStringLiteral("valid"), bool(bundle)},
                 {QStringLiteral("revision"), revision},
                 {QStringLiteral("changes"), bundle ? changes(*bundle) : QJsonArray()},
                 {QStringLiteral("errors"), errorList},
             });
}

ApiResponse ConfigApi::apply(const ApiRequest &request)
{
    if (!request.principal->isOperator())
        return problems::forbidden(QStringLiteral("apply configurations"));
    const QByteArray ifMatch = request.header("If-Match");
    if (ifMatch.isEmpty())
        return problems::preconditionRequired();
    // Preconditions before the request content (RFC 9110 §13.2.2).
    const qint64 revision = configRevision(m_db);
    if (parseEtag('r', ifMatch) != revision) {
        m_audit->record(AuditLog::Entry{request.principal->credentialId,
                                        QStringLiteral("config.apply"), QStringLiteral("config"),
                                        QString(), QStringLiteral("precondition_failed"),
                                        request.correlationId, QString()});
        return ApiResponse::problem(
            412, QStringLiteral("precondition_failed"),
            QStringLiteral("The configuration changed since your bundle's base revision"),
            QStringLiteral("The instance is at revision %1. Export again, compare and reapply.")
                .arg(revision));
    }
    ApiResponse problem;
    const std::optional<ConfigBundle> bundle = parse(request, &problem);
    if (!bundle)
        return problem;
    const QJsonArray planned = changes(*bundle);
    QString error;
    if (!applyBundle(*bundle, &error)) {
        m_audit->record(AuditLog::Entry{request.principal->credentialId,
                                        QStringLiteral("config.apply"), QStringLiteral("config"),
                                        QString(), QStringLiteral("failed"), request.correlationId,
                                        error});
        return ApiResponse::problem(409, QStringLiteral("apply_failed"),
                                    QStringLiteral("The configuration could not be applied; "
                                                   "nothing was changed"),
                                    error);
    }
    const qint64 newRevision = configRevision(m_db);
    m_audit->record(AuditLog::Entry{
        request.principal->credentialId, QStringLiteral("config.apply"), QStringLiteral("config"),
        QString(), QStringLiteral("ok"), request.correlationId,
        QStringLiteral("%1 change(s), revision %2").arg(planned.size()).arg(newRevision)});
    return ApiResponse::json(200,
                             QJsonObject{{QStringLiteral("revision"), newRevision},
                                         {QStringLiteral("changes"), planned},
                                         {QStringLiteral("correlationId"), request.correlationId}})
        .withHeader("ETag", etagFor(newRevision).toLatin1());
}

} // namespace lgsp::sandbox
