#pragma once

#include "models/common/instancerowsmodel.h"
#include "protocol/service.h"

namespace lgsp::models {

// The services of one or many instances, one row each: the catalog. Same roles as
// TenantModel: formatted DisplayRole, RawRole for sorting and filters, SearchKeyRole.
class ServiceModel final : public InstanceRowsModel<protocol::Service>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceModel)

public:
    enum Column {
        NameColumn,
        CodeColumn,
        ProviderColumn,
        InstanceColumn,
        ProtocolColumn,
        StatusColumn,
        VisibilityColumn,
        VersionColumn,
        ConsumersColumn,
        UpdatedColumn,
        ColumnCount
    };

    explicit ServiceModel(QObject *parent = nullptr);

    static QString statusText(const QString &status);
    static QString visibilityText(const QString &visibility);
    static QString actionText(const QString &action);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const protocol::Service &service) const override { return service.id; }
    QString searchKeyOf(const QString &instanceName,
                        const protocol::Service &service) const override;
};

} // namespace lgsp::models
