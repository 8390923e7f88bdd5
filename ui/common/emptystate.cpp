#include "ui/common/emptystate.h"
#include "ui/theme/theme.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lgsp::ui {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    m_icon->setAlignment(Qt::AlignCenter);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    Theme::setTone(m_text, Theme::Tone::Muted);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &EmptyState::actionTriggered);

    // A column of readable width, centred by stretches rather than by alignment flags, so
    // the word-wrapped labels get the height they need for that width.
    auto *column = new QVBoxLayout;
    column->addWidget(m_icon);
    column->addSpacing(8);
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addSpacing(12);
    column->addWidget(m_action, 0, Qt::AlignHCenter);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column, 3);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyState::setIcon(const QString &resourcePath)
{
    m_icon->setPixmap(QIcon(resourcePath).pixmap(QSize(72, 72)));
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
}

void EmptyState::setActionText(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

} // namespace lgsp::ui
