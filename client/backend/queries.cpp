#include "client/backend/queries.h"

#include "protocol/timestamps.h"

namespace lgsp::client {

namespace {

void put(QUrlQuery *query, const char *key, const QString &value)
{
    if (!value.isEmpty())
        query->addQueryItem(QLatin1String(key),
                            QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

void putTime(QUrlQuery *query, const char *key, const QDateTime &time)
{
    if (time.isValid())
        put(query, key, protocol::formatTimestamp(time));
}

void putPaging(QUrlQuery *query, int limit, const QString &cursor)
{
    if (limit > 0)
        put(query, "limit", QString::number(limit));
    put(query, "cursor", cursor);
}

} // namespace

QUrlQuery TenantQuery::toUrlQuery() const
{
    QUrlQuery query;
    put(&query, "q", text);
    put(&query, "status", status);
    put(&query, "kind", kind);
    putPaging(&query, limit, cursor);
    return query;
}

QUrlQuery ServiceQuery::toUrlQuery() const
{
    QUrlQuery query;
    put(&query, "q", text);
    put(&query, "tenant", tenant);
    put(&query, "consumer", consumer);
    put(&query, "status", status);
    put(&query, "protocol", protocol);
    putPaging(&query, limit, cursor);
    return query;
}

QUrlQuery MetricsQuery::toUrlQuery() const
{
    QUrlQuery query;
    putTime(&query, "from", from);
    putTime(&query, "to", to);
    put(&query, "step", step);
    put(&query, "tenant", tenant);
    put(&query, "service", service);
    put(&query, "groupBy", groupBy);
    return query;
}

QUrlQuery TransactionQuery::toUrlQuery() const
{
    QUrlQuery query;
    putTime(&query, "from", from);
    putTime(&query, "to", to);
    put(&query, "tenant", tenant);
    put(&query, "service", service);
    put(&query, "status", status);
    putPaging(&query, limit, cursor);
    return query;
}

QUrlQuery AuditQuery::toUrlQuery() const
{
    QUrlQuery query;
    putPaging(&query, limit, cursor);
    return query;
}

} // namespace lgsp::client
