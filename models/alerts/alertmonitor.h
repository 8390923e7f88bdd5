#pragma once

#include "models/alerts/alertrules.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace lgsp::models {

// The alerts that hold now, one row each (worst first): evaluated after every poll of every
// instance, raised when a condition starts and cleared when it ends. A condition that persists
// is not raised again, so notifications never repeat while a state lasts.
class AlertMonitor final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertMonitor)

public:
    struct Alert
    {
        QUuid instance;
        QString instanceName;
        AlertCondition condition;
        QDateTime since;
    };
    enum Column {
        SeverityColumn,
        InstanceColumn,
        AlertColumn,
        SinceColumn,
        DetailColumn,
        ColumnCount
    };
    enum class Level { None, Warning, Critical };

    explicit AlertMonitor(client::Fleet *fleet, QObject *parent = nullptr);

    void setThresholds(const AlertThresholds &thresholds);
    AlertThresholds thresholds() const { return m_thresholds; }
    const QList<Alert> &alerts() const { return m_alerts; }
    Level worst() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void raised(const lgsp::models::AlertMonitor::Alert &alert);
    void cleared(const lgsp::models::AlertMonitor::Alert &alert);
    void worstChanged(lgsp::models::AlertMonitor::Level level);

private:
    void evaluate(const QUuid &id);
    void forget(const QUuid &id);

    client::Fleet *m_fleet;
    AlertThresholds m_thresholds;
    QList<Alert> m_alerts;
    Level m_worst = Level::None;
};

} // namespace lgsp::models

Q_DECLARE_METATYPE(lgsp::models::AlertMonitor::Alert)
