#include "ui/common/detailspane.h"

#include "ui/common/messages.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace lgsp::ui {

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_busy(new QLabel(this))
    , m_actions(new QHBoxLayout)
    , m_fields(new QWidget(this))
    , m_form(new QFormLayout(m_fields))
    , m_body(new QVBoxLayout(this))
    , m_confirm([](QWidget *p, const QString &title, const QString &text) {
        // The button says what happens: the action's own name (Suspend, Deprecate…).
        return messages::confirm(p, title, text, title);
    })
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle->setWordWrap(true);
    m_subtitle->setEnabled(false);
    m_busy->setWordWrap(true);
    m_form->setContentsMargins(0, 0, 0, 0);
    // Values take the whole width, so a long one wraps within the pane and its row grows.
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_body->addWidget(m_title);
    m_body->addWidget(m_subtitle);
    m_body->addLayout(m_actions);
    m_body->addWidget(m_busy);
    m_body->addWidget(m_fields);
    m_fields->installEventFilter(this);
}

bool DetailsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_fields && event->type() == QEvent::LayoutRequest && !m_fitPending) {
        m_fitPending = true;
        QTimer::singleShot(0, this, &DetailsPane::fitWrappedRows);
    }
    return QWidget::eventFilter(watched, event);
}

void DetailsPane::fitWrappedRows()
{
    m_fitPending = false;
    const QList<QLabel *> labels = m_fields->findChildren<QLabel *>();
    const bool cut = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
        return l->isVisible() && l->wordWrap() && l->height() < l->heightForWidth(l->width());
    });
    if (!cut)
        return;
    m_form->invalidate();
    m_form->activate();
}

QLabel *DetailsPane::valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

void DetailsPane::setHeading(const QString &title, const QString &subtitle)
{
    m_title->setText(title);
    m_subtitle->setText(subtitle);
}

void DetailsPane::setBusy(const QString &text)
{
    m_busy->setText(text);
}

QStringList DetailsPane::visibleActions() const
{
    QStringList actions;
    for (int i = 0; i < m_actions->count(); ++i) {
        if (auto *button = qobject_cast<QPushButton *>(m_actions->itemAt(i)->widget()))
            actions << button->property("action").toString();
    }
    return actions;
}

void DetailsPane::setActions(const QStringList &actions,
                             const std::function<QString(const QString &)> &text,
                             const QString &subject)
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &action : actions) {
        if (action == QLatin1String("edit") && !m_editable)
            continue;
        auto *button = new QPushButton(text(action), this);
        button->setProperty("action", action);
        button->setAccessibleName(tr("%1 %2").arg(text(action), subject));
        connect(button, &QPushButton::clicked, this, [this, action] { trigger(action); });
        m_actions->addWidget(button);
    }
    m_actions->addStretch(1);
}

void DetailsPane::setActionsEnabled(bool enabled)
{
    for (int i = 0; i < m_actions->count(); ++i) {
        if (QWidget *w = m_actions->itemAt(i)->widget())
            w->setEnabled(enabled);
    }
}

} // namespace lgsp::ui
