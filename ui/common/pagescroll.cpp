#include "ui/common/pagescroll.h"

#include <QScrollBar>

namespace lgsp::ui {

PageScroll::PageScroll(QWidget *page, QWidget *parent)
    : QScrollArea(parent)
{
    setWidget(page);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QSize PageScroll::sizeHint() const
{
    const QSize page = widget()->sizeHint();
    const int height = widget()->hasHeightForWidth()
                           ? std::max(page.height(), widget()->heightForWidth(page.width()))
                           : page.height();
    return QSize(page.width() + verticalScrollBar()->sizeHint().width(), height);
}

} // namespace lgsp::ui
