#include "sandbox/sandboxserver.h"

#include "lgsp_version.h"
#include "sandbox/api/router.h"
#include "sandbox/auth/credentialstore.h"
#include "sandbox/gateway/demoupstream.h"
#include "sandbox/gateway/gateway.h"
#include "sandbox/healthmonitor.h"
#include "sandbox/logging.h"
#include "sandbox/seed/demoseed.h"
#include "sandbox/seed/demoservices.h"
#include "sandbox/seed/historyseed.h"
#include "sandbox/seed/scaleseed.h"
#include "sandbox/storage/database.h"
#include "sandbox/stream/streamhub.h"
#include "sandbox/tlssetup.h"
#include "sandbox/traffic/simulator.h"
#include "sandbox/traffic/trafficrecorder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QUuid>
#include <QWebSocket>

namespace lgsp::sandbox {

namespace {

constexpr char kCorrelationHeader[] = "X-Correlation-Id";

// A client-supplied id is echoed only when it is short and printable; otherwise a new one.
QByteArray correlationIdFor(const QHttpServerRequest &request)
{
    const QByteArray given = request.value(kCorrelationHeader);
    const bool usable =
        !given.isEmpty() && given.size() <= 128 &&
        std::all_of(given.begin(), given.end(), [](char c) { return c > 32 && c < 127; });
    return usable ? given : QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    // No route is registered with QHttpServer: the gateway data plane, the demo upstreams and
    // the API router dispatch every request themselves.
    m_server.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const QByteArray correlationId = correlationIdFor(request);
            const QString path = request.url().path();
            if (m_gateway && Gateway::handles(path)) {
                m_gateway->handle(request, std::move(responder), correlationId);
                return;
            }
            if (m_upstream && DemoUpstream::handles(path)) {
                m_upstream->handle(request, std::move(responder), correlationId);
                return;
            }
            ApiRequest apiRequest = ApiRequest::from(request);
            apiRequest.correlationId = QString::fromLatin1(correlationId);
            const ApiResponse response =
                m_router ? m_router->handle(apiRequest)
                         : ApiResponse::problem(503, QStringLiteral("starting"),
                                                QStringLiteral("The sandbox is starting"));
            response.writeTo(responder, correlationId);
        });
    registerStreamRoute();
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::registerStreamRoute()
{
    // QHttpServer accepts a WebSocket upgrade only on a path with a route; a plain GET there
    // is told to upgrade.
    // An upgrade request must be "handled" by a route that writes nothing; Qt then hands the
    // socket over to its WebSocket server.
    m_server.route(QStringLiteral("/api/v1/stream"), [](const QHttpServerRequest &request,
                                                        QHttpServerResponder &&responder) {
        if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
            return;
        ApiResponse problem = ApiResponse::problem(
            426, QStringLiteral("upgrade_required"), QStringLiteral("Upgrade required"),
            QStringLiteral("/api/v1/stream is a WebSocket endpoint."));
        problem.withHeader("Upgrade", "websocket");
        problem.writeTo(responder, correlationIdFor(request));
    });
    connect(&m_server, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (m_server.hasPendingWebSocketConnections()) {
            std::unique_ptr<QWebSocket> socket = m_server.nextPendingWebSocketConnection();
            if (m_stream)
                m_stream->accept(std::move(socket));
        }
    });
}

protocol::InstanceInfo SandboxServer::info() const
{
    protocol::InstanceInfo info;
    info.name = m_options.instanceName;
    info.operatorName = m_options.operatorName;
    info.version = QStringLiteral(LGSP_VERSION_STRING);
    info.apiVersion = QStringLiteral("1.0");
    info.capabilities = QStringList{QStringLiteral("info"),
                                    QStringLiteral("health"),
                                    QStringLiteral("tenants"),
                                    QStringLiteral("audit"),
                                    QStringLiteral("gateway"),
                                    QStringLiteral("metrics"),
                                    QStringLiteral("transactions"),
                                    QStringLiteral("stream"),
                                    QStringLiteral("oauth2-client-credentials"),
                                    QStringLiteral("api-keys")};
    info.time = QDateTime::currentDateTimeUtc();
    info.startedAt = m_startedAt;
    return info;
}

MetricsExposition::Figures SandboxServer::metricsFigures(const QString &tenantScope) const
{
    MetricsExposition::Figures figures;
    figures.traffic = &m_traffic->totals();
    figures.tenantScope = tenantScope;
    QSqlQuery query(m_database->handle());
    if (query.exec(QStringLiteral("SELECT (SELECT count(*) FROM tenants), "
                                  "(SELECT count(*) FROM services)")) &&
        query.next()) {
        figures.tenants = query.value(0).toLongLong();
        figures.services = query.value(1).toLongLong();
    }
    const QDir dir(m_options.dataDir);
    for (const char *file : {"lgsp-sandbox.sqlite", "lgsp-sandbox.sqlite-wal"})
        figures.databaseBytes += QFileInfo(dir.filePath(QLatin1String(file))).size();
    const protocol::InstanceInfo instance = info();
    figures.version = instance.version;
    figures.apiVersion = instance.apiVersion;
    figures.startTimeSeconds = double(m_startedAt.toMSecsSinceEpoch()) / 1000.0;
    return figures;
}

