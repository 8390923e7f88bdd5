#pragma once

#include <QString>

namespace lgsp::protocol {

// Why a JSON document could not be decoded into a wire type. `field` is a JSON pointer
// ("/capabilities/2"), empty when the document as a whole is wrong (not JSON at all).
struct DecodeError
{
    QString field;
    QString message;

    bool isNull() const { return message.isEmpty(); }
    // "field /name: expected a string" — for logs and error details.
    QString toString() const
    {
        return field.isEmpty() ? message : field + QLatin1String(": ") + message;
    }
};

} // namespace lgsp::protocol
