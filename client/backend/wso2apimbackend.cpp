#include "client/backend/wso2apimbackend.h"

#include "client/auth/credentialauthenticator.h"
#include "client/backend/wso2codec.h"
#include "client/net/transport.h"
#include "protocol/jsonreader.h"

#include <QTimer>

#include <memory>

namespace lgsp::client {

namespace {

using wso2::kApiView;
using wso2::kCatalog;
using wso2::kCatalogView;
using wso2::kPublisher;

// A path segment from an id, percent-encoded so it can never change the path.
QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

ClientError protocolError(const QString &detail)
{
    return ClientError::make(ClientError::Kind::Protocol, detail);
}

} // namespace

Wso2ApimBackend::Wso2ApimBackend(Transport *transport, CredentialAuthenticator *authenticator,
                                 const QUrl &gatewayUrl, QObject *parent)
    : Backend(parent)
    , m_transport(transport)
    , m_authenticator(authenticator)
    , m_gatewayUrl(gatewayUrl)
{
    if (!m_gatewayUrl.isValid() || m_gatewayUrl.host().isEmpty()) {
        m_gatewayUrl = QUrl();
        m_gatewayUrl.setScheme(QStringLiteral("https"));
        m_gatewayUrl.setHost(transport->baseUrl().host());
        m_gatewayUrl.setPort(8243);
    }
}

QStringList Wso2ApimBackend::scopes()
{
    return {kApiView, kCatalogView, QStringLiteral("apim:tenantInfo")};
}

QString Wso2ApimBackend::catalogTenant() const
{
    return wso2::tenantOfUser(m_authenticator ? m_authenticator->user() : QString());
}

Features Wso2ApimBackend::features() const
{
    return Feature::Tenants | Feature::Services | Feature::ServerHealth;
}

void Wso2ApimBackend::getJson(const QString &path, const QUrlQuery &query, const QString &scope,
                              QObject *context, JsonHandler done)
{
    withRelease(context, [this, path, query, scope, context,
                          done = std::move(done)](const wso2::Release &release) mutable {
        getJsonAt(release, path, query, scope, context, std::move(done));
    });
}

void Wso2ApimBackend::getJsonAt(const wso2::Release &release, const QString &path,
                                const QUrlQuery &query, const QString &wanted, QObject *context,
                                JsonHandler done)
{
    ApiRequest request;
    request.path = versioned(path, release);
    request.query = query;
    // From 4.1 apim:api_view reads the Service Catalog too; 4.0 wants its own scope.
    const QString scope = wanted == kCatalogView && release.minor >= 1 ? kApiView : wanted;
    QPointer<CredentialAuthenticator> auth = m_authenticator;
    m_transport->send(request, context, [scope, auth, done](const ApiReply &reply) {
        Result<QJsonObject> result;
        result.etag = reply.etag;
        if (!reply.ok()) {
            result.error = reply.error;
            // WSO2 answers 401 both for a bad token and for a good one without the scope,
            // with an empty message either way; the 401 came after a fresh token (the call
            // renews it once), so a scope the token was not granted is the reason, and is named.
            QStringList grantedScopes;
            if (const CredentialAuthenticator *a = auth.data())
                grantedScopes = a->grantedScopes();
            const bool scopeMissing =
                !scope.isEmpty() && !grantedScopes.isEmpty() && !grantedScopes.contains(scope);
            if (reply.status == 401 &&
                (scopeMissing || reply.error.detail.contains(QLatin1String("cope")))) {
                const QString granted = grantedScopes.join(QLatin1Char(' '));
                result.error.kind = ClientError::Kind::Forbidden;
                result.error.detail =
                    ClientError::tr("the token does not carry the scope %1 (granted: %2). %3")
                        .arg(scope, granted.isEmpty() ? ClientError::tr("none") : granted,
                             reply.error.detail);
            }
            done(result, reply);
            return;
        }
        protocol::DecodeError error;
        result.value = protocol::parseJsonObject(reply.body, &error);
        if (!error.isNull()) {
            result.error = protocolError(error.toString());
            result.error.httpStatus = reply.status;
            result.error.correlationId = QString::fromLatin1(reply.correlationId);
        }
        done(result, reply);
    });
}

void Wso2ApimBackend::service(const QString &id, QObject *context, Handler<protocol::Service> done)
{
    QString raw;
    const wso2::Origin origin = wso2::originOf(id, &raw);
    if (origin == wso2::Origin::Unknown || raw.isEmpty()) {
        QTimer::singleShot(0, context ? context : this, [done, id] {
            done(failure<protocol::Service>(ClientError::make(ClientError::Kind::NotFound, id)));
        });
        return;
    }
    const bool catalog = origin == wso2::Origin::Catalog;
    const QString path = catalog ? kCatalog + QStringLiteral("/services/") + segment(raw)
                                 : kPublisher + QStringLiteral("/apis/") + segment(raw);
    getJson(
        path, {}, catalog ? kCatalogView : kApiView, context,
        [catalog, tenant = catalogTenant(), done](const Result<QJsonObject> &r, const ApiReply &) {
            if (!r.ok()) {
                done(failure<protocol::Service>(r.error));
                return;
            }
            QString error;
            std::optional<protocol::Service> s = catalog ? wso2::catalogServiceFrom(r.value, &error)
                                                         : wso2::apiFrom(r.value, &error);
            if (!s) {
                done(failure<protocol::Service>(protocolError(error)));
                return;
            }
            s->timeoutMs = 0;
            s->rateLimitPerMin = 0;
            if (catalog)
                s->tenantCode = tenant;
            Result<protocol::Service> result;
            result.value = *s;
            result.etag = r.etag;
            done(result);
        });
}

void Wso2ApimBackend::serviceDefinition(const QString &id, QObject *context,
                                        Handler<ServiceDefinition> done)
{
    QString raw;
    const wso2::Origin origin = wso2::originOf(id, &raw);
    ApiRequest request;
    request.path =
        origin == wso2::Origin::Catalog
            ? kCatalog + QStringLiteral("/services/") + segment(raw) + QStringLiteral("/definition")
            : kPublisher + QStringLiteral("/apis/") + segment(raw) + QStringLiteral("/swagger");
    request.headers.append(
        {QByteArrayLiteral("Accept"),
         QByteArrayLiteral("application/json, application/yaml, text/xml, */*")});
    sendVersioned(request, context, [done = std::move(done)](const ApiReply &reply) {
        Result<ServiceDefinition> result;
        result.error = reply.error;
        result.value = ServiceDefinition{reply.contentType, reply.body};
        done(result);
    });
}

void Wso2ApimBackend::createTenant(const protocol::TenantInput &, QObject *context,
                                   Handler<protocol::Tenant> done)
{
    unsupported(context, std::move(done), ClientError::tr("tenant management"));
}

void Wso2ApimBackend::updateTenant(const QString &, const protocol::TenantInput &,
                                   const QByteArray &, QObject *context,
                                   Handler<protocol::Tenant> done)
{
    unsupported(context, std::move(done), ClientError::tr("tenant management"));
}

void Wso2ApimBackend::tenantAction(const QString &, const QString &, const QByteArray &,
                                   QObject *context, Handler<protocol::Tenant> done)
{
    unsupported(context, std::move(done), ClientError::tr("tenant management"));
}

void Wso2ApimBackend::createService(const protocol::ServiceInput &, QObject *context,
                                    Handler<protocol::Service> done)
{
    unsupported(context, std::move(done), ClientError::tr("service changes from this console"));
}

void Wso2ApimBackend::updateService(const QString &, const protocol::ServiceInput &,
                                    const QByteArray &, QObject *context,
                                    Handler<protocol::Service> done)
{
    unsupported(context, std::move(done), ClientError::tr("service changes from this console"));
}

void Wso2ApimBackend::serviceAction(const QString &, const QString &, const QByteArray &,
                                    QObject *context, Handler<protocol::Service> done)
{
    unsupported(context, std::move(done), ClientError::tr("service changes from this console"));
}

void Wso2ApimBackend::metrics(const MetricsQuery &, QObject *context,
                              Handler<protocol::MetricsResponse> done)
{
    unsupported(context, std::move(done), ClientError::tr("transaction metrics"));
}

void Wso2ApimBackend::transactions(const TransactionQuery &, QObject *context,
                                   Handler<protocol::ListPage<protocol::Transaction>> done)
{
    unsupported(context, std::move(done), ClientError::tr("transaction log"));
}

void Wso2ApimBackend::exportConfig(QObject *context, Handler<protocol::ConfigBundle> done)
{
    unsupported(context, std::move(done), ClientError::tr("configuration bundles"));
}

void Wso2ApimBackend::validateConfig(const protocol::ConfigBundle &, QObject *context,
                                     Handler<protocol::ConfigValidation> done)
{
    unsupported(context, std::move(done), ClientError::tr("configuration bundles"));
}

void Wso2ApimBackend::applyConfig(const protocol::ConfigBundle &, qint64, QObject *context,
                                  Handler<protocol::ConfigApplyResult> done)
{
    unsupported(context, std::move(done), ClientError::tr("configuration bundles"));
}

void Wso2ApimBackend::audit(const AuditQuery &, QObject *context,
                            Handler<protocol::ListPage<protocol::AuditEntry>> done)
{
    unsupported(context, std::move(done), ClientError::tr("audit log"));
}

} // namespace lgsp::client
