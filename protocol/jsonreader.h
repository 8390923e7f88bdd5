#pragma once

#include "protocol/decodeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace lgsp::protocol {

// Parses a body that must be one JSON object. On failure returns an empty object and fills
// *error with the parser's reason and byte offset.
QJsonObject parseJsonObject(const QByteArray &body, DecodeError *error);

// Reads typed fields out of one JSON object and remembers the first problem, named by its
// JSON pointer. Unknown fields are ignored (forward compatibility); a missing required field
// or a value of the wrong type is an error. Decoders read every field, then check ok().
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    explicit JsonReader(const QJsonObject &object, QString pointer = {});

    QString requiredString(const QString &key);
    QString optionalString(const QString &key, const QString &fallback = {});
    QStringList requiredStringList(const QString &key);
    QDateTime requiredTimestamp(const QString &key);

    bool ok() const { return m_error.isNull(); }
    const DecodeError &error() const { return m_error; }

private:
    QJsonValue value(const QString &key, bool required);
    void fail(const QString &field, const QString &message);
    QString pointerTo(const QString &key) const;
    static QString typeName(const QJsonValue &value);

    QJsonObject m_object;
    QString m_pointer;
    DecodeError m_error;
};

} // namespace lgsp::protocol
