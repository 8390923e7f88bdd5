#include "protocol/metrics.h"

#include "protocol/jsonreader.h"
#include "protocol/lgsperrors.h"

#include "protocol/timestamps.h"

#include <QDateTime>
#include <QJsonArray>

namespace lgsp::protocol {

void MetricsBucket::add(double latencyMs, const QString &errorCode)
{
    ++count;
    histogram.add(latencyMs);
    if (!errorCode.isEmpty()) {
        ++errors;
        ++errorsByCode[errorCode];
    }
}

void MetricsBucket::merge(const MetricsBucket &other)
{
    count += other.count;
    errors += other.errors;
    for (auto it = other.errorsByCode.cbegin(); it != other.errorsByCode.cend(); ++it)
        errorsByCode[it.key()] += it.value();
    histogram.merge(other.histogram);
}

QJsonObject MetricsBucket::toJson() const
{
    QJsonObject codes;
    for (auto it = errorsByCode.cbegin(); it != errorsByCode.cend(); ++it)
        codes.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("t"), formatTimestamp(QDateTime::fromSecsSinceEpoch(t, Qt::UTC))},
        {QStringLiteral("count"), count},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("errorsByCode"), codes},
        {QStringLiteral("latencyHistogram"), histogram.toJson()},
    };
}

QByteArray MetricsBucket::errorsCompact() const
{
    QByteArray text;
    for (auto it = errorsByCode.cbegin(); it != errorsByCode.cend(); ++it) {
        if (!text.isEmpty())
            text += ',';
        text += it.key().toUtf8() + ':' + QByteArray::number(it.value());
    }
    return text;
}

void MetricsBucket::setErrorsCompact(const QByteArray &text)
{
    errorsByCode.clear();
    for (const QByteArray &pair : text.split(',')) {
        const qsizetype colon = pair.lastIndexOf(':');
        if (colon > 0)
            errorsByCode[QString::fromUtf8(pair.left(colon))] += pair.mid(colon + 1).toLongLong();
    }
}

