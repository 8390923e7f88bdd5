#include "client/backend/lgspv1backend.h"

#include "client/net/transport.h"
#include "protocol/jsonreader.h"

#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace lgsp::client {

namespace {

const QString kApi = QStringLiteral("/api/v1");

// A path segment from a code or id, percent-encoded so it can never change the path.
QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

ApiRequest get(const QString &path, const QUrlQuery &query = {})
{
    ApiRequest request;
    request.path = kApi + path;
    request.query = query;
    return request;
}

// A list call whose next page's cursor, when the server names it in a Link header, is
// passed on before the page's body has arrived.
ApiRequest listing(const QString &path, const QUrlQuery &query, const NextCursorHandler &onNext)
{
    ApiRequest request = get(path, query);
    if (onNext) {
        request.onNextLink = [onNext](const QUrlQuery &next) {
            const QString cursor =
                next.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
            if (!cursor.isEmpty())
                onNext(cursor);
        };
    }
    return request;
}

ApiRequest withJson(QByteArray method, const QString &path, const QJsonObject &body,
                    const QByteArray &etag = {})
{
    ApiRequest request;
    request.method = std::move(method);
    request.path = kApi + path;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!etag.isEmpty())
        request.headers.append({"If-Match", etag});
    return request;
}

// Decoders with the common shape; ConfigBundle collects several errors and is adapted.
template<typename T>
std::optional<T> decode(const QJsonObject &object, protocol::DecodeError *error)
{
    return T::fromJson(object, error);
}

template<>
std::optional<protocol::ConfigBundle> decode(const QJsonObject &object,
                                             protocol::DecodeError *error)
{
    QList<protocol::DecodeError> errors;
    std::optional<protocol::ConfigBundle> bundle =
        protocol::ConfigBundle::fromJson(object, &errors);
    if (!bundle && error)
        *error = errors.value(0, protocol::DecodeError{{}, QStringLiteral("invalid bundle")});
    return bundle;
}

// A PATCH body with only the fields that are set (an empty string means "unchanged").
QJsonObject partialTenant(const protocol::TenantInput &in)
{
    QJsonObject body;
    const auto put = [](QJsonObject *o, const char *key, const QString &value) {
        if (!value.isEmpty())
            o->insert(QLatin1String(key), value);
    };
    put(&body, "name", in.name);
    put(&body, "nameEn", in.nameEn);
    put(&body, "kind", in.kind);
    QJsonObject contact;
    put(&contact, "name", in.contactName);
    put(&contact, "email", in.contactEmail);
    put(&contact, "phone", in.contactPhone);
    if (!contact.isEmpty())
        body.insert(QStringLiteral("contact"), contact);
    return body;
}

ClientError protocolError(const ApiReply &reply, const QString &detail)
{
    ClientError error = ClientError::make(ClientError::Kind::Protocol, detail);
    error.httpStatus = reply.status;
    error.correlationId = QString::fromLatin1(reply.correlationId);
    return error;
}

// Bodies from this size on are decoded off the caller's thread.
constexpr qsizetype kWorkerDecodeBytes = 64 * 1024;

// A reply as a typed result: the value, the transport's error, or a protocol error naming
// what in the body is wrong. Pure, so it may run on any thread.
template<typename T>
Result<T> decodeReply(const ApiReply &reply)
{
    Result<T> result;
    result.etag = reply.etag;
    if (!reply.ok()) {
        result.error = reply.error;
        return result;
    }
    protocol::DecodeError error;
    const QJsonObject object = protocol::parseJsonObject(reply.body, &error);
    std::optional<T> value;
    if (error.isNull())
        value = decode<T>(object, &error);
    if (value)
        result.value = std::move(*value);
    else
        result.error = protocolError(reply, error.toString());
    return result;
}

} // namespace

LgspV1Backend::LgspV1Backend(Transport *transport, QObject *parent)
    : Backend(parent)
    , m_transport(transport)
{}

Features LgspV1Backend::features() const
{
    return Feature::Tenants | Feature::TenantActions | Feature::Services | Feature::ServiceActions |
           Feature::Metrics | Feature::LiveStream | Feature::Transactions | Feature::Config |
           Feature::Audit | Feature::ServerHealth | Feature::Consumers;
}

template<typename T>
void LgspV1Backend::call(const ApiRequest &request, QObject *context, Handler<T> done)
{
    m_transport->send(request, context, [context, done = std::move(done)](const ApiReply &reply) {
        if (!context || !reply.ok() || reply.body.size() < kWorkerDecodeBytes) {
            done(decodeReply<T>(reply));
            return;
        }
        // Large bodies (pages of a big catalog) are parsed on a worker thread so the window
        // keeps painting; the answer comes back on the context's thread, or never if the
        // context is gone by then.
        QtConcurrent::run([reply] {
            return decodeReply<T>(reply);
        }).then(context, [done](const Result<T> &result) { done(result); });
    });
}

void LgspV1Backend::info(QObject *context, Handler<protocol::InstanceInfo> done)
{
    ApiRequest request = get(QStringLiteral("/info"));
    request.authenticated = false;
    call<protocol::InstanceInfo>(
        request, context, [done = std::move(done)](const Result<protocol::InstanceInfo> &r) {
            if (!r.ok() || r.value.isCompatible()) {
                done(r);
                return;
            }
            Result<protocol::InstanceInfo> incompatible = r;
            incompatible.error =
                ClientError::make(ClientError::Kind::Incompatible,
                                  ClientError::tr("server API version %1, console API version %2.x")
                                      .arg(r.value.apiVersion)
                                      .arg(protocol::kApiMajorVersion));
            done(incompatible);
        });
}

