#include "protocol/latencyhistogram.h"

#include "protocol/jsonreader.h"

#include <QJsonArray>

#include <algorithm>

namespace lgsp::protocol {

const QList<double> &LatencyHistogram::bounds()
{
    static const QList<double> values{1,   2,   5,    10,   20,   50,    100,
                                      200, 500, 1000, 2000, 5000, 10000, 30000};
    return values;
}

LatencyHistogram::LatencyHistogram()
    : m_counts(bounds().size() + 1, 0)
{}

void LatencyHistogram::add(double latencyMs, qint64 count)
{
    const QList<double> &b = bounds();
    const auto it = std::lower_bound(b.begin(), b.end(), latencyMs);
    m_counts[qsizetype(it - b.begin())] += count;
    m_total += count;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (qsizetype i = 0; i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts.value(i);
    m_total += other.m_total;
}

double LatencyHistogram::percentile(double quantile) const
{
    if (m_total == 0)
        return 0;
    const double rank = std::clamp(quantile, 0.0, 1.0) * double(m_total);
    const QList<double> &b = bounds();
    double seen = 0;
    for (qsizetype i = 0; i < m_counts.size(); ++i) {
        const double inBucket = double(m_counts.at(i));
        if (inBucket > 0 && seen + inBucket >= rank) {
            if (i == b.size())
                return b.last();
            const double lower = i == 0 ? 0.0 : b.at(i - 1);
            const double fraction = (rank - seen) / inBucket;
            return lower + (b.at(i) - lower) * fraction;
        }
        seen += inBucket;
    }
    return b.last();
}

QJsonObject LatencyHistogram::toJson() const
{
    QJsonArray boundArray;
    for (double bound : bounds())
        boundArray.append(bound);
    QJsonArray countArray;
    for (qint64 count : m_counts)
        countArray.append(count);
    return QJsonObject{{QStringLiteral("bounds"), boundArray},
                       {QStringLiteral("counts"), countArray}};
}

std::optional<LatencyHistogram> LatencyHistogram::fromJson(const QJsonObject &object,
                                                           DecodeError *error)
{
    const QJsonArray boundArray = object.value(QStringLiteral("bounds")).toArray();
    const QJsonArray countArray = object.value(QStringLiteral("counts")).toArray();
    auto fail = [error](const QString &field, const QString &message) {
        if (error)
            *error = DecodeError{field, message};
        return std::nullopt;
    };
    if (boundArray.size() != bounds().size())
        return fail(QStringLiteral("/bounds"), JsonReader::tr("unexpected histogram bounds"));
    for (qsizetype i = 0; i < boundArray.size(); ++i) {
        if (boundArray.at(i).toDouble(-1) != bounds().at(i))
            return fail(QStringLiteral("/bounds/%1").arg(i),
                        JsonReader::tr("unexpected histogram bounds"));
    }
    if (countArray.size() != bounds().size() + 1)
        return fail(QStringLiteral("/counts"), JsonReader::tr("unexpected number of counts"));
    LatencyHistogram histogram;
    for (qsizetype i = 0; i < countArray.size(); ++i) {
        const std::optional<qint64> value =
            wholeNumber(countArray.at(i).toDouble(-1), 0, kMaxCount);
        if (!value)
            return fail(QStringLiteral("/counts/%1").arg(i),
                        JsonReader::tr("expected a whole number"));
        histogram.m_counts[i] = *value;
        histogram.m_total += *value;
    }
    return histogram;
}

QByteArray LatencyHistogram::toCompact() const
{
    QByteArray text;
    for (qsizetype i = 0; i < m_counts.size(); ++i) {
        if (i)
            text += ',';
        text += QByteArray::number(m_counts.at(i));
    }
    return text;
}

LatencyHistogram LatencyHistogram::fromCompact(const QByteArray &text)
{
    LatencyHistogram histogram;
    const QList<QByteArray> parts = text.split(',');
    for (qsizetype i = 0; i < parts.size() && i < histogram.m_counts.size(); ++i) {
        const qint64 value = std::max<qint64>(0, parts.at(i).toLongLong());
        histogram.m_counts[i] = value;
        histogram.m_total += value;
    }
    return histogram;
}

} // namespace lgsp::protocol
