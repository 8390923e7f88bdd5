#include "ui/common/listpagebase.h"

#include "client/fleet/fleet.h"
#include "models/common/csv.h"
#include "models/common/listloader.h"
#include "models/common/tablefilterproxy.h"
#include "ui/common/clearbutton.h"
#include "ui/common/emptystate.h"
#include "ui/common/fieldlabel.h"
#include "ui/common/freshnesslabel.h"
#include "ui/common/listfreshness.h"
#include "ui/common/messages.h"
#include "ui/theme/theme.h"

#include <QClipboard>
#include <QCollator>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace lgsp::ui {

ListPageBase::ListPageBase(client::Fleet *fleet, const QString &iconPath, QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_proxy(new models::TableFilterProxy(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_content(new QWidget(this))
    , m_bar(new QHBoxLayout)
    , m_filterBar(new QHBoxLayout)
    , m_search(new QLineEdit(m_content))
    , m_progress(new QLabel(m_content))
    , m_freshness(new FreshnessLabel(m_content))
    , m_reload(new QPushButton(m_content))
    , m_cancel(new QPushButton(m_content))
    , m_export(new QPushButton(m_content))
    , m_instances(new QComboBox(m_content))
    , m_instancesLabel(makeFieldLabel(m_instances))
    , m_note(new QLabel(m_content))
    , m_view(new QTreeView(m_content))
{
    m_empty->setIcon(iconPath);
    connect(m_empty, &EmptyState::actionTriggered, this, &ListPageBase::demoRequested);
    m_search->setClearButtonEnabled(true);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    styleNote();
    connect(Theme::instance(), &Theme::changed, this, &ListPageBase::styleNote);
    m_note->hide();
    connect(m_search, &QLineEdit::textChanged, m_proxy, &models::TableFilterProxy::setSearchText);
    m_bar->addWidget(m_search, 2);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    connect(fleet, &client::Fleet::instanceAdded, this, [this] {
        m_stale = true;
        fillInstances();
        updateState();
    });
    connect(fleet, &client::Fleet::instanceRemoved, this, [this] {
        m_stale = true;
        fillInstances();
        updateState();
    });
    // A first poll that finds an instance is a good moment to load if the page is shown.
    connect(fleet, &client::Fleet::statusChanged, this, [this] {
        if (isVisible() && m_proxy->sourceModel() && m_proxy->sourceModel()->rowCount() == 0 &&
            m_loader && !m_loader->isLoading())
            reload();
    });
}

void ListPageBase::setUp(QAbstractItemModel *model, models::ListLoader *loader, QWidget *details,
                         int instanceColumn)
{
    m_loader = loader;
    m_instanceColumn = instanceColumn;
    // The instance selector comes right after the search box: one instance or all at once.
    m_filterBar->insertWidget(0, m_instancesLabel);
    m_filterBar->insertWidget(1, m_instances);
    m_filterBar->addStretch(1);
    m_instances->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_instances, &QComboBox::currentIndexChanged, this, [this] {
        const QString name = m_instances->currentData().toString();
        m_proxy->setValueFilter(m_instanceColumn,
                                name.isEmpty() ? QStringList() : QStringList{name});
        updateNote();
    });
    fillInstances();
    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // A flat tree view with rows of one height scales to 100 000 rows (a table view's
    // vertical header does not).
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(true);
    // Column widths from the rows on screen and 200 more, not from a thousand (each one
    // a text layout: a visible pause when the first page arrives).
    m_view->header()->setResizeContentsPrecision(200);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showRow(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
            });
    connect(m_reload, &QPushButton::clicked, this, &ListPageBase::reload);
    connect(m_cancel, &QPushButton::clicked, loader, &models::ListLoader::cancel);
    connect(loader, &models::ListLoader::progress, this, &ListPageBase::updateState);
    // A selection to bring back appears with its page of rows.
    // Only the rows just shown are looked at: a long load stays linear.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                if (!m_pendingSelection.isEmpty() &&
                    selectIdentity(m_pendingSelection, first, last))
                    m_pendingSelection.clear();
            });
    // The count follows the search and the filters.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, [this] {
            if (!m_loader->isLoading())
                updateState();
        });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ListPageBase::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ListPageBase::updateState);
    // While a big list loads, the pages that arrive within 100 ms are merged into the sorted
    // view together: one layout and one repaint for several pages, not one per page (those
    // were half of the window's work during a 100,000-row load). The first page shows at
    // once; a row added later (a tenant just created) at once too.
    connect(loader, &models::ListLoader::progress, m_proxy, [this](int, qint64 expected) {
        m_proxy->reserveRows(expected);
        m_proxy->setAppendInterval(m_loader->isLoading() ? 100 : 0);
    });
    connect(loader, &models::ListLoader::finished, this, [this] {
        m_proxy->setAppendInterval(0); // and the last pages are merged now
        updateState();
        fitColumns();
        // Rows arriving under a sorted view move the scroll position; start at the top.
        if (!m_view->currentIndex().isValid())
            m_view->scrollToTop();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        // In the next turn of the event loop: the first page's rows and the text layouts of
        // the column widths are then two short pauses, not one long one.
        if (first == 0)
            QTimer::singleShot(0, this, &ListPageBase::fitColumns);
    });
    new ListFreshness(
        m_fleet, loader, m_freshness, [this](const QUuid &id) { return countOnServer(id); }, this);
    m_bar->addStretch(1);
    m_bar->addWidget(m_progress);
    m_bar->addWidget(m_freshness);
    m_bar->addWidget(m_cancel);
    m_bar->addWidget(m_export);
    m_bar->addWidget(m_reload);
    connect(m_export, &QPushButton::clicked, this, &ListPageBase::exportCsvWithDialog);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *copy = new QShortcut(QKeySequence::Copy, m_view);
    copy->setContext(Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this,
            [this] { QGuiApplication::clipboard()->setText(selectedRowsText()); });
    auto *splitter = new QSplitter(m_content);
    splitter->addWidget(m_view);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(m_bar);
    contentLayout->addLayout(m_filterBar);
    contentLayout->addWidget(m_note);
    contentLayout->addWidget(splitter, 1);
    m_details = details;
    updateTabOrder();
}

