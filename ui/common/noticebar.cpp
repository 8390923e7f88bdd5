#include "ui/common/noticebar.h"

#include "ui/theme/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace lgsp::ui {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_primary(new QPushButton(this))
    , m_secondary(new QPushButton(this))
    , m_close(new QPushButton(QStringLiteral("✕"), this))
{
    setObjectName(QStringLiteral("noticeBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_primary);
    layout->addWidget(m_secondary);
    m_close->setFlat(true);
    m_close->setFixedWidth(28);
    layout->addWidget(m_close);
    retranslate();
    connect(m_primary, &QPushButton::clicked, this, &NoticeBar::primaryClicked);
    connect(m_secondary, &QPushButton::clicked, this, &NoticeBar::secondaryClicked);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    connect(Theme::instance(), &Theme::changed, this, &NoticeBar::applyColours);
    hide();
}

void NoticeBar::showNotice(Kind kind, const QString &text, const QString &primary,
                           const QString &secondary)
{
    m_kind = kind;
    applyColours();
    m_text->setText(text);
    m_primary->setText(primary);
    m_primary->setVisible(!primary.isEmpty());
    m_secondary->setText(secondary);
    m_secondary->setVisible(!secondary.isEmpty());
    // A question needs an answer: only plain notices can be dismissed.
    m_close->setVisible(primary.isEmpty());
    show();
}

void NoticeBar::applyColours()
{
    const Theme *theme = Theme::instance();
    using C = Theme::Colour;
    const QColor background = theme->color(m_kind == Kind::Error     ? C::ErrorBackground
                                           : m_kind == Kind::Warning ? C::WarningBackground
                                                                     : C::InfoBackground);
    const QColor border = theme->color(m_kind == Kind::Error     ? C::ErrorBorder
                                       : m_kind == Kind::Warning ? C::WarningBorder
                                                                 : C::InfoBorder);
    setStyleSheet(QStringLiteral("#noticeBar { background: %1; border: 1px solid %2; "
                                 "border-radius: 4px; } #noticeBar QLabel { color: %3; }")
                      .arg(background.name(), border.name(), theme->color(C::NoticeText).name()));
}

void NoticeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void NoticeBar::retranslate()
{
    m_close->setAccessibleName(tr("Dismiss"));
    m_close->setToolTip(tr("Dismiss"));
    setAccessibleName(tr("Notice"));
}

QString NoticeBar::text() const
{
    return m_text->text();
}

} // namespace lgsp::ui
