#include "ui/common/formrows.h"

#include <QFormLayout>
#include <QWidget>

namespace lgsp::ui {

void clearFormRows(QFormLayout *form)
{
    while (form->rowCount() > 0) {
        const QFormLayout::TakeRowResult row = form->takeRow(0);
        if (row.labelItem) {
            delete row.labelItem->widget();
            delete row.labelItem;
        }
        delete row.fieldItem; // the layout item only; the field widget stays
    }
}

} // namespace lgsp::ui
