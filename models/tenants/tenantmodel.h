#pragma once

#include "models/common/instancerowsmodel.h"
#include "protocol/tenant.h"

namespace lgsp::models {

// The tenants of one or many instances, one row each. DisplayRole is formatted and
// translated; RawRole holds the value to sort and filter on (enum names, numbers, dates);
// SearchKeyRole on column 0 the folded names, code, NDXP member id, contact and instance.
class TenantModel final : public InstanceRowsModel<protocol::Tenant>
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

    explicit TenantModel(QObject *parent = nullptr);

    static QString kindText(const QString &kind);
    static QString statusText(const QString &status);
    static QString actionText(const QString &action);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const protocol::Tenant &tenant) const override { return tenant.code; }
    QString searchKeyOf(const QString &instanceName, const protocol::Tenant &tenant) const override;
};

} // namespace lgsp::models
