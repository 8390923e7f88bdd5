#pragma once

#include "client/fleet/trafficfigures.h"
#include "client/health/probereport.h"
#include "client/profiles/connectionprofile.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUuid>

#include <chrono>
#include <memory>
#include <optional>

namespace lgsp::client {

class Connection;
class HealthProbe;

// Drives the connections of many instances: one Connection per profile, each probed at its
// profile's poll interval. First polls are staggered and at most maxConcurrent polls work at
// once, so a hundred instances starting together make no burst; a poll still waiting on its
// own instance after kSlowPoll (one that accepts and never answers, or never accepts) gives
// its slot to the next, so hung instances do not hold the others back and are each reported
// within their own timeout. A poll waiting on a server instances share (a security server's
// paced reads) keeps its slot. An instance is polled at most once at a time and queued at
// most once: the queue never holds more than the instances. Each finished poll gives exactly
// one instanceUpdated() signal.
class Fleet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Fleet)

public:
    struct Instance
    {
        ConnectionProfile profile;
        ProbeReport lastReport; // empty until the first poll finished
        QDateTime updatedAt;    // when the last poll finished
        bool polling = false;
        int polls = 0;
        // From the API after a successful probe; unset when it could not be read.
        std::optional<qint64> tenantCount;
        std::optional<qint64> serviceCount;
        QList<qint64> callsPerMinute; // the last 15 whole minutes, oldest first
        // Calls in the last 60 seconds: the running minute so far plus the share of the last
        // whole minute still inside those 60 seconds (the whole minutes alone lag up to a
        // minute, and showed 0/min for a newly started instance already busy).
        std::optional<qint64> callsLastMinute;
        std::optional<double> errorRate;    // errors / calls over those minutes
        std::optional<double> p95LatencyMs; // over those minutes, from merged histograms
        bool hasMetrics = true; // false: the kind of server offers none (WSO2 API Manager)
        bool hasFigures() const { return tenantCount.has_value(); }
    };

    static constexpr std::chrono::milliseconds kMinimumInterval{5000};
    static constexpr std::chrono::milliseconds kSlowPoll{1000};
    static constexpr int kTrafficMinutes = TrafficFigures::kMinutes;

    explicit Fleet(QObject *parent = nullptr);
    ~Fleet() override;

    // Adds, updates and removes connections so the fleet matches `profiles`. A changed
    // profile gets a new connection (its TLS or credential may have changed).
    void setProfiles(const QList<ConnectionProfile> &profiles);
    void setSecret(const QUuid &id, const QString &secret);
    // The password or token of the profile's metric source (a Prometheus behind a proxy).
    void setMetricSourceSecret(const QUuid &id, const QString &secret);
    // The API key of the profile's X-Road security server.
    void setSecurityServerKey(const QUuid &id, const QString &key);
    void setMaxConcurrent(int count) { m_maxConcurrent = std::max(1, count); }
    // Spacing of first polls after start(): instance i waits i × stagger (bounded by its
    // interval).
    void setStagger(std::chrono::milliseconds stagger) { m_stagger = stagger; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Polls one instance (or all, with a null id) as soon as a slot is free.
    void refreshNow(const QUuid &id = {});

    QList<QUuid> ids() const { return m_order; }
    const Instance *instance(const QUuid &id) const;
    Connection *connection(const QUuid &id) const;
    // Polls that hold one of the maxConcurrent slots (the others in flight are slow ones).
    int runningProbes() const { return m_active; }
    int pollsInFlight() const;
    int queuedProbes() const { return int(m_queue.size()); }

Q_SIGNALS:
    void instanceAdded(const QUuid &id);
    void instanceRemoved(const QUuid &id);
    void probeStarted(const QUuid &id);
    // Once per finished poll.
    void instanceUpdated(const QUuid &id);
    // When an instance's overall status changes (including its first poll).
    void statusChanged(const QUuid &id, lgsp::client::ProbeCheck::Status status);

private:
    struct Entry;
    void enqueue(const QUuid &id);
    void pump();
    void schedule(Entry &entry, std::chrono::milliseconds delay);
    void releaseSlot(Entry &entry);
    std::chrono::milliseconds intervalOf(const Entry &entry) const;
    void onProbeFinished(const QUuid &id, const ProbeReport &report);
    // Reads the figures the fleet overview shows (counts, traffic), then finishes the poll.
    void readFigures(const QUuid &id);
    void finishPoll(const QUuid &id);

    QHash<QUuid, std::shared_ptr<Entry>> m_entries;
    QList<QUuid> m_order;
    QList<QUuid> m_queue;
    int m_active = 0;
    int m_maxConcurrent = 4;
    std::chrono::milliseconds m_stagger{250};
    bool m_running = false;
};

} // namespace lgsp::client
