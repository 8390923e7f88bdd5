#pragma once

#include "ui/common/placeholderpage.h"

namespace lgsp::ui {

// The service catalog across the connected instances. Filled by the catalog feature.
class CatalogPage final : public PlaceholderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPage)

public:
    explicit CatalogPage(QWidget *parent = nullptr);

protected:
    void retranslate() override;
};

} // namespace lgsp::ui
