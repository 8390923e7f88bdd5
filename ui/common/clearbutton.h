#pragma once

#include <QCoreApplication>

class QLineEdit;

namespace lgsp::ui {

// The (×) button of a line edit with setClearButtonEnabled(true) has no name of its own:
// names it (and its action, which gives it its tooltip) in the interface language. Call
// after enabling the button, and again when the language changes.
class ClearButton
{
    Q_DECLARE_TR_FUNCTIONS(ClearButton)

public:
    static void name(QLineEdit *edit);
};

} // namespace lgsp::ui
