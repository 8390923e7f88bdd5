#include "ui/common/messages.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>

namespace lgsp::ui::messages {

namespace {

// The translation context of these texts.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Messages)
};

} // namespace

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &action)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(action, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(Messages::tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void warn(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.addButton(Messages::tr("OK"), QMessageBox::AcceptRole);
    box.exec();
}

SaveChoice askToSave(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton *save = box.addButton(Messages::tr("Save"), QMessageBox::AcceptRole);
    QPushButton *discard =
        box.addButton(Messages::tr("Discard changes"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(Messages::tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(save);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == save)
        return SaveChoice::Save;
    if (box.clickedButton() == discard)
        return SaveChoice::Discard;
    return SaveChoice::Cancel;
}

QPushButton *addCloseButton(QDialogButtonBox *box)
{
    QPushButton *button = box->addButton(Messages::tr("Close"), QDialogButtonBox::RejectRole);
    return button;
}

void retranslateClose(QPushButton *button)
{
    button->setText(Messages::tr("Close"));
}

} // namespace lgsp::ui::messages
