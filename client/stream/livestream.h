#pragma once

#include "client/clienterror.h"
#include "protocol/metrics.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

class QWebSocket;

namespace lgsp::client {

class Connection;

// The live transaction stream of one instance (GET /api/v1/stream, a WebSocket): an
// authenticated upgrade, one subscription, a watchdog on the server's heartbeats, reconnection
// with jittered backoff, and backfill of the missed seconds from /metrics/transactions so a
// chart never has a silent hole. Seconds that cannot be backfilled are reported as a gap.
class LiveStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveStream)

public:
    enum class State { Stopped, Connecting, Live, Reconnecting };
    Q_ENUM(State)

    struct Filter
    {
        QString tenant;  // empty: every tenant the credential may see
        QString service; // empty: every service
    };

    explicit LiveStream(Connection *connection, QObject *parent = nullptr);
    ~LiveStream() override;

    void setFilter(const Filter &filter) { m_filter = filter; }
    // Silence longer than this (no bucket, no heartbeat) means the link is dead.
    void setHeartbeatTimeout(std::chrono::milliseconds timeout) { m_heartbeatTimeout = timeout; }
    void setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds max);

    void start();
    void stop();
    State state() const { return m_state; }
    // The start of the last second delivered (live or backfilled); 0 before the first.
    qint64 lastSecond() const { return m_lastSecond; }
    int reconnects() const { return m_reconnects; }

Q_SIGNALS:
    void stateChanged(lgsp::client::LiveStream::State state);
    // One second of traffic, in order, each second once. `backfilled`: it came from the
    // metrics endpoint after a reconnect, not from the stream.
    void bucketReceived(const lgsp::protocol::MetricsBucket &bucket, bool backfilled);
    // Seconds [from, to) that are lost: the backfill failed. Draw them as a gap.
    void gap(qint64 fromSecond, qint64 toSecond);
    void problem(const lgsp::client::ClientError &error);

private:
    void setState(State state);
    void open();
    void onConnected();
    void onDisconnected();
    void onMessage(const QString &text);
    void deliverLive(const protocol::MetricsBucket &bucket);
    void backfill(qint64 from, qint64 to);
    void scheduleReconnect(const ClientError &why);
    void dropSocket();

    Connection *m_connection;
    Filter m_filter;
    std::unique_ptr<QWebSocket> m_socket;
    QTimer m_watchdog;
    QTimer m_reconnect;
    State m_state = State::Stopped;
    std::chrono::milliseconds m_heartbeatTimeout{std::chrono::seconds(12)};
    std::chrono::milliseconds m_firstDelay{500};
    std::chrono::milliseconds m_maxDelay{std::chrono::seconds(30)};
    int m_attempt = 0;
    int m_reconnects = 0;
    qint64 m_lastSecond = 0;
    bool m_backfilling = false;
    QList<protocol::MetricsBucket> m_held; // live buckets that arrived during a backfill
    QByteArray m_authorization;
    quint64 m_generation = 0; // ignores answers meant for an earlier socket
};

} // namespace lgsp::client
