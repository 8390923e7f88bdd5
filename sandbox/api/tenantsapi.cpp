#include "sandbox/api/tenantsapi.h"

#include "protocol/jsonreader.h"

#include <QJsonArray>

namespace lgsp::sandbox {

using protocol::Tenant;
using protocol::TenantInput;

namespace {

ApiResponse notFound(const QString &code)
{
    return ApiResponse::problem(404, QStringLiteral("tenant_not_found"),
                                QStringLiteral("Tenant not found"),
                                QStringLiteral("No tenant with code %1.").arg(code));
}

ApiResponse forbidden(const QString &what)
{
    return ApiResponse::problem(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"),
                                QStringLiteral("This credential may not %1.").arg(what));
}

ApiResponse validationProblem(const QList<protocol::DecodeError> &errors)
{
    QJsonArray list;
    for (const protocol::DecodeError &e : errors) {
        list.append(QJsonObject{{QStringLiteral("field"), e.field},
                                {QStringLiteral("code"), QStringLiteral("invalid")},
                                {QStringLiteral("message"), e.message}});
    }
    return ApiResponse::problem(
        400, QStringLiteral("validation_failed"), QStringLiteral("The request is not valid"),
        QStringLiteral("%1 field(s) are not valid.").arg(errors.size()), list);
}

std::optional<QJsonObject> bodyObject(const ApiRequest &request, ApiResponse *problem)
{
    protocol::DecodeError error;
    const QJsonObject object = protocol::parseJsonObject(request.body, &error);
    if (!error.isNull()) {
        *problem =
            ApiResponse::problem(400, QStringLiteral("malformed_json"),
                                 QStringLiteral("The body is not a JSON object"), error.message);
        return std::nullopt;
    }
    return object;
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
        return ApiResponse::problem(405, QStringLiteral("method_not_allowed"),
                                    QStringLiteral("Method not allowed"))
            .withHeader("Allow", "GET, POST");
    }
    const QString tail = rest.mid(1);
    const qsizetype colon = tail.indexOf(QLatin1Char(':'));
    const QString code = colon < 0 ? tail : tail.left(colon);
    if (code.isEmpty() || code.contains(QLatin1Char('/')))
        return notFound(code);
    if (colon >= 0) {
        if (request.method != QLatin1String("POST"))
            return ApiResponse::problem(405, QStringLiteral("method_not_allowed"),
                                        QStringLiteral("Method not allowed"))
                .withHeader("Allow", "POST");
        return action(request, code, tail.mid(colon + 1));
    }
    if (request.method == QLatin1String("GET"))
        return get(request, code);
    if (request.method == QLatin1String("PATCH"))
        return update(request, code);
    return ApiResponse::problem(405, QStringLiteral("method_not_allowed"),
                                QStringLiteral("Method not allowed"))
        .withHeader("Allow", "GET, PATCH");
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
    TenantStore::Filter filter;
    QJsonArray errors;
    auto bad = [&errors](const QString &field, const QString &message) {
        errors.append(QJsonObject{{QStringLiteral("field"), field},
                                  {QStringLiteral("code"), QStringLiteral("invalid")},
                                  {QStringLiteral("message"), message}});
    };
    const QUrlQuery &q = request.query;
    if (q.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = q.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > 1000)
            bad(QStringLiteral("limit"), QStringLiteral("must be a whole number from 1 to 1000"));
    }
    filter.status = q.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
    if (!filter.status.isEmpty() && !Tenant::statuses().contains(filter.status))
        bad(QStringLiteral("status"), QStringLiteral("unknown status"));
    filter.kind = q.queryItemValue(QStringLiteral("kind"), QUrl::FullyDecoded);
    if (!filter.kind.isEmpty() && !Tenant::kinds().contains(filter.kind))
        bad(QStringLiteral("kind"), QStringLiteral("unknown kind"));
    filter.query = q.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    const QString cursor = q.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    if (!cursor.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            cursor.toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            bad(QStringLiteral("cursor"), QStringLiteral("not a cursor from this server"));
        filter.afterCode = QString::fromUtf8(*decoded);
    }
    if (!errors.isEmpty())
        return ApiResponse::problem(400, QStringLiteral("validation_failed"),
                                    QStringLiteral("The query is not valid"), QString(), errors);
    filter.onlyTenant = request.principal->tenantCode;

