#pragma once

#include "protocol/latencyhistogram.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace lgsp::sandbox {

// Transactions of one time bucket: how many, how many failed and with which LGSP error code,
// and the latency histogram. Buckets merge exactly.
struct Bucket
{
    qint64 t = 0; // bucket start, seconds since the epoch
    qint64 count = 0;
    qint64 errors = 0;
    QHash<QString, qint64> errorsByCode;
    protocol::LatencyHistogram histogram;

    void add(double latencyMs, const QString &errorCode);
    void merge(const Bucket &other);

    QJsonObject toJson() const;
    // Storage form of errorsByCode: "201:3,500:1".
    QByteArray errorsCompact() const;
    void setErrorsCompact(const QByteArray &text);
};

} // namespace lgsp::sandbox