void ListPageBase::updateTabOrder()
{
    // The search box, the filters below it, the bar's buttons, the table, then the details.
    QList<QWidget *> chain{m_search};
    for (QHBoxLayout *row : {m_filterBar, m_bar}) {
        for (int i = 0; i < row->count(); ++i) {
            QWidget *w = row->itemAt(i)->widget();
            if (w && w != m_search && w->focusPolicy() != Qt::NoFocus) // not the labels
                chain << w;
        }
    }
    chain << m_view;
    if (m_details)
        chain << m_details;
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void ListPageBase::addToBar(QWidget *widget)
{
    m_bar->insertWidget(m_bar->indexOf(m_progress), widget);
    updateTabOrder();
}

QComboBox *ListPageBase::addFilter(int column)
{
    auto *box = new QComboBox(m_content);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    QLabel *label = makeFieldLabel(box);
    m_filterLabels.insert(box, label);
    m_filterColumns.insert(box, column);
    m_filterBar->addSpacing(6);
    m_filterBar->addWidget(label);
    m_filterBar->addWidget(box);
    connect(box, &QComboBox::currentIndexChanged, this, [this, box, column] {
        const QString value = box->currentData().toString();
        m_proxy->setValueFilter(column, value.isEmpty() ? QStringList() : QStringList{value});
    });
    return box;
}

void ListPageBase::setFilterLabel(QComboBox *box, const QString &text)
{
    if (QLabel *label = m_filterLabels.value(box))
        label->setText(text);
}

void ListPageBase::setFilterVisible(QComboBox *box, bool visible)
{
    if (!visible)
        box->setCurrentIndex(0);
    box->setVisible(visible);
    if (QLabel *label = m_filterLabels.value(box))
        label->setVisible(visible);
}

void ListPageBase::fillFilter(QComboBox *box, const QString &all, const QStringList &values,
                              const std::function<QString(const QString &)> &text)
{
    const int current = std::max(0, box->currentIndex());
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(all, QString());
    for (const QString &v : values)
        box->addItem(text(v), v);
    box->setCurrentIndex(current);
}

void ListPageBase::reload()
{
    m_stale = false;
    showRow(-1);
    m_loader->reload();
    updateState();
}

void ListPageBase::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ListPageBase::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadIfStale();
}

void ListPageBase::loadIfStale()
{
    if (m_stale && m_loader && !m_fleet->ids().isEmpty())
        reload();
}

void ListPageBase::exportCsvWithDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export to CSV"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        messages::warn(this, tr("Export to CSV"), error);
}

void ListPageBase::styleNote()
{
    const Theme *theme = Theme::instance();
    m_note->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; "
                       "border-radius: 3px; padding: 4px 6px; }")
            .arg(theme->color(Theme::Colour::NoteBackground).name(),
                 theme->color(Theme::Colour::NoteText).name(),
                 theme->color(Theme::Colour::NoteBorder).name()));
}

