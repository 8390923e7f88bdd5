#include "models/tenants/tenantmodel.h"

#include "models/common/roles.h"
#include "protocol/textfold.h"

#include <QLocale>

namespace lgsp::models {

TenantModel::TenantModel(QObject *parent)
    : InstanceRowsModel(parent)
{}

QString TenantModel::searchKeyOf(const QString &instanceName, const protocol::Tenant &t) const
{
    return protocol::foldForSearch(QStringList{t.name, t.nameEn, t.code, t.ndxpMemberId,
                                               t.contactName, t.contactEmail, instanceName}
                                       .join(QLatin1Char(' ')));
}

QString TenantModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("ministry"))
        return tr("Ministry");
    if (kind == QLatin1String("province"))
        return tr("Province");
    if (kind == QLatin1String("agency"))
        return tr("Agency");
    if (kind == QLatin1String("operator"))
        return tr("Operator");
    if (kind == QLatin1String("domain"))
        return tr("Tenant domain (WSO2)");
    return kind;
}

QString TenantModel::statusText(const QString &status)
{
    if (status == QLatin1String("trial"))
        return tr("Trial");
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("suspended"))
        return tr("Suspended");
    if (status == QLatin1String("closed"))
        return tr("Closed");
    if (status == QLatin1String("inactive"))
        return tr("Inactive");
    return status;
}

QString TenantModel::actionText(const QString &action)
{
    if (action == QLatin1String("suspend"))
        return tr("Suspend");
    if (action == QLatin1String("resume"))
        return tr("Resume");
    if (action == QLatin1String("close"))
        return tr("Close");
    if (action == QLatin1String("edit"))
        return tr("Edit");
    return action;
}

int TenantModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TenantModel::data(const QModelIndex &index, int role) const
{
    const Row *row = rowAt(index.row());
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const protocol::Tenant &t = row->item;
    switch (role) {
    case SearchKeyRole:
        return row->searchKey;
    case IdentityRole:
        return QString(row->instance.toString(QUuid::WithoutBraces) + QLatin1Char('/') + t.code);
    case StatusRole:
        return t.status;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !t.nameEn.isEmpty())
            return t.nameEn;
        if (index.column() == CodeColumn && !t.codeVerified)
            return tr("Demonstration code, not confirmed by an official source");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ServicesColumn || index.column() == ConsumersColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case RawRole:
        break;
    default:
        return {};
    }
    const bool raw = role == RawRole;
    switch (index.column()) {
    case NameColumn:
        return t.name;
    case CodeColumn:
        return t.code;
    case KindColumn:
        return raw ? t.kind : kindText(t.kind);
    case StatusColumn:
        return raw ? t.status : statusText(t.status);
    case InstanceColumn:
        return row->instanceName;
    case ServicesColumn: // a negative count: the server does not tell (WSO2)
        if (t.serviceCount < 0)
            return {};
        return raw ? QVariant(t.serviceCount) : QVariant(QLocale().toString(t.serviceCount));
    case ConsumersColumn:
        if (t.consumerCount < 0)
            return {};
        return raw ? QVariant(t.consumerCount) : QVariant(QLocale().toString(t.consumerCount));
    case NdxpColumn:
        return t.ndxpMemberId;
    case CreatedColumn:
        return raw ? QVariant(t.createdAt)
                   : QVariant(QLocale().toString(t.createdAt.toLocalTime().date(),
                                                 QLocale::ShortFormat));
    default:
        return {};
    }
}

QVariant TenantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CodeColumn:
        return tr("Agency code");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case InstanceColumn:
        return tr("Instance");
    case ServicesColumn:
        return tr("Services");
    case ConsumersColumn:
        return tr("Consumers");
    case NdxpColumn:
        return tr("NDXP member");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace lgsp::models
