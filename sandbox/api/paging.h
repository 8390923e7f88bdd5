#pragma once

#include "sandbox/api/apiexchange.h"

#include <QJsonArray>

namespace lgsp::sandbox {

// ?limit= (1..1000, default 50) and ?cursor= (opaque: base64url of the last key).
struct Paging
{
    int limit = 50;
    QString after;

    // Problems go to *errors as {field, code, message}.
    static Paging fromQuery(const ApiRequest &request, QJsonArray *errors);
    static QString cursorFor(const QString &lastKey);
    // The value of a `Link` header naming the next page (RFC 8288): this request's path and
    // query with `cursor` in place of its own. Sent with a list's headers, so a client can ask
    // for the next page before this one's body has arrived.
    static QByteArray nextLink(const ApiRequest &request, const QString &cursor);
    // Adds one query problem to a list of errors.
    static void addError(QJsonArray *errors, const QString &field, const QString &message);
    // A query parameter that must be empty or one of `allowed`.
    static QString choice(const ApiRequest &request, const QString &name,
                          const QStringList &allowed, QJsonArray *errors);
};

} // namespace lgsp::sandbox
