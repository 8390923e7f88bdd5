#include "ui/palette/commandpalette.h"

#include <QAccessible>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QScreen>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

namespace lgsp::ui {

namespace {

constexpr int kVisibleRows = 12;

// The command on the left, its detail (kind, code, instance, shortcut) on the right in a
// quieter colour; the detail gives way when the row is narrow.
class ResultDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString detail = index.data(PaletteResultsModel::DetailRole).toString();
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QRect area = opt.rect.adjusted(8, 0, -8, 0);
        const QFontMetrics metrics(opt.font);
        // A few pixels more than measured: elidedText() measures with shaping and would
        // otherwise cut a detail that fits.
        const int detailWidth = std::min(metrics.horizontalAdvance(detail) + 4, area.width() / 2);
        const QString text = index.data(Qt::DisplayRole).toString();
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(
            area.adjusted(0, 0, -detailWidth - 12, 0), Qt::AlignVCenter | Qt::AlignLeft,
            metrics.elidedText(text, Qt::ElideRight, area.width() - detailWidth - 12));
        QColor quiet = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        quiet.setAlphaF(0.65f);
        painter->setPen(quiet);
        painter->drawText(area, Qt::AlignVCenter | Qt::AlignRight,
                          metrics.elidedText(detail, Qt::ElideMiddle, detailWidth));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
        return size;
    }
};

} // namespace

void PaletteResultsModel::setResults(const QList<PaletteResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

const PaletteResult *PaletteResultsModel::resultAt(int row) const
{
    return row >= 0 && row < m_results.size() ? &m_results.at(row) : nullptr;
}

int PaletteResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant PaletteResultsModel::data(const QModelIndex &index, int role) const
{
    const PaletteResult *result = resultAt(index.row());
    if (!result)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return result->text;
    case Qt::ToolTipRole:
    case DetailRole:
        return result->detail;
    case Qt::AccessibleTextRole:
        return result->detail.isEmpty() ? result->text
                                        : result->text + QStringLiteral(", ") + result->detail;
    case IdRole:
        return result->id;
    default:
        return {};
    }
}

CommandPalette::CommandPalette(PaletteSearch *search, QWidget *window)
    : QFrame(window)
    , m_search(search)
    , m_input(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_count(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_results(new PaletteResultsModel(this))
    , m_refreshTimer(new QTimer(this))
{
    // A child of the window, drawn over its pages, rather than a popup window of its own:
    // Qt leaves popup windows out of the accessibility tree (screen readers could not find
    // it) and a popup grabs the keyboard.
    setObjectName(QStringLiteral("commandPalette"));
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    setAutoFillBackground(true);
    hide();
    window->installEventFilter(this); // follows the window's size
    // Closes when the focus goes elsewhere (a click on the page, Tab out of the window's
    // widgets), as a popup would.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (isVisible() && now && now != this && !isAncestorOf(now))
            hide();
    });
    m_input->setClearButtonEnabled(true);
    m_list->setModel(m_results);
    m_list->setItemDelegate(new ResultDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // the keys stay in the box; arrows move the choice
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_hint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(m_input);
    layout->addWidget(m_list, 1);
    layout->addLayout(footer);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, &CommandPalette::refresh);
    connect(m_input, &QLineEdit::textChanged, this, &CommandPalette::search);
    m_input->installEventFilter(this);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_list->setCurrentIndex(index);
        runCurrent();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CommandPalette::announceCurrent);
    retranslate();
}

void CommandPalette::popUp()
{
    m_search->invalidate(); // recent use and the sources may have changed since
    m_input->clear();
    search();
    place();
    show();
    raise();
    m_input->setFocus(Qt::ShortcutFocusReason);
}

