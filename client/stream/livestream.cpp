#include "client/stream/livestream.h"

#include "client/auth/credentialauthenticator.h"
#include "client/backend/backend.h"
#include "client/connection.h"
#include "client/logging.h"
#include "client/net/transport.h"
#include "protocol/jsonreader.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QWebSocket>

namespace lgsp::client {

namespace {

QUrl streamUrl(const Transport &transport)
{
    QUrl url = transport.urlFor(QStringLiteral("/api/v1/stream"));
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                         : QStringLiteral("ws"));
    return url;
}

// The most seconds one backfill asks for (the API's bucket limit is far higher; a longer
// outage is backfilled in part and the rest reported as a gap).
constexpr qint64 kMaxBackfillSeconds = 3600;

} // namespace

LiveStream::LiveStream(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_watchdog.setSingleShot(true);
    m_reconnect.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        scheduleReconnect(ClientError::make(
            ClientError::Kind::Timeout,
            tr("no message from the stream for %1 s").arg(m_heartbeatTimeout.count() / 1000)));
    });
    connect(&m_reconnect, &QTimer::timeout, this, &LiveStream::open);
}

LiveStream::~LiveStream()
{
    dropSocket();
}

void LiveStream::setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_firstDelay = first;
    m_maxDelay = max;
}

void LiveStream::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void LiveStream::start()
{
    if (m_state != State::Stopped)
        return;
    m_attempt = 0;
    setState(State::Connecting);
    open();
}

void LiveStream::stop()
{
    m_reconnect.stop();
    m_watchdog.stop();
    dropSocket();
    m_held.clear();
    m_backfilling = false;
    setState(State::Stopped);
}

void LiveStream::dropSocket()
{
    ++m_generation;
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket.release()->deleteLater();
}

void LiveStream::open()
{
    dropSocket();
    const quint64 generation = m_generation;
    m_connection->authenticator()->authorize(
        this, [this, generation](const QByteArray &authorization, const ClientError &error) {
            if (generation != m_generation || m_state == State::Stopped)
                return;
            if (!error.isNull()) {
                scheduleReconnect(error);
                return;
            }
            m_authorization = authorization;
            Transport *transport = m_connection->transport();
            QNetworkRequest request =
                transport->prepare(streamUrl(*transport), Transport::newCorrelationId());
            if (!authorization.isEmpty())
                request.setRawHeader("Authorization", authorization);
            m_socket = std::make_unique<QWebSocket>();
            m_socket->setProxy(transport->proxyFor(transport->baseUrl()));
            m_socket->setMaxAllowedIncomingMessageSize(4 * 1024 * 1024);
            connect(m_socket.get(), &QWebSocket::connected, this, &LiveStream::onConnected);
            connect(m_socket.get(), &QWebSocket::disconnected, this, &LiveStream::onDisconnected);
            connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &LiveStream::onMessage);
            connect(m_socket.get(), &QWebSocket::sslErrors, this,
                    [this](const QList<QSslError> &errors) {
                        const TlsPolicy &tls = m_connection->transport()->tlsPolicy();
                        ClientError::TlsProblem problem;
                        QString detail;
                        const QSslCertificate peer = m_socket->sslConfiguration().peerCertificate();
                        if (!(tls.hasPin() && !tls.pinMatches(peer)) &&
                            tls.mayIgnore(errors, peer, &problem, &detail))
                            m_socket->ignoreSslErrors(errors);
                    });
            // No answer to the upgrade within the request timeout counts as silence too.
            m_watchdog.start(transport->timeout());
            m_socket->open(request);
        });
}

void LiveStream::onConnected()
{
    const QJsonObject subscribe{{QStringLiteral("id"), QStringLiteral("console")},
                                {QStringLiteral("tenant"), m_filter.tenant},
                                {QStringLiteral("service"), m_filter.service}};
    QJsonObject filtered;
    for (auto it = subscribe.begin(); it != subscribe.end(); ++it) {
        if (!it.value().toString().isEmpty())
            filtered.insert(it.key(), it.value());
    }
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("subscribe"), filtered}})
                              .toJson(QJsonDocument::Compact)));
    m_watchdog.start(m_heartbeatTimeout);
}

void LiveStream::onDisconnected()
{
    if (m_state == State::Stopped)
        return;
    const int code = m_socket ? int(m_socket->closeCode()) : 0;
    const QString reason = m_socket ? m_socket->errorString() : QString();
    // Closed before the subscription was confirmed: the upgrade may have been refused
    // because the token expired, so the next attempt gets a fresh one.
    if (m_state != State::Live)
        m_connection->authenticator()->invalidate(m_authorization);
    scheduleReconnect(ClientError::make(ClientError::Kind::Network,
                                        tr("the stream closed (%1): %2").arg(code).arg(reason)));
}

