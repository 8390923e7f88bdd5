#pragma once

#include "ui/common/placeholderpage.h"

namespace lgsp::ui {

// Offline configuration bundles. Filled by the configuration editor feature.
class ConfigPage final : public PlaceholderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigPage)

public:
    explicit ConfigPage(QWidget *parent = nullptr);

protected:
    void retranslate() override;
};

} // namespace lgsp::ui