void CommandPalette::place()
{
    // Over the top of the window, three fifths of its width; as tall as its results, up to a
    // dozen.
    const QRect area = parentWidget()->rect();
    const int width = std::clamp(area.width() * 3 / 5, std::min(560, area.width() - 40), 1000);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 10);
    const int rows = std::clamp(m_results->rowCount(), 1, kVisibleRows);
    m_list->setFixedHeight(rowHeight * rows + 2 * m_list->frameWidth());
    const int height = std::min(area.height() - 80, sizeHint().height());
    setGeometry((area.width() - width) / 2, 48, width, height);
}

void CommandPalette::search()
{
    m_refreshTimer->stop();
    m_results->setResults(m_search->search(m_input->text()));
    if (m_results->rowCount() > 0)
        m_list->setCurrentIndex(m_results->index(0));
    const int count = m_results->rowCount();
    if (count == 0)
        m_count->setText(tr("No command matches “%1”.").arg(m_input->text().trimmed()));
    else if (m_input->text().trimmed().isEmpty())
        m_count->setText(tr("Recent and common commands"));
    else
        m_count->setText(tr("%n command(s) found", nullptr, count));
    if (isVisible())
        place();
    // What a screen reader says after each keystroke: how many, then the first.
    m_input->setAccessibleDescription(m_count->text());
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (isVisible() && QAccessible::isActive()) {
        QAccessibleAnnouncementEvent announcement(m_input, m_count->text());
        QAccessible::updateAccessibility(&announcement);
    }
#endif
}

void CommandPalette::refresh()
{
    const QString current = m_list->currentIndex().data(PaletteResultsModel::IdRole).toString();
    const int row = m_list->currentIndex().row();
    m_search->invalidate();
    search();
    // The choice stays on the same command when it is still found.
    for (int r = 0; r < m_results->rowCount() && r <= std::max(row, 0) + 50; ++r) {
        if (!current.isEmpty() &&
            m_results->index(r).data(PaletteResultsModel::IdRole) == current) {
            m_list->setCurrentIndex(m_results->index(r));
            break;
        }
    }
}

void CommandPalette::refreshSoon()
{
    if (isVisible() && !m_refreshTimer->isActive())
        m_refreshTimer->start();
}

QString CommandPalette::countLine() const
{
    return m_count->text();
}

void CommandPalette::moveCurrent(int delta)
{
    const int count = m_results->rowCount();
    if (count == 0)
        return;
    int row = m_list->currentIndex().row() + delta;
    if (delta == 1 || delta == -1)
        row = (row + count) % count; // the arrows wrap around
    m_list->setCurrentIndex(m_results->index(std::clamp(row, 0, count - 1)));
}

void CommandPalette::runCurrent()
{
    const PaletteResult *result = m_results->resultAt(m_list->currentIndex().row());
    if (!result)
        return;
    const PaletteResult chosenResult = *result;
    hide();
    Q_EMIT chosen(chosenResult);
}

void CommandPalette::announceCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        m_list->scrollTo(current);
    if (!current.isValid() || !QAccessible::isActive())
        return;
    // The box keeps the focus, so the list does not announce its item itself: say it is the
    // one in focus, as a combo box's list does.
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(m_list);
    QAccessibleTableInterface *table = list ? list->tableInterface() : nullptr;
    QAccessibleInterface *cell = table ? table->cellAt(current.row(), 0) : nullptr;
    if (!cell)
        return;
    QAccessibleEvent focus(m_list, QAccessible::Focus);
    focus.setChild(list->indexOfChild(cell));
    QAccessible::updateAccessibility(&focus);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int page =
            std::max(1, m_list->viewport()->height() / std::max(1, m_list->sizeHintForRow(0)));
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_PageDown:
            moveCurrent(page);
            return true;
        case Qt::Key_PageUp:
            moveCurrent(-page);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void CommandPalette::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void CommandPalette::retranslate()
{
    setAccessibleName(tr("Command palette"));
    m_input->setPlaceholderText(tr("Type a command, an instance, a tenant or a service…"));
    m_input->setAccessibleName(tr("Command palette"));
    m_list->setAccessibleName(tr("Commands"));
    m_hint->setText(tr("↑↓ choose · Enter run · Esc close"));
}

} // namespace lgsp::ui
