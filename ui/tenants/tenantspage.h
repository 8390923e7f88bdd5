#pragma once

#include "ui/common/listpagebase.h"

namespace lgsp::models {
class TenantLoader;
class TenantModel;
} // namespace lgsp::models

namespace lgsp::ui {

class TenantDetails;

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

protected:
    void showRow(int sourceRow) override;
    QString countText(int rows) const override;
    void retranslate() override;

private:
    models::TenantModel *m_model;
    models::TenantLoader *m_tenantLoader;
    TenantDetails *m_details;
    QComboBox *m_status;
    QComboBox *m_kind;
};

} // namespace lgsp::ui
