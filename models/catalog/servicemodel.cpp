#include "models/catalog/servicemodel.h"

#include "models/common/roles.h"
#include "protocol/textfold.h"

#include <QLocale>

namespace lgsp::models {

ServiceModel::ServiceModel(QObject *parent)
    : InstanceRowsModel(parent)
{}

QString ServiceModel::searchKeyOf(const QString &instanceName, const protocol::Service &s) const
{
    // The gateway path and the id last: the command palette searches the key without them
    // (ui/palette), where their letters and digits would match almost any word typed.
    return protocol::foldForSearch(
        QStringList{s.name, s.code, s.tenantCode, instanceName, s.gatewayPath, s.id}.join(
            QLatin1Char(' ')));
}

QString ServiceModel::statusText(const QString &status)
{
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("published"))
        return tr("Published");
    if (status == QLatin1String("deprecated"))
        return tr("Deprecated");
    if (status == QLatin1String("retired"))
        return tr("Retired");
    if (status == QLatin1String("registered"))
        return tr("In the service catalog");
    if (status == QLatin1String("prototyped"))
        return tr("Prototyped");
    if (status == QLatin1String("blocked"))
        return tr("Blocked");
    return status;
}

QString ServiceModel::visibilityText(const QString &visibility)
{
    if (visibility == QLatin1String("tenant"))
        return tr("Provider only");
    if (visibility == QLatin1String("instance"))
        return tr("This LGSP");
    if (visibility == QLatin1String("ndxp"))
        return tr("Shared via NDXP");
    return visibility;
}

QString ServiceModel::actionText(const QString &action)
{
    if (action == QLatin1String("publish"))
        return tr("Publish");
    if (action == QLatin1String("deprecate"))
        return tr("Deprecate");
    if (action == QLatin1String("retire"))
        return tr("Retire");
    if (action == QLatin1String("edit"))
        return tr("Edit");
    return action;
}

int ServiceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceModel::data(const QModelIndex &index, int role) const
{
    const Row *row = rowAt(index.row());
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const protocol::Service &s = row->item;
    switch (role) {
    case SearchKeyRole:
        return row->searchKey;
    case IdentityRole:
        return QString(row->instance.toString(QUuid::WithoutBraces) + QLatin1Char('/') + s.id);
    case StatusRole:
        return s.status;
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? s.gatewayPath : QString();
    case Qt::TextAlignmentRole:
        return index.column() == ConsumersColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                 : QVariant();
    case Qt::DisplayRole:
    case RawRole:
        break;
    default:
        return {};
    }
    const bool raw = role == RawRole;
    switch (index.column()) {
    case NameColumn:
        return s.name;
    case CodeColumn:
        return s.code;
    case ProviderColumn:
        return s.tenantCode;
    case InstanceColumn:
        return row->instanceName;
    case ProtocolColumn:
        return raw ? s.protocol : QString(s.protocol + QStringLiteral(" · ") + s.definitionType);
    case StatusColumn:
        return raw ? s.status : statusText(s.status);
    case VisibilityColumn:
        return raw ? s.visibility : visibilityText(s.visibility);
    case VersionColumn:
        return s.version;
    case ConsumersColumn:
        return raw ? QVariant(qint64(s.consumers.size()))
                   : QVariant(QLocale().toString(qint64(s.consumers.size())));
    case UpdatedColumn:
        return raw ? QVariant(s.updatedAt)
                   : QVariant(QLocale().toString(s.updatedAt.toLocalTime().date(),
                                                 QLocale::ShortFormat));
    default:
        return {};
    }
}

QVariant ServiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Service");
    case CodeColumn:
        return tr("Code");
    case ProviderColumn:
        return tr("Provider");
    case InstanceColumn:
        return tr("Instance");
    case ProtocolColumn:
        return tr("Protocol");
    case StatusColumn:
        return tr("Status");
    case VisibilityColumn:
        return tr("Visibility");
    case VersionColumn:
        return tr("Version");
    case ConsumersColumn:
        return tr("Consumers");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace lgsp::models
