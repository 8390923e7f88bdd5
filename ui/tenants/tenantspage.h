#pragma once

#include "ui/common/listpagebase.h"
#include "ui/tenants/tenantimportdialog.h"

#include <QUuid>

namespace lgsp::protocol {
struct Tenant;
} // namespace lgsp::protocol

namespace lgsp::models {
class TenantLoader;
class TenantModel;
} // namespace lgsp::models

namespace lgsp::ui {

class TenantDetails;
class TenantForm;
class TenantImportDialog;

// The tenants (agencies) of every connected instance in one table: search without
// diacritics, status and kind filters, Vietnamese sorting, a details pane with the actions
// the server allows. Loads page by page when shown.
class TenantsPage final : public ListPageBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantsPage)

public:
    explicit TenantsPage(client::Fleet *fleet, QWidget *parent = nullptr);

    TenantDetails *details() const { return m_details; }
    models::TenantModel *model() const { return m_model; }
    // Opens the form for a new tenant (on an instance whose server allows it) or to edit
    // one; returns it so tests can fill it in. Null when no instance allows creating.
    TenantForm *openNewTenantForm();
    TenantForm *openEditForm(const QUuid &instance, const QString &instanceName,
                             const QString &code);
    // Tenants from a CSV file, on an instance whose server lets tenants be changed; null
    // when none does.
    TenantImportDialog *openImportDialog();
    // The instances whose tenants may be changed, the one shown on the page first.
    QList<TenantImportDialog::Target> importTargets() const;

protected:
    void showRow(int sourceRow) override;
    QString countText(int shown, int total) const override;
    std::optional<qint64> countOnServer(const QUuid &instance) const override;
    void retranslate() override;

private:
    models::TenantModel *m_model;
    models::TenantLoader *m_tenantLoader;
    TenantDetails *m_details;
    QComboBox *m_status;
    QComboBox *m_kind;
    QComboBox *m_registration;
    QPushButton *m_new;
    QPushButton *m_import;

    void updateNewButton();
    // The members on each instance's security server, from its last health check; the
    // registration column and filter only while some instance has one.
    void updateRegistrations(const QUuid &instance);
    void showSaved(const QUuid &instance, const protocol::Tenant &tenant, bool created);
};

} // namespace lgsp::ui
