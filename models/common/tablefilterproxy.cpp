#include "models/common/tablefilterproxy.h"

#include "models/common/roles.h"

#include <algorithm>
#include <iterator>

namespace lgsp::models {

TableFilterProxy::TableFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
    setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    m_appendTimer.setSingleShot(true);
    m_appendTimer.setInterval(0);
    connect(&m_appendTimer, &QTimer::timeout, this, &TableFilterProxy::flushAppends);
}

TableFilterProxy::~TableFilterProxy() = default;

int TableFilterProxy::sourceRows() const
{
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

void TableFilterProxy::setLocale(const QLocale &locale)
{
    m_collator = QCollator(locale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

void TableFilterProxy::reserveRows(qint64 rows)
{
    const auto n = size_t(std::clamp<qint64>(rows, 0, 10'000'000));
    if (n <= m_searchKeys.capacity())
        return;
    m_searchKeys.reserve(n);
    m_values.reserve(n);
    m_words.reserve(n);
    m_proxyRow.reserve(n);
    m_order.reserve(n);
    m_visible.reserve(n);
    if (m_sortColumn >= 0)
        m_sortValues.reserve(n);
}

void TableFilterProxy::setAppendInterval(int ms)
{
    m_appendTimer.setInterval(std::max(0, ms));
    if (ms <= 0)
        flushAppends();
}

void TableFilterProxy::flushAppends()
{
    if (m_pendingFrom < 0)
        return;
    const int first = m_pendingFrom;
    dropPendingAppends();
    mergeRows(first, sourceRows() - 1);
}

void TableFilterProxy::dropPendingAppends()
{
    m_pendingFrom = -1;
    m_appendTimer.stop();
}

void TableFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    dropPendingAppends(); // the reset reads every row again
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        // Appends are merged in; anything that moves source rows rebuilds the whole map.
        const auto beginReset = [this] {
            dropPendingAppends(); // the reset reads every row again
            if (!m_resetting) {
                m_resetting = true;
                beginResetModel();
            }
        };
        const auto endReset = [this] {
            rebuild();
            if (m_resetting) {
                m_resetting = false;
                endResetModel();
            }
        };
        m_connections << connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                                 [this, beginReset](const QModelIndex &, int first) {
                                     if (first != sourceRows())
                                         beginReset();
                                 })
                      << connect(model, &QAbstractItemModel::rowsInserted, this,
                                 [this, endReset](const QModelIndex &, int first, int last) {
                                     if (m_resetting) {
                                         endReset();
                                     } else if (m_appendTimer.interval() > 0 &&
                                                (!m_order.empty() || m_pendingFrom >= 0)) {
                                         readRows(first, last);
                                         if (m_pendingFrom < 0)
                                             m_pendingFrom = first;
                                         if (!m_appendTimer.isActive())
                                             m_appendTimer.start();
                                     } else {
                                         appendRows(first, last);
                                     }
                                 })
                      << connect(model, &QAbstractItemModel::dataChanged, this,
                                 [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                        const QList<int> &roles) {
                                     flushAppends();
                                     updateRows(topLeft.row(), bottomRight.row(), roles);
                                 })
                      << connect(model, &QAbstractItemModel::headerDataChanged, this,
                                 &QAbstractItemModel::headerDataChanged);
        m_connections
            << connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, beginReset)
            << connect(model, &QAbstractItemModel::rowsRemoved, this, endReset)
            << connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, beginReset)
            << connect(model, &QAbstractItemModel::rowsMoved, this, endReset)
            << connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, beginReset)
            << connect(model, &QAbstractItemModel::columnsInserted, this, endReset)
            << connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, beginReset)
            << connect(model, &QAbstractItemModel::columnsRemoved, this, endReset)
            << connect(model, &QAbstractItemModel::modelAboutToBeReset, this, beginReset)
            << connect(model, &QAbstractItemModel::modelReset, this, endReset)
            << connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, beginReset)
            << connect(model, &QAbstractItemModel::layoutChanged, this, endReset);
    }
    rebuild();
    endResetModel();
}