std::optional<MetricsBucket> MetricsBucket::fromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader reader(object);
    MetricsBucket b;
    b.t = reader.requiredTimestamp(QStringLiteral("t")).toSecsSinceEpoch();
    b.count = reader.requiredInteger(QStringLiteral("count"), 0, 1LL << 50);
    b.errors = reader.requiredInteger(QStringLiteral("errors"), 0, 1LL << 50);
    const QJsonObject codes = reader.object(QStringLiteral("errorsByCode"), true);
    for (auto it = codes.begin(); it != codes.end(); ++it) {
        const std::optional<qint64> n = wholeNumber(it.value().toDouble(-1), 0, kMaxCount);
        if (!n)
            reader.fail(QStringLiteral("/errorsByCode/") + it.key(),
                        JsonReader::tr("expected a whole number"));
        else
            b.errorsByCode.insert(it.key(), *n);
    }
    DecodeError histogramError;
    const std::optional<LatencyHistogram> histogram = LatencyHistogram::fromJson(
        reader.object(QStringLiteral("latencyHistogram"), true), &histogramError);
    if (histogram)
        b.histogram = *histogram;
    else if (reader.ok())
        reader.fail(QStringLiteral("/latencyHistogram") + histogramError.field,
                    histogramError.message);
    if (reader.ok() && b.errors > b.count)
        reader.fail(QStringLiteral("/errors"), JsonReader::tr("more errors than transactions"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return b;
}

QJsonObject MetricsResponse::toJson() const
{
    QJsonArray seriesArray;
    for (const Series &s : series) {
        QJsonArray buckets;
        for (const MetricsBucket &b : s.buckets)
            buckets.append(b.toJson());
        QJsonObject entry{{QStringLiteral("buckets"), buckets}};
        if (!s.tenant.isEmpty())
            entry.insert(QStringLiteral("tenant"), s.tenant);
        if (!s.service.isEmpty())
            entry.insert(QStringLiteral("service"), s.service);
        if (!s.consumer.isEmpty())
            entry.insert(QStringLiteral("consumer"), s.consumer);
        seriesArray.append(entry);
    }
    return QJsonObject{{QStringLiteral("from"), formatTimestamp(from)},
                       {QStringLiteral("to"), formatTimestamp(to)},
                       {QStringLiteral("step"), step},
                       {QStringLiteral("resolution"), resolution},
                       {QStringLiteral("series"), seriesArray}};
}

std::optional<MetricsResponse> MetricsResponse::fromJson(const QJsonObject &object,
                                                         DecodeError *error)
{
    JsonReader reader(object);
    MetricsResponse r;
    r.from = reader.requiredTimestamp(QStringLiteral("from"));
    r.to = reader.requiredTimestamp(QStringLiteral("to"));
    r.step = reader.requiredInteger(QStringLiteral("step"), 1, 86400);
    r.resolution =
        reader.requiredEnum(QStringLiteral("resolution"),
                            {QStringLiteral("1s"), QStringLiteral("1m"), QStringLiteral("1h")});
    const QJsonValue seriesValue = object.value(QStringLiteral("series"));
    if (!seriesValue.isArray())
        reader.fail(QStringLiteral("/series"), JsonReader::tr("expected an array"));
    const QJsonArray seriesArray = seriesValue.toArray();
    for (qsizetype i = 0; i < seriesArray.size() && reader.ok(); ++i) {
        const QJsonObject s = seriesArray.at(i).toObject();
        Series series;
        series.tenant = s.value(QStringLiteral("tenant")).toString();
        series.service = s.value(QStringLiteral("service")).toString();
        series.consumer = s.value(QStringLiteral("consumer")).toString();
        const QJsonArray buckets = s.value(QStringLiteral("buckets")).toArray();
        for (qsizetype j = 0; j < buckets.size(); ++j) {
            DecodeError bucketError;
            const std::optional<MetricsBucket> b =
                MetricsBucket::fromJson(buckets.at(j).toObject(), &bucketError);
            if (!b) {
                reader.fail(QStringLiteral("/series/%1/buckets/%2").arg(i).arg(j) +
                                bucketError.field,
                            bucketError.message);
                break;
            }
            series.buckets.append(*b);
        }
        r.series.append(series);
    }
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return r;
}

QJsonObject Transaction::toJson() const
{
    const QJsonValue nullValue(QJsonValue::Null);
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("time"), formatTimestamp(time)},
        {QStringLiteral("consumer"), consumer},
        {QStringLiteral("tenantCode"), tenantCode},
        {QStringLiteral("serviceId"), serviceId},
        {QStringLiteral("status"), status},
        {QStringLiteral("latencyMs"), latencyMs},
        {QStringLiteral("errorCode"), errorCode.isEmpty() ? nullValue : QJsonValue(errorCode)},
        {QStringLiteral("errorName"),
         errorCode.isEmpty() ? nullValue : QJsonValue(lgspErrorName(errorCode))},
        {QStringLiteral("correlationId"), correlationId},
    };
}

std::optional<Transaction> Transaction::fromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader reader(object);
    Transaction t;
    t.id = reader.requiredInteger(QStringLiteral("id"), 0, 1LL << 53);
    t.time = reader.requiredTimestamp(QStringLiteral("time"));
    t.consumer = reader.requiredString(QStringLiteral("consumer"));
    t.tenantCode = reader.requiredString(QStringLiteral("tenantCode"));
    t.serviceId = reader.requiredString(QStringLiteral("serviceId"));
    t.status = int(reader.requiredInteger(QStringLiteral("status"), 0, 999));
    if (!object.value(QStringLiteral("latencyMs")).isDouble())
        reader.fail(QStringLiteral("/latencyMs"), JsonReader::tr("expected a number"));
    t.latencyMs = object.value(QStringLiteral("latencyMs")).toDouble();
    t.errorCode = reader.optionalString(QStringLiteral("errorCode"));
    t.correlationId = reader.requiredString(QStringLiteral("correlationId"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return t;
}

} // namespace lgsp::protocol
