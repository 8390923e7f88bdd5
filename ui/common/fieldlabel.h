#pragma once

#include <QLabel>

namespace lgsp::ui {

// A visible label linked to its field as its buddy, beside it in the same parent: screen
// readers name the field by it ("Status:" + "All statuses"; on Linux a combo box's own name
// is its current value), and a mnemonic in the text moves the focus to the field.
inline QLabel *makeFieldLabel(QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    return label;
}

} // namespace lgsp::ui
