#pragma once

#include "models/common/rowfilter.h"

#include <QCollator>
#include <QSortFilterProxyModel>

#include <functional>
#include <optional>
#include <vector>

namespace lgsp::models {

// The filter and sort proxy of every list: one search box that ignores case and Vietnamese
// diacritics (every word must occur; "ha noi", "Ha Noi" and "hà nội" all find "Hà Nội", "d"
// finds "đ"), value filters on columns (status, kind…), and sorting on RawRole with
// Vietnamese collation for text. Uses the source's SearchKeyRole, so a keystroke folds only
// the query, never the rows.
class SearchFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchFilterProxy)

public:
    explicit SearchFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_filter.searchText(); }
    // Keeps only rows whose RawRole in `column` is one of `values`; empty clears the filter.
    void setValueFilter(int column, const QStringList &values);
    // The collation of the interface language (vi or en).
    void setLocale(const QLocale &locale);

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // Applies a change to the filter settings and re-filters (Qt 6.9 renamed the API).
    void changeFilter(const std::function<void()> &change);

    RowFilter m_filter;
    QCollator m_collator;
    // Collation keys of the sorted column's text, by source row, computed once: comparing
    // keys is a byte comparison, comparing strings runs the collator every time.
    QCollatorSortKey keyFor(int sourceRow, const QString &text) const;
    void forgetKeys() const;
    mutable int m_keyColumn = -1;
    mutable std::vector<std::optional<QCollatorSortKey>> m_keys;
};

} // namespace lgsp::models
