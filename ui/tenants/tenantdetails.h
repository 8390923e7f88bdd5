#pragma once

#include "protocol/tenant.h"

#include <QUuid>
#include <QWidget>

#include <functional>

class QFormLayout;
class QHBoxLayout;
class QLabel;

namespace lgsp::client {
class Fleet;
}

namespace lgsp::ui {

// The details of the selected tenant: every field, the services it provides, today's
// transactions, and the actions the server allows this credential (never on a read-only
// profile). Each action asks for confirmation naming the tenant and the consequence.
class TenantDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantDetails)

public:
    // Asks the person; returns true to go on. Replaceable so GUI tests can answer.
    using Confirm = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    explicit TenantDetails(client::Fleet *fleet, QWidget *parent = nullptr);

    void showTenant(const QUuid &instance, const QString &instanceName, bool readOnly,
                    const protocol::Tenant &tenant);
    void clear();
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // The action buttons on show, by action name (for tests and accessibility checks).
    QStringList visibleActions() const;
    void trigger(const QString &action);
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // The server answered an action with the tenant's new state.
    void tenantChanged(const QUuid &instance, const lgsp::protocol::Tenant &tenant);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildActions();
    void loadExtras();
    QString consequenceOf(const QString &action) const;

    client::Fleet *m_fleet;
    QLabel *m_title;
    QLabel *m_subtitle;
    QWidget *m_fields;
    QFormLayout *m_form;
    QLabel *m_code;
    QLabel *m_ndxp;
    QLabel *m_kind;
    QLabel *m_status;
    QLabel *m_contact;
    QLabel *m_instance;
    QLabel *m_counts;
    QLabel *m_today;
    QLabel *m_provides;
    QLabel *m_busy;
    QHBoxLayout *m_actions;
    QUuid m_instanceId;
    QString m_instanceName;
    bool m_readOnly = false;
    protocol::Tenant m_tenant;
    quint64 m_generation = 0;
    QString m_lastError;
    Confirm m_confirm;
};

} // namespace lgsp::ui