void LiveStream::onMessage(const QString &text)
{
    m_watchdog.start(m_heartbeatTimeout);
    protocol::DecodeError error;
    const QJsonObject message = protocol::parseJsonObject(text.toUtf8(), &error);
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("subscribed")) {
        m_attempt = 0;
        setState(State::Live);
        return;
    }
    if (type == QLatin1String("error")) {
        const QString code = message.value(QStringLiteral("code")).toString();
        qCWarning(lcClient).noquote()
            << "stream error" << code << message.value(QStringLiteral("message")).toString();
        Q_EMIT problem(ClientError::make(
            ClientError::Kind::Protocol,
            tr("the stream refused the subscription: %1")
                .arg(message.value(QStringLiteral("message")).toString().left(300))));
        return;
    }
    if (type != QLatin1String("bucket"))
        return; // welcome, heartbeat and future message types
    const std::optional<protocol::MetricsBucket> bucket = protocol::MetricsBucket::fromJson(
        message.value(QStringLiteral("bucket")).toObject(), &error);
    if (!bucket) {
        qCWarning(lcClient).noquote() << "stream: malformed bucket:" << error.toString();
        return;
    }
    deliverLive(*bucket);
}

void LiveStream::deliverLive(const protocol::MetricsBucket &bucket)
{
    if (m_backfilling) {
        m_held.append(bucket);
        return;
    }
    if (bucket.t <= m_lastSecond)
        return; // already delivered (a backfill reached it)
    if (m_lastSecond > 0 && bucket.t > m_lastSecond + 1) {
        m_held.append(bucket);
        backfill(m_lastSecond + 1, bucket.t);
        return;
    }
    m_lastSecond = bucket.t;
    Q_EMIT bucketReceived(bucket, false);
}

void LiveStream::backfill(qint64 from, qint64 to)
{
    m_backfilling = true;
    if (to - from > kMaxBackfillSeconds) {
        Q_EMIT gap(from, to - kMaxBackfillSeconds);
        from = to - kMaxBackfillSeconds;
    }
    MetricsQuery query;
    query.from = QDateTime::fromSecsSinceEpoch(from, Qt::UTC);
    query.to = QDateTime::fromSecsSinceEpoch(to, Qt::UTC);
    query.step = QStringLiteral("1s");
    query.tenant = m_filter.tenant;
    query.service = m_filter.service;
    qCInfo(lcClient).noquote() << "stream: backfilling" << (to - from) << "s";
    const quint64 generation = m_generation;
    m_connection->backend()->metrics(
        query, this, [this, from, to, generation](const Result<protocol::MetricsResponse> &r) {
            if (generation != m_generation)
                return;
            if (!r.ok() || r.value.series.isEmpty()) {
                Q_EMIT gap(from, to);
            } else {
                for (const protocol::MetricsBucket &b : r.value.series.first().buckets) {
                    if (b.t > m_lastSecond && b.t < to) {
                        m_lastSecond = b.t;
                        Q_EMIT bucketReceived(b, true);
                    }
                }
                if (m_lastSecond < to - 1)
                    Q_EMIT gap(m_lastSecond + 1, to);
            }
            m_lastSecond = std::max(m_lastSecond, to - 1);
            m_backfilling = false;
            const QList<protocol::MetricsBucket> held = std::exchange(m_held, {});
            for (const protocol::MetricsBucket &b : held)
                deliverLive(b);
        });
}

void LiveStream::scheduleReconnect(const ClientError &why)
{
    if (m_state == State::Stopped)
        return;
    m_watchdog.stop();
    dropSocket();
    // Buckets held for an unfinished backfill are dropped: m_lastSecond did not move, so the
    // backfill after reconnecting covers their seconds.
    m_backfilling = false;
    m_held.clear();
    ++m_attempt;
    ++m_reconnects;
    const qint64 exponential =
        std::min<qint64>(m_maxDelay.count(), m_firstDelay.count() << std::min(m_attempt - 1, 16));
    const qint64 delay =
        exponential / 2 + qint64(QRandomGenerator::global()->bounded(double(exponential) / 2));
    qCInfo(lcClient).noquote() << "stream lost:" << why.message() << "- reconnecting in" << delay
                               << "ms";
    Q_EMIT problem(why);
    setState(State::Reconnecting);
    m_reconnect.start(std::chrono::milliseconds(delay));
}

} // namespace lgsp::client
