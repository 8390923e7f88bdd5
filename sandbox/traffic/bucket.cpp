#include "sandbox/traffic/bucket.h"

#include "protocol/timestamps.h"

#include <QDateTime>

namespace lgsp::sandbox {

void Bucket::add(double latencyMs, const QString &errorCode)
{
    ++count;
    histogram.add(latencyMs);
    if (!errorCode.isEmpty()) {
        ++errors;
        ++errorsByCode[errorCode];
    }
}

void Bucket::merge(const Bucket &other)
{
    count += other.count;
    errors += other.errors;
    for (auto it = other.errorsByCode.cbegin(); it != other.errorsByCode.cend(); ++it)
        errorsByCode[it.key()] += it.value();
    histogram.merge(other.histogram);
}

QJsonObject Bucket::toJson() const
{
    QJsonObject codes;
    for (auto it = errorsByCode.cbegin(); it != errorsByCode.cend(); ++it)
        codes.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("t"), protocol::formatTimestamp(QDateTime::fromSecsSinceEpoch(t, Qt::UTC))},
        {QStringLiteral("count"), count},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("errorsByCode"), codes},
        {QStringLiteral("latencyHistogram"), histogram.toJson()},
    };
}

QByteArray Bucket::errorsCompact() const
{
    QByteArray text;
    for (auto it = errorsByCode.cbegin(); it != errorsByCode.cend(); ++it) {
        if (!text.isEmpty())
            text += ',';
        text += it.key().toUtf8() + ':' + QByteArray::number(it.value());
    }
    return text;
}

void Bucket::setErrorsCompact(const QByteArray &text)
{
    errorsByCode.clear();
    for (const QByteArray &pair : text.split(',')) {
        const qsizetype colon = pair.lastIndexOf(':');
        if (colon > 0)
            errorsByCode[QString::fromUtf8(pair.left(colon))] += pair.mid(colon + 1).toLongLong();
    }
}

} // namespace lgsp::sandbox