bool SandboxServer::openData(QString *error)
{
    if (m_options.dataDir.isEmpty() || !QDir().mkpath(m_options.dataDir)) {
        *error = QStringLiteral("cannot create the data directory %1").arg(m_options.dataDir);
        return false;
    }
    QFile::setPermissions(m_options.dataDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_database = std::make_unique<Database>();
    if (!m_database->open(m_options.dataDir, error))
        return false;
    m_credentials = std::make_unique<CredentialStore>(m_database->handle());
    m_credentials->setTokenLifetime(m_options.tokenLifetimeSeconds);
    if (m_credentials->isEmpty() && !writeBootstrapCredentials(error))
        return false;
    return true;
}

bool SandboxServer::writeBootstrapCredentials(QString *error)
{
    const std::optional<CredentialStore::Created> created =
        m_credentials->create(QStringLiteral("client"), QStringLiteral("bootstrap operator"),
                              QStringLiteral("operator"), QString(), error);
    if (!created)
        return false;
    const QJsonObject body{{QStringLiteral("client_id"), created->id},
                           {QStringLiteral("client_secret"), created->secret}};
    if (m_options.credentialsToStdout) {
        // The parent reads it from the pipe: no secret on disk, even if it is killed.
        m_credentialLine = "credentials " + QJsonDocument(body).toJson(QJsonDocument::Compact);
        qCInfo(lcSandbox) << "first start: operator credential handed to the parent on stdout";
        return true;
    }
    // The only place a secret is written in clear: for the local owner, mode 0600.
    QFile file(QDir(m_options.dataDir).filePath(QLatin1String(kBootstrapFile)));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    file.write(QJsonDocument(body).toJson());
    file.close();
    qCInfo(lcSandbox).noquote() << "first start: operator credential written to" << file.fileName();
    return true;
}

bool SandboxServer::start(QString *error)
{
    if (!openData(error))
        return false;
    std::optional<TlsMaterial> tls;
    if (!m_options.tlsCertificateFile.isEmpty()) {
        tls = loadTlsMaterial(m_options.tlsCertificateFile, m_options.tlsKeyFile, error);
        if (!tls)
            return false;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(tls->chain);
        configuration.setPrivateKey(tls->key);
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        m_server.sslSetup(configuration);
    }
    const quint16 port = m_server.listen(m_options.address, m_options.port);
    if (port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2")
                     .arg(m_options.address.toString())
                     .arg(m_options.port);
        return false;
    }
    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_options.address.toString());
    url.setPort(port);
    m_baseUrl = url;

    // Without a configured upstream the sandbox stands in for NDXP itself.
    const QUrl ndxp = m_options.ndxpUpstream.isValid() ? m_options.ndxpUpstream : m_baseUrl;
    m_health = std::make_unique<HealthMonitor>(m_database.get(), m_options.dataDir, ndxp,
                                               tls ? tls->chain.first() : QSslCertificate());
    ApiRouter::Limits limits;
    limits.requestsPerMinute = m_options.requestsPerMinute;
    m_router = std::make_unique<ApiRouter>(
        m_database.get(), m_credentials.get(), [this] { return info(); },
        [this] { return m_health->report(); }, limits);
    if (m_options.seed == QLatin1String("demo") &&
        (!seedDemoTenants(&m_router->tenants(), error) ||
         !seedDemoServices(&m_router->services(), m_baseUrl.toString(), error)))
        return false;
    if (m_options.seed == QLatin1String("scale") &&
        (!seedDemoTenants(&m_router->tenants(), error) ||
         !seedScaleServices(m_database->handle(), m_options.scaleServices, m_baseUrl.toString(),
                            error)))
        return false;
    // Demo upstreams live on this server: follow it when it restarts on another port.
    m_router->services().rebaseDemoUpstreams(m_baseUrl.toString());
    if (m_options.historyDays > 0 &&
        HistorySeed::write(m_database->handle(), m_options.historyDays,
                           QDateTime::currentSecsSinceEpoch(), error) < 0)
        return false;
    m_traffic = std::make_unique<TrafficRecorder>(m_database->handle());
    m_traffic->setTransactionRetentionDays(m_options.keepTransactionsDays);
    m_traffic->start();
    m_router->setMetrics(
        [this](MetricsExposition::Format format, const QString &tenantScope) {
            return MetricsExposition::render(metricsFigures(tenantScope), format);
        },
        m_options.metricsOpenOnLoopback);
    m_gateway =
        std::make_unique<Gateway>(m_credentials.get(), &m_router->services(), m_traffic.get());
    if (tls)
        m_gateway->setOwnCertificate(tls->chain.first());
    m_upstream = std::make_unique<DemoUpstream>();
    m_stream = std::make_unique<StreamHub>(m_credentials.get(), m_traffic.get());
    if (m_options.simulateRate > 0) {
        m_simulator = std::make_unique<TrafficSimulator>(
            m_baseUrl, m_options.simulateRate, m_credentials.get(), &m_router->services());
        if (tls)
            m_simulator->setOwnCertificate(tls->chain.first());
        m_simulator->start();
    }
    m_health->start();
    qCInfo(lcSandbox) << "serving" << m_baseUrl.toString() << "data in" << m_options.dataDir;
    return true;
}

} // namespace lgsp::sandbox
