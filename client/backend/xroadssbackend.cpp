#include "client/backend/xroadssbackend.h"

#include "client/xroad/xroadclient.h"

namespace lgsp::client {

XRoadSsBackend::XRoadSsBackend(XRoadClient *server, QObject *parent)
    : Backend(parent)
    , m_server(server)
{}

void XRoadSsBackend::info(QObject *context, Handler<protocol::InstanceInfo> done)
{
    m_server->version(context, [done = std::move(done)](const Result<XRoadClient::Version> &r) {
        Result<protocol::InstanceInfo> out;
        out.error = r.error;
        if (r.ok()) {
            out.value.name = QStringLiteral("X-Road Security Server");
            const QVersionNumber version = xroad::versionNumber(r.value.text);
            out.value.version = version.isNull() ? r.value.text : version.toString();
            out.value.apiVersion = QStringLiteral("v1");
            out.value.time = r.value.serverTime;
        }
        done(out);
    });
}

void XRoadSsBackend::health(QObject *context, Handler<protocol::HealthReport> done)
{
    unsupported(context, std::move(done));
}

void XRoadSsBackend::tenants(const TenantQuery &, QObject *context,
                             Handler<protocol::ListPage<protocol::Tenant>> done)
{
    unsupported(context, std::move(done));
}

void XRoadSsBackend::tenant(const QString &, QObject *context, Handler<protocol::Tenant> done)
{
    unsupported(context, std::move(done));
}

void XRoadSsBackend::createTenant(const protocol::TenantInput &, QObject *context,
                                  Handler<protocol::Tenant> done)
{
    unsupported(context, std::move(done));
}

void XRoadSsBackend::updateTenant(const QString &, const protocol::TenantInput &,
                                  const QByteArray &, QObject *context,
                                  Handler<protocol::Tenant> done)
{
    unsupported(context, std::move(done));
}

void XRoadSsBackend::tenantAction(const QString &, const QString &, const QByteArray &,
                                  QObject *context, Handler<protocol::Tenant> done)
{
    unsupported(context, std::move(done));
}

void XRoadSsBackend::services(const ServiceQuery &, QObject *context,
                              Handler<protocol::ListPage<protocol::Service>> done)
{
    unsupported(context, std::move(done));
}

void XRoadSsBackend::service(const QString &, QObject *context, Handler<protocol::Service> done)
{
    unsupported(context, std::move(done));
}

void XRoadSsBackend::serviceDefinition(const QString &, QObject *context,
                                       Handler<ServiceDefinition> done)
{
    unsupported(context, std::move(done));
}

void XRoadSsBackend::createService(const protocol::ServiceInput &, QObject *context,
                                   Handler<protocol::Service> done)
{
    unsupported(context, std::move(done));
}

void XRoadSsBackend::updateService(const QString &, const protocol::ServiceInput &,
                                   const QByteArray &, QObject *context,
                                   Handler<protocol::Service> done)
{
    unsupported(context, std::move(done));
}

void XRoadSsBackend::serviceAction(const QString &, const QString &, const QByteArray &,
                                   QObject *context, Handler<protocol::Service> done)
{
    unsupported(context, std::move(done));
}

void XRoadSsBackend::metrics(const MetricsQuery &, QObject *context,
                             Handler<protocol::MetricsResponse> done)
{
    unsupported(context, std::move(done));
}

void XRoadSsBackend::transactions(const TransactionQuery &, QObject *context,
                                  Handler<protocol::ListPage<protocol::Transaction>> done)
{
    unsupported(context, std::move(done));
}

void XRoadSsBackend::exportConfig(QObject *context, Handler<protocol::ConfigBundle> done)
{
    unsupported(context, std::move(done));
}

void XRoadSsBackend::validateConfig(const protocol::ConfigBundle &, QObject *context,
                                    Handler<protocol::ConfigValidation> done)
{
    unsupported(context, std::move(done));
}

void XRoadSsBackend::applyConfig(const protocol::ConfigBundle &, qint64, QObject *context,
                                 Handler<protocol::ConfigApplyResult> done)
{
    unsupported(context, std::move(done));
}

void XRoadSsBackend::audit(const AuditQuery &, QObject *context,
                           Handler<protocol::ListPage<protocol::AuditEntry>> done)
{
    unsupported(context, std::move(done));
}

} // namespace lgsp::client
