#pragma once

#include "client/backend/backend.h"
#include "client/backend/wso2release.h"
#include "client/net/apirequest.h"

#include <QPointer>

#include <QTimer>
#include <QUrl>

namespace lgsp::client {

class CredentialAuthenticator;
class Transport;

// WSO2 API Manager 4.x through its REST APIs: tenants from the Publisher API, services from
// the Service Catalog API merged with the Publisher's APIs, health from the token endpoint,
// both REST APIs and the gateway's TLS port. The release is learnt before the first call that
// needs it (wso2release.h): 4.0, 4.1 and 4.2+ publish these APIs under different versions. WSO2 4.x
// keeps analytics outside the product and has no configuration bundles or tenant lifecycle over
// REST: those calls answer Unsupported, and features() says so, so pages can hide them.
class Wso2ApimBackend final : public Backend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Wso2ApimBackend)

public:
    // `gatewayUrl` empty: the management host on WSO2's default gateway port, 8243.
    Wso2ApimBackend(Transport *transport, CredentialAuthenticator *authenticator,
                    const QUrl &gatewayUrl, QObject *parent = nullptr);

    static QString kindName() { return QStringLiteral("wso2-apim"); }
    // The scopes the console asks the token endpoint for: read-only views.
    static QStringList scopes();
    QString kind() const override { return kindName(); }
    Features features() const override;
    QUrl gatewayUrl() const { return m_gatewayUrl; }
    // The release answering, once learnt (after the first call that needed it).
    std::optional<wso2::Release> release() const { return m_release; }

    void info(QObject *context, Handler<protocol::InstanceInfo> done) override;
    void health(QObject *context, Handler<protocol::HealthReport> done) override;

    void tenants(const TenantQuery &query, QObject *context,
                 Handler<protocol::ListPage<protocol::Tenant>> done) override;
    void tenant(const QString &code, QObject *context, Handler<protocol::Tenant> done) override;
    void createTenant(const protocol::TenantInput &input, QObject *context,
                      Handler<protocol::Tenant> done) override;
    void updateTenant(const QString &code, const protocol::TenantInput &changes,
                      const QByteArray &etag, QObject *context,
                      Handler<protocol::Tenant> done) override;
    void tenantAction(const QString &code, const QString &action, const QByteArray &etag,
                      QObject *context, Handler<protocol::Tenant> done) override;

    void services(const ServiceQuery &query, QObject *context,
                  Handler<protocol::ListPage<protocol::Service>> done) override;
    void service(const QString &id, QObject *context, Handler<protocol::Service> done) override;
    void serviceDefinition(const QString &id, QObject *context,
                           Handler<ServiceDefinition> done) override;
    void createService(const protocol::ServiceInput &input, QObject *context,
                       Handler<protocol::Service> done) override;
    void updateService(const QString &id, const protocol::ServiceInput &changes,
                       const QByteArray &etag, QObject *context,
                       Handler<protocol::Service> done) override;
    void serviceAction(const QString &id, const QString &action, const QByteArray &etag,
                       QObject *context, Handler<protocol::Service> done) override;

    void metrics(const MetricsQuery &query, QObject *context,
                 Handler<protocol::MetricsResponse> done) override;
    void transactions(const TransactionQuery &query, QObject *context,
                      Handler<protocol::ListPage<protocol::Transaction>> done) override;

    void exportConfig(QObject *context, Handler<protocol::ConfigBundle> done) override;
    void validateConfig(const protocol::ConfigBundle &bundle, QObject *context,
                        Handler<protocol::ConfigValidation> done) override;
    void applyConfig(const protocol::ConfigBundle &bundle, qint64 baseRevision, QObject *context,
                     Handler<protocol::ConfigApplyResult> done) override;

    void audit(const AuditQuery &query, QObject *context,
               Handler<protocol::ListPage<protocol::AuditEntry>> done) override;

    // One JSON call: the object, or the error (a missing scope named as such).
    using JsonHandler = std::function<void(const Result<QJsonObject> &, const ApiReply &)>;
    void getJson(const QString &path, const QUrlQuery &query, const QString &scope,
                 QObject *context, JsonHandler done);

private:
    template<typename T>
    static Result<T> failure(const ClientError &error)
    {
        Result<T> r;
        r.error = error;
        return r;
    }
    // Answers later, like every other call, never from inside the caller's own call.
    template<typename T>
    void unsupported(QObject *context, Handler<T> done, const QString &what)
    {
        QTimer::singleShot(0, context ? context : this, [done = std::move(done), what] {
            done(failure<T>(ClientError::make(
                ClientError::Kind::Unsupported,
                ClientError::tr("WSO2 API Manager offers no %1 over its REST APIs").arg(what))));
        });
    }
    void getJsonAt(const wso2::Release &release, const QString &path, const QUrlQuery &query,
                   const QString &scope, QObject *context, JsonHandler done);
    // The tenant whose catalog WSO2 shows this connection: the signed-in user's.
    QString catalogTenant() const;
    void filteredServices(const ServiceQuery &query, QObject *context,
                          Handler<protocol::ListPage<protocol::Service>> done);
    // Runs `then` with the release: at once when it is known, else once it is learnt (never
    // when `context` is gone by then). A release found despite a failure (the server could
    // not be reached) serves the calls waiting and is learnt again next time.
    using ReleaseHandler = std::function<void(const wso2::Release &)>;
    void withRelease(QObject *context, ReleaseHandler then);
    void probeRelease(QList<wso2::Release> left);
    void releaseLearnt(const wso2::Release &release, bool keep);
    // A path written with the newest prefixes (wso2codec.h), for `release`.
    static QString versioned(const QString &path, const wso2::Release &release);
    void sendVersioned(ApiRequest request, QObject *context,
                       std::function<void(const ApiReply &)> done);
    void gatewayCheck(QObject *context, std::function<void(protocol::HealthReport::Check)> done);
    // The gateway's own word on its start-up: were all APIs deployed?
    void deploymentCheck(QObject *context, std::function<void(protocol::HealthReport::Check)> done);

    struct ReleaseWaiter
    {
        QPointer<QObject> context;
        bool hadContext = false;
        ReleaseHandler then;
    };

    Transport *m_transport;
    CredentialAuthenticator *m_authenticator;
    QUrl m_gatewayUrl;
    std::optional<wso2::Release> m_release;
    bool m_learningRelease = false;
    QList<ReleaseWaiter> m_releaseWaiters;
};

} // namespace lgsp::client
