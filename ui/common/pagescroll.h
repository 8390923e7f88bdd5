#pragma once

#include <QScrollArea>

namespace lgsp::ui {

// A tab's page that scrolls when the dialog is made too small for it, instead of letting its
// word-wrapped notes overlap the fields; it asks for the room its page wants.
class PageScroll final : public QScrollArea
{
public:
    PageScroll(QWidget *page, QWidget *parent);

    QSize sizeHint() const override;
};

} // namespace lgsp::ui
