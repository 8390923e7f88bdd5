#pragma once

#include "protocol/tenant.h"

#include <QAbstractTableModel>
#include <QUuid>

namespace lgsp::models {

// The tenants of one or many instances, one row each. DisplayRole is formatted and
// translated; RawRole holds the value to sort and filter on (enum names, numbers, dates);
// SearchKeyRole on column 0 the folded names, code, NDXP member id, contact and instance.
class TenantModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantModel)

public:
    enum Column {
        NameColumn,
        CodeColumn,
        KindColumn,
        StatusColumn,
        InstanceColumn,
        ServicesColumn,
        ConsumersColumn,
        NdxpColumn,
        CreatedColumn,
        ColumnCount
    };

    struct Row
    {
        QUuid instance;
        QString instanceName;
        bool readOnly = false; // the profile forbids changes
        protocol::Tenant tenant;
        QString searchKey;
    };

    explicit TenantModel(QObject *parent = nullptr);

    // Appends a page of an instance's tenants (progressive loading).
    void append(const QUuid &instance, const QString &instanceName, bool readOnly,
                const QList<protocol::Tenant> &tenants);
    // Replaces one tenant after an action or an edit; false if it is not listed.
    bool update(const QUuid &instance, const protocol::Tenant &tenant);
    void removeInstance(const QUuid &instance);
    void clear();
    const Row *rowAt(int row) const;
    int rowOf(const QUuid &instance, const QString &code) const;

    static QString kindText(const QString &kind);
    static QString statusText(const QString &status);
    static QString actionText(const QString &action);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace lgsp::models
