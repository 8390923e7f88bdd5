#pragma once

#include "models/common/rowfilter.h"
#include "models/common/sortvalue.h"

#include <QAbstractProxyModel>
#include <QCollator>
#include <QHash>
#include <QTimer>

#include <functional>
#include <vector>

namespace lgsp::models {

// The search, filter and sort proxy of the flat lists (tenants, services), built for
// 100,000 rows that arrive a page at a time:
//  - every source row keeps its place in a sorted order, so an appended page is sorted on
//    its own and merged in (no re-sort of what is there) and a keystroke never sorts;
//  - the search keys and sort values are read from the source once per row;
//  - a keystroke that adds to the query only re-checks the rows shown.
// Same search rules as SearchFilterProxy (RowFilter), sorting on RawRole with the interface
// language's collation. Selection and current row survive sorting and filtering.
class TableFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableFilterProxy)

public:
    explicit TableFilterProxy(QObject *parent = nullptr);
    ~TableFilterProxy() override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_filter.searchText(); }
    // Keeps only rows whose RawRole in `column` is one of `values`; empty clears the filter.
    void setValueFilter(int column, const QStringList &values);
    void setLocale(const QLocale &locale);
    // Makes room for `rows` source rows at once (a loader knows the total from the first
    // page), so growing never moves every row's data in the middle of a load.
    void reserveRows(qint64 rows);
    // Rows appended while the proxy already shows some are merged at most once per `ms`
    // (0, the default: at once). A list arriving a page at a time is then laid out and
    // painted a few times a second rather than once per page. Each row is still read as it
    // arrives; any other change merges what waits first. flushAppends() merges it now.
    void setAppendInterval(int ms);
    void flushAppends();

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

private:
    int sourceRows() const;
    // Every row from the source again (after a reset, removal or move there).
    void rebuild();
    void appendRows(int first, int last);
    // The rows [first, last], already read, into the order and the rows shown.
    void mergeRows(int first, int last);
    void dropPendingAppends();
    void updateRows(int first, int last, const QList<int> &roles);
    // Reads rows [first, last] from the source: search key, value-filter match, sort value.
    void readRows(int first, int last);
    void ensureSortValues();
    bool before(int a, int b) const;
    // Merges rows sorted among themselves into m_order.
    void mergeIntoOrder(const std::vector<int> &added);
    bool matchesWords(int row) const;
    bool accepted(int row) const { return m_values[size_t(row)] && m_words[size_t(row)]; }
    // The rows shown, from the sorted order and the accepted flags; and the reverse map.
    void collectVisible();
    // Runs `change`, which may reorder or re-filter anything, keeping persistent indexes
    // (selection, current row) on their rows.
    void relayout(const std::function<void()> &change);

    RowFilter m_filter;
    QCollator m_collator;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_resetting = false;
    int m_pendingFrom = -1; // source rows from here on are read but not merged yet
    QTimer m_appendTimer;

    // By source row.
    std::vector<QByteArray> m_searchKeys; // UTF-8, for a byte search
    std::vector<char> m_values;           // passes the value filters
    std::vector<char> m_words;            // matches the search words
    std::vector<SortValue> m_sortValues;  // of m_sortColumn; empty when unsorted
    std::vector<int> m_proxyRow;          // -1 when hidden
    // Every source row in sorted order (source order when unsorted), and those shown.
    std::vector<int> m_order;
    std::vector<int> m_visible;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace lgsp::models
