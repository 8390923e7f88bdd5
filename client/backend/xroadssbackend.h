#pragma once

#include "client/backend/backend.h"

#include <QTimer>

namespace lgsp::client {

class XRoadClient;

// An X-Road security server on its own (profile kind xroad-ss): it has no tenants, services,
// traffic or configuration of the LGSP kind, so every such call answers Unsupported and
// features() is empty; info() reads its version and clock through the security server client,
// whose checks the health probe then adds.
class XRoadSsBackend final : public Backend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(XRoadSsBackend)

public:
    XRoadSsBackend(XRoadClient *server, QObject *parent = nullptr);

    static QString kindName() { return QStringLiteral("xroad-ss"); }
    QString kind() const override { return kindName(); }
    Features features() const override { return {}; }

    void info(QObject *context, Handler<protocol::InstanceInfo> done) override;
    void health(QObject *context, Handler<protocol::HealthReport> done) override;

    void tenants(const TenantQuery &, QObject *context,
                 Handler<protocol::ListPage<protocol::Tenant>> done) override;
    void tenant(const QString &, QObject *context, Handler<protocol::Tenant> done) override;
    void createTenant(const protocol::TenantInput &, QObject *context,
                      Handler<protocol::Tenant> done) override;
    void updateTenant(const QString &, const protocol::TenantInput &, const QByteArray &,
                      QObject *context, Handler<protocol::Tenant> done) override;
    void tenantAction(const QString &, const QString &, const QByteArray &, QObject *context,
                      Handler<protocol::Tenant> done) override;
    void services(const ServiceQuery &, QObject *context,
                  Handler<protocol::ListPage<protocol::Service>> done) override;
    void service(const QString &, QObject *context, Handler<protocol::Service> done) override;
    void serviceDefinition(const QString &, QObject *context,
                           Handler<ServiceDefinition> done) override;
    void createService(const protocol::ServiceInput &, QObject *context,
                       Handler<protocol::Service> done) override;
    void updateService(const QString &, const protocol::ServiceInput &, const QByteArray &,
                       QObject *context, Handler<protocol::Service> done) override;
    void serviceAction(const QString &, const QString &, const QByteArray &, QObject *context,
                       Handler<protocol::Service> done) override;
    void metrics(const MetricsQuery &, QObject *context,
                 Handler<protocol::MetricsResponse> done) override;
    void transactions(const TransactionQuery &, QObject *context,
                      Handler<protocol::ListPage<protocol::Transaction>> done) override;
    void exportConfig(QObject *context, Handler<protocol::ConfigBundle> done) override;
    void validateConfig(const protocol::ConfigBundle &, QObject *context,
                        Handler<protocol::ConfigValidation> done) override;
    void applyConfig(const protocol::ConfigBundle &, qint64, QObject *context,
                     Handler<protocol::ConfigApplyResult> done) override;
    void audit(const AuditQuery &, QObject *context,
               Handler<protocol::ListPage<protocol::AuditEntry>> done) override;

private:
    // Answers later, like every other call, never from inside the caller's own call.
    template<typename T>
    void unsupported(QObject *context, Handler<T> done)
    {
        QTimer::singleShot(0, context ? context : this, [done = std::move(done)] {
            Result<T> r;
            r.error = ClientError::make(
                ClientError::Kind::Unsupported,
                ClientError::tr("an X-Road security server has no LGSP tenants, services, "
                                "traffic or configuration"));
            done(r);
        });
    }

    XRoadClient *m_server;
};

} // namespace lgsp::client
