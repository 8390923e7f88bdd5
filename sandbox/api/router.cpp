#include "sandbox/api/router.h"

#include "sandbox/auth/credentialstore.h"
#include "sandbox/storage/database.h"

#include "protocol/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lgsp::sandbox {

namespace {
const QString kApi = QStringLiteral("/api/v1");

ApiResponse unauthorized()
{
    return ApiResponse::problem(401, QStringLiteral("unauthorized"),
                                QStringLiteral("Authentication required"),
                                QStringLiteral("Send a bearer token from /oauth2/token or an "
                                               "API key (Authorization: ApiKey <key>)."))
        .withHeader("WWW-Authenticate", "Bearer realm=\"lgsp-sandbox\"");
}

ApiResponse oauthError(int status, const char *error, const QString &description)
{
    ApiResponse r =
        ApiResponse::json(status, QJsonObject{{QStringLiteral("error"), QString::fromLatin1(error)},
                                              {QStringLiteral("error_description"), description}});
    r.withHeader("Cache-Control", "no-store");
    if (status == 401)
        r.withHeader("WWW-Authenticate", "Basic realm=\"lgsp-sandbox\"");
    return r;
}
} // namespace

ApiRouter::ApiRouter(Database *database, CredentialStore *credentials, InfoProvider info,
                     HealthProvider health, Limits limits)
    : m_credentials(credentials)
    , m_info(std::move(info))
    , m_health(std::move(health))
    , m_limits(limits)
    , m_tenants(database->handle())
    , m_services(database->handle())
    , m_audit(database->handle())
    , m_tenantsApi(&m_tenants, &m_audit)
    , m_servicesApi(&m_services, &m_audit)
    , m_trafficApi(database->handle())
    , m_configApi(database->handle(), &m_tenants, &m_services, &m_audit, m_info().name,
                  QJsonObject{{QStringLiteral("requestsPerMinute"), limits.requestsPerMinute}})
{}

ApiResponse ApiRouter::handle(ApiRequest &request)
{
    const qint64 declared = request.header("Content-Length").toLongLong();
    if (request.body.size() > m_limits.maxBodyBytes || declared > m_limits.maxBodyBytes) {
        return ApiResponse::problem(
            413, QStringLiteral("payload_too_large"),
            QStringLiteral("The request body is too large"),
            QStringLiteral("The limit is %1 bytes.").arg(m_limits.maxBodyBytes));
    }
    if (request.path == QLatin1String("/oauth2/token")) {
        if (request.method != QLatin1String("POST"))
            return ApiResponse::problem(405, QStringLiteral("method_not_allowed"),
                                        QStringLiteral("Method not allowed"))
                .withHeader("Allow", "POST");
        return token(request);
    }
    if (request.path == QLatin1String("/metrics") && m_metrics)
        return metrics(request);
    if (request.path == kApi + QStringLiteral("/info") && request.method == QLatin1String("GET"))
        return ApiResponse::json(200, m_info().toJson());
    if (!request.path.startsWith(kApi + QLatin1Char('/')))
        return ApiResponse::problem(404, QStringLiteral("not_found"), QStringLiteral("Not found"),
                                    QStringLiteral("No resource at %1").arg(request.path));

    request.principal = m_credentials->authenticate(request.header("Authorization"));
    if (!request.principal)
        return unauthorized();
    if (std::optional<ApiResponse> limited = rateLimited(*request.principal))
        return *limited;

    const QString rest = request.path.mid(kApi.size());
    if (rest == QLatin1String("/health") && request.method == QLatin1String("GET"))
        return ApiResponse::json(200, m_health());
    if (rest == QLatin1String("/tenants") || rest.startsWith(QLatin1String("/tenants/")))
        return m_tenantsApi.handle(request, rest.mid(8));
    if (rest == QLatin1String("/services") || rest.startsWith(QLatin1String("/services/")))
        return m_servicesApi.handle(request, rest.mid(9));
    if (rest == QLatin1String("/audit") && request.method == QLatin1String("GET"))
        return auditList(request);
    if (rest == QLatin1String("/metrics/transactions") && request.method == QLatin1String("GET"))
        return m_trafficApi.metrics(request);
    if (rest == QLatin1String("/transactions") && request.method == QLatin1String("GET"))
        return m_trafficApi.transactions(request);
    if (rest == QLatin1String("/config") && request.method == QLatin1String("GET"))
        return m_configApi.exportBundle(request);
    if (rest == QLatin1String("/config") && request.method == QLatin1String("PUT"))
        return m_configApi.apply(request);
    if (rest == QLatin1String("/config:validate") && request.method == QLatin1String("POST"))
        return m_configApi.validate(request);
    if (rest == QLatin1String("/credentials") && request.method == QLatin1String("POST"))
        return createCredential(request);
    return ApiResponse::problem(404, QStringLiteral("not_found"), QStringLiteral("Not found"),
                                QStringLiteral("No resource at %1").arg(request.path));
}

