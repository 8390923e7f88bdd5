#include "protocol/jsonreader.h"

#include "protocol/timestamps.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>

namespace lgsp::protocol {

qsizetype rawControlCharacter(const QByteArray &json)
{
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto c = static_cast<unsigned char>(json.at(i));
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c == '\\')
            ++i; // the escaped character, whatever it is, is not the string's end
        else if (c == '"')
            inString = false;
        else if (c < 0x20)
            return i;
    }
    return -1;
}

QJsonObject parseJsonObject(const QByteArray &body, DecodeError *error)
{
    if (const qsizetype at = rawControlCharacter(body); at >= 0) {
        if (error) {
            error->field.clear();
            error->message =
                JsonReader::tr("malformed JSON at byte %1: a raw control character (U+%2) inside "
                               "a string; write it escaped")
                    .arg(at)
                    .arg(int(static_cast<unsigned char>(body.at(at))), 4, 16, QLatin1Char('0'));
        }
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            error->field.clear();
            error->message = JsonReader::tr("malformed JSON at byte %1: %2")
                                 .arg(parseError.offset)
                                 .arg(parseError.errorString());
        }
        return {};
    }
    if (!document.isObject()) {
        if (error) {
            error->field.clear();
            error->message = JsonReader::tr("expected a JSON object");
        }
        return {};
    }
    return document.object();
}

std::optional<qint64> wholeNumber(double value, qint64 minimum, qint64 maximum)
{
    // Range first: only then is the conversion to qint64 defined.
    if (!(value >= double(minimum) && value <= double(maximum)))
        return std::nullopt;
    if (std::trunc(value) != value)
        return std::nullopt;
    const qint64 whole = qint64(value);
    // double(maximum) may round up past maximum (2^63 - 1 → 2^63).
    if (whole < minimum || whole > maximum)
        return std::nullopt;
    return whole;
}

JsonReader::JsonReader(const QJsonObject &object, QString pointer)
    : m_object(object)
    , m_pointer(std::move(pointer))
{}

QString JsonReader::requiredString(const QString &key)
{
    const QJsonValue v = value(key, true);
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        fail(pointerTo(key), tr("expected a string, found %1").arg(typeName(v)));
        return {};
    }
    return v.toString();
}

QString JsonReader::optionalString(const QString &key, const QString &fallback)
{
    const QJsonValue v = value(key, false);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isString()) {
        fail(pointerTo(key), tr("expected a string, found %1").arg(typeName(v)));
        return fallback;
    }
    return v.toString();
}

QStringList JsonReader::requiredStringList(const QString &key)
{
    const QJsonValue v = value(key, true);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        fail(pointerTo(key), tr("expected an array, found %1").arg(typeName(v)));
        return {};
    }
    QStringList result;
    const QJsonArray array = v.toArray();
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            fail(pointerTo(key) + QLatin1Char('/') + QString::number(i),
                 tr("expected a string, found %1").arg(typeName(array.at(i))));
            return {};
        }
        result.append(array.at(i).toString());
    }
    return result;
}

QString JsonReader::requiredEnum(const QString &key, const QStringList &allowed)
{
    const qsizetype before = m_errors.size();
    const QString text = requiredString(key);
    if (m_errors.size() == before && !allowed.contains(text)) {
        fail(pointerTo(key),
             tr("\"%1\" is not one of: %2").arg(text.left(64), allowed.join(QStringLiteral(", "))));
    }
    return text;
}

QString JsonReader::optionalEnum(const QString &key, const QStringList &allowed,
                                 const QString &fallback)
{
    if (!m_object.contains(key) || m_object.value(key).isNull())
        return fallback;
    return requiredEnum(key, allowed);
}

QStringList JsonReader::optionalStringList(const QString &key)
{
    if (!m_object.contains(key) || m_object.value(key).isNull())
        return {};
    return requiredStringList(key);
}

QDateTime JsonReader::optionalTimestamp(const QString &key)
{
    if (!m_object.contains(key) || m_object.value(key).isNull())
        return {};
    return requiredTimestamp(key);
}

qint64 JsonReader::requiredInteger(const QString &key, qint64 minimum, qint64 maximum)
{
    const QJsonValue v = value(key, true);
    if (v.isUndefined())
        return minimum;
    if (!v.isDouble()) {
        fail(pointerTo(key), tr("expected a number, found %1").arg(typeName(v)));
        return minimum;
    }
    const double number = v.toDouble();
    if (number < double(minimum) || number > double(maximum)) {
        fail(pointerTo(key), tr("must be between %1 and %2").arg(minimum).arg(maximum));
        return minimum;
    }
    const std::optional<qint64> whole = wholeNumber(number, minimum, maximum);
    if (!whole) {
        fail(pointerTo(key), tr("expected a whole number"));
        return minimum;
    }
    return *whole;
}

qint64 JsonReader::optionalInteger(const QString &key, qint64 minimum, qint64 maximum,
                                   qint64 fallback)
{
    if (!m_object.contains(key) || m_object.value(key).isNull())
        return fallback;
    return requiredInteger(key, minimum, maximum);
}

bool JsonReader::optionalBool(const QString &key, bool fallback)
{
    const QJsonValue v = value(key, false);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        fail(pointerTo(key), tr("expected true or false, found %1").arg(typeName(v)));
        return fallback;
    }
    return v.toBool();
}

QJsonObject JsonReader::object(const QString &key, bool required)
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined() || (!required && v.isNull()))
        return {};
    if (!v.isObject()) {
        fail(pointerTo(key), tr("expected an object, found %1").arg(typeName(v)));
        return {};
    }
    return v.toObject();
}

QDateTime JsonReader::requiredTimestamp(const QString &key)
{
    const qsizetype before = m_errors.size();
    const QString text = requiredString(key);
    if (m_errors.size() != before)
        return {};
    const QDateTime time = parseTimestamp(text);
    if (!time.isValid())
        fail(pointerTo(key), tr("not an RFC 3339 timestamp: \"%1\"").arg(text.left(64)));
    return time;
}

QJsonValue JsonReader::value(const QString &key, bool required)
{
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (required)
            fail(pointerTo(key), tr("required field is missing"));
        return QJsonValue(QJsonValue::Undefined);
    }
    return it.value();
}

void JsonReader::fail(const QString &field, const QString &message)
{
    m_errors.append(DecodeError{field, message});
}

QString JsonReader::pointerTo(const QString &key) const
{
    // RFC 6901 escaping: "~" becomes "~0" and "/" becomes "~1".
    QString escaped = key;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
    escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
    return m_pointer + QLatin1Char('/') + escaped;
}

QString JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

} // namespace lgsp::protocol
