#include "sandbox/api/servicesapi.h"

#include "sandbox/api/jsonwriter.h"
#include "sandbox/api/paging.h"
#include "sandbox/api/problems.h"
#include "sandbox/api/resourceroute.h"

namespace lgsp::sandbox {

using protocol::Service;
using protocol::ServiceInput;

namespace {

ApiResponse notFound(const QString &id)
{
    return problems::notFound(QStringLiteral("service_not_found"),
                              QStringLiteral("No service with id %1.").arg(id));
}

// Lifecycle: draft → published → deprecated → retired; deprecated may be published again.
QString targetStatus(const QString &action)
{
    if (action == QLatin1String("publish"))
        return QStringLiteral("published");
    if (action == QLatin1String("deprecate"))
        return QStringLiteral("deprecated");
    if (action == QLatin1String("retire"))
        return QStringLiteral("retired");
    return {};
}

bool transitionAllowed(const QString &from, const QString &action)
{
    if (action == QLatin1String("publish"))
        return from == QLatin1String("draft") || from == QLatin1String("deprecated");
    if (action == QLatin1String("deprecate"))
        return from == QLatin1String("published");
    if (action == QLatin1String("retire"))
        return from == QLatin1String("published") || from == QLatin1String("deprecated") ||
               from == QLatin1String("draft");
    return false;
}

} // namespace

ServicesApi::ServicesApi(ServiceStore *store, AuditLog *audit)
    : m_store(store)
    , m_audit(audit)
{}

bool ServicesApi::canSee(const Principal &p, const Service &s)
{
    return p.tenantCode.isEmpty() || s.tenantCode == p.tenantCode ||
           s.consumers.contains(p.tenantCode);
}

QStringList ServicesApi::allowedActions(const Principal &p, const Service &s)
{
    const bool manages = p.isOperator() || (p.isTenantAdmin() && p.tenantCode == s.tenantCode);
    QStringList actions;
    if (!manages || s.status == QLatin1String("retired"))
        return actions;
    actions << QStringLiteral("edit");
    for (const char *action : {"publish", "deprecate", "retire"}) {
        if (transitionAllowed(s.status, QString::fromLatin1(action)))
            actions << QString::fromLatin1(action);
    }
    return actions;
}

ApiResponse ServicesApi::handle(const ApiRequest &request, const QString &rest)
{
    if (rest.isEmpty()) {
        if (request.method == QLatin1String("GET"))
            return list(request);
        if (request.method == QLatin1String("POST"))
            return create(request);
        return problems::methodNotAllowed("GET, POST");
    }
    QString tail = rest.mid(1);
    if (tail.endsWith(QLatin1String("/definition"))) {
        tail.chop(11);
        if (request.method != QLatin1String("GET"))
            return problems::methodNotAllowed("GET");
        return definition(request, tail);
    }
    const ResourceRoute route{
        [&](const QString &id) { return get(request, id); },
        [&](const QString &id) { return update(request, id); },
        [&](const QString &id, const QString &name) { return action(request, id, name); },
        [](const QString &id) {
            return notFound(id);
        }};
    return route.dispatch(request, tail);
}

ApiResponse ServicesApi::withService(int status, const ApiRequest &request,
                                     const ServiceStore::Stored &stored) const
{
    Service s = stored.service;
    s.allowedActions = allowedActions(*request.principal, s);
    return ApiResponse::json(status, s.toJson())
        .withHeader("ETag", ServiceStore::etagFor(stored.version).toLatin1());
}

void ServicesApi::audit(const ApiRequest &request, const QString &action, const Service &s,
                        const QString &outcome)
{
    m_audit->record(AuditLog::Entry{request.principal->credentialId,
                                    QStringLiteral("service.") + action,
                                    QStringLiteral("service/") + s.id, s.tenantCode, outcome,
                                    request.correlationId, QString()});
}

ApiResponse ServicesApi::list(const ApiRequest &request)
{
    QJsonArray errors;
    const Paging paging = Paging::fromQuery(request, &errors);
    ServiceStore::Filter filter;
    filter.limit = paging.limit;
    filter.afterId = paging.after;
    filter.tenant = request.query.queryItemValue(QStringLiteral("tenant"), QUrl::FullyDecoded);
    filter.consumer = request.query.queryItemValue(QStringLiteral("consumer"), QUrl::FullyDecoded);
    filter.status = Paging::choice(request, QStringLiteral("status"), Service::statuses(), &errors);
    filter.protocol =
        Paging::choice(request, QStringLiteral("protocol"), Service::protocols(), &errors);
    filter.visibility =
        Paging::choice(request, QStringLiteral("visibility"), Service::visibilities(), &errors);
    filter.query = request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    filter.visibleTo = request.principal->tenantCode;
    if (!errors.isEmpty())
        return ApiResponse::problem(400, QStringLiteral("validation_failed"),
                                    QStringLiteral("The query is not valid"), QString(), errors);
    QString error;
    protocol::ListPage<Service> page = m_store->list(filter, &error);
    if (!error.isEmpty())
        return problems::storage(error);
    for (Service &s : page.items)
        s.allowedActions = allowedActions(*request.principal, s);
    page.nextCursor = Paging::cursorFor(page.nextCursor);
    if (request.principal->isOperator() || request.principal->isTenantAdmin())
        page.allowedActions = QStringList{QStringLiteral("create")};
    ApiResponse response;
    response.body = servicePageJson(page); // written directly: pages are large and frequent
    if (!page.nextCursor.isEmpty())
        response.withHeader("Link", Paging::nextLink(request, page.nextCursor));
    return response;
}

ApiResponse ServicesApi::get(const ApiRequest &request, const QString &id)
{
    const std::optional<ServiceStore::Stored> stored = m_store->find(id);
    if (!stored || !canSee(*request.principal, stored->service))
        return notFound(id);
    return withService(200, request, *stored);
}

ApiResponse ServicesApi::definition(const ApiRequest &request, const QString &id)
{
    const std::optional<ServiceStore::Stored> stored = m_store->find(id);
    if (!stored || !canSee(*request.principal, stored->service))
        return notFound(id);
    const QString text = m_store->definition(id);
    if (text.isEmpty())
        return problems::notFound(QStringLiteral("definition_not_found"),
                                  QStringLiteral("Service %1 has no definition.").arg(id));
    ApiResponse response;
    response.status = 200;
    response.contentType = stored->service.definitionType.startsWith(QLatin1String("WSDL"))
                               ? QByteArrayLiteral("application/xml; charset=utf-8")
                               : QByteArrayLiteral("application/yaml; charset=utf-8");
    response.body = text.toUtf8();
    return response;
}

ApiResponse ServicesApi::create(const ApiRequest &request)
{
    ApiResponse problem;
    const std::optional<QJsonObject> object = problems::bodyObject(request, &problem);
    if (!object)
        return problem;
    QList<protocol::DecodeError> errors;
    const std::optional<ServiceInput> input = ServiceInput::fromJson(*object, false, &errors);
    if (!input)
        return problems::validation(errors);
    const Principal &p = *request.principal;
    if (!(p.isOperator() || (p.isTenantAdmin() && p.tenantCode == input->tenantCode)))
        return problems::forbidden(QStringLiteral("create services for this tenant"));
    ServiceStore::Stored stored;
    QString error;
    switch (m_store->insert(*input, QStringLiteral("draft"), &stored, &error)) {
    case ServiceStore::Outcome::Ok:
        audit(request, QStringLiteral("create"), stored.service, QStringLiteral("ok"));
        return withService(201, request, stored)
            .withHeader("Location", "/api/v1/services/" + stored.service.id.toUtf8());
    case ServiceStore::Outcome::AlreadyExists:
        return ApiResponse::problem(
            409, QStringLiteral("service_exists"), QStringLiteral("Service already exists"),
            QStringLiteral("%1 already has a service %2.").arg(input->tenantCode, input->code));
    case ServiceStore::Outcome::BadReference:
        return problems::validation({protocol::DecodeError{
            QStringLiteral("/consumers"), QStringLiteral("no tenant with code %1").arg(error)}});
    default:
        return problems::storage(error);
    }
}

ApiResponse ServicesApi::update(const ApiRequest &request, const QString &id)
{
    const std::optional<ServiceStore::Stored> current = m_store->find(id);
    if (!current || !canSee(*request.principal, current->service))
        return notFound(id);
    if (!allowedActions(*request.principal, current->service).contains(QLatin1String("edit")))
        return problems::forbidden(QStringLiteral("edit this service"));
    const QByteArray ifMatch = request.header("If-Match");
    if (ifMatch.isEmpty())
        return problems::preconditionRequired();
    // Preconditions before the request content (RFC 9110 §13.2.2).
    if (ServiceStore::versionFromEtag(ifMatch) != current->version) {
        audit(request, QStringLiteral("update"), current->service,
              QStringLiteral("precondition_failed"));
        return problems::preconditionFailed(QStringLiteral("service"));
    }
    ApiResponse problem;
    const std::optional<QJsonObject> object = problems::bodyObject(request, &problem);
    if (!object)
        return problem;
    QList<protocol::DecodeError> errors;
    const std::optional<ServiceInput> input = ServiceInput::fromJson(*object, true, &errors);
    if (!input)
        return problems::validation(errors);
    ServiceStore::Stored stored;
    QString error;
    switch (m_store->update(id, *input, ServiceStore::versionFromEtag(ifMatch), &stored, &error)) {
    case ServiceStore::Outcome::Ok:
        audit(request, QStringLiteral("update"), stored.service, QStringLiteral("ok"));
        return withService(200, request, stored);
    case ServiceStore::Outcome::StaleVersion:
        audit(request, QStringLiteral("update"), current->service,
              QStringLiteral("precondition_failed"));
        return problems::preconditionFailed(QStringLiteral("service"));
    case ServiceStore::Outcome::BadReference:
        return problems::validation({protocol::DecodeError{
            QStringLiteral("/consumers"), QStringLiteral("no tenant with code %1").arg(error)}});
    case ServiceStore::Outcome::NotFound:
        return notFound(id);
    default:
        return problems::storage(error);
    }
}

ApiResponse ServicesApi::action(const ApiRequest &request, const QString &id, const QString &action)
{
    const std::optional<ServiceStore::Stored> current = m_store->find(id);
    if (!current || !canSee(*request.principal, current->service))
        return notFound(id);
    const QString target = targetStatus(action);
    if (target.isEmpty())
        return problems::notFound(
            QStringLiteral("unknown_action"),
            QStringLiteral("Services support publish, deprecate and retire."));
    const Principal &p = *request.principal;
    if (!(p.isOperator() || (p.isTenantAdmin() && p.tenantCode == current->service.tenantCode)))
        return problems::forbidden(action + QStringLiteral(" this service"));
    const QByteArray ifMatch = request.header("If-Match");
    if (!ifMatch.isEmpty() && ServiceStore::versionFromEtag(ifMatch) != current->version)
        return problems::preconditionFailed(QStringLiteral("service"));
    if (!transitionAllowed(current->service.status, action)) {
        audit(request, action, current->service, QStringLiteral("invalid_transition"));
        return problems::invalidTransition(
            QStringLiteral("A %1 service cannot be %2.").arg(current->service.status, target));
    }
    ServiceStore::Stored stored;
    QString error;
    const auto outcome = m_store->setStatus(
        id, target, ifMatch.isEmpty() ? 0 : ServiceStore::versionFromEtag(ifMatch), &stored,
        &error);
    if (outcome == ServiceStore::Outcome::StaleVersion)
        return problems::preconditionFailed(QStringLiteral("service"));
    if (outcome != ServiceStore::Outcome::Ok)
        return problems::storage(error);
    audit(request, action, stored.service, QStringLiteral("ok"));
    return withService(200, request, stored);
}

} // namespace lgsp::sandbox
