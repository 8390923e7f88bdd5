#include "models/fleet/fleetmodel.h"

#include "client/fleet/fleet.h"
#include "models/common/freshness.h"
#include "models/common/roles.h"
#include "protocol/textfold.h"

#include <QColor>
#include <QLocale>

#include <optional>

namespace lgsp::models {

namespace {

using client::ProbeCheck;

// The NDXP link as the fleet shows it: from the security server when the profile names one
// (its worst check), else what the LGSP says about itself.
std::optional<ProbeCheck> ndxpLink(const client::ProbeReport &report)
{
    std::optional<ProbeCheck> worst;
    for (const ProbeCheck &c : report.checks) {
        if (c.id.startsWith(QLatin1String("ndxp.")) &&
            (!worst || ProbeCheck::worse(worst->status, c.status) != worst->status))
            worst = c;
    }
    if (worst)
        return worst;
    if (const ProbeCheck *own = report.check(QStringLiteral("server.ndxp-link")))
        return *own;
    return std::nullopt;
}

constexpr quintptr kGroupRow = 0; // internalId of group rows; instance rows: group index + 1

int severity(const QString &status)
{
    if (status == QLatin1String("fail") || status == QLatin1String("unreachable"))
        return 4;
    if (status == QLatin1String("stale"))
        return 3;
    if (status == QLatin1String("warn"))
        return 2;
    if (status == QLatin1String("checking") || status == QLatin1String("waiting"))
        return 1;
    return 0;
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("ok"))
        return FleetModel::tr("OK");
    if (status == QLatin1String("warn"))
        return FleetModel::tr("Warning");
    if (status == QLatin1String("fail"))
        return FleetModel::tr("Failing");
    if (status == QLatin1String("unreachable"))
        return FleetModel::tr("Unreachable");
    if (status == QLatin1String("stale"))
        return FleetModel::tr("Stale");
    if (status == QLatin1String("waiting"))
        return FleetModel::tr("Waiting");
    return FleetModel::tr("Checking…");
}

} // namespace

FleetModel::FleetModel(client::Fleet *fleet, QObject *parent)
    : QAbstractItemModel(parent)
    , m_fleet(fleet)
{
    connect(fleet, &client::Fleet::instanceAdded, this, &FleetModel::rebuild);
    connect(fleet, &client::Fleet::instanceRemoved, this, &FleetModel::rebuild);
    connect(fleet, &client::Fleet::instanceUpdated, this, [this](const QUuid &id) {
        const QModelIndex first = indexOf(id, 0);
        if (!first.isValid())
            return;
        Q_EMIT dataChanged(first, indexOf(id, ColumnCount - 1));
        // The group's worst status may have changed too.
        Q_EMIT dataChanged(first.parent(), first.parent().siblingAtColumn(StatusColumn));
    });
    connect(fleet, &client::Fleet::probeStarted, this, [this](const QUuid &id) {
        const QModelIndex status = indexOf(id, StatusColumn);
        if (status.isValid())
            Q_EMIT dataChanged(status, status);
    });
    // Ages and the stale state move with the clock, not with polls.
    m_ageTimer.setInterval(5000);
    connect(&m_ageTimer, &QTimer::timeout, this, [this] {
        for (int g = 0; g < m_groups.size(); ++g) {
            const QModelIndex group = index(g, 0);
            const int rows = rowCount(group);
            if (rows == 0)
                continue;
            Q_EMIT dataChanged(index(0, StatusColumn, group), index(rows - 1, StatusColumn, group));
            Q_EMIT dataChanged(index(0, UpdatedColumn, group),
                               index(rows - 1, UpdatedColumn, group));
            Q_EMIT dataChanged(group, group.siblingAtColumn(StatusColumn));
        }
    });
    m_ageTimer.start();
    rebuild();
}

void FleetModel::rebuild()
{
    beginResetModel();
    m_groups.clear();
    for (const QUuid &id : m_fleet->ids()) {
        const client::Fleet::Instance *instance = m_fleet->instance(id);
        if (!instance)
            continue;
        const QString group = instance->profile.group.trimmed();
        auto it = std::find_if(m_groups.begin(), m_groups.end(),
                               [&group](const Group &g) { return g.name == group; });
        if (it == m_groups.end()) {
            m_groups.append(Group{group, {}});
            it = m_groups.end() - 1;
        }
        it->instances.append(id);
    }
    endResetModel();
}

void FleetModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex group = index(g, 0);
        Q_EMIT dataChanged(group, group.siblingAtColumn(ColumnCount - 1));
        const int rows = rowCount(group);
        if (rows > 0)
            Q_EMIT dataChanged(index(0, 0, group), index(rows - 1, ColumnCount - 1, group));
    }
}

