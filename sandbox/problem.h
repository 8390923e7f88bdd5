#pragma once

#include <QByteArray>
#include <QHttpServerResponse>
#include <QString>

namespace lgsp::sandbox {

// An RFC 7807 application/problem+json response with the API's stable machine `code`.
QHttpServerResponse problemResponse(QHttpServerResponse::StatusCode status, const QString &code,
                                    const QString &title, const QString &detail = {});
QByteArray problemBody(int status, const QString &code, const QString &title,
                       const QString &detail = {});

inline constexpr char kProblemMimeType[] = "application/problem+json";

} // namespace lgsp::sandbox
