#include "sandbox/traffic/trafficrecorder.h"

#include "sandbox/logging.h"
#include "sandbox/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace lgsp::sandbox {

namespace {
constexpr qint64 kKeepLiveSeconds = 120;
constexpr qint64 kSecondRetention = 24 * 3600;
constexpr qint64 kMinuteRetention = 30 * 24 * 3600;
constexpr qint64 kHourRetention = 400 * 24 * 3600;
} // namespace

TrafficRecorder::TrafficRecorder(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    connect(&m_timer, &QTimer::timeout, this, &TrafficRecorder::tick);
}

TrafficRecorder::~TrafficRecorder()
{
    // Shutdown: everything recorded so far, including the current second, goes to disk.
    flush(true);
}

void TrafficRecorder::start(int flushIntervalMs)
{
    m_lastAnnouncedSecond = m_clock() / 1000 - 1;
    m_timer.start(flushIntervalMs);
}

void TrafficRecorder::record(const TransactionRecord &record)
{
    m_queue.append(record);
    ++m_recorded;
    const qint64 second = record.atMs / 1000;
    m_live[second][Key{record.tenantCode, record.serviceId}].add(record.latencyMs,
                                                                 record.errorCode);
    m_live[second][Key{record.tenantCode, record.serviceId}].t = second;
    const QString code = record.errorCode.isEmpty() ? QStringLiteral("OK") : record.errorCode;
    ++m_totals.calls[CallKey{record.tenantCode, record.serviceId, record.consumer, code}];
    Latency &latency = m_totals.latency[ServiceKey{record.tenantCode, record.serviceId}];
    latency.histogram.add(record.latencyMs);
    latency.sumMs += record.latencyMs;
}

void TrafficRecorder::tick()
{
    flush();
    const qint64 current = m_clock() / 1000;
    for (qint64 s = m_lastAnnouncedSecond + 1; s < current; ++s)
        Q_EMIT secondCompleted(s);
    m_lastAnnouncedSecond = std::max(m_lastAnnouncedSecond, current - 1);
}

Bucket TrafficRecorder::liveBucket(qint64 second, const QString &tenant,
                                   const QString &service) const
{
    Bucket result;
    result.t = second;
    const auto it = m_live.constFind(second);
    if (it == m_live.constEnd())
        return result;
    for (auto b = it->cbegin(); b != it->cend(); ++b) {
        if ((tenant.isEmpty() || b.key().tenant == tenant) &&
            (service.isEmpty() || b.key().service == service))
            result.merge(b.value());
    }
    return result;
}

void TrafficRecorder::flush(bool includeCurrent)
{
    const qint64 currentSecond = m_clock() / 1000 + (includeCurrent ? 1 : 0);
    if (m_queue.isEmpty() && (m_live.isEmpty() || m_live.firstKey() >= currentSecond))
        return;
    if (!m_db.transaction()) {
        qCWarning(lcSandbox) << "traffic flush: cannot begin:" << m_db.lastError().text();
        return;
    }
    bool ok = true;
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO transactions (at_ms, consumer, tenant_code, service_id, status, "
        "latency_ms, error_code, correlation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    ConsumerCalls consumers;
    for (const TransactionRecord &r : std::as_const(m_queue)) {
        consumers.add(r.atMs / 1000, r.tenantCode, r.serviceId, r.consumer, !r.errorCode.isEmpty());
        const QVariantList values{
            r.atMs,   sqlText(r.consumer), sqlText(r.tenantCode), sqlText(r.serviceId),
            r.status, r.latencyMs,         sqlText(r.errorCode),  sqlText(r.correlationId)};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec()) {
            qCWarning(lcSandbox) << "transaction insert failed:" << insert.lastError().text();
            ok = false;
        }
    }
    for (auto it = m_live.cbegin(); it != m_live.cend() && it.key() < currentSecond; ++it) {
        if (it.key() > m_lastWrittenSecond)
            ok = writeSecond(it.key(), it.value()) && ok;
    }
    if (!consumers.write(m_db)) {
        qCWarning(lcSandbox) << "metrics_consumers_1h write failed:" << m_db.lastError().text();
        ok = false;
    }
    if (!ok || !m_db.commit()) {
        qCWarning(lcSandbox) << "traffic flush failed:" << m_db.lastError().text();
        m_db.rollback();
        return;
    }
    m_queue.clear();
    for (auto it = m_live.begin(); it != m_live.end() && it.key() < currentSecond; ++it)
        m_lastWrittenSecond = std::max(m_lastWrittenSecond, it.key());
    while (!m_live.isEmpty() && m_live.firstKey() < currentSecond - kKeepLiveSeconds)
        m_live.erase(m_live.begin());
    if (currentSecond - m_lastPrune >= 60)
        prune(currentSecond);
}

