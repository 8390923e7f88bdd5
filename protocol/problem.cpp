#include "protocol/problem.h"

#include "protocol/jsonreader.h"

#include <QJsonArray>

namespace lgsp::protocol {

Problem Problem::make(int status, const QString &code, const QString &title, const QString &detail)
{
    Problem p;
    p.type = QStringLiteral("https://lgsp.example.invalid/problems/") + code;
    p.title = title;
    p.status = status;
    p.detail = detail;
    p.code = code;
    return p;
}

QJsonObject Problem::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), type},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("code"), code}};
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    if (!errors.isEmpty()) {
        QJsonArray list;
        for (const FieldError &e : errors)
            list.append(QJsonObject{{QStringLiteral("field"), e.field},
                                    {QStringLiteral("code"), e.code},
                                    {QStringLiteral("message"), e.message}});
        o.insert(QStringLiteral("errors"), list);
    }
    return o;
}

std::optional<Problem> Problem::fromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader reader(object);
    Problem p;
    p.type = reader.optionalString(QStringLiteral("type"));
    p.title = reader.requiredString(QStringLiteral("title"));
    p.status = int(reader.requiredInteger(QStringLiteral("status"), 100, 599));
    p.detail = reader.optionalString(QStringLiteral("detail"));
    p.code = reader.optionalString(QStringLiteral("code"));
    const QJsonArray list = object.value(QStringLiteral("errors")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        JsonReader item(list.at(i).toObject(), QStringLiteral("/errors/%1").arg(i));
        FieldError e{item.requiredString(QStringLiteral("field")),
                     item.optionalString(QStringLiteral("code")),
                     item.requiredString(QStringLiteral("message"))};
        for (const DecodeError &d : item.errors())
            reader.fail(d.field, d.message);
        p.errors.append(e);
    }
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return p;
}

} // namespace lgsp::protocol
