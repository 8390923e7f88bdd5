#pragma once

#include "protocol/decodeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <QList>
#include <QStringList>
#include <optional>

namespace lgsp::protocol {

// Parses a body that must be one JSON object. On failure returns an empty object and fills
// *error with the parser's reason and byte offset. Raw control characters inside strings
// are refused (JSON forbids them; Qt's parser lets them through, and a key holding a NUL
// silently became another key).
QJsonObject parseJsonObject(const QByteArray &body, DecodeError *error);

// The byte offset of the first raw control character (U+0000..U+001F) inside a JSON string,
// or -1 when there is none. Escaped ones ("\u0000") are fine.
qsizetype rawControlCharacter(const QByteArray &json);

// The JSON number as a whole number within [minimum, maximum], or nothing (a fraction, or
// out of range). Never converts an out-of-range double to an integer (undefined behaviour).
std::optional<qint64> wholeNumber(double value, qint64 minimum, qint64 maximum);

// The largest count a decoder accepts: sums of a few of them cannot overflow qint64.
inline constexpr qint64 kMaxCount = 1LL << 50;

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
    // A string that must be one of `allowed`.
    QString requiredEnum(const QString &key, const QStringList &allowed);
    QString optionalEnum(const QString &key, const QStringList &allowed, const QString &fallback);
    QStringList requiredStringList(const QString &key);
    QStringList optionalStringList(const QString &key);
    QDateTime requiredTimestamp(const QString &key);
    QDateTime optionalTimestamp(const QString &key);
    // Whole numbers in [minimum, maximum]; a fraction or a number out of range is an error.
    qint64 requiredInteger(const QString &key, qint64 minimum, qint64 maximum);
    qint64 optionalInteger(const QString &key, qint64 minimum, qint64 maximum, qint64 fallback);
    bool optionalBool(const QString &key, bool fallback);
    // A nested object; missing gives an empty object (and an error when required).
    QJsonObject object(const QString &key, bool required);
    QString pointerTo(const QString &key) const;
    // Records a problem found by the caller's own validation.
    void fail(const QString &field, const QString &message);

    bool ok() const { return m_errors.isEmpty(); }
    // The first problem; every problem, in reading order.
    DecodeError error() const { return m_errors.value(0); }
    const QList<DecodeError> &errors() const { return m_errors; }

private:
    QJsonValue value(const QString &key, bool required);
    static QString typeName(const QJsonValue &value);

    QJsonObject m_object;
    QString m_pointer;
    QList<DecodeError> m_errors;
};

} // namespace lgsp::protocol
