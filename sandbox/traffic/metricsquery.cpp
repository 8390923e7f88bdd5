#include "sandbox/traffic/metricsquery.h"

#include "protocol/timestamps.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QSqlQuery>
#include <QVariant>

namespace lgsp::sandbox {

MetricsQuery::MetricsQuery(QSqlDatabase db)
    : m_db(std::move(db))
{}

qint64 MetricsQuery::parseStep(const QString &text)
{
    if (text.isEmpty())
        return 0;
    qint64 unit = 1;
    QString number = text;
    const QChar last = text.back();
    if (!last.isDigit()) {
        number.chop(1);
        switch (last.toLatin1()) {
        case 's':
            unit = 1;
            break;
        case 'm':
            unit = 60;
            break;
        case 'h':
            unit = 3600;
            break;
        case 'd':
            unit = 86400;
            break;
        default:
            return 0;
        }
    }
    bool ok = false;
    const qint64 value = number.toLongLong(&ok) * unit;
    return ok && value >= 1 && value <= 86400 ? value : 0;
}

QSqlQuery MetricsQuery::select(const QString &columns, const QString &table, qint64 from,
                               const Request &r) const
{
    QStringList where{QStringLiteral("t >= ?"), QStringLiteral("t < ?")};
    QVariantList binds{from, r.to};
    if (!r.tenant.isEmpty()) {
        where << QStringLiteral("tenant_code = ?");
        binds << r.tenant;
    }
    if (!r.service.isEmpty()) {
        where << QStringLiteral("service_id = ?");
        binds << r.service;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                      .arg(columns, table, where.join(QStringLiteral(" AND "))));
    for (const QVariant &b : std::as_const(binds))
        query.addBindValue(b);
    return query;
}

std::optional<QJsonObject> MetricsQuery::run(const Request &r, qint64 now, QString *error) const
{
    if (r.to <= r.from) {
        *error = QStringLiteral("from must be before to");
        return std::nullopt;
    }
    const qint64 buckets = (r.to - r.from + r.step - 1) / r.step;
    if (buckets > kMaxBuckets) {
        *error = QStringLiteral("%1 buckets asked; at most %2 per response (use a larger step)")
                     .arg(buckets)
                     .arg(kMaxBuckets);
        return std::nullopt;
    }
    const bool perSecond = r.step < 60 || r.step % 60 != 0;
    if (perSecond && r.from < now - 24 * 3600) {
        *error = QStringLiteral("1-second data is kept 24 hours: use a step that is a whole "
                                "number of minutes for older ranges");
        return std::nullopt;
    }
    const bool perHour = r.step % 3600 == 0;
    if (!perSecond && !perHour && r.from < now - 30 * 24 * 3600) {
        *error = QStringLiteral("1-minute data is kept 30 days: use a step that is a whole "
                                "number of hours for older ranges");
        return std::nullopt;
    }
    const qint64 start = r.from - r.from % r.step; // align buckets to the step
    if (r.groupBy == QLatin1String("consumer"))
        return byConsumer(r, start, error);
    QSqlQuery query = select(QStringLiteral("t, tenant_code, service_id, count, errors, "
                                            "errors_by_code, histogram"),
                             perSecond ? QStringLiteral("metrics_1s")
                             : perHour ? QStringLiteral("metrics_1h")
                                       : QStringLiteral("metrics_1m"),
                             perSecond ? start : start - start % (perHour ? 3600 : 60), r);
    QMap<QString, QMap<qint64, Bucket>> series; // key → bucket start → bucket
    if (query.exec()) {
        while (query.next()) {
            const qint64 t = query.value(0).toLongLong();
            const QString key =
                r.groupBy == QLatin1String("tenant")
                    ? query.value(1).toString()
                    : (r.groupBy == QLatin1String("service") ? query.value(2).toString()
                                                             : QString());
            Bucket b;
            b.count = query.value(3).toLongLong();
            b.errors = query.value(4).toLongLong();
            b.setErrorsCompact(query.value(5).toString().toUtf8());
            b.histogram =
                protocol::LatencyHistogram::fromCompact(query.value(6).toString().toLatin1());
            const qint64 slot = t - (t - start) % r.step;
            Bucket &target = series[key][slot];
            target.t = slot;
            target.merge(b);
        }
    }
    if (r.groupBy.isEmpty() && series.isEmpty())
        series.insert(QString(), {});

    // No bucket at all (not a zero) before this database began recording: a client must
    // not read "no calls" where nothing was measured.
    qint64 firstSlot = start;
    QSqlQuery since(m_db);
    // Hours began with schema 6 (or with a written history), maybe after recording did.
    if (since.exec(perHour ? QStringLiteral("SELECT MAX(CAST(value AS INTEGER)) FROM meta WHERE "
                                            "key IN ('recording_since', 'hourly_since')")
                           : QStringLiteral("SELECT value FROM meta WHERE key = "
                                            "'recording_since'")) &&
        since.next()) {
        const qint64 began = since.value(0).toLongLong();
        if (began > start)
            firstSlot = began - (began - start) % r.step;
    }

    protocol::MetricsResponse response;
    response.from = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    response.to = QDateTime::fromSecsSinceEpoch(r.to, Qt::UTC);
    response.step = r.step;
    response.resolution = perSecond ? QStringLiteral("1s")
                          : perHour ? QStringLiteral("1h")
                                    : QStringLiteral("1m");
    for (auto s = series.cbegin(); s != series.cend(); ++s) {
        protocol::MetricsResponse::Series entry;
        if (r.groupBy == QLatin1String("tenant"))
            entry.tenant = s.key();
        else if (r.groupBy == QLatin1String("service"))
            entry.service = s.key();
        for (qint64 t = firstSlot; t < r.to; t += r.step) {
            Bucket b = s->value(t);
            b.t = t;
            entry.buckets.append(b);
        }
        response.series.append(entry);
    }
    return response.toJson();
}

std::optional<QJsonObject> MetricsQuery::byConsumer(const Request &r, qint64 start,
                                                    QString *error) const
{
    if (r.step % 3600 != 0) {
        *error = QStringLiteral("calls by consumer are kept per hour: use a step that is a whole "
                                "number of hours with groupBy=consumer");
        return std::nullopt;
    }
    QSqlQuery query = select(QStringLiteral("t, service_id, consumer, count, errors"),
                             QStringLiteral("metrics_consumers_1h"), start, r);
    // (service, consumer) → slot → bucket; only the slots with calls (a consumer calls a
    // service in few of them, and a month of every pair's empty hours would be megabytes).
    QMap<std::pair<QString, QString>, QMap<qint64, Bucket>> series;
    if (query.exec()) {
        while (query.next()) {
            const qint64 t = query.value(0).toLongLong();
            const qint64 slot = t - (t - start) % r.step;
            Bucket &b = series[{query.value(1).toString(), query.value(2).toString()}][slot];
            b.t = slot;
            b.count += query.value(3).toLongLong();
            b.errors += query.value(4).toLongLong();
        }
    }
    protocol::MetricsResponse response;
    response.from = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    response.to = QDateTime::fromSecsSinceEpoch(r.to, Qt::UTC);
    response.step = r.step;
    response.resolution = QStringLiteral("1h");
    for (auto s = series.cbegin(); s != series.cend(); ++s) {
        protocol::MetricsResponse::Series entry;
        entry.service = s.key().first;
        entry.consumer = s.key().second;
        for (const Bucket &b : *s)
            entry.buckets.append(b);
        response.series.append(entry);
    }
    return response.toJson();
}

} // namespace lgsp::sandbox
