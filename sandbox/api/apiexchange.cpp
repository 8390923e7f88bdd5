#include "sandbox/api/apiexchange.h"

#include "protocol/problem.h"
#include "sandbox/problem.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>

namespace lgsp::sandbox {

namespace {
QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}
} // namespace

ApiRequest ApiRequest::from(const QHttpServerRequest &request)
{
    ApiRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyDecoded);
    r.query = QUrlQuery(request.url());
    r.headers = request.headers();
    r.body = request.body();
    r.remoteAddress = request.remoteAddress();
    return r;
}

QByteArray ApiRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

ApiResponse ApiResponse::json(int status, const QJsonObject &object)
{
    ApiResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

ApiResponse ApiResponse::problem(int status, const QString &code, const QString &title,
                                 const QString &detail, const QJsonArray &errors)
{
    protocol::Problem problem = protocol::Problem::make(status, code, title, detail);
    for (const QJsonValue &e : errors) {
        const QJsonObject o = e.toObject();
        problem.errors.append({o.value(QStringLiteral("field")).toString(),
                               o.value(QStringLiteral("code")).toString(),
                               o.value(QStringLiteral("message")).toString()});
    }
    ApiResponse r;
    r.status = status;
    r.contentType = QByteArray(kProblemMimeType) + "; charset=utf-8";
    r.body = QJsonDocument(problem.toJson()).toJson(QJsonDocument::Compact);
    return r;
}

void ApiResponse::writeTo(QHttpServerResponder &responder, const QByteArray &correlationId) const
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    responder.writeHeader("Content-Type", contentType);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeHeader("X-Correlation-Id", correlationId);
    for (const auto &header : headers)
        responder.writeHeader(header.first, header.second);
    responder.writeBody(body);
}

} // namespace lgsp::sandbox
