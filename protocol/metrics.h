#pragma once

#include "protocol/decodeerror.h"
#include "protocol/latencyhistogram.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lgsp::protocol {

// Transactions of one time bucket: how many, how many failed and with which LGSP error code,
// and the latency histogram. Buckets merge exactly.
struct MetricsBucket
{
    qint64 t = 0; // bucket start, seconds since the epoch
    qint64 count = 0;
    qint64 errors = 0;
    QHash<QString, qint64> errorsByCode;
    LatencyHistogram histogram;

    void add(double latencyMs, const QString &errorCode);
    void merge(const MetricsBucket &other);

    QJsonObject toJson() const;
    static std::optional<MetricsBucket> fromJson(const QJsonObject &object, DecodeError *error);
    // Compact text form of errorsByCode for storage: "201:3,500:1".
    QByteArray errorsCompact() const;
    void setErrorsCompact(const QByteArray &text);
};

// GET /metrics/transactions
struct MetricsResponse
{
    struct Series
    {
        QString tenant;   // with groupBy=tenant
        QString service;  // with groupBy=service or consumer
        QList<MetricsBucket> buckets;
        QString consumer; // with groupBy=consumer: the consumer's tenant code
    };
    QDateTime from;
    QDateTime to;
    qint64 step = 60;
    QString resolution; // "1s", "1m" or "1h"
    QList<Series> series;
    // What the source wants said about the answer (a Prometheus' warnings, a mapping that
    // matched nothing); not part of the Admin API's JSON.
    QStringList warnings;
    // When the range ends inside a slot (a polled source's newest): the second that running
    // slot was counted up to; it holds only what came before. 0 when every slot is whole. Not
    // part of the Admin API's JSON either.
    qint64 countedUpTo = 0;

    QJsonObject toJson() const;
    static std::optional<MetricsResponse> fromJson(const QJsonObject &object, DecodeError *error);
};

// One entry of GET /transactions.
struct Transaction
{
    qint64 id = 0;
    QDateTime time;
    QString consumer;
    QString tenantCode;
    QString serviceId;
    int status = 0;
    double latencyMs = 0;
    QString errorCode; // empty when the call succeeded
    QString correlationId;

    QJsonObject toJson() const; // adds errorName from lgsperrors.h
    static std::optional<Transaction> fromJson(const QJsonObject &object, DecodeError *error);
};

} // namespace lgsp::protocol