ApiResponse ApiRouter::metrics(ApiRequest &request)
{
    if (request.method != QLatin1String("GET"))
        return ApiResponse::problem(405, QStringLiteral("method_not_allowed"),
                                    QStringLiteral("Method not allowed"))
            .withHeader("Allow", "GET");
    const bool open = m_metricsOpenOnLoopback && request.remoteAddress.isLoopback() &&
                      request.header("Authorization").isEmpty();
    QString scope;
    if (!open) {
        // Any role may scrape (a viewer is enough); a tenant's credential sees its own traffic.
        request.principal = m_credentials->authenticate(request.header("Authorization"));
        if (!request.principal)
            return unauthorized();
        if (std::optional<ApiResponse> limited = rateLimited(*request.principal))
            return *limited;
        scope = request.principal->tenantCode;
    }
    const MetricsExposition::Format format = MetricsExposition::negotiate(request.header("Accept"));
    ApiResponse response;
    response.status = 200;
    response.contentType = MetricsExposition::contentType(format);
    response.body = m_metrics(format, scope);
    response.withHeader("Cache-Control", "no-store");
    return response;
}

std::optional<ApiResponse> ApiRouter::rateLimited(const Principal &principal)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    Window &window = m_rate[principal.credentialId];
    if (window.minute != nowMs / 60000) {
        window.minute = nowMs / 60000;
        window.count = 0;
    }
    if (++window.count <= m_limits.requestsPerMinute)
        return std::nullopt;
    const qint64 retryAfter = std::max<qint64>(1, (60000 - nowMs % 60000 + 999) / 1000);
    return ApiResponse::problem(429, QStringLiteral("rate_limited"),
                                QStringLiteral("Too many requests"),
                                QStringLiteral("At most %1 requests a minute per credential.")
                                    .arg(m_limits.requestsPerMinute))
        .withHeader("Retry-After", QByteArray::number(retryAfter));
}

ApiResponse ApiRouter::token(const ApiRequest &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    if (form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("client_credentials"))
        return oauthError(400, "unsupported_grant_type",
                          QStringLiteral("Only grant_type=client_credentials is supported."));
    QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    QString secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = pair.indexOf(':');
        if (colon > 0) {
            clientId = QUrl::fromPercentEncoding(pair.left(colon));
            secret = QUrl::fromPercentEncoding(pair.mid(colon + 1));
        }
    }
    const std::optional<CredentialStore::Token> issued =
        m_credentials->issueToken(clientId, secret);
    m_audit.record(AuditLog::Entry{clientId.left(64), QStringLiteral("token.issue"),
                                   QStringLiteral("oauth2/token"), QString(),
                                   issued ? QStringLiteral("ok") : QStringLiteral("invalid_client"),
                                   request.correlationId, QString()});
    if (!issued)
        return oauthError(401, "invalid_client", QStringLiteral("Unknown client or wrong secret."));
    ApiResponse r =
        ApiResponse::json(200, QJsonObject{
                                   {QStringLiteral("access_token"), issued->accessToken},
                                   {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                   {QStringLiteral("expires_in"), issued->expiresIn},
                                   {QStringLiteral("scope"), issued->scope},
                               });
    r.withHeader("Cache-Control", "no-store");
    return r;
}

