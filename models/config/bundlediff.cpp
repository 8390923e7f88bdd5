#include "models/config/bundlediff.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace lgsp::models {

namespace {

const QStringList kTenantFields{
    QStringLiteral("name"),          QStringLiteral("nameEn"),
    QStringLiteral("kind"),          QStringLiteral("status"),
    QStringLiteral("contact/name"),  QStringLiteral("contact/email"),
    QStringLiteral("contact/phone"),
};
const QStringList kServiceFields{
    QStringLiteral("name"),          QStringLiteral("version"),
    QStringLiteral("protocol"),      QStringLiteral("definitionType"),
    QStringLiteral("upstreamUrl"),   QStringLiteral("visibility"),
    QStringLiteral("status"),        QStringLiteral("consumers"),
    QStringLiteral("sla/timeoutMs"), QStringLiteral("sla/rateLimitPerMin"),
    QStringLiteral("definition"),
};

struct Item
{
    QJsonObject object;
    qsizetype index = 0;
};

QJsonValue field(const QJsonObject &object, const QString &path)
{
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return object.value(path);
    return object.value(path.left(slash)).toObject().value(path.mid(slash + 1));
}

// Values as the server would store them: missing text is empty, consumers are a set.
QJsonValue normalised(const QString &name, const QJsonValue &value)
{
    if (name == QLatin1String("consumers")) {
        QStringList codes;
        for (const QJsonValue &code : value.toArray())
            codes.append(code.toString());
        codes.sort();
        codes.removeDuplicates();
        return QJsonArray::fromStringList(codes);
    }
    if (value.isUndefined() || value.isNull())
        return name.startsWith(QLatin1String("sla/")) ? QJsonValue() : QJsonValue(QString());
    if (value.isString())
        return value.toString().trimmed();
    return value;
}

QMap<QString, Item> itemsOf(const QJsonObject &document, const QString &kind)
{
    QMap<QString, Item> items;
    const QJsonArray array =
        document
            .value(kind == QLatin1String("tenant") ? QStringLiteral("tenants")
                                                   : QStringLiteral("services"))
            .toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString code = object.value(QStringLiteral("code")).toString();
        const QString id =
            kind == QLatin1String("tenant")
                ? code
                : object.value(QStringLiteral("tenantCode")).toString() + QLatin1Char('~') + code;
        if (!items.contains(id))
            items.insert(id, Item{object, i});
    }
    return items;
}

} // namespace

QList<BundleDiff::ItemChange> BundleDiff::compare(const QJsonObject &from, const QJsonObject &to)
{
    QList<ItemChange> changes;
    for (const QString &kind : {QStringLiteral("tenant"), QStringLiteral("service")}) {
        const QStringList &fields =
            kind == QLatin1String("tenant") ? kTenantFields : kServiceFields;
        const QString arrayName = kind == QLatin1String("tenant") ? QStringLiteral("/tenants/")
                                                                  : QStringLiteral("/services/");
        const QMap<QString, Item> before = itemsOf(from, kind);
        const QMap<QString, Item> after = itemsOf(to, kind);
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            const QString name = it->object.value(QStringLiteral("name")).toString();
            const QString pointer = arrayName + QString::number(it->index);
            const auto old = before.constFind(it.key());
            if (old == before.cend()) {
                changes.append(ItemChange{Op::Add, kind, it.key(), name, {}, pointer});
                continue;
            }
            ItemChange change{Op::Change, kind, it.key(), name, {}, pointer};
            for (const QString &f : fields) {
                const QJsonValue a = normalised(f, field(old->object, f));
                const QJsonValue b = normalised(f, field(it->object, f));
                if (a != b)
                    change.fields.append(FieldChange{f, a, b});
            }
            if (!change.fields.isEmpty())
                changes.append(change);
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (after.contains(it.key()))
                continue;
            // Left out: closed or retired, unless it already is.
            const QString status = it->object.value(QStringLiteral("status")).toString();
            if (status == QLatin1String("closed") || status == QLatin1String("retired"))
                continue;
            changes.append(ItemChange{Op::Remove,
                                      kind,
                                      it.key(),
                                      it->object.value(QStringLiteral("name")).toString(),
                                      {},
                                      QString()});
        }
    }
    return changes;
}

QStringList BundleDiff::conflicts(const QList<ItemChange> &mine, const QList<ItemChange> &theirs)
{
    QSet<QString> touched;
    for (const ItemChange &change : theirs)
        touched.insert(change.kind + QLatin1Char(':') + change.id);
    QStringList both;
    for (const ItemChange &change : mine) {
        if (touched.contains(change.kind + QLatin1Char(':') + change.id))
            both.append(change.id);
    }
    return both;
}

QString BundleDiff::opText(Op op)
{
    switch (op) {
    case Op::Add:
        return tr("Add");
    case Op::Change:
        return tr("Change");
    case Op::Remove:
        return tr("Close / retire");
    }
    return {};
}

QString BundleDiff::valueText(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts.append(valueText(v));
        return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (text.isEmpty())
            return QStringLiteral("—");
        const QString line = text.section(QLatin1Char('\n'), 0, 0);
        return line.size() < text.size() ? line + QStringLiteral(" …") : text;
    }
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QStringLiteral("—");
}

} // namespace lgsp::models