bool TrafficRecorder::writeSecond(qint64 second, const QMap<Key, Bucket> &buckets)
{
    bool ok = true;
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO metrics_1s (t, tenant_code, service_id, count, errors, "
            "errors_by_code, histogram) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(second);
        query.addBindValue(sqlText(it.key().tenant));
        query.addBindValue(sqlText(it.key().service));
        query.addBindValue(it->count);
        query.addBindValue(it->errors);
        query.addBindValue(sqlText(QString::fromUtf8(it->errorsCompact())));
        query.addBindValue(QString::fromLatin1(it->histogram.toCompact()));
        if (!query.exec()) {
            qCWarning(lcSandbox) << "metrics_1s write failed:" << query.lastError().text();
            ok = false;
        }
        const QString &tenant = it.key().tenant;
        const QString &service = it.key().service;
        if (!mergeStoredBucket(m_db, "metrics_1m", second - second % 60, tenant, service,
                               it.value()) ||
            !mergeStoredBucket(m_db, "metrics_1h", second - second % 3600, tenant, service,
                               it.value())) {
            qCWarning(lcSandbox) << "metrics_1m/1h write failed";
            ok = false;
        }
    }
    return ok;
}

void ConsumerCalls::add(qint64 atSeconds, const QString &tenant, const QString &service,
                        const QString &consumer, bool error)
{
    Counts &counts = m_hours[Key{atSeconds - atSeconds % 3600, service, consumer}];
    counts.tenant = tenant;
    ++counts.calls;
    if (error)
        ++counts.errors;
}

bool ConsumerCalls::write(QSqlDatabase &db) const
{
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO metrics_consumers_1h (t, tenant_code, service_id, consumer, count, errors) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (t, service_id, consumer) DO UPDATE SET "
        "count = count + excluded.count, errors = errors + excluded.errors"));
    for (auto it = m_hours.cbegin(); it != m_hours.cend(); ++it) {
        const QVariantList values{
            it.key().t, sqlText(it->tenant), sqlText(it.key().service), sqlText(it.key().consumer),
            it->calls,  it->errors};
        for (int i = 0; i < values.size(); ++i)
            upsert.bindValue(i, values.at(i));
        if (!upsert.exec())
            return false;
    }
    return true;
}

bool mergeStoredBucket(QSqlDatabase &db, const char *table, qint64 slot, const QString &tenant,
                       const QString &service, const Bucket &bucket)
{
    Bucket merged = bucket;
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT count, errors, errors_by_code, histogram FROM %1 "
                                "WHERE t = ? AND service_id = ?")
                     .arg(QLatin1String(table)));
    read.addBindValue(slot);
    read.addBindValue(sqlText(service));
    if (read.exec() && read.next()) {
        Bucket existing;
        existing.count = read.value(0).toLongLong();
        existing.errors = read.value(1).toLongLong();
        existing.setErrorsCompact(read.value(2).toString().toUtf8());
        existing.histogram =
            protocol::LatencyHistogram::fromCompact(read.value(3).toString().toLatin1());
        merged.merge(existing);
    }
    QSqlQuery write(db);
    write.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 (t, tenant_code, service_id, count, "
                                 "errors, errors_by_code, histogram) VALUES (?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(table)));
    write.addBindValue(slot);
    write.addBindValue(sqlText(tenant));
    write.addBindValue(sqlText(service));
    write.addBindValue(merged.count);
    write.addBindValue(merged.errors);
    write.addBindValue(sqlText(QString::fromUtf8(merged.errorsCompact())));
    write.addBindValue(QString::fromLatin1(merged.histogram.toCompact()));
    if (!write.exec()) {
        qCWarning(lcSandbox) << table << write.lastError().text();
        return false;
    }
    return true;
}

void TrafficRecorder::prune(qint64 nowSeconds)
{
    m_lastPrune = nowSeconds;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM metrics_1s WHERE t < ?"));
    query.addBindValue(nowSeconds - kSecondRetention);
    query.exec();
    query.prepare(QStringLiteral("DELETE FROM metrics_1m WHERE t < ?"));
    query.addBindValue(nowSeconds - kMinuteRetention);
    query.exec();
    query.prepare(QStringLiteral("DELETE FROM metrics_1h WHERE t < ?"));
    query.addBindValue(nowSeconds - kHourRetention);
    query.exec();
    query.prepare(QStringLiteral("DELETE FROM metrics_consumers_1h WHERE t < ?"));
    query.addBindValue(nowSeconds - kHourRetention);
    query.exec();
    query.prepare(QStringLiteral("DELETE FROM transactions WHERE at_ms < ?"));
    query.addBindValue((nowSeconds - qint64(m_transactionRetentionDays) * 24 * 3600) * 1000);
    query.exec();
}

} // namespace lgsp::sandbox
