#pragma once

#include "client/clienterror.h"
#include "client/connection.h"
#include "client/localsandbox.h"
#include "protocol/instanceinfo.h"

#include <QObject>

#include <memory>

namespace lgsp::app {

// "Try LGSP": starts the local sandbox as a child process and connects to it. The sandbox
// stops when this object is destroyed (that is, when the console exits).
class DemoSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSession)

public:
    explicit DemoSession(QObject *parent = nullptr);

    void start();
    bool isActive() const { return m_sandbox.isRunning(); }
    // Settled: connected, or failed to start or connect.
    bool isSettled() const { return m_settled; }

Q_SIGNALS:
    void starting();
    void connected(const QUrl &url, const lgsp::protocol::InstanceInfo &info);
    void connectionFailed(const QUrl &url, const QString &message);
    void startFailed(const QString &message);
    void settled();

private:
    void settle();

    client::LocalSandbox m_sandbox;
    std::unique_ptr<client::Connection> m_connection;
    bool m_settled = false;
};

} // namespace lgsp::app