ApiResponse ApiRouter::createCredential(const ApiRequest &request)
{
    if (!request.principal->isOperator())
        return ApiResponse::problem(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"),
                                    QStringLiteral("Only an operator may create credentials."));
    protocol::DecodeError parseError;
    const QJsonObject object = protocol::parseJsonObject(request.body, &parseError);
    if (!parseError.isNull())
        return ApiResponse::problem(400, QStringLiteral("malformed_json"),
                                    QStringLiteral("The body is not a JSON object"),
                                    parseError.message);
    protocol::JsonReader reader(object);
    const QString kind = reader.requiredEnum(QStringLiteral("kind"),
                                             {QStringLiteral("client"), QStringLiteral("apikey")});
    const QString name = reader.requiredString(QStringLiteral("name"));
    const QString role = reader.requiredEnum(
        QStringLiteral("role"),
        {QStringLiteral("operator"), QStringLiteral("tenant-admin"), QStringLiteral("viewer")});
    const QString tenant = reader.optionalString(QStringLiteral("tenantCode"));
    if (role == QLatin1String("operator") && !tenant.isEmpty())
        reader.fail(QStringLiteral("/tenantCode"), QStringLiteral("an operator has no tenant"));
    if (role == QLatin1String("tenant-admin") && tenant.isEmpty())
        reader.fail(QStringLiteral("/tenantCode"), QStringLiteral("a tenant-admin needs a tenant"));
    if (!tenant.isEmpty() && !m_tenants.find(tenant))
        reader.fail(QStringLiteral("/tenantCode"), QStringLiteral("no such tenant"));
    if (!reader.ok()) {
        QJsonArray errors;
        for (const protocol::DecodeError &e : reader.errors())
            errors.append(QJsonObject{{QStringLiteral("field"), e.field},
                                      {QStringLiteral("code"), QStringLiteral("invalid")},
                                      {QStringLiteral("message"), e.message}});
        return ApiResponse::problem(400, QStringLiteral("validation_failed"),
                                    QStringLiteral("The request is not valid"), QString(), errors);
    }
    QString error;
    const auto created = m_credentials->create(kind, name, role, tenant, &error);
    if (!created)
        return ApiResponse::problem(500, QStringLiteral("storage_error"),
                                    QStringLiteral("The database failed"), error);
    m_audit.record(AuditLog::Entry{request.principal->credentialId,
                                   QStringLiteral("credential.create"),
                                   QStringLiteral("credential/") + created->id, tenant,
                                   QStringLiteral("ok"), request.correlationId, role});
    // The secret is shown once, here, and stored only hashed.
    QJsonObject body{{QStringLiteral("id"), created->id},
                     {QStringLiteral("kind"), kind},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("role"), role},
                     {QStringLiteral("tenantCode"), tenant}};
    body.insert(kind == QLatin1String("apikey") ? QStringLiteral("key") : QStringLiteral("secret"),
                created->secret);
    return ApiResponse::json(201, body).withHeader("Cache-Control", "no-store");
}

ApiResponse ApiRouter::auditList(const ApiRequest &request)
{
    bool ok = false;
    int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok)
        limit = 50;
    if (limit < 1 || limit > 1000)
        return ApiResponse::problem(400, QStringLiteral("validation_failed"),
                                    QStringLiteral("The query is not valid"),
                                    QStringLiteral("limit must be from 1 to 1000"));
    const QString scope = request.principal->tenantCode;
    return ApiResponse::json(200, QJsonObject{
                                      {QStringLiteral("items"), m_audit.recent(limit, scope)},
                                      {QStringLiteral("nextCursor"), QJsonValue(QJsonValue::Null)},
                                      {QStringLiteral("total"), m_audit.count(scope)},
                                  });
}

} // namespace lgsp::sandbox