    QString error;
    protocol::ListPage<Tenant> page = m_store->list(filter, &error);
    if (!error.isEmpty())
        return ApiResponse::problem(500, QStringLiteral("storage_error"),
                                    QStringLiteral("The database failed"), error);
    for (Tenant &t : page.items)
        t.allowedActions = allowedActions(*request.principal, t);
    if (!page.nextCursor.isEmpty()) {
        page.nextCursor = QString::fromLatin1(page.nextCursor.toUtf8().toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    return ApiResponse::json(200, page.toJson());
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
        return forbidden(QStringLiteral("create tenants"));
    ApiResponse problem;
    const std::optional<QJsonObject> object = bodyObject(request, &problem);
    if (!object)
        return problem;
    QList<protocol::DecodeError> errors;
    const std::optional<TenantInput> input = TenantInput::fromJson(*object, false, &errors);
    if (!input) {
        audit(request, QStringLiteral("create"), object->value(QStringLiteral("code")).toString(),
              QStringLiteral("validation_failed"));
        return validationProblem(errors);
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
        return ApiResponse::problem(500, QStringLiteral("storage_error"),
                                    QStringLiteral("The database failed"), error);
    }
}

ApiResponse TenantsApi::update(const ApiRequest &request, const QString &code)
{
    const std::optional<TenantStore::Stored> current = m_store->find(code);
    if (!current || !request.principal->canSeeTenant(code))
        return notFound(code);
    if (!allowedActions(*request.principal, current->tenant).contains(QLatin1String("edit")))
        return forbidden(QStringLiteral("edit this tenant"));
    const QByteArray ifMatch = request.header("If-Match");
    if (ifMatch.isEmpty())
        return ApiResponse::problem(428, QStringLiteral("precondition_required"),
                                    QStringLiteral("If-Match is required"),
                                    QStringLiteral("Send the ETag you read in If-Match."));
    ApiResponse problem;
    const std::optional<QJsonObject> object = bodyObject(request, &problem);
    if (!object)
        return problem;
    QList<protocol::DecodeError> errors;
    const std::optional<TenantInput> input = TenantInput::fromJson(*object, true, &errors);
    if (!input) {
        audit(request, QStringLiteral("update"), code, QStringLiteral("validation_failed"));
        return validationProblem(errors);
    }
    TenantStore::Stored stored;
    QString error;
    switch (m_store->update(code, *input, TenantStore::versionFromEtag(ifMatch), &stored, &error)) {
    case TenantStore::Outcome::Ok:
        audit(request, QStringLiteral("update"), code, QStringLiteral("ok"));
        return withTenant(200, request, stored);
    case TenantStore::Outcome::StaleVersion:
        audit(request, QStringLiteral("update"), code, QStringLiteral("precondition_failed"));
        return ApiResponse::problem(412, QStringLiteral("precondition_failed"),
                                    QStringLiteral("The tenant changed since you read it"),
                                    QStringLiteral("Read it again and reapply your change."));
    case TenantStore::Outcome::NotFound:
        return notFound(code);
    default:
        return ApiResponse::problem(500, QStringLiteral("storage_error"),
                                    QStringLiteral("The database failed"), error);
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
        return ApiResponse::problem(404, QStringLiteral("unknown_action"),
                                    QStringLiteral("Unknown action"),
                                    QStringLiteral("Tenants support suspend, resume and close."));
    if (!request.principal->isOperator())
        return forbidden(action + QStringLiteral(" tenants"));
    if (!allowedActions(*request.principal, current->tenant).contains(action)) {
        audit(request, action, code, QStringLiteral("invalid_transition"));
        return ApiResponse::problem(409, QStringLiteral("invalid_transition"),
                                    QStringLiteral("Not possible now"),
                                    QStringLiteral("A %1 tenant cannot be %2.")
                                        .arg(current->tenant.status, targetStatus.value(action)));
    }
    const QByteArray ifMatch = request.header("If-Match");
    TenantStore::Stored stored;
    QString error;
    const auto outcome = m_store->setStatus(
        code, targetStatus.value(action),
        ifMatch.isEmpty() ? 0 : TenantStore::versionFromEtag(ifMatch), &stored, &error);
    if (outcome == TenantStore::Outcome::StaleVersion)
        return ApiResponse::problem(412, QStringLiteral("precondition_failed"),
                                    QStringLiteral("The tenant changed since you read it"));
    if (outcome != TenantStore::Outcome::Ok)
        return ApiResponse::problem(500, QStringLiteral("storage_error"),
                                    QStringLiteral("The database failed"), error);
    audit(request, action, code, QStringLiteral("ok"));
    return withTenant(200, request, stored);
}

} // namespace lgsp::sandbox
