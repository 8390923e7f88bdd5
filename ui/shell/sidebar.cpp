#include "ui/shell/sidebar.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace lgsp::ui {

namespace {
constexpr int kPageRole = Qt::UserRole + 1;

const char kSidebarStyle[] = R"(
lgsp--ui--Sidebar { background: #0f172a; }
QLabel#sidebarTitle { color: #f8fafc; font-weight: 600; padding: 14px 16px 10px 16px; }
QListWidget { background: transparent; border: none; color: #cbd5e1; outline: none; }
QListWidget::item { padding: 9px 12px; margin: 1px 8px; border-radius: 6px; }
QListWidget::item:hover { background: #1e293b; color: #f8fafc; }
QListWidget::item:selected { background: #1d4ed8; color: #ffffff; }
)";
} // namespace

Sidebar::Sidebar(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setAttribute(Qt::WA_StyledBackground, true);
    setStyleSheet(QString::fromLatin1(kSidebarStyle));
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
