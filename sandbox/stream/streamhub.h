#pragma once

#include "sandbox/auth/principal.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QWebSocket;

namespace lgsp::sandbox {

class CredentialStore;
class TrafficRecorder;

// GET /api/v1/stream (WebSocket). The upgrade request carries the same Authorization header
// as the REST API. The client sends {"subscribe": {"id", "tenant"?, "service"?}} (and
// {"unsubscribe": id}); the server pushes one {"type":"bucket"} message a second per
// subscription with the last completed second, and a {"type":"heartbeat"} every 5 seconds.
// ?subscribe=1 (with optional tenant and service) opens a first subscription at once.
class StreamHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamHub)

public:
    StreamHub(CredentialStore *credentials, TrafficRecorder *traffic, QObject *parent = nullptr);
    ~StreamHub() override;

    void accept(std::unique_ptr<QWebSocket> socket);
    int clientCount() const { return int(m_clients.size()); }

    static constexpr int kMaxSubscriptions = 32;
    static constexpr qint64 kMaxMessageBytes = 64 * 1024;

private:
    struct Subscription
    {
        QString id;
        QString tenant;
        QString service;
    };
    struct Client
    {
        QWebSocket *socket = nullptr;
        Principal principal;
        QList<Subscription> subscriptions;
    };

    void onMessage(QWebSocket *socket, const QString &text);
    void onSecond(qint64 second);
    void heartbeat();
    Client *clientFor(QWebSocket *socket);
    void send(QWebSocket *socket, const QJsonObject &message);
    void sendError(QWebSocket *socket, const QString &code, const QString &message);

    CredentialStore *m_credentials;
    TrafficRecorder *m_traffic;
    QList<Client> m_clients;
    QTimer m_heartbeat;
};

} // namespace lgsp::sandbox
