#pragma once

#include "client/localsandbox.h"
#include "protocol/instanceinfo.h"

#include <QObject>
#include <QUuid>

namespace lgsp::models {
class ConsoleSession;
}

namespace lgsp::app {

// "Try LGSP": starts the local sandbox as a child process and adds it to the session's fleet
// as a transient profile with the sandbox's operator credential. The sandbox stops when this
// object is destroyed (that is, when the console exits).
class DemoSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSession)

public:
    explicit DemoSession(models::ConsoleSession *session, QObject *parent = nullptr);

    void start();
    bool isActive() const { return m_sandbox.isRunning(); }
    // Settled: the first poll of the sandbox finished, or it failed to start.
    bool isSettled() const { return m_settled; }

Q_SIGNALS:
    void starting();
    void connected(const QUrl &url, const lgsp::protocol::InstanceInfo &info);
    void connectionFailed(const QUrl &url, const QString &message);
    void startFailed(const QString &message);
    void settled();

private:
    void settle();

    models::ConsoleSession *m_session;
    client::LocalSandbox m_sandbox;
    QUuid m_profileId;
    bool m_settled = false;
};

} // namespace lgsp::app
