#pragma once

#include "protocol/service.h"

#include <QAbstractTableModel>
#include <QUuid>

namespace lgsp::models {

// The services of one or many instances, one row each: the catalog. Same roles as
// TenantModel: formatted DisplayRole, RawRole for sorting and filters, SearchKeyRole.
class ServiceModel final : public QAbstractTableModel
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

    struct Row
    {
        QUuid instance;
        QString instanceName;
        bool readOnly = false;
        protocol::Service service;
        QString searchKey;
    };

    explicit ServiceModel(QObject *parent = nullptr);

    void append(const QUuid &instance, const QString &instanceName, bool readOnly,
                const QList<protocol::Service> &services);
    bool update(const QUuid &instance, const protocol::Service &service);
    void clear();
    const Row *rowAt(int row) const;
    int rowOf(const QUuid &instance, const QString &id) const;

    static QString statusText(const QString &status);
    static QString visibilityText(const QString &visibility);
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
