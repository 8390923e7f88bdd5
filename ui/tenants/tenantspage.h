#pragma once

#include "ui/common/placeholderpage.h"

namespace lgsp::ui {

// The tenants (agencies) of the connected instances. Filled by the tenant list feature.
class TenantsPage final : public PlaceholderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantsPage)

public:
    explicit TenantsPage(QWidget *parent = nullptr);

protected:
    void retranslate() override;
};

} // namespace lgsp::ui
