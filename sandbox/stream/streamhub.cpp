#include "sandbox/stream/streamhub.h"

#include "protocol/jsonreader.h"
#include "protocol/timestamps.h"
#include "sandbox/auth/credentialstore.h"
#include "sandbox/logging.h"
#include "sandbox/traffic/trafficrecorder.h"

#include <QJsonDocument>
#include <QUrlQuery>
#include <QWebSocket>

namespace lgsp::sandbox {

StreamHub::StreamHub(CredentialStore *credentials, TrafficRecorder *traffic, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_traffic(traffic)
{
    connect(m_traffic, &TrafficRecorder::secondCompleted, this, &StreamHub::onSecond);
    connect(&m_heartbeat, &QTimer::timeout, this, &StreamHub::heartbeat);
    m_heartbeat.start(5000);
}

StreamHub::~StreamHub()
{
    for (Client &client : m_clients) {
        client.socket->disconnect(this);
        client.socket->close(QWebSocketProtocol::CloseCodeGoingAway);
        delete client.socket;
    }
}

void StreamHub::accept(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    socket->setMaxAllowedIncomingMessageSize(kMaxMessageBytes);
    const std::optional<Principal> principal =
        m_credentials->authenticate(socket->request().rawHeader("Authorization"));
    if (!principal) {
        sendError(socket, QStringLiteral("unauthorized"),
                  QStringLiteral("Send a bearer token or an API key in the Authorization header "
                                 "of the upgrade request."));
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unauthorized"));
        socket->deleteLater();
        return;
    }
    m_clients.append(Client{socket, *principal, {}});
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &text) { onMessage(socket, text); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket] {
        sendError(socket, QStringLiteral("unsupported"),
                  QStringLiteral("Send JSON text messages."));
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_clients.removeIf([socket](const Client &c) { return c.socket == socket; });
        socket->deleteLater();
    });
    send(socket, QJsonObject{{QStringLiteral("type"), QStringLiteral("welcome")},
                             {QStringLiteral("time"),
                              protocol::formatTimestamp(QDateTime::currentDateTimeUtc())}});
    // ?subscribe=1[&tenant=…][&service=…] opens a first subscription "default" at once, for
    // clients that only listen (a curl upgrade in a terminal).
    const QUrlQuery query(socket->request().url());
    if (query.hasQueryItem(QStringLiteral("subscribe"))) {
        QJsonObject subscribe{{QStringLiteral("id"), QStringLiteral("default")}};
        for (const char *key : {"tenant", "service"}) {
            const QString value = query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
            if (!value.isEmpty())
                subscribe.insert(QLatin1String(key), value);
        }
        onMessage(socket, QString::fromUtf8(
                              QJsonDocument(QJsonObject{{QStringLiteral("subscribe"), subscribe}})
                                  .toJson(QJsonDocument::Compact)));
    }
}

StreamHub::Client *StreamHub::clientFor(QWebSocket *socket)
{
    for (Client &client : m_clients) {
        if (client.socket == socket)
            return &client;
    }
    return nullptr;
}

void StreamHub::onMessage(QWebSocket *socket, const QString &text)
{
    Client *client = clientFor(socket);
    if (!client)
        return;
    protocol::DecodeError parseError;
    const QJsonObject message = protocol::parseJsonObject(text.toUtf8(), &parseError);
    if (!parseError.isNull()) {
        sendError(socket, QStringLiteral("malformed_json"), parseError.message);
        return;
    }
    if (message.contains(QStringLiteral("unsubscribe"))) {
        const QString id = message.value(QStringLiteral("unsubscribe")).toString();
        client->subscriptions.removeIf([&id](const Subscription &s) { return s.id == id; });
        send(socket, QJsonObject{{QStringLiteral("type"), QStringLiteral("unsubscribed")},
                                 {QStringLiteral("id"), id}});
        return;
    }
    if (!message.value(QStringLiteral("subscribe")).isObject()) {
        sendError(socket, QStringLiteral("unknown_message"),
                  QStringLiteral("Expected {\"subscribe\": {...}} or {\"unsubscribe\": id}."));
        return;
    }
    protocol::JsonReader reader(message.value(QStringLiteral("subscribe")).toObject(),
                                QStringLiteral("/subscribe"));
    Subscription subscription;
    subscription.id = reader.requiredString(QStringLiteral("id"));
    subscription.tenant = reader.optionalString(QStringLiteral("tenant"));
    subscription.service = reader.optionalString(QStringLiteral("service"));
    if (!reader.ok()) {
        sendError(socket, QStringLiteral("validation_failed"), reader.error().toString());
        return;
    }
    const QString own = client->principal.tenantCode;
    if (!own.isEmpty()) {
        if (!subscription.tenant.isEmpty() && subscription.tenant != own) {
            sendError(socket, QStringLiteral("tenant_not_found"),
                      QStringLiteral("No tenant with code %1.").arg(subscription.tenant));
            return;
        }
        subscription.tenant = own;
    }
    client->subscriptions.removeIf(
        [&subscription](const Subscription &s) { return s.id == subscription.id; });
    if (client->subscriptions.size() >= kMaxSubscriptions) {
        sendError(
            socket, QStringLiteral("too_many_subscriptions"),
            QStringLiteral("At most %1 subscriptions per connection.").arg(kMaxSubscriptions));
        return;
    }
    client->subscriptions.append(subscription);
    send(socket, QJsonObject{{QStringLiteral("type"), QStringLiteral("subscribed")},
                             {QStringLiteral("id"), subscription.id}});
}

void StreamHub::onSecond(qint64 second)
{
    for (const Client &client : std::as_const(m_clients)) {
        for (const Subscription &s : client.subscriptions) {
            send(client.socket,
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("bucket")},
                             {QStringLiteral("subscription"), s.id},
                             {QStringLiteral("bucket"),
                              m_traffic->liveBucket(second, s.tenant, s.service).toJson()}});
        }
    }
}

void StreamHub::heartbeat()
{
    const QJsonObject message{
        {QStringLiteral("type"), QStringLiteral("heartbeat")},
        {QStringLiteral("time"), protocol::formatTimestamp(QDateTime::currentDateTimeUtc())}};
    for (const Client &client : std::as_const(m_clients))
        send(client.socket, message);
}

void StreamHub::send(QWebSocket *socket, const QJsonObject &message)
{
    socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void StreamHub::sendError(QWebSocket *socket, const QString &code, const QString &message)
{
    send(socket, QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                             {QStringLiteral("code"), code},
                             {QStringLiteral("message"), message}});
}

} // namespace lgsp::sandbox
