#include "sandbox/api/tenantsapi.h"

#include "sandbox/api/paging.h"
#include "sandbox/api/problems.h"
#include "sandbox/api/resourceroute.h"

#include <QJsonArray>

namespace lgsp::sandbox {

using protocol::Tenant;
using protocol::TenantInput;

namespace {

ApiResponse notFound(const QString &code)
{
    return problems::notFound(QStringLiteral("tenant_not_found"),
                              QStringLiteral("No tenant with code %1.").arg(code));
}

} // namespace

TenantsApi::TenantsApi(TenantStore *store, AuditLog *audit)
    : m_store(store)
    , m_audit(audit)
{}

QStringList TenantsApi::allowedActions(const Principal &p, const Tenant &t)
{
    QStringList actions;
    const bool closed = t.status == QLatin1String("closed");
    if (p.isOperator()) {
        if (!closed)
            actions << QStringLiteral("edit");
        if (t.status == QLatin1String("trial") || t.status == QLatin1String("active"))
            actions << QStringLiteral("suspend");
        if (t.status == QLatin1String("suspended"))
            actions << QStringLiteral("resume");
        if (!closed)
            actions << QStringLiteral("close");
    } else if (p.isTenantAdmin() && p.tenantCode == t.code && !closed) {
        actions << QStringLiteral("edit");
    }
    return actions;
}

ApiResponse TenantsApi::handle(const ApiRequest &request, const QString &rest)
{
    if (rest.isEmpty()) {
        if (request.method == QLatin1String("GET"))
            return list(request);
        if (request.method == QLatin1String("POST"))
            return create(request);
        return problems::methodNotAllowed("GET, POST");
    }
    const ResourceRoute route{
        [&](const QString &code) { return get(request, code); },
        [&](const QString &code) { return update(request, code); },
        [&](const QString &code, const QString &name) { return action(request, code, name); },
        [](const QString &code) {
            return notFound(code);
        }};
    return route.dispatch(request, rest.mid(1));
}

ApiResponse TenantsApi::withTenant(int status, const ApiRequest &request,
                                   const TenantStore::Stored &stored) const
{
    Tenant tenant = stored.tenant;
    tenant.allowedActions = allowedActions(*request.principal, tenant);
    return ApiResponse::json(status, tenant.toJson())
        .withHeader("ETag", TenantStore::etagFor(stored.version).toLatin1());
}

void TenantsApi::audit(const ApiRequest &request, const QString &action, const QString &code,
                       const QString &outcome, const QString &detail)
{
    m_audit->record(AuditLog::Entry{
        request.principal->credentialId, QStringLiteral("tenant.") + action,
        QStringLiteral("tenant/") + code, code, outcome, request.correlationId, detail});
}

ApiResponse TenantsApi::list(const ApiRequest &request)
{
    QJsonArray errors;
    const Paging paging = Paging::fromQuery(request, &errors);
    TenantStore::Filter filter;
    filter.limit = paging.limit;
    filter.afterCode = paging.after;
    filter.status = Paging::choice(request, QStringLiteral("status"), Tenant::statuses(), &errors);
    filter.kind = Paging::choice(request, QStringLiteral("kind"), Tenant::kinds(), &errors);
    filter.query = request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    filter.onlyTenant = request.principal->tenantCode;
    if (!errors.isEmpty())
        return ApiResponse::problem(400, QStringLiteral("validation_failed"),
                                    QStringLiteral("The query is not valid"), QString(), errors);
    QString error;
    protocol::ListPage<Tenant> page = m_store->list(filter, &error);
    if (!error.isEmpty())
        return problems::storage(error);
    for (Tenant &t : page.items)
        t.allowedActions = allowedActions(*request.principal, t);
    page.nextCursor = Paging::cursorFor(page.nextCursor);
    if (request.principal->isOperator())
        page.allowedActions = QStringList{QStringLiteral("create")};
    ApiResponse response = ApiResponse::json(200, page.toJson());
    if (!page.nextCursor.isEmpty())
        response.withHeader("Link", Paging::nextLink(request, page.nextCursor));
    return response;
}

ApiResponse TenantsApi::get(const ApiRequest &request, const QString &code)
{
    const std::optional<TenantStore::Stored> stored = m_store->find(code);
    if (!stored || !request.principal->canSeeTenant(code))
        return notFound(code);
    return withTenant(200, request, *stored);
}

ApiResponse TenantsApi::create(const ApiRequest &request)
{
    if (!request.principal->isOperator())
        return problems::forbidden(QStringLiteral("create tenants"));
    ApiResponse problem;
    const std::optional<QJsonObject> object = problems::bodyObject(request, &problem);
    if (!object)
        return problem;
    QList<protocol::DecodeError> errors;
    const std::optional<TenantInput> input = TenantInput::fromJson(*object, false, &errors);
    if (!input) {
        audit(request, QStringLiteral("create"), object->value(QStringLiteral("code")).toString(),
              QStringLiteral("validation_failed"));
        return problems::validation(errors);
    }
    TenantStore::Stored stored;
    QString error;
    switch (m_store->insert(*input, true, &stored, &error)) {
    case TenantStore::Outcome::Ok:
        audit(request, QStringLiteral("create"), input->code, QStringLiteral("ok"));
        return withTenant(201, request, stored)
            .withHeader("Location", "/api/v1/tenants/" + input->code.toUtf8());
    case TenantStore::Outcome::AlreadyExists:
        audit(request, QStringLiteral("create"), input->code, QStringLiteral("conflict"));
        return ApiResponse::problem(
            409, QStringLiteral("tenant_exists"), QStringLiteral("Tenant already exists"),
            QStringLiteral("A tenant with code %1 exists.").arg(input->code));
    default:
        return problems::storage(error);
    }
}

ApiResponse TenantsApi::update(const ApiRequest &request, const QString &code)
{
    const std::optional<TenantStore::Stored> current = m_store->find(code);
    if (!current || !request.principal->canSeeTenant(code))
        return notFound(code);
    if (!allowedActions(*request.principal, current->tenant).contains(QLatin1String("edit")))
        return problems::forbidden(QStringLiteral("edit this tenant"));
    const QByteArray ifMatch = request.header("If-Match");
    if (ifMatch.isEmpty())
        return problems::preconditionRequired();
    // Preconditions before the request content (RFC 9110 §13.2.2): a stale version is 412
    // even when the body is also invalid.
    if (TenantStore::versionFromEtag(ifMatch) != current->version) {
        audit(request, QStringLiteral("update"), code, QStringLiteral("precondition_failed"));
        return problems::preconditionFailed(QStringLiteral("tenant"));
    }
    ApiResponse problem;
    const std::optional<QJsonObject> object = problems::bodyObject(request, &problem);
    if (!object)
        return problem;
    QList<protocol::DecodeError> errors;
    const std::optional<TenantInput> input = TenantInput::fromJson(*object, true, &errors);
    if (!input) {
        audit(request, QStringLiteral("update"), code, QStringLiteral("validation_failed"));
        return problems::validation(errors);
    }
    TenantStore::Stored stored;
    QString error;
    switch (m_store->update(code, *input, TenantStore::versionFromEtag(ifMatch), &stored, &error)) {
    case TenantStore::Outcome::Ok:
        audit(request, QStringLiteral("update"), code, QStringLiteral("ok"));
        return withTenant(200, request, stored);
    case TenantStore::Outcome::StaleVersion:
        audit(request, QStringLiteral("update"), code, QStringLiteral("precondition_failed"));
        return problems::preconditionFailed(QStringLiteral("tenant"));
    case TenantStore::Outcome::NotFound:
        return notFound(code);
    default:
        return problems::storage(error);
    }
}

ApiResponse TenantsApi::action(const ApiRequest &request, const QString &code,
                               const QString &action)
{
    static const QHash<QString, QString> targetStatus{
        {QStringLiteral("suspend"), QStringLiteral("suspended")},
        {QStringLiteral("resume"), QStringLiteral("active")},
        {QStringLiteral("close"), QStringLiteral("closed")},
    };
    const std::optional<TenantStore::Stored> current = m_store->find(code);
    if (!current || !request.principal->canSeeTenant(code))
        return notFound(code);
    if (!targetStatus.contains(action))
        return problems::notFound(QStringLiteral("unknown_action"),
                                  QStringLiteral("Tenants support suspend, resume and close."));
    if (!request.principal->isOperator())
        return problems::forbidden(action + QStringLiteral(" tenants"));
    const QByteArray ifMatch = request.header("If-Match");
    if (!ifMatch.isEmpty() && TenantStore::versionFromEtag(ifMatch) != current->version)
        return problems::preconditionFailed(QStringLiteral("tenant"));
    if (!allowedActions(*request.principal, current->tenant).contains(action)) {
        audit(request, action, code, QStringLiteral("invalid_transition"));
        return problems::invalidTransition(
            QStringLiteral("A %1 tenant cannot be %2.")
                .arg(current->tenant.status, targetStatus.value(action)));
    }
    TenantStore::Stored stored;
    QString error;
    const auto outcome = m_store->setStatus(
        code, targetStatus.value(action),
        ifMatch.isEmpty() ? 0 : TenantStore::versionFromEtag(ifMatch), &stored, &error);
    if (outcome == TenantStore::Outcome::StaleVersion)
        return problems::preconditionFailed(QStringLiteral("tenant"));
    if (outcome != TenantStore::Outcome::Ok)
        return problems::storage(error);
    audit(request, action, code, QStringLiteral("ok"));
    return withTenant(200, request, stored);
}

} // namespace lgsp::sandbox
