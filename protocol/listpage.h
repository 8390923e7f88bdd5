#pragma once

#include "protocol/decodeerror.h"
#include "protocol/jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace lgsp::protocol {

// The envelope of every list: {items: [...], nextCursor: string|null, total: int}, and what
// the credential may do on the collection itself (allowedActions: ["create"]), if anything.
template<typename T>
struct ListPage
{
    QList<T> items;
    QString nextCursor; // empty: this is the last page
    qint64 total = 0;
    QStringList allowedActions;

    QJsonObject toJson() const
    {
        QJsonArray array;
        for (const T &item : items)
            array.append(item.toJson());
        QJsonObject object{
            {QStringLiteral("items"), array},
            {QStringLiteral("nextCursor"),
             nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(nextCursor)},
            {QStringLiteral("total"), total},
        };
        if (!allowedActions.isEmpty())
            object.insert(QStringLiteral("allowedActions"),
                          QJsonArray::fromStringList(allowedActions));
        return object;
    }

    static std::optional<ListPage> fromJson(const QJsonObject &object, DecodeError *error)
    {
        JsonReader reader(object);
        ListPage page;
        page.total = reader.requiredInteger(QStringLiteral("total"), 0, 1LL << 50);
        page.nextCursor = reader.optionalString(QStringLiteral("nextCursor"));
        page.allowedActions = reader.optionalStringList(QStringLiteral("allowedActions"));
        const QJsonValue items = object.value(QStringLiteral("items"));
        if (!items.isArray())
            reader.fail(QStringLiteral("/items"), JsonReader::tr("expected an array"));
        if (!reader.ok()) {
            if (error)
                *error = reader.error();
            return std::nullopt;
        }
        const QJsonArray array = items.toArray();
        page.items.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            DecodeError itemError;
            std::optional<T> item = array.at(i).isObject()
                                        ? T::fromJson(array.at(i).toObject(), &itemError)
                                        : std::nullopt;
            if (!item) {
                if (error) {
                    *error = DecodeError{QStringLiteral("/items/%1").arg(i) + itemError.field,
                                         itemError.message.isEmpty()
                                             ? JsonReader::tr("expected an object")
                                             : itemError.message};
                }
                return std::nullopt;
            }
            page.items.append(std::move(*item));
        }
        return page;
    }
};

} // namespace lgsp::protocol