void TableFilterProxy::rebuild()
{
    m_searchKeys.clear();
    m_values.clear();
    m_words.clear();
    m_sortValues.clear();
    m_order.clear();
    const int rows = sourceRows();
    if (rows > 0)
        readRows(0, rows - 1);
    m_order.resize(size_t(rows));
    for (int row = 0; row < rows; ++row)
        m_order[size_t(row)] = row;
    if (m_sortColumn >= 0)
        std::stable_sort(m_order.begin(), m_order.end(),
                         [this](int a, int b) { return before(a, b); });
    collectVisible();
}

void TableFilterProxy::readRows(int first, int last)
{
    const QAbstractItemModel *source = sourceModel();
    const size_t size = std::max(m_searchKeys.size(), size_t(last) + 1);
    m_searchKeys.resize(size);
    m_values.resize(size);
    m_words.resize(size);
    if (m_sortColumn >= 0)
        m_sortValues.resize(size);
    for (int row = first; row <= last; ++row) {
        const auto r = size_t(row);
        m_searchKeys[r] = source->index(row, 0).data(SearchKeyRole).toString().toUtf8();
        m_values[r] = m_filter.matchesValues(source, row, {});
        m_words[r] = matchesWords(row);
        if (m_sortColumn >= 0)
            m_sortValues[r] = SortValue(source->index(row, m_sortColumn).data(RawRole), m_collator);
    }
}

bool TableFilterProxy::matchesWords(int row) const
{
    const QByteArray &key = m_searchKeys[size_t(row)];
    return m_filter.matchesWords(std::string_view(key.constData(), size_t(key.size())));
}

void TableFilterProxy::ensureSortValues()
{
    m_sortValues.clear();
    if (m_sortColumn < 0)
        return;
    const QAbstractItemModel *source = sourceModel();
    const int rows = sourceRows();
    m_sortValues.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row)
        m_sortValues.emplace_back(source->index(row, m_sortColumn).data(RawRole), m_collator);
}

bool TableFilterProxy::before(int a, int b) const
{
    const int order =
        SortValue::compare(m_sortValues[size_t(a)], m_sortValues[size_t(b)], m_sortOrder);
    return order != 0 ? order < 0 : a < b;
}

void TableFilterProxy::mergeIntoOrder(const std::vector<int> &added)
{
    // A page is small next to what is loaded: each of its rows finds its place by binary
    // search (log n comparisons) and the runs between are copied, instead of comparing every
    // loaded row once per page.
    std::vector<int> merged;
    merged.reserve(m_order.size() + added.size());
    auto from = m_order.cbegin();
    const auto less = [this](int a, int b) {
        return before(a, b);
    };
    for (const int row : added) {
        const auto at = std::upper_bound(from, m_order.cend(), row, less);
        merged.insert(merged.end(), from, at);
        merged.push_back(row);
        from = at;
    }
    merged.insert(merged.end(), from, m_order.cend());
    m_order = std::move(merged);
}

void TableFilterProxy::collectVisible()
{
    m_visible.clear();
    m_proxyRow.assign(m_order.size(), -1);
    for (const int row : m_order) {
        if (accepted(row)) {
            m_proxyRow[size_t(row)] = int(m_visible.size());
            m_visible.push_back(row);
        }
    }
}

