#include "transactionlog.h"

#include <QDateTime>
#include <QJsonArray>

namespace lgsp::test {

QList<QJsonObject> readTransactionLog(ApiClient &api, qint64 fromSeconds, qint64 toSeconds)
{
    const auto iso = [](qint64 seconds) {
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
    };
    QList<QJsonObject> items;
    QString cursor;
    do {
        QString path = QStringLiteral("/api/v1/transactions?from=%1&to=%2&limit=1000")
                           .arg(iso(fromSeconds), iso(toSeconds));
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const ApiClient::Reply reply = api.get(path);
        if (reply.status != 200)
            return {};
        const QJsonObject page = reply.json();
        for (const QJsonValue &v : page.value(QLatin1String("items")).toArray())
            items << v.toObject();
        cursor = page.value(QLatin1String("nextCursor")).toString();
    } while (!cursor.isEmpty());
    return items;
}

} // namespace lgsp::test
