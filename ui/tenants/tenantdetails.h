#pragma once

#include "client/backend/queries.h"
#include "protocol/tenant.h"
#include "ui/common/detailspane.h"

#include <QUuid>

namespace lgsp::models {
class TenantModel;
} // namespace lgsp::models

namespace lgsp::client {
class Connection;
class Fleet;
} // namespace lgsp::client

namespace lgsp::ui {

// The details of the selected tenant: every field, the services it provides, today's
// transactions, and the actions the server allows this credential (never on a read-only
// profile). Each action asks for confirmation naming the tenant and the consequence.
class TenantDetails final : public DetailsPane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantDetails)

public:
    explicit TenantDetails(client::Fleet *fleet, QWidget *parent = nullptr);

    void showTenant(const QUuid &instance, const QString &instanceName, bool readOnly,
                    const protocol::Tenant &tenant);
    void clear();
    // Where the tenant's NDXP member stands on its instance's security server is asked of
    // `model` (the page's), and said again after the model learns it anew.
    void setRegistrationSource(const models::TenantModel *model) { m_registrations = model; }
    void updateRegistration();
    void trigger(const QString &action) override;
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // The server answered an action with the tenant's new state.
    void tenantChanged(const QUuid &instance, const lgsp::protocol::Tenant &tenant);
    // The person asked to edit the tenant shown (the page opens the form).
    void editRequested(const QUuid &instance, const QString &instanceName, const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildActions();
    void loadExtras();
    // Up to eight services of `query` into `label`, with how many more there are.
    void listServices(client::Connection *connection, client::ServiceQuery query, QLabel *label,
                      quint64 generation);
    QString consequenceOf(const QString &action) const;

    client::Fleet *m_fleet;
    const models::TenantModel *m_registrations = nullptr;
    QLabel *m_code;
    QLabel *m_ndxp;
    QLabel *m_kind;
    QLabel *m_status;
    QLabel *m_contact;
    QLabel *m_instance;
    QLabel *m_counts;
    QLabel *m_today;
    QLabel *m_provides;
    QLabel *m_consumes;
    QUuid m_instanceId;
    QString m_instanceName;
    bool m_readOnly = false;
    protocol::Tenant m_tenant;
    quint64 m_generation = 0;
    QString m_lastError;
};

} // namespace lgsp::ui