QUuid FleetModel::instanceAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupRow)
        return {};
    return m_groups.value(int(index.internalId() - 1)).instances.value(index.row());
}

QModelIndex FleetModel::indexOf(const QUuid &id, int column) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const qsizetype row = m_groups.at(g).instances.indexOf(id);
        if (row >= 0)
            return createIndex(int(row), column, quintptr(g + 1));
    }
    return {};
}

QModelIndex FleetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kGroupRow) : QModelIndex();
    if (parent.internalId() != kGroupRow || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).instances.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FleetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupRow);
}

int FleetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupRow || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).instances.size());
}

int FleetModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString FleetModel::statusOf(const QUuid &id) const
{
    const client::Fleet::Instance *instance = m_fleet->instance(id);
    // Never polled: being checked now, or waiting for its turn (the fleet checks a few
    // instances at a time, and staggers the first polls).
    if (!instance || (instance->polls == 0 && instance->polling))
        return QStringLiteral("checking");
    if (instance->polls == 0)
        return QStringLiteral("waiting");
    if (Freshness::isPollStale(instance->updatedAt, instance->profile.pollIntervalMs))
        return QStringLiteral("stale");
    const client::ProbeReport &report = instance->lastReport;
    switch (report.overall()) {
    case ProbeCheck::Status::Fail: {
        const ProbeCheck *version = report.check(QStringLiteral("version"));
        return version && version->status == ProbeCheck::Status::Ok ? QStringLiteral("fail")
                                                                    : QStringLiteral("unreachable");
    }
    case ProbeCheck::Status::Warn:
        return QStringLiteral("warn");
    default:
        return QStringLiteral("ok");
    }
}

QVariant FleetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupRow)
        return groupData(m_groups.value(index.row()), index.column(), role);
    return instanceData(instanceAt(index), index.column(), role);
}

QVariant FleetModel::groupData(const Group &group, int column, int role) const
{
    // The worst status of the group's instances, only for the roles that show it: a view asks
    // each cell for many roles, and a hundred instances' statuses for each made the fleet
    // page's column fitting cost tens of milliseconds (bench_fleet).
    const auto worst = [this, &group] {
        QString w = QStringLiteral("ok");
        for (const QUuid &id : group.instances) {
            const QString s = statusOf(id);
            if (severity(s) > severity(w))
                w = s;
        }
        return w;
    };
    const QString name = group.name.isEmpty() ? tr("No group") : group.name;
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return tr("%1 (%n instance(s))", nullptr, int(group.instances.size())).arg(name);
        if (column == StatusColumn)
            return statusText(worst());
        return {};
    case RawRole:
        return column == NameColumn ? QVariant(name) : QVariant(severity(worst()));
    case StatusRole:
        return worst();
    case SearchKeyRole:
        return protocol::foldForSearch(name);
    default:
        return {};
    }
}

