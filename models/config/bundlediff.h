#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace lgsp::models {

// What differs between two bundle documents, item by item: tenants by code, services by
// provider and code. Applying `to` over `from` adds, changes and removes these items (a
// removed tenant is closed and a removed service retired: the server never deletes).
class BundleDiff final
{
    Q_DECLARE_TR_FUNCTIONS(BundleDiff)

public:
    enum class Op { Add, Change, Remove };
    struct FieldChange
    {
        QString field; // "name", "contact/email", "sla/timeoutMs", "consumers"…
        QJsonValue before;
        QJsonValue after;
    };
    struct ItemChange
    {
        Op op = Op::Change;
        QString kind; // "tenant" or "service"
        QString id;   // tenant code, or "tenantCode~serviceCode"
        QString name;
        QList<FieldChange> fields; // for Change
        QString pointerInTo;       // where the item is in `to` (empty when removed)
    };

    static QList<ItemChange> compare(const QJsonObject &from, const QJsonObject &to);
    // Items changed on both sides since `base`: in `mine` and in `theirs`.
    static QStringList conflicts(const QList<ItemChange> &mine, const QList<ItemChange> &theirs);

    static QString opText(Op op);
    // A value as one line: strings as they are, lists joined, null as "—".
    static QString valueText(const QJsonValue &value);
};

} // namespace lgsp::models
