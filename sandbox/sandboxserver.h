#pragma once

#include "protocol/instanceinfo.h"
#include "sandbox/sandboxoptions.h"

#include <QHttpServer>
#include <QObject>
#include <QUrl>

namespace lgsp::sandbox {

// The sandbox's HTTP server: Admin API v1 under /api/v1.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Binds the listening socket. On failure returns false with the reason in *error.
    bool start(QString *error);
    QUrl baseUrl() const { return m_baseUrl; }

    protocol::InstanceInfo info() const;

private:
    void registerRoutes();

    SandboxOptions m_options;
    QHttpServer m_server;
    QUrl m_baseUrl;
};

} // namespace lgsp::sandbox