void LgspV1Backend::health(QObject *context, Handler<protocol::HealthReport> done)
{
    call(get(QStringLiteral("/health")), context, std::move(done));
}

void LgspV1Backend::tenants(const TenantQuery &query, QObject *context,
                            Handler<protocol::ListPage<protocol::Tenant>> done)
{
    call(listing(QStringLiteral("/tenants"), query.toUrlQuery(), query.onNextCursor), context,
         std::move(done));
}

void LgspV1Backend::tenant(const QString &code, QObject *context, Handler<protocol::Tenant> done)
{
    call(get(QStringLiteral("/tenants/") + segment(code)), context, std::move(done));
}

void LgspV1Backend::createTenant(const protocol::TenantInput &input, QObject *context,
                                 Handler<protocol::Tenant> done)
{
    call(withJson("POST", QStringLiteral("/tenants"), input.toJson()), context, std::move(done));
}

void LgspV1Backend::updateTenant(const QString &code, const protocol::TenantInput &changes,
                                 const QByteArray &etag, QObject *context,
                                 Handler<protocol::Tenant> done)
{
    call(withJson("PATCH", QStringLiteral("/tenants/") + segment(code), partialTenant(changes),
                  etag),
         context, std::move(done));
}

void LgspV1Backend::tenantAction(const QString &code, const QString &action, const QByteArray &etag,
                                 QObject *context, Handler<protocol::Tenant> done)
{
    call(withJson("POST",
                  QStringLiteral("/tenants/") + segment(code) + QLatin1Char(':') + segment(action),
                  {}, etag),
         context, std::move(done));
}

void LgspV1Backend::services(const ServiceQuery &query, QObject *context,
                             Handler<protocol::ListPage<protocol::Service>> done)
{
    call(listing(QStringLiteral("/services"), query.toUrlQuery(), query.onNextCursor), context,
         std::move(done));
}

void LgspV1Backend::service(const QString &id, QObject *context, Handler<protocol::Service> done)
{
    call(get(QStringLiteral("/services/") + segment(id)), context, std::move(done));
}

void LgspV1Backend::serviceDefinition(const QString &id, QObject *context,
                                      Handler<ServiceDefinition> done)
{
    ApiRequest request =
        get(QStringLiteral("/services/") + segment(id) + QStringLiteral("/definition"));
    request.headers.append(
        {QByteArrayLiteral("Accept"),
         QByteArrayLiteral("application/yaml, application/json, text/xml, */*")});
    m_transport->send(request, context, [done = std::move(done)](const ApiReply &reply) {
        Result<ServiceDefinition> result;
        result.error = reply.error;
        result.value = ServiceDefinition{reply.contentType, reply.body};
        done(result);
    });
}

void LgspV1Backend::createService(const protocol::ServiceInput &input, QObject *context,
                                  Handler<protocol::Service> done)
{
    call(withJson("POST", QStringLiteral("/services"), input.toJson()), context, std::move(done));
}

void LgspV1Backend::updateService(const QString &id, const protocol::ServiceInput &changes,
                                  const QByteArray &etag, QObject *context,
                                  Handler<protocol::Service> done)
{
    QJsonObject body = changes.toJson();
    body.remove(QStringLiteral("code"));
    body.remove(QStringLiteral("tenantCode"));
    call(withJson("PATCH", QStringLiteral("/services/") + segment(id), body, etag), context,
         std::move(done));
}

void LgspV1Backend::serviceAction(const QString &id, const QString &action, const QByteArray &etag,
                                  QObject *context, Handler<protocol::Service> done)
{
    call(withJson("POST",
                  QStringLiteral("/services/") + segment(id) + QLatin1Char(':') + segment(action),
                  {}, etag),
         context, std::move(done));
}

void LgspV1Backend::metrics(const MetricsQuery &query, QObject *context,
                            Handler<protocol::MetricsResponse> done)
{
    call(get(QStringLiteral("/metrics/transactions"), query.toUrlQuery()), context,
         std::move(done));
}

void LgspV1Backend::transactions(const TransactionQuery &query, QObject *context,
                                 Handler<protocol::ListPage<protocol::Transaction>> done)
{
    call(get(QStringLiteral("/transactions"), query.toUrlQuery()), context, std::move(done));
}

void LgspV1Backend::exportConfig(QObject *context, Handler<protocol::ConfigBundle> done)
{
    call(get(QStringLiteral("/config")), context, std::move(done));
}

void LgspV1Backend::validateConfig(const protocol::ConfigBundle &bundle, QObject *context,
                                   Handler<protocol::ConfigValidation> done)
{
    ApiRequest request = withJson("POST", QStringLiteral("/config:validate"), bundle.toJson());
    call(request, context, std::move(done));
}

void LgspV1Backend::applyConfig(const protocol::ConfigBundle &bundle, qint64 baseRevision,
                                QObject *context, Handler<protocol::ConfigApplyResult> done)
{
    call(withJson("PUT", QStringLiteral("/config"), bundle.toJson(),
                  protocol::configRevisionEtag(baseRevision)),
         context, std::move(done));
}

void LgspV1Backend::audit(const AuditQuery &query, QObject *context,
                          Handler<protocol::ListPage<protocol::AuditEntry>> done)
{
    call(get(QStringLiteral("/audit"), query.toUrlQuery()), context, std::move(done));
}

} // namespace lgsp::client
