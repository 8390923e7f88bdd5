#include "demosession.h"

namespace lgsp::app {

DemoSession::DemoSession(QObject *parent)
    : QObject(parent)
{
    connect(&m_sandbox, &client::LocalSandbox::failed, this, [this](const QString &reason) {
        Q_EMIT startFailed(reason);
        settle();
    });
    connect(&m_sandbox, &client::LocalSandbox::ready, this, [this](const QUrl &url) {
        m_connection = std::make_unique<client::Connection>(url);
        connect(m_connection.get(), &client::Connection::infoReceived, this,
                [this, url](const protocol::InstanceInfo &info) {
                    Q_EMIT connected(url, info);
                    settle();
                });
        connect(m_connection.get(), &client::Connection::failed, this,
                [this, url](const client::ClientError &error) {
                    Q_EMIT connectionFailed(url, error.message());
                    settle();
                });
        m_connection->fetchInfo();
    });
}

void DemoSession::start()
{
    if (m_sandbox.isRunning())
        return;
    m_settled = false;
    Q_EMIT starting();
    m_sandbox.start();
}

void DemoSession::settle()
{
    if (m_settled)
        return;
    m_settled = true;
    Q_EMIT settled();
}

} // namespace lgsp::app
