#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

#include <string_view>

class QAbstractItemModel;
class QModelIndex;

namespace lgsp::models {

// What the search box and the value filters of a list ask for: every folded word of the
// query must occur in a row's search key (so "ha noi", "Ha Noi" and "hà nội" all find
// "Hà Nội", "d" finds "đ"), and each filtered column's RawRole must be one of its values.
class RowFilter
{
public:
    // How new search words relate to the previous ones, so a list re-checks only what can
    // have changed: typing on only hides rows, deleting only shows rows again.
    enum class Change { None, Narrower, Wider, Other };
    Change setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    bool hasWords() const { return !m_words.isEmpty(); }
    // An empty list clears the column's filter.
    void setValueFilter(int column, const QStringList &values);

    bool matchesWords(const QString &searchKey) const;
    // The same on the key in UTF-8 (a byte search, several times faster on long lists).
    bool matchesWords(std::string_view utf8SearchKey) const;
    bool matchesValues(const QAbstractItemModel *model, int row, const QModelIndex &parent) const;

private:
    QString m_text;
    QStringList m_words; // folded
    QList<QByteArray> m_utf8Words;
    QHash<int, QSet<QString>> m_valueFilters;
};

} // namespace lgsp::models
