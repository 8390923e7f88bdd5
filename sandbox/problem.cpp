#include "sandbox/problem.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lgsp::sandbox {

QByteArray problemBody(int status, const QString &code, const QString &title, const QString &detail)
{
    QJsonObject body{
        {QLatin1String("type"),
         QString(QLatin1String("https://lgsp.example.invalid/problems/") + code)},
        {QLatin1String("title"), title},
        {QLatin1String("status"), status},
        {QLatin1String("code"), code},
    };
    if (!detail.isEmpty())
        body.insert(QLatin1String("detail"), detail);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QHttpServerResponse problemResponse(QHttpServerResponse::StatusCode status, const QString &code,
                                    const QString &title, const QString &detail)
{
    return QHttpServerResponse(QByteArray(kProblemMimeType),
                               problemBody(int(status), code, title, detail), status);
}

} // namespace lgsp::sandbox