QVariant FleetModel::instanceData(const QUuid &id, int column, int role) const
{
    const client::Fleet::Instance *instance = m_fleet->instance(id);
    if (!instance)
        return {};
    const client::ProbeReport &report = instance->lastReport;
    const bool polled = instance->polls > 0;
    const QLocale locale;
    if (role == SearchKeyRole) {
        return protocol::foldForSearch(
            instance->profile.name + QLatin1Char(' ') + instance->profile.group + QLatin1Char(' ') +
            report.serverName + QLatin1Char(' ') + instance->profile.baseUrl.host());
    }
    if (role == IdentityRole)
        return id;
    if (role == StatusRole) {
        if (column == NdxpColumn) {
            const std::optional<ProbeCheck> ndxp = ndxpLink(report);
            return ndxp ? ProbeCheck::statusName(ndxp->status) : QString();
        }
        return statusOf(id);
    }
    if (role == SparklineRole && column == TrafficColumn)
        return QVariant::fromValue(instance->callsPerMinute);
    const bool noMetrics =
        !instance->hasMetrics && (column == TrafficColumn || column == ErrorRateColumn);
    if (role == Qt::ToolTipRole) {
        if (column == NameColumn)
            return instance->profile.baseUrl.toString();
        if (column == StatusColumn && statusOf(id) == QLatin1String("waiting"))
            return tr("Not checked yet: the console checks a few instances at a time, and this "
                      "one waits its turn.");
        if (noMetrics)
            return tr("No metrics source: WSO2 API Manager 4.x keeps its transaction analytics "
                      "outside the product.");
        if (column == TrafficColumn && instance->callsLastMinute)
            return tr("Calls in the last 60 seconds; the line shows the last %n whole minute(s).",
                      nullptr, int(instance->callsPerMinute.size()));
        if (column == VersionColumn && !report.apiVersion.isEmpty())
            return report.serverVersion.isEmpty()
                       ? tr("%1, API %2 (the server does not tell its version)")
                             .arg(report.serverName, report.apiVersion)
                       : tr("%1, server %2, API %3")
                             .arg(report.serverName, report.serverVersion, report.apiVersion);
        QStringList problems;
        for (const ProbeCheck &c : report.checks) {
            if (c.status == ProbeCheck::Status::Fail || c.status == ProbeCheck::Status::Warn)
                problems << c.currentTitle() + QStringLiteral(": ") + c.currentDetail();
        }
        return problems.isEmpty() ? QVariant() : QVariant(problems.join(QLatin1Char('\n')));
    }
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case LatencyColumn:
        case CertificateColumn:
        case ClockColumn:
        case TenantsColumn:
        case ServicesColumn:
        case TrafficColumn:
        case ErrorRateColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != RawRole)
        return {};
    const bool raw = role == RawRole;
    if (noMetrics)
        return raw ? QVariant() : QVariant(QStringLiteral("—"));
    switch (column) {
    case StatusColumn:
        return raw ? QVariant(severity(statusOf(id))) : QVariant(statusText(statusOf(id)));
    case NameColumn:
        return instance->profile.name;
    case GroupColumn:
        return instance->profile.group;
    case VersionColumn:
        if (report.serverVersion.isEmpty())
            return {};
        return report.serverVersion;
    case LatencyColumn:
        if (!report.latencyMs)
            return {};
        return raw ? QVariant(*report.latencyMs) : QVariant(tr("%1 ms").arg(*report.latencyMs));
    case CertificateColumn:
        if (report.certificateDaysLeft)
            return raw ? QVariant(*report.certificateDaysLeft)
                       : QVariant(tr("%n day(s)", nullptr, *report.certificateDaysLeft));
        if (polled && report.url.scheme() == QLatin1String("http"))
            return raw ? QVariant() : QVariant(tr("plain HTTP"));
        return {};
    case ClockColumn: {
        if (!report.clockSkewMs)
            return {};
        if (raw)
            return qAbs(*report.clockSkewMs);
        const double seconds = double(*report.clockSkewMs) / 1000.0;
        return qAbs(seconds) < 0.05 ? tr("in sync")
                                    : tr("%1 s").arg(locale.toString(seconds, 'f', 1));
    }
    case NdxpColumn: {
        const std::optional<ProbeCheck> ndxp = ndxpLink(report);
        if (!ndxp || ndxp->status == ProbeCheck::Status::Skipped)
            return {};
        if (raw)
            return ProbeCheck::statusName(ndxp->status);
        return ndxp->status == ProbeCheck::Status::Ok     ? tr("Linked")
               : ndxp->status == ProbeCheck::Status::Warn ? tr("Degraded")
                                                          : tr("Down");
    }
    case TenantsColumn:
        if (!instance->tenantCount)
            return {};
        return raw ? QVariant(*instance->tenantCount)
                   : QVariant(locale.toString(*instance->tenantCount));
    case ServicesColumn:
        if (!instance->serviceCount)
            return {};
        return raw ? QVariant(*instance->serviceCount)
                   : QVariant(locale.toString(*instance->serviceCount));
    case TrafficColumn: {
        if (!instance->callsLastMinute)
            return {};
        const qint64 last = *instance->callsLastMinute;
        return raw ? QVariant(last) : QVariant(tr("%1/min").arg(locale.toString(last)));
    }
    case ErrorRateColumn:
        if (!instance->errorRate)
            return {};
        return raw ? QVariant(*instance->errorRate)
                   : QVariant(tr("%1 %").arg(locale.toString(*instance->errorRate * 100, 'f', 1)));
    case UpdatedColumn: {
        if (!polled)
            return {};
        if (raw)
            return instance->updatedAt;
        return Freshness::ageText(Freshness::ageSeconds(instance->updatedAt));
    }
    default:
        return {};
    }
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Instance");
    case GroupColumn:
        return tr("Group");
    case VersionColumn:
        return tr("Version");
    case LatencyColumn:
        return tr("Latency");
    case CertificateColumn:
        return tr("TLS certificate");
    case ClockColumn:
        return tr("Clock skew");
    case NdxpColumn:
        return tr("NDXP link");
    case TenantsColumn:
        return tr("Tenants");
    case ServicesColumn:
        return tr("Services");
    case TrafficColumn:
        return tr("Calls");
    case ErrorRateColumn:
        return tr("Errors");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace lgsp::models
