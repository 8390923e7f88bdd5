#include "models/tenants/tenantmodel.h"

#include "models/common/roles.h"
#include "protocol/textfold.h"

#include <QLocale>

namespace lgsp::models {

namespace {

QString searchKeyOf(const QString &instanceName, const protocol::Tenant &t)
{
    return protocol::foldForSearch(QStringList{t.name, t.nameEn, t.code, t.ndxpMemberId,
                                               t.contactName, t.contactEmail, instanceName}
                                       .join(QLatin1Char(' ')));
}

} // namespace

TenantModel::TenantModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TenantModel::append(const QUuid &instance, const QString &instanceName, bool readOnly,
                         const QList<protocol::Tenant> &tenants)
{
    if (tenants.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + tenants.size() - 1));
    for (const protocol::Tenant &t : tenants)
        m_rows.append(Row{instance, instanceName, readOnly, t, searchKeyOf(instanceName, t)});
    endInsertRows();
}

bool TenantModel::update(const QUuid &instance, const protocol::Tenant &tenant)
{
    const int row = rowOf(instance, tenant.code);
    if (row < 0)
        return false;
    Row &r = m_rows[row];
    r.tenant = tenant;
    r.searchKey = searchKeyOf(r.instanceName, tenant);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void TenantModel::removeInstance(const QUuid &instance)
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).instance != instance)
            continue;
        int first = row;
        while (first > 0 && m_rows.at(first - 1).instance == instance)
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
}

void TenantModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const TenantModel::Row *TenantModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int TenantModel::rowOf(const QUuid &instance, const QString &code) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).instance == instance && m_rows.at(row).tenant.code == code)
            return row;
    }
    return -1;
}

QString TenantModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("ministry"))
        return tr("Ministry");
    if (kind == QLatin1String("province"))
        return tr("Province");
    if (kind == QLatin1String("agency"))
        return tr("Agency");
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

void TenantModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int TenantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    const protocol::Tenant &t = row->tenant;
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
    case ServicesColumn:
        return raw ? QVariant(t.serviceCount) : QVariant(QLocale().toString(t.serviceCount));
    case ConsumersColumn:
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
