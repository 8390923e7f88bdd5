#include "models/common/searchfilterproxy.h"

#include "models/common/roles.h"

#include <QDateTime>

namespace lgsp::models {

SearchFilterProxy::SearchFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawRole);
    setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
}

void SearchFilterProxy::setLocale(const QLocale &locale)
{
    m_collator = QCollator(locale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    forgetKeys();
    invalidate();
}

void SearchFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = sourceModel())
        old->disconnect(this);
    forgetKeys();
    // Keys follow the source rows: appended rows keep the others' keys valid; anything else
    // forgets them (they are recomputed on the next sort). Connected before the base class so
    // the keys are right when it re-sorts.
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &SearchFilterProxy::forgetKeys);
        connect(model, &QAbstractItemModel::layoutChanged, this, &SearchFilterProxy::forgetKeys);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &SearchFilterProxy::forgetKeys);
        connect(model, &QAbstractItemModel::dataChanged, this, &SearchFilterProxy::forgetKeys);
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this, model](const QModelIndex &parent, int first, int last) {
                    if (parent.isValid() || size_t(first) < m_keys.size()) {
                        forgetKeys();
                        return;
                    }
                    // Appended rows: their keys now, a page at a time, rather than all
                    // 100 000 in one go at the next sort.
                    if (m_keyColumn < 0)
                        m_keyColumn = sortColumn() >= 0 ? sortColumn() : 0;
                    for (int row = first; row <= last; ++row) {
                        const QVariant value = model->index(row, m_keyColumn).data(sortRole());
                        if (value.userType() == QMetaType::QString)
                            keyFor(row, value.toString());
                    }
                });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void SearchFilterProxy::forgetKeys() const
{
    m_keys.clear();
    m_keyColumn = -1;
}

QCollatorSortKey SearchFilterProxy::keyFor(int sourceRow, const QString &text) const
{
    // By value (a shared handle): a reference into m_keys would dangle when the next call
    // grows it, as comparing a row with a later one does.
    if (size_t(sourceRow) >= m_keys.size())
        m_keys.resize(size_t(sourceRow) + 1);
    std::optional<QCollatorSortKey> &key = m_keys[size_t(sourceRow)];
    if (!key)
        key = m_collator.sortKey(text);
    return *key;
}

void SearchFilterProxy::changeFilter(const std::function<void()> &change)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
    change();
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    change();
    invalidateFilter();
#endif
}

void SearchFilterProxy::setSearchText(const QString &text)
{
    // Compared before changing: the change must happen between Qt 6.9's begin/end calls.
    RowFilter next = m_filter;
    if (next.setSearchText(text) != RowFilter::Change::None)
        changeFilter([this, &next] { m_filter = std::move(next); });
}

void SearchFilterProxy::setValueFilter(int column, const QStringList &values)
{
    changeFilter([&] { m_filter.setValueFilter(column, values); });
}

bool SearchFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return true;
    // Group rows (with children) stay while any child matches.
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (source->hasChildren(first)) {
        const int children = source->rowCount(first);
        for (int i = 0; i < children; ++i) {
            if (filterAcceptsRow(i, first))
                return true;
        }
        return false;
    }
    if (!m_filter.matchesValues(source, sourceRow, sourceParent))
        return false;
    return !m_filter.hasWords() || m_filter.matchesWords(first.data(SearchKeyRole).toString());
}

bool SearchFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(RawRole);
    const QVariant b = right.data(RawRole);
    // Empty values (not known yet) sort last in ascending order.
    if (!a.isValid() || !b.isValid())
        return a.isValid() && !b.isValid();
    if (a.userType() == QMetaType::QString && b.userType() == QMetaType::QString) {
        // Keys by row only for a flat list sorted on one column; trees compare directly.
        if (left.parent().isValid() || right.parent().isValid())
            return m_collator.compare(a.toString(), b.toString()) < 0;
        if (m_keyColumn != left.column()) {
            forgetKeys();
            m_keyColumn = left.column();
        }
        return keyFor(left.row(), a.toString()).compare(keyFor(right.row(), b.toString())) < 0;
    }
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace lgsp::models
