#pragma once

#include "sandbox/traffic/bucket.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace lgsp::sandbox {

// Answers GET /metrics/transactions from the stored buckets: every step-wide bucket between
// `from` and `to` (empty ones included), per series.
class MetricsQuery final
{
public:
    explicit MetricsQuery(QSqlDatabase db);

    struct Request
    {
        qint64 from = 0; // seconds since the epoch, inclusive
        qint64 to = 0;   // exclusive
        qint64 step = 60;
        QString tenant;
        QString service;
        QString groupBy; // "", "tenant", "service" or "consumer" (whole hours only)
    };
    static constexpr qint64 kMaxBuckets = 1500;

    // Parses "30s", "5m", "1h", "1d" or plain seconds; 0 when not valid.
    static qint64 parseStep(const QString &text);
    // The response body, or nothing with the reason in *error (a client mistake).
    std::optional<QJsonObject> run(const Request &request, qint64 nowSeconds, QString *error) const;

private:
    // SELECT `columns` FROM `table` for the request's tenant and service, t from `from` to
    // the request's end: prepared and bound, not run.
    QSqlQuery select(const QString &columns, const QString &table, qint64 from,
                     const Request &request) const;
    // groupBy=consumer: one series per service and consumer, its calls and errors (no latency)
    // in the slots where it called, from the hourly counts by consumer.
    std::optional<QJsonObject> byConsumer(const Request &request, qint64 start,
                                          QString *error) const;

    QSqlDatabase m_db;
};

} // namespace lgsp::sandbox
