#pragma once

#include "client/clienterror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>

namespace lgsp::client {

// One HTTP call to an instance, as a value.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // from the instance's base URL: "/api/v1/tenants"
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers; // If-Match, Content-Type overrides…
    bool authenticated = true;                    // send the profile's credential
    bool retryable = true; // may be retried when idempotent (GET, HEAD, PUT, DELETE)
    // Called at most once, as soon as a successful (2xx) answer's headers have arrived and
    // before its body is read, with the query of the target of its `Link: <…>; rel="next"`
    // header (RFC 8288), where the server sends one: a listing can ask for its next page
    // while this one is still arriving and being decoded.
    std::function<void(const QUrlQuery &next)> onNextLink;

    bool isIdempotent() const
    {
        return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE";
    }
};

// What came back: the body and the headers the console uses, or the error.
struct ApiReply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    // "gzip" when the request asked for it itself (an Accept-Encoding header of its own) and a
    // successful answer came compressed: `body` is then still compressed, for the caller to
    // inflate where it decodes (client/net/gzip.h). Error answers are always inflated.
    QByteArray contentEncoding;
    QByteArray etag;
    QDateTime serverDate; // from the Date header, for clock skew
    QByteArray correlationId;
    qint64 elapsedMs = 0; // of the last attempt
    int attempts = 0;
    ClientError error;

    bool ok() const { return error.isNull(); }
};

} // namespace lgsp::client
