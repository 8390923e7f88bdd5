#pragma once

#include "sandbox/traffic/bucket.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <functional>
#include <tuple>

namespace lgsp::sandbox {

// One call through the gateway.
struct TransactionRecord
{
    qint64 atMs = 0;    // completion time, ms since the epoch
    QString consumer;   // consumer tenant code, or the credential id of an operator
    QString tenantCode; // provider
    QString serviceId;
    int status = 0;
    double latencyMs = 0;
    QString errorCode; // empty on success
    QString correlationId;
};

// Adds `bucket` to the stored bucket of `table` (metrics_1m or metrics_1h) at `slot` for the
// service, creating it if there is none; false when SQLite refuses. The recorder's flush and
// the history seed (seed/historyseed.h) both write through it.
bool mergeStoredBucket(QSqlDatabase &db, const char *table, qint64 slot, const QString &tenant,
                       const QString &service, const Bucket &bucket);

// Calls and errors of each service by each consumer, hour by hour, gathered in memory and
// added to metrics_consumers_1h in one go (the recorder's flush, the history seed).
class ConsumerCalls
{
public:
    void add(qint64 atSeconds, const QString &tenant, const QString &service,
             const QString &consumer, bool error);
    bool isEmpty() const { return m_hours.isEmpty(); }
    // Adds every hour to the stored counts; false when SQLite refuses.
    bool write(QSqlDatabase &db) const;

private:
    struct Key
    {
        qint64 t;
        QString service;
        QString consumer;
        friend bool operator<(const Key &a, const Key &b)
        {
            return std::tie(a.t, a.service, a.consumer) < std::tie(b.t, b.service, b.consumer);
        }
    };
    struct Counts
    {
        QString tenant;
        qint64 calls = 0;
        qint64 errors = 0;
    };
    QMap<Key, Counts> m_hours;
};

// Records every transaction and keeps the metrics. Transactions and completed seconds are
// written to SQLite in one database transaction a second, so a crash loses at most the last
// second or two of traffic; admin data is never in this path. Per-second buckets are kept
// 24 hours, per-minute buckets 30 days, per-hour buckets 400 days and the transaction log 7
// days (or as set).
class TrafficRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficRecorder)

public:
    using Clock = std::function<qint64()>; // ms since the epoch

    explicit TrafficRecorder(QSqlDatabase db, QObject *parent = nullptr);
    ~TrafficRecorder() override; // flushes

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void start(int flushIntervalMs = 1000);
    void record(const TransactionRecord &record);
    // Writes what is queued and every completed second (with `includeCurrent`, the current
    // second too, at shutdown). Called by the timer every second.
    void flush(bool includeCurrent = false);
    // How long the transaction log is kept (7 days unless told; --keep-transactions).
    void setTransactionRetentionDays(int days) { m_transactionRetentionDays = days; }

    // What was recorded since the process started, for GET /metrics: calls by provider,
    // service, consumer and result code ("OK" or the LGSP error code), and a latency
    // histogram (with its sum) by provider and service. Counters: they only grow.
    struct CallKey
    {
        QString tenant;
        QString service;
        QString consumer;
        QString code;
        friend bool operator<(const CallKey &a, const CallKey &b)
        {
            return std::tie(a.tenant, a.service, a.consumer, a.code) <
                   std::tie(b.tenant, b.service, b.consumer, b.code);
        }
    };
    struct ServiceKey
    {
        QString tenant;
        QString service;
        friend bool operator<(const ServiceKey &a, const ServiceKey &b)
        {
            return std::tie(a.tenant, a.service) < std::tie(b.tenant, b.service);
        }
    };
    struct Latency
    {
        protocol::LatencyHistogram histogram;
        double sumMs = 0;
    };
    struct Totals
    {
        QMap<CallKey, qint64> calls;
        QMap<ServiceKey, Latency> latency;
    };
    const Totals &totals() const { return m_totals; }

    // The in-memory bucket of one second (the live stream), for a tenant and/or a service.
    Bucket liveBucket(qint64 second, const QString &tenant, const QString &service) const;
    qint64 recordedCount() const { return m_recorded; }

Q_SIGNALS:
    // Every second that has passed, once, with its start time.
    void secondCompleted(qint64 second);

private:
    struct Key
    {
        QString tenant;
        QString service;
        friend bool operator<(const Key &a, const Key &b)
        {
            return std::tie(a.tenant, a.service) < std::tie(b.tenant, b.service);
        }
    };
    bool writeSecond(qint64 second, const QMap<Key, Bucket> &buckets);
    void prune(qint64 nowSeconds);
    void tick();

    QSqlDatabase m_db;
    int m_transactionRetentionDays = 7;
    Clock m_clock = [] {
        return QDateTime::currentMSecsSinceEpoch();
    };
    QTimer m_timer;
    QList<TransactionRecord> m_queue;
    QMap<qint64, QMap<Key, Bucket>> m_live; // seconds not yet written, and the last 120 s
    qint64 m_lastWrittenSecond = 0;
    qint64 m_lastAnnouncedSecond = 0;
    qint64 m_lastPrune = 0;
    qint64 m_recorded = 0;
    Totals m_totals;
};

} // namespace lgsp::sandbox