void TableFilterProxy::relayout(const std::function<void()> &change)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRowsBefore;
    sourceRowsBefore.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        sourceRowsBefore.push_back(m_visible[size_t(index.row())]);
    change();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = m_proxyRow[size_t(sourceRowsBefore[size_t(i)])];
        after << (row >= 0 ? createIndex(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TableFilterProxy::appendRows(int first, int last)
{
    readRows(first, last);
    mergeRows(first, last);
}

void TableFilterProxy::mergeRows(int first, int last)
{
    if (last < first)
        return;
    std::vector<int> added;
    added.reserve(size_t(last - first + 1));
    for (int row = first; row <= last; ++row)
        added.push_back(row);
    if (m_sortColumn >= 0)
        std::stable_sort(added.begin(), added.end(), [this](int a, int b) { return before(a, b); });

    // Shown at the end (unsorted, or a page sorting after every row shown): plain inserts.
    const auto firstShown =
        std::find_if(added.cbegin(), added.cend(), [this](int row) { return accepted(row); });
    const bool atEnd = m_sortColumn < 0 || m_visible.empty() || firstShown == added.cend() ||
                       before(m_visible.back(), *firstShown);
    if (atEnd) {
        const bool lastOrdered =
            m_sortColumn < 0 || m_order.empty() || before(m_order.back(), added.front());
        if (lastOrdered) {
            m_order.insert(m_order.end(), added.cbegin(), added.cend());
        } else {
            mergeIntoOrder(added);
        }
        m_proxyRow.resize(m_order.size(), -1);
        std::vector<int> shown;
        std::copy_if(added.cbegin(), added.cend(), std::back_inserter(shown),
                     [this](int row) { return accepted(row); });
        if (shown.empty())
            return;
        const int at = int(m_visible.size());
        beginInsertRows({}, at, at + int(shown.size()) - 1);
        for (const int row : shown) {
            m_proxyRow[size_t(row)] = int(m_visible.size());
            m_visible.push_back(row);
        }
        endInsertRows();
        return;
    }
    relayout([this, &added] {
        mergeIntoOrder(added);
        collectVisible();
    });
}

void TableFilterProxy::updateRows(int first, int last, const QList<int> &roles)
{
    if (first < 0 || size_t(last) >= m_order.size())
        return;
    bool moved = false;
    for (int row = first; row <= last; ++row) {
        const bool wasShown = accepted(row);
        const SortValue oldValue = m_sortColumn >= 0 ? m_sortValues[size_t(row)] : SortValue();
        readRows(row, row);
        if (accepted(row) != wasShown)
            moved = true;
        if (m_sortColumn >= 0 &&
            SortValue::compare(oldValue, m_sortValues[size_t(row)], Qt::AscendingOrder) != 0)
            moved = true;
    }
    if (moved) {
        relayout([this] {
            if (m_sortColumn >= 0)
                std::stable_sort(m_order.begin(), m_order.end(),
                                 [this](int a, int b) { return before(a, b); });
            collectVisible();
        });
        return;
    }
    const int columns = columnCount();
    for (int row = first; row <= last; ++row) {
        const int shown = m_proxyRow[size_t(row)];
        if (shown >= 0)
            Q_EMIT dataChanged(index(shown, 0), index(shown, columns - 1), roles);
    }
}

void TableFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (!sourceModel() || column >= columnCount())
        return;
    flushAppends();
    relayout([this, column, order] {
        m_sortColumn = column;
        m_sortOrder = order;
        ensureSortValues();
        m_order.resize(size_t(sourceRows()));
        for (size_t row = 0; row < m_order.size(); ++row)
            m_order[row] = int(row);
        if (m_sortColumn >= 0)
            std::stable_sort(m_order.begin(), m_order.end(),
                             [this](int a, int b) { return before(a, b); });
        collectVisible();
    });
}

void TableFilterProxy::setSearchText(const QString &text)
{
    flushAppends(); // waiting rows were read with the old words
    const RowFilter::Change change = m_filter.setSearchText(text);
    if (change == RowFilter::Change::None)
        return;
    relayout([this, change] {
        if (change == RowFilter::Change::Narrower) {
            for (const int row : m_visible)
                m_words[size_t(row)] = matchesWords(row);
        } else {
            const bool wider = change == RowFilter::Change::Wider;
            for (size_t row = 0; row < m_words.size(); ++row) {
                if (!wider || !m_words[row])
                    m_words[row] = matchesWords(int(row));
            }
        }
        collectVisible();
    });
}

void TableFilterProxy::setValueFilter(int column, const QStringList &values)
{
    flushAppends();
    m_filter.setValueFilter(column, values);
    relayout([this] {
        const QAbstractItemModel *source = sourceModel();
        for (size_t row = 0; row < m_values.size(); ++row)
            m_values[row] = m_filter.matchesValues(source, int(row), {});
        collectVisible();
    });
}

QModelIndex TableFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || size_t(proxyIndex.row()) >= m_visible.size())
        return {};
    return sourceModel()->index(m_visible[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex TableFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_proxyRow.size())
        return {};
    const int row = m_proxyRow[size_t(sourceIndex.row())];
    return row >= 0 ? createIndex(row, sourceIndex.column()) : QModelIndex();
}

QModelIndex TableFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TableFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex TableFilterProxy::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int TableFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int TableFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool TableFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_visible.empty();
}

} // namespace lgsp::models
