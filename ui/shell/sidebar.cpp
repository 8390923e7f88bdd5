#include "ui/shell/sidebar.h"

#include "ui/theme/theme.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace lgsp::ui {

namespace {
constexpr int kPageRole = Qt::UserRole + 1;
} // namespace

Sidebar::Sidebar(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setAttribute(Qt::WA_StyledBackground, true);
    applyColours();
    connect(Theme::instance(), &Theme::changed, this, &Sidebar::applyColours);
    m_title->setObjectName(QStringLiteral("sidebarTitle"));
    m_list->setIconSize(QSize(20, 20));
    m_list->setFocusPolicy(Qt::StrongFocus);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (Page page : kSidebarPages) {
        auto *item = new QListWidgetItem(QIcon(pageIconPath(page)), QString(), m_list);
        item->setData(kPageRole, int(page));
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    setMinimumWidth(200);
    setMaximumWidth(216); // the list's default size hint (256) took room the tables need

    // Selection, not the current item: focusing the list makes its first row current
    // without selecting it, and that must not switch the page.
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem *> selected = m_list->selectedItems();
        if (!selected.isEmpty())
            Q_EMIT pageSelected(Page(selected.first()->data(kPageRole).toInt()));
    });
    retranslate();
}

void Sidebar::applyColours()
{
    // The sidebar stays dark in every scheme, as the column the eye finds first; in high
    // contrast it is black with a cyan selection like the rest.
    const Theme *theme = Theme::instance();
    using C = Theme::Colour;
    const QString selectedText = theme->color(C::SidebarSelectedText).name();
    setStyleSheet(
        QStringLiteral(
            "lgsp--ui--Sidebar { background: %1; }"
            "QLabel#sidebarTitle { color: %2; font-weight: 600; padding: 14px 16px 10px 16px; }"
            "QListWidget { background: transparent; border: none; color: %2; outline: none; }"
            "QListWidget::item { padding: 9px 12px; margin: 1px 8px; border-radius: 6px; }"
            "QListWidget::item:hover { background: %3; }"
            "QListWidget::item:selected { background: %4; color: %5; }"
            "QListWidget:focus { border: 1px solid %2; }")
            .arg(theme->color(C::SidebarBackground).name(), theme->color(C::SidebarText).name(),
                 theme->color(C::SidebarHover).name(), theme->color(C::SidebarSelected).name(),
                 selectedText));
}

void Sidebar::setCurrentPage(Page page)
{
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    for (int row = 0; row < m_list->count(); ++row) {
        if (Page(m_list->item(row)->data(kPageRole).toInt()) == page)
            m_list->setCurrentRow(row, QItemSelectionModel::ClearAndSelect);
    }
}

QStringList Sidebar::entryTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_list->count(); ++row)
        texts.append(m_list->item(row)->text());
    return texts;
}

void Sidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void Sidebar::retranslate()
{
    m_title->setText(tr("LGSP Console"));
    m_list->setAccessibleName(tr("Pages"));
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const Page page = Page(item->data(kPageRole).toInt());
        item->setText(pageTitle(page));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(pageTitle(page)).arg(row + 1));
    }
}

} // namespace lgsp::ui
