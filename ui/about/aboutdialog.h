#pragma once

#include <QDialog>

namespace lgsp::ui {

// Version, Qt versions (built with and running on) and the licences of what we ship.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The dialog's text, for tests.
    static QString aboutText();
};

} // namespace lgsp::ui
