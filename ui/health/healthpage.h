#pragma once

#include "ui/common/placeholderpage.h"

namespace lgsp::ui {

// Connection health of every instance. Filled by the health feature.
class HealthPage final : public PlaceholderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthPage)

public:
    explicit HealthPage(QWidget *parent = nullptr);

protected:
    void retranslate() override;
};

} // namespace lgsp::ui
