#pragma once

#include "client/fleet/fleet.h"
#include "models/common/roles.h"

#include <QStandardItemModel>

namespace lgsp::models {

// Every instance of the fleet with its last health checks as children: status (text and
// colour), detail, how long it took, when it was checked and when the next poll is due.
// Follows the fleet as instances are added, polled and removed.
class HealthChecksModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthChecksModel)

public:
    enum Column {
        CheckColumn,
        StatusColumn,
        DetailColumn,
        TookColumn,
        CheckedColumn,
        NextColumn,
        ColumnCount
    };
    static constexpr int InstanceIdRole = Qt::UserRole + 10;
    static constexpr int CheckIdRole = Qt::UserRole + 11;
    static constexpr int StatusRole = models::StatusRole; // "ok", "warn", "fail", "skipped"

    explicit HealthChecksModel(client::Fleet *fleet, QObject *parent = nullptr);

    // The row of an instance (column 0), or an invalid index.
    QModelIndex indexOf(const QUuid &instance) const;
    // The row of one check of an instance (column 0), or an invalid index.
    QModelIndex indexOf(const QUuid &instance, const QString &check) const;
    void retranslate();

private:
    void update(const QUuid &id);
    void remove(const QUuid &id);
    QList<QStandardItem *> checkRow(const client::ProbeCheck &check) const;

    client::Fleet *m_fleet;
};

} // namespace lgsp::models