void ListPageBase::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ListPageBase::retranslate()
{
    m_reload->setText(tr("Reload"));
    ClearButton::name(m_search);
    m_instancesLabel->setText(tr("Instance:"));
    m_instances->setAccessibleName(tr("Instance"));
    m_instances->setToolTip(tr("Show the rows of one LGSP instance, or of all of them"));
    fillInstances();
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save the rows shown, as filtered and sorted, to a CSV file"));
    m_cancel->setText(tr("Cancel"));
    m_empty->setActionText(tr("Try the local sandbox"));
    updateState();
}

QString ListPageBase::loadingText() const
{
    const QLocale locale;
    return tr("Loading… %1 of %2")
        .arg(locale.toString(m_loader->loaded()),
             locale.toString(std::max<qint64>(m_loader->expected(), m_loader->loaded())));
}

void ListPageBase::updateState()
{
    m_stack->setCurrentWidget(m_fleet->ids().isEmpty() ? static_cast<QWidget *>(m_empty)
                                                       : m_content);
    if (!m_loader)
        return;
    const bool loading = m_loader->isLoading();
    m_cancel->setVisible(loading);
    QString text = loading ? loadingText()
                           : countText(m_proxy->rowCount(), m_proxy->sourceModel()->rowCount());
    if (!m_loader->failures().isEmpty())
        text += QLatin1Char(' ') +
                tr("(%n instance(s) could not be read)", nullptr, int(m_loader->failures().size()));
    m_progress->setText(text);
    m_progress->setAccessibleName(text);
    QStringList reasons;
    for (const QString &reason : m_loader->failures())
        reasons << reason;
    m_progress->setToolTip(reasons.join(QLatin1Char('\n')));
}

QString ListPageBase::countLine() const
{
    return m_progress->text();
}

bool ListPageBase::exportCsv(const QString &path, QString *error) const
{
    const QAbstractItemModel *model = m_view->model();
    QStringList header;
    QList<int> columns;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (m_view->isColumnHidden(c))
            continue;
        columns << c;
        header << model->headerData(c, Qt::Horizontal).toString();
    }
    QList<QStringList> rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList row;
        for (const int c : std::as_const(columns))
            row << model->index(r, c).data().toString();
        rows << row;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(models::csv::document(header, rows)) < 0 ||
        !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString ListPageBase::selectedRowsText() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (int c = 0; c < m_view->model()->columnCount(); ++c) {
            if (!m_view->isColumnHidden(c))
                cells << row.siblingAtColumn(c).data().toString().replace(QLatin1Char('\t'),
                                                                          QLatin1Char(' '));
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void ListPageBase::fitColumns()
{
    // Every column to its contents but the last, which takes the rest.
    for (int c = 0; c + 1 < m_view->model()->columnCount(); ++c)
        m_view->resizeColumnToContents(c);
}

void ListPageBase::showOnlyInstance(const QString &instanceName)
{
    fillInstances();
    m_instances->setCurrentIndex(std::max(0, m_instances->findData(instanceName)));
}

void ListPageBase::showAllInstances()
{
    m_instances->setCurrentIndex(0);
}

QString ListPageBase::shownInstance() const
{
    return m_instances->currentData().toString();
}

void ListPageBase::fillInstances()
{
    QStringList names;
    for (const QUuid &id : m_fleet->ids()) {
        if (const client::Fleet::Instance *instance = m_fleet->instance(id))
            names << instance->profile.name;
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(names.begin(), names.end(), collator);
    const QString current = m_instances->currentData().toString();
    const QSignalBlocker blocker(m_instances);
    m_instances->clear();
    m_instances->addItem(tr("All instances"), QString());
    for (const QString &name : std::as_const(names))
        m_instances->addItem(name, name);
    const int index = m_instances->findData(current);
    m_instances->setCurrentIndex(std::max(0, index));
    if (!m_pendingInstance.isEmpty() && m_instances->findData(m_pendingInstance) >= 0) {
        // The instance the page was left on, now that the fleet has it.
        m_instances->setCurrentIndex(m_instances->findData(m_pendingInstance));
        m_proxy->setValueFilter(m_instanceColumn, {m_pendingInstance});
        m_pendingInstance.clear();
    } else if (index < 0 && !current.isEmpty()) {
        // The instance shown went away: show them all rather than an empty list.
        m_proxy->setValueFilter(m_instanceColumn, {});
    }
    updateNote();
}

void ListPageBase::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setAccessibleName(text);
    m_note->setVisible(!text.isEmpty());
}

QString ListPageBase::note() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

} // namespace lgsp::ui
