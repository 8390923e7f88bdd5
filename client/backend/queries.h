#pragma once

#include <QDateTime>
#include <QString>
#include <QUrlQuery>

#include <functional>

namespace lgsp::client {

// Called with the next page's cursor as soon as the server names it in the answer's headers,
// before the page itself has arrived (servers that do not name it early: never). Not sent.
using NextCursorHandler = std::function<void(const QString &cursor)>;

// Filters of the list calls, as values. Empty fields are not sent.
struct TenantQuery
{
    QString text; // q: diacritic-insensitive search
    QString status;
    QString kind;
    int limit = 0; // 0: the server's default
    QString cursor;
    NextCursorHandler onNextCursor;
    QUrlQuery toUrlQuery() const;
};

struct ServiceQuery
{
    QString text;
    QString tenant;   // provider
    QString consumer; // a tenant allowed to call the service
    QString status;
    QString protocol;
    int limit = 0;
    QString cursor;
    NextCursorHandler onNextCursor;
    QUrlQuery toUrlQuery() const;
};

struct MetricsQuery
{
    QDateTime from; // invalid: the server's default (the last hour)
    QDateTime to;
    QString step; // "1s", "1m", "1h"…; empty: the server's default
    QString tenant;
    QString service;
    QString groupBy; // tenant | service | empty
    QUrlQuery toUrlQuery() const;
};

struct TransactionQuery
{
    QDateTime from;
    QDateTime to;
    QString tenant;
    QString service;
    QString status; // ok | error | empty
    int limit = 0;
    QString cursor;
    QUrlQuery toUrlQuery() const;
};

struct AuditQuery
{
    int limit = 0;
    QString cursor;
    QUrlQuery toUrlQuery() const;
};

} // namespace lgsp::client
