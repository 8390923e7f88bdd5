#pragma once

#include <QString>

class QDialogButtonBox;
class QPushButton;
class QWidget;

namespace lgsp::ui {

// Message boxes and dialog buttons with the console's own texts. Qt ships no Vietnamese
// translation of its standard buttons (OK, Cancel, Yes, Close stay English), and a button
// box puts its own text back on a standard button at every language change.
namespace messages {

// Asks before doing something; `action` labels the button that goes ahead (Cancel is the
// default). Returns true to go on.
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &action);
void warn(QWidget *parent, const QString &title, const QString &text);
// Unsaved changes: save them, discard them, or do not go on (the default on Escape).
enum class SaveChoice { Save, Discard, Cancel };
SaveChoice askToSave(QWidget *parent, const QString &title, const QString &text);
// A Close button (reject role) in `box`; call retranslateClose() on a language change.
QPushButton *addCloseButton(QDialogButtonBox *box);
void retranslateClose(QPushButton *button);

} // namespace messages

} // namespace lgsp::ui
