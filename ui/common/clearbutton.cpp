#include "ui/common/clearbutton.h"

#include <QAction>
#include <QLineEdit>
#include <QToolButton>

namespace lgsp::ui {

void ClearButton::name(QLineEdit *edit)
{
    const QString text = tr("Clear the text");
    // Qt's name for the action behind the button (QLineEditPrivate::clearButtonAction).
    if (auto *action = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
        action->setText(text);
        action->setToolTip(text);
    }
    for (QToolButton *button : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        button->setAccessibleName(text);
        button->setToolTip(text);
    }
}

} // namespace lgsp::ui
