#include "models/tenants/tenantmodel.h"

#include "client/xroad/xroadchecks.h"
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

QStringList TenantModel::registrations()
{
    return {QStringLiteral("registered"),   QStringLiteral("pending"),
            QStringLiteral("leaving"),      QStringLiteral("disabled"),
            QStringLiteral("global-error"), QStringLiteral("subsystem-missing"),
            QStringLiteral("missing"),      QStringLiteral("no-member")};
}

QString TenantModel::registrationText(const QString &registration)
{
    if (registration == QLatin1String("registered"))
        return tr("Registered");
    if (registration == QLatin1String("pending"))
        return tr("Not registered yet");
    if (registration == QLatin1String("leaving"))
        return tr("Being deleted");
    if (registration == QLatin1String("disabled"))
        return tr("Disabled");
    if (registration == QLatin1String("global-error"))
        return tr("Unknown to NDXP");
    if (registration == QLatin1String("subsystem-missing"))
        return tr("Subsystem missing");
    if (registration == QLatin1String("missing"))
        return tr("Not on the security server");
    if (registration == QLatin1String("no-member"))
        return tr("No NDXP member");
    return registration;
}

void TenantModel::setNdxpClients(const QUuid &instance,
                                 const std::optional<QHash<QString, QString>> &clients)
{
    const auto known = m_ndxpClients.constFind(instance);
    if (!clients && known == m_ndxpClients.cend())
        return;
    if (clients && known != m_ndxpClients.cend() && *known == *clients)
        return;
    if (clients)
        m_ndxpClients.insert(instance, *clients);
    else
        m_ndxpClients.remove(instance);
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (m_rows.at(row).instance == instance)
            Q_EMIT dataChanged(index(row, NdxpColumn), index(row, RegistrationColumn));
    }
}

QString TenantModel::registrationOf(const QUuid &instance, const protocol::Tenant &t) const
{
    const auto clients = m_ndxpClients.constFind(instance);
    if (clients == m_ndxpClients.cend())
        return {};
    if (t.ndxpMemberId.isEmpty())
        return QStringLiteral("no-member");
    const auto found = clients->constFind(t.ndxpMemberId);
    if (found == clients->cend()) {
        // VN:GOV:000.00.00.G22:lgsp → its member VN:GOV:000.00.00.G22.
        const QStringList parts = t.ndxpMemberId.split(QLatin1Char(':'));
        if (parts.size() > 3 && clients->contains(parts.mid(0, 3).join(QLatin1Char(':'))))
            return QStringLiteral("subsystem-missing");
        return QStringLiteral("missing");
    }
    const QString &status = *found;
    if (status == QLatin1String("REGISTERED"))
        return QStringLiteral("registered");
    if (status == QLatin1String("GLOBAL_ERROR"))
        return QStringLiteral("global-error");
    if (status == QLatin1String("DISABLED") || status == QLatin1String("DISABLING_IN_PROGRESS"))
        return QStringLiteral("disabled");
    if (status == QLatin1String("DELETION_IN_PROGRESS"))
        return QStringLiteral("leaving");
    return QStringLiteral("pending");
}

QString TenantModel::registrationDetail(const QUuid &instance, const protocol::Tenant &t) const
{
    const QString r = registrationOf(instance, t);
    const QString status = m_ndxpClients.value(instance).value(t.ndxpMemberId);
    if (r.isEmpty())
        return tr("Not known: the instance has no security server, or its clients could not be "
                  "read.");
    if (r == QLatin1String("no-member"))
        return tr("The tenant has no NDXP member id.");
    if (r == QLatin1String("missing"))
        return tr("Not among the %n members and subsystems on the instance's security server.",
                  nullptr, int(m_ndxpClients.value(instance).size()));
    if (r == QLatin1String("subsystem-missing"))
        return tr("Its member is on the instance's security server; this subsystem is not.");
    return tr("On the instance's security server: %1 (%2).")
        .arg(client::XRoadChecks::memberStatusText(status), status);
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
        if (index.column() == RegistrationColumn && m_ndxpClients.contains(row->instance))
            return registrationDetail(row->instance, t);
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
    case RegistrationColumn: {
        const QString r = registrationOf(row->instance, t);
        return raw ? r : registrationText(r);
    }
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
    case RegistrationColumn:
        return tr("On the security server");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace lgsp::models
