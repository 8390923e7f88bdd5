#pragma once

#include "client/backend/backend.h"
#include "client/net/apirequest.h"

namespace lgsp::client {

class Transport;

// The LGSP Admin API v1 (resources/api/lgsp-admin-v1.openapi.yaml) over a Transport.
class LgspV1Backend final : public Backend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LgspV1Backend)

public:
    explicit LgspV1Backend(Transport *transport, QObject *parent = nullptr);

    static QString kindName() { return QStringLiteral("lgsp-v1"); }
    QString kind() const override { return kindName(); }
    Features features() const override;

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

private:
    template<typename T>
    void call(const ApiRequest &request, QObject *context, Handler<T> done);

    Transport *m_transport;
};

} // namespace lgsp::client
