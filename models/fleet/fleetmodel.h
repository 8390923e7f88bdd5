#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QTimer>
#include <QUuid>

namespace lgsp::client {
class Fleet;
}

namespace lgsp::models {

// The fleet overview as a tree: one row per profile group, one child row per instance, with
// what the last poll found. Raw values under RawRole (for sorting), formatted text under
// DisplayRole, the row's state under StatusRole ("ok", "warn", "fail", "stale",
// "checking", "waiting": never polled yet, and not being polled now). A row whose data is older than twice its poll interval turns "stale": an
// empty or silent fleet never looks healthy.
class FleetModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetModel)

public:
    enum Column {
        NameColumn, // first: the tree's group indentation belongs to the name
        StatusColumn,
        GroupColumn,
        VersionColumn,
        LatencyColumn,
        CertificateColumn,
        ClockColumn,
        NdxpColumn,
        TenantsColumn,
        ServicesColumn,
        TrafficColumn,
        ErrorRateColumn,
        UpdatedColumn,
        ColumnCount
    };
    // On TrafficColumn: the calls of the last minutes (QList<qint64>) for a sparkline.
    static constexpr int SparklineRole = Qt::UserRole + 100;

    explicit FleetModel(client::Fleet *fleet, QObject *parent = nullptr);

    QUuid instanceAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QUuid &id, int column = 0) const;
    // Re-reads the translated texts (group names, headers, states).
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString name; // as typed in the profiles; empty: no group
        QList<QUuid> instances;
    };
    void rebuild();
    QString statusOf(const QUuid &id) const;
    QVariant instanceData(const QUuid &id, int column, int role) const;
    QVariant groupData(const Group &group, int column, int role) const;

    client::Fleet *m_fleet;
    QList<Group> m_groups;
    QTimer m_ageTimer; // refreshes "updated N s ago" and the stale state
};

} // namespace lgsp::models
