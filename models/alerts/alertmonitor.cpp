#include "models/alerts/alertmonitor.h"

#include "models/common/roles.h"
#include "models/health/healthtimeline.h"

#include <QLocale>

namespace lgsp::models {

namespace {

using Severity = AlertCondition::Severity;

bool sameCondition(const AlertCondition &a, const AlertCondition &b)
{
    return a.kind == b.kind && a.level == b.level;
}

} // namespace

AlertMonitor::AlertMonitor(client::Fleet *fleet, QObject *parent)
    : QAbstractTableModel(parent)
    , m_fleet(fleet)
{
    connect(fleet, &client::Fleet::instanceUpdated, this, &AlertMonitor::evaluate);
    connect(fleet, &client::Fleet::instanceRemoved, this, &AlertMonitor::forget);
}

void AlertMonitor::setThresholds(const AlertThresholds &thresholds)
{
    m_thresholds = thresholds;
    for (const QUuid &id : m_fleet->ids())
        evaluate(id);
}

AlertMonitor::Level AlertMonitor::worst() const
{
    Level level = Level::None;
    for (const Alert &a : m_alerts) {
        if (a.condition.severity == Severity::Critical)
            return Level::Critical;
        level = Level::Warning;
    }
    return level;
}

void AlertMonitor::evaluate(const QUuid &id)
{
    const client::Fleet::Instance *instance = m_fleet->instance(id);
    if (!instance)
        return;
    const QList<AlertCondition> now = AlertRules::evaluate(*instance, m_thresholds);
    // Cleared: held before, not now.
    for (int row = int(m_alerts.size()) - 1; row >= 0; --row) {
        const Alert &a = m_alerts.at(row);
        if (a.instance != id)
            continue;
        const bool holds = std::any_of(now.begin(), now.end(), [&a](const AlertCondition &c) {
            return sameCondition(c, a.condition);
        });
        if (!holds) {
            beginRemoveRows({}, row, row);
            const Alert gone = m_alerts.takeAt(row);
            endRemoveRows();
            Q_EMIT cleared(gone);
        }
    }
    // Raised: holds now, not before. A condition that goes on keeps its row and its time.
    for (const AlertCondition &c : now) {
        const auto held = std::find_if(m_alerts.begin(), m_alerts.end(), [&](const Alert &a) {
            return a.instance == id && sameCondition(a.condition, c);
        });
        if (held != m_alerts.end()) {
            held->condition.detail = c.detail;
            const int row = int(held - m_alerts.begin());
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        // Critical alerts first, then by time.
        int row = 0;
        while (row < m_alerts.size() &&
               (m_alerts.at(row).condition.severity == Severity::Critical ||
                c.severity == Severity::Warning))
            ++row;
        const Alert alert{id, instance->profile.name, c, QDateTime::currentDateTimeUtc()};
        beginInsertRows({}, row, row);
        m_alerts.insert(row, alert);
        endInsertRows();
        Q_EMIT raised(alert);
    }
    const Level level = worst();
    if (level != m_worst) {
        m_worst = level;
        Q_EMIT worstChanged(level);
    }
}

void AlertMonitor::forget(const QUuid &id)
{
    for (int row = int(m_alerts.size()) - 1; row >= 0; --row) {
        if (m_alerts.at(row).instance == id) {
            beginRemoveRows({}, row, row);
            m_alerts.removeAt(row);
            endRemoveRows();
        }
    }
    const Level level = worst();
    if (level != m_worst) {
        m_worst = level;
        Q_EMIT worstChanged(level);
    }
}

int AlertMonitor::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertMonitor::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertMonitor::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const Alert &a = m_alerts.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeverityColumn:
            return AlertRules::severityText(a.condition.severity);
        case InstanceColumn:
            return a.instanceName;
        case AlertColumn:
            return AlertRules::title(a.condition.kind);
        case SinceColumn:
            return QLocale().toString(a.since.toLocalTime(), QLocale::ShortFormat);
        case DetailColumn:
            return a.condition.detail;
        }
    } else if (role == StatusRole && index.column() == SeverityColumn) {
        return client::ProbeCheck::statusName(a.condition.severity == Severity::Critical
                                                  ? client::ProbeCheck::Status::Fail
                                                  : client::ProbeCheck::Status::Warn);
    } else if (role == Qt::ToolTipRole && index.column() == DetailColumn) {
        return a.condition.detail;
    }
    return {};
}

QVariant AlertMonitor::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case InstanceColumn:
        return tr("Instance");
    case AlertColumn:
        return tr("Alert");
    case SinceColumn:
        return tr("Since");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

} // namespace lgsp::models
