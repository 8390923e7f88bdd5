#pragma once

#include "sandbox/auth/principal.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrlQuery>

#include <optional>

class QHttpServerRequest;
class QHttpServerResponder;

namespace lgsp::sandbox {

// One API request as the handlers see it.
struct ApiRequest
{
    QString method; // "GET", "POST"…
    QString path;   // "/api/v1/tenants/000.00.00.H30:suspend"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString correlationId;
    QHostAddress remoteAddress;
    std::optional<Principal> principal;

    static ApiRequest from(const QHttpServerRequest &request);
    QByteArray header(const QByteArray &name) const;
};

// One API response: status, body and extra headers. Problems follow RFC 7807.
struct ApiResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(int status, const QJsonObject &object);
    // `errors`: [{field, code, message}] for validation failures.
    static ApiResponse problem(int status, const QString &code, const QString &title,
                               const QString &detail = {}, const QJsonArray &errors = {});
    ApiResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
    // Writes status line, Content-Type, Content-Length, X-Correlation-Id, the extra headers
    // and the body.
    void writeTo(QHttpServerResponder &responder, const QByteArray &correlationId) const;
};

} // namespace lgsp::sandbox
