#include "sandbox/seed/historyseed.h"

#include "sandbox/logging.h"
#include "sandbox/storage/database.h"
#include "sandbox/traffic/trafficrecorder.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <utility>

namespace lgsp::sandbox {

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kMinuteRetention = 30 * kDay; // as TrafficRecorder keeps them

// The errors a gateway sees, with the HTTP status each comes back with (as the demo
// upstreams answer them).
const std::pair<const char *, int> kErrors[] = {
    {"201", 404}, {"201", 404}, {"200", 422}, {"302", 400},        {"500", 500},
    {"106", 400}, {"108", 400}, {"100", 401}, {"GW-TIMEOUT", 504},
};

// Stable across machines and runs (qHash is seeded per process).
quint64 fnv1a(const QString &text)
{
    quint64 h = 1469598103934665603ULL;
    for (const char c : text.toUtf8()) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return h;
}

// splitmix64: a small, good, portable generator.
struct Random
{
    quint64 state;
    quint64 next()
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) / double(1ULL << 53); }
    int below(int n) { return int(next() % quint64(n)); }
};

struct Pair
{
    QString service;
    QString provider;
    QString consumer;
};

struct Key
{
    qint64 t;
    QString service;
    friend bool operator<(const Key &a, const Key &b)
    {
        return a.t != b.t ? a.t < b.t : a.service < b.service;
    }
};

struct Slot
{
    QString tenant;
    Bucket bucket;
};

bool writeBuckets(QSqlDatabase &db, const char *table, const QMap<Key, Slot> &slots, QString *error)
{
    for (auto it = slots.cbegin(); it != slots.cend(); ++it) {
        if (!mergeStoredBucket(db, table, it.key().t, it->tenant, it.key().service, it->bucket)) {
            *error =
                QStringLiteral("history: %1: %2").arg(QLatin1String(table), db.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace

qint64 HistorySeed::write(QSqlDatabase db, int days, qint64 nowSeconds, QString *error)
{
    if (days < 1 || days > kMaxDays) {
        *error = QStringLiteral("--history takes 1 to %1 days").arg(kMaxDays);
        return -1;
    }
    QList<Pair> pairs;
    QSqlQuery services(db);
    if (!services.exec(QStringLiteral(
            "SELECT s.id, s.tenant_code, c.tenant_code FROM services s JOIN service_consumers c "
            "ON c.service_id = s.id WHERE s.status = 'published' ORDER BY s.id, c.tenant_code"))) {
        *error = QStringLiteral("history: %1").arg(services.lastError().text());
        return -1;
    }
    while (services.next())
        pairs.append({services.value(0).toString(), services.value(1).toString(),
                      services.value(2).toString()});
    if (pairs.isEmpty()) {
        *error = QStringLiteral("--history needs published services with consumers (--seed "
                                "demo has them)");
        return -1;
    }
    const qint64 today = nowSeconds - nowSeconds % kDay;
    const qint64 first = today - qint64(days) * kDay;
    QMap<Key, Slot> minutes;
    QMap<Key, Slot> hours;
    if (!db.transaction()) {
        *error = QStringLiteral("history: %1").arg(db.lastError().text());
        return -1;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO transactions (at_ms, consumer, tenant_code, service_id, status, latency_ms, "
        "error_code, correlation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    qint64 written = 0;
    ConsumerCalls consumers;
    for (qint64 day = first; day < today; day += kDay) {
        // Vietnam's weekday (UTC+7): offices are closed on Saturday and Sunday.
        const qint64 weekday = ((day + 7 * 3600) / kDay + 4) % 7; // 0 = Sunday
        const bool weekend = weekday == 0 || weekday == 6;
        for (const Pair &pair : std::as_const(pairs)) {
            const quint64 pairHash = fnv1a(pair.service + QLatin1Char('|') + pair.consumer);
            Random random{pairHash ^ quint64(day)};
            const int base = 4 + int(pairHash % 37);             // calls on a working day
            const double errorRate = double(pairHash % 6) / 100; // 0 to 5 %
            const double latency = 25 + double((pairHash >> 8) % 220);
            const int calls = weekend ? base / 4 : base + random.below(base / 2 + 1);
            for (int i = 0; i < calls; ++i) {
                // Most calls in office hours, 07:30 to 17:30 in Vietnam (00:30 to 10:30 UTC).
                const qint64 offset =
                    random.uniform() < 0.85 ? 1800 + random.below(36000) : random.below(int(kDay));
                const qint64 atMs = (day + offset) * 1000 + random.below(1000);
                double ms = latency * (0.5 + random.uniform());
                if (random.uniform() < 0.04)
                    ms *= 4 + 6 * random.uniform(); // the slow tail
                QString code;
                int status = 200;
                if (random.uniform() < errorRate) {
                    const auto &e = kErrors[random.below(int(std::size(kErrors)))];
                    code = QString::fromLatin1(e.first);
                    status = e.second;
                }
                ms = std::round(ms * 10) / 10;
                insert.addBindValue(atMs);
                insert.addBindValue(pair.consumer);
                insert.addBindValue(pair.provider);
                insert.addBindValue(pair.service);
                insert.addBindValue(status);
                insert.addBindValue(ms);
                insert.addBindValue(sqlText(code));
                insert.addBindValue(QStringLiteral("history-%1-%2")
                                        .arg(atMs)
                                        .arg(pairHash % 1000000, 6, 10, QLatin1Char('0')));
                if (!insert.exec()) {
                    *error = QStringLiteral("history: %1").arg(insert.lastError().text());
                    db.rollback();
                    return -1;
                }
                ++written;
                const qint64 second = atMs / 1000;
                consumers.add(second, pair.provider, pair.service, pair.consumer, !code.isEmpty());
                const auto add = [&](QMap<Key, Slot> &slots, qint64 t) {
                    Slot &slot = slots[Key{t, pair.service}];
                    slot.tenant = pair.provider;
                    slot.bucket.t = t;
                    slot.bucket.add(ms, code);
                };
                if (second >= nowSeconds - kMinuteRetention)
                    add(minutes, second - second % 60);
                add(hours, second - second % 3600);
            }
        }
    }
    QSqlQuery since(db);
    since.prepare(QStringLiteral("UPDATE meta SET value = CAST(? AS TEXT) WHERE key IN "
                                 "('recording_since', 'hourly_since') AND "
                                 "CAST(value AS INTEGER) > ?"));
    since.addBindValue(first);
    since.addBindValue(first);
    if (!writeBuckets(db, "metrics_1m", minutes, error) ||
        !writeBuckets(db, "metrics_1h", hours, error) || !consumers.write(db) || !since.exec() ||
        !db.commit()) {
        if (error->isEmpty())
            *error = QStringLiteral("history: %1").arg(db.lastError().text());
        db.rollback();
        return -1;
    }
    qCInfo(lcSandbox) << "history:" << written << "transactions over" << days << "day(s) from"
                      << first;
    return written;
}

} // namespace lgsp::sandbox
