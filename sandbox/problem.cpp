#include "sandbox/problem.h"

#include "protocol/problem.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lgsp::sandbox {

QByteArray problemBody(int status, const QString &code, const QString &title, const QString &detail)
{
    return QJsonDocument(protocol::Problem::make(status, code, title, detail).toJson())
        .toJson(QJsonDocument::Compact);
}

QHttpServerResponse problemResponse(QHttpServerResponse::StatusCode status, const QString &code,
                                    const QString &title, const QString &detail)
{
    return QHttpServerResponse(QByteArray(kProblemMimeType),
                               problemBody(int(status), code, title, detail), status);
}

} // namespace lgsp::sandbox
