#pragma once

#include "protocol/instanceinfo.h"
#include "sandbox/metrics/exposition.h"
#include "sandbox/sandboxoptions.h"

#include <QDateTime>
#include <QHttpServer>
#include <QObject>
#include <QUrl>

#include <memory>
#include <utility>

namespace lgsp::sandbox {

class ApiRouter;
class CredentialStore;
class Database;
class DemoUpstream;
class Gateway;
class HealthMonitor;
class TrafficRecorder;
class TrafficSimulator;
class StreamHub;

// The sandbox's HTTP server: OAuth2 token endpoint and the Admin API v1 under /api/v1.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens the data directory (database, first-start credentials, seed) and binds the
    // listening socket. On failure returns false with the reason in *error.
    bool start(QString *error);
    QUrl baseUrl() const { return m_baseUrl; }
    // With --credentials-to-stdout: the first start's operator credential as one line
    // ("credentials {json}"), handed out once; empty otherwise.
    QByteArray takeCredentialLine() { return std::exchange(m_credentialLine, {}); }

    protocol::InstanceInfo info() const;
    CredentialStore *credentials() const { return m_credentials.get(); }
    TrafficRecorder *traffic() const { return m_traffic.get(); }

    static constexpr char kBootstrapFile[] = "bootstrap-credentials.json";

private:
    bool openData(QString *error);
    MetricsExposition::Figures metricsFigures(const QString &tenantScope) const;
    void registerStreamRoute();
    bool writeBootstrapCredentials(QString *error);

    SandboxOptions m_options;
    QDateTime m_startedAt = QDateTime::currentDateTimeUtc();
    QHttpServer m_server;
    QUrl m_baseUrl;
    QByteArray m_credentialLine;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<HealthMonitor> m_health;
    std::unique_ptr<ApiRouter> m_router;
    // Declared after the database: destroyed (and flushed) before it.
    std::unique_ptr<TrafficRecorder> m_traffic;
    std::unique_ptr<Gateway> m_gateway;
    std::unique_ptr<DemoUpstream> m_upstream;
    std::unique_ptr<StreamHub> m_stream;
    std::unique_ptr<TrafficSimulator> m_simulator;
};

} // namespace lgsp::sandbox
