#include "models/config/jsonpointer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lgsp::models::jsonpointer {

namespace {

QString unescape(QString token)
{
    return token.replace(QLatin1String("~1"), QLatin1String("/"))
        .replace(QLatin1String("~0"), QLatin1String("~"));
}

QString escape(QString token)
{
    return token.replace(QLatin1Char('~'), QLatin1String("~0"))
        .replace(QLatin1Char('/'), QLatin1String("~1"));
}

bool arrayIndex(const QString &token, qsizetype size, bool allowEnd, qsizetype *index)
{
    if (token == QLatin1String("-")) {
        *index = size;
        return allowEnd;
    }
    bool ok = false;
    const qlonglong i = token.toLongLong(&ok);
    if (!ok || i < 0 || i > size || (i == size && !allowEnd))
        return false;
    *index = qsizetype(i);
    return true;
}

// Sets tokens[depth…] below `node`; undefined `value` removes.
bool setIn(QJsonValue *node, const QStringList &tokens, qsizetype depth, const QJsonValue &value,
           bool insertMode)
{
    const QString &token = tokens.at(depth);
    const bool last = depth == tokens.size() - 1;
    if (node->isObject()) {
        QJsonObject object = node->toObject();
        if (last) {
            if (value.isUndefined())
                object.remove(token);
            else
                object.insert(token, value);
        } else {
            QJsonValue childValue = object.value(token);
            if (!setIn(&childValue, tokens, depth + 1, value, insertMode))
                return false;
            object.insert(token, childValue);
        }
        *node = object;
        return true;
    }
    if (node->isArray()) {
        QJsonArray array = node->toArray();
        qsizetype index = 0;
        if (!arrayIndex(token, array.size(), last, &index))
            return false;
        if (last) {
            if (insertMode)
                array.insert(index, value);
            else if (value.isUndefined()) {
                if (index == array.size())
                    return false;
                array.removeAt(index);
            } else if (index == array.size())
                array.append(value);
            else
                array.replace(index, value);
        } else {
            QJsonValue childValue = array.at(index);
            if (!setIn(&childValue, tokens, depth + 1, value, insertMode))
                return false;
            array.replace(index, childValue);
        }
        *node = array;
        return true;
    }
    return false;
}

} // namespace

QStringList split(const QString &pointer)
{
    if (pointer.isEmpty())
        return {};
    QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (QString &token : tokens)
        token = unescape(token);
    return tokens;
}

QString join(const QStringList &tokens)
{
    QString pointer;
    for (const QString &token : tokens)
        pointer += QLatin1Char('/') + escape(token);
    return pointer;
}

QString child(const QString &parent, const QString &token)
{
    return parent + QLatin1Char('/') + escape(token);
}

QString child(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('/') + QString::number(index);
}

QString parentOf(const QString &pointer)
{
    const qsizetype slash = pointer.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QString() : pointer.left(slash);
}

bool isWithin(const QString &pointer, const QString &ancestor)
{
    return pointer == ancestor ||
           (pointer.startsWith(ancestor) && pointer.at(ancestor.size()) == QLatin1Char('/'));
}

QJsonValue value(const QJsonValue &root, const QString &pointer)
{
    QJsonValue node = root;
    for (const QString &token : split(pointer)) {
        if (node.isObject()) {
            const QJsonObject object = node.toObject();
            if (!object.contains(token))
                return QJsonValue(QJsonValue::Undefined);
            node = object.value(token);
        } else if (node.isArray()) {
            const QJsonArray array = node.toArray();
            qsizetype index = 0;
            if (!arrayIndex(token, array.size(), false, &index))
                return QJsonValue(QJsonValue::Undefined);
            node = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return node;
}

bool setValue(QJsonValue *root, const QString &pointer, const QJsonValue &value)
{
    const QStringList tokens = split(pointer);
    if (tokens.isEmpty()) {
        *root = value;
        return true;
    }
    return setIn(root, tokens, 0, value, false);
}

bool insert(QJsonValue *root, const QString &arrayPointer, qsizetype index, const QJsonValue &value)
{
    const QJsonValue array = jsonpointer::value(*root, arrayPointer);
    if (!array.isArray())
        return false;
    const qsizetype size = array.toArray().size();
    const qsizetype at = index < 0 || index > size ? size : index;
    return setIn(root, split(child(arrayPointer, at)), 0, value, true);
}

} // namespace lgsp::models::jsonpointer
