#include "ui/common/placeholderpage.h"

#include <QEvent>
#include <QVBoxLayout>

namespace lgsp::ui {

PlaceholderPage::PlaceholderPage(const QString &iconPath, QWidget *parent)
    : QWidget(parent)
    , m_empty(new EmptyState(this))
{
    m_empty->setIcon(iconPath);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    connect(m_empty, &EmptyState::actionTriggered, this, &PlaceholderPage::demoRequested);
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lgsp::ui
