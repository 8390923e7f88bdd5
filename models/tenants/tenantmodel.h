#pragma once

#include "models/common/instancerowsmodel.h"
#include "protocol/tenant.h"

#include <QHash>

#include <optional>

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
        RegistrationColumn, // on the instance's X-Road security server
        CreatedColumn,
        ColumnCount
    };

    explicit TenantModel(QObject *parent = nullptr);

    static QString kindText(const QString &kind);
    static QString statusText(const QString &status);
    static QString actionText(const QString &action);
    // Whether a tenant's NDXP member is on its instance's security server (RawRole of
    // RegistrationColumn): registered, pending (saved, registration in progress), leaving
    // (deletion in progress), disabled, global-error (missing from the global configuration),
    // subsystem-missing (its member is there, the subsystem is not), missing, no-member (the
    // tenant has no NDXP member id); empty when the instance has no security server or its
    // clients could not be read.
    static QStringList registrations();
    static QString registrationText(const QString &registration);

    // The members and subsystems on an instance's security server (client id → X-Road
    // status), from its last health check; unset: not known.
    void setNdxpClients(const QUuid &instance,
                        const std::optional<QHash<QString, QString>> &clients);
    bool hasNdxpClients() const { return !m_ndxpClients.isEmpty(); }
    QString registrationOf(const QUuid &instance, const protocol::Tenant &tenant) const;
    // A sentence for the tenant's registration (the cell's tooltip and the details pane).
    QString registrationDetail(const QUuid &instance, const protocol::Tenant &tenant) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const protocol::Tenant &tenant) const override { return tenant.code; }
    QString searchKeyOf(const QString &instanceName, const protocol::Tenant &tenant) const override;

private:
    QHash<QUuid, QHash<QString, QString>> m_ndxpClients;
};

} // namespace lgsp::models
