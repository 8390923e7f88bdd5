#pragma once

#include "protocol/decodeerror.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lgsp::protocol {

// An RFC 7807 application/problem+json body with the API's stable `code` and, for invalid
// input, one entry per field.
struct Problem
{
    struct FieldError
    {
        QString field; // JSON pointer, or a query parameter's name
        QString code;
        QString message;
    };
    QString type;
    QString title;
    int status = 0;
    QString detail;
    QString code;
    QList<FieldError> errors;

    static Problem make(int status, const QString &code, const QString &title,
                        const QString &detail = {});
    QJsonObject toJson() const;
    static std::optional<Problem> fromJson(const QJsonObject &object, DecodeError *error);
};

} // namespace lgsp::protocol
