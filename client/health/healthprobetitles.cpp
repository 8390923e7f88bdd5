#include "client/health/healthprobe.h"
#include "client/xroad/xroadchecks.h"

namespace lgsp::client {

QString HealthProbe::titleFor(const QString &id)
{
    if (id.startsWith(QLatin1String("ndxp.")))
        return XRoadChecks::titleFor(id);
    if (id == QLatin1String("dns"))
        return tr("Name resolution");
    if (id == QLatin1String("connect"))
        return tr("Connection");
    if (id == QLatin1String("tls"))
        return tr("Secure connection (TLS)");
    if (id == QLatin1String("certificate"))
        return tr("Server certificate");
    if (id == QLatin1String("version"))
        return tr("Server and API version");
    if (id == QLatin1String("clock"))
        return tr("Clock");
    if (id == QLatin1String("auth"))
        return tr("Authentication");
    if (id == QLatin1String("server"))
        return tr("Server checks");
    if (id == QLatin1String("metrics"))
        return tr("Traffic data source");
    if (id == QLatin1String("server.database"))
        return tr("Database");
    if (id == QLatin1String("server.gateway"))
        return tr("Gateway");
    if (id == QLatin1String("server.ndxp-link"))
        return tr("Link to NDXP");
    if (id == QLatin1String("server.certificates"))
        return tr("Server's own certificates");
    if (id == QLatin1String("server.disk"))
        return tr("Disk space");
    if (id == QLatin1String("server.publisher-api"))
        return tr("Publisher API");
    if (id == QLatin1String("server.service-catalog"))
        return tr("Service Catalog API");
    if (id == QLatin1String("server.gateway-deployment"))
        return tr("APIs deployed on the gateway");
    return id.startsWith(QLatin1String("server.")) ? id.mid(7) : id;
}

} // namespace lgsp::client
