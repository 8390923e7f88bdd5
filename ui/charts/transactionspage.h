#pragma once

#include "ui/common/placeholderpage.h"

namespace lgsp::ui {

// Live transaction charts. Filled by the charts feature.
class TransactionsPage final : public PlaceholderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionsPage)

public:
    explicit TransactionsPage(QWidget *parent = nullptr);

protected:
    void retranslate() override;
};

} // namespace lgsp::ui
