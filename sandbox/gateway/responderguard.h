#pragma once

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

namespace lgsp::sandbox {

// Holds a responder for an answer that comes later (the gateway waits for an upstream) and
// knows whether the client is still connected, so a late answer is dropped instead of being
// written to a socket that Qt has already deleted.
class PendingResponse
{
public:
    explicit PendingResponse(QHttpServerResponder &&responder)
        : m_responder(std::move(responder))
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        , m_socket(m_responder.socket())
#endif
    {}

    bool clientConnected() const
    {
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
#else
        return true; // Qt 6.5+ keeps the stream alive for as long as its responder exists
#endif
    }
    QHttpServerResponder &responder()
    {
        return m_responder;
    }

private:
    QHttpServerResponder m_responder;
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    QPointer<QTcpSocket> m_socket;
#endif
};

} // namespace lgsp::sandbox
