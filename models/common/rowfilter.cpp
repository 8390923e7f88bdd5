#include "models/common/rowfilter.h"

#include "models/common/roles.h"
#include "protocol/textfold.h"

#include <QAbstractItemModel>

#include <algorithm>

namespace lgsp::models {

namespace {

// Whether every word of `a` is part of some word of `b`: then whatever matches `b` matches `a`.
bool covers(const QStringList &a, const QStringList &b)
{
    return std::all_of(a.cbegin(), a.cend(), [&b](const QString &word) {
        return std::any_of(b.cbegin(), b.cend(),
                           [&word](const QString &other) { return other.contains(word); });
    });
}

} // namespace

RowFilter::Change RowFilter::setSearchText(const QString &text)
{
    m_text = text;
    QStringList words = protocol::foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return Change::None;
    const Change change = covers(m_words, words)   ? Change::Narrower
                          : covers(words, m_words) ? Change::Wider
                                                   : Change::Other;
    m_words = std::move(words);
    m_utf8Words.clear();
    for (const QString &word : std::as_const(m_words))
        m_utf8Words << word.toUtf8();
    return change;
}

void RowFilter::setValueFilter(int column, const QStringList &values)
{
    if (values.isEmpty())
        m_valueFilters.remove(column);
    else
        m_valueFilters.insert(column, QSet<QString>(values.cbegin(), values.cend()));
}

bool RowFilter::matchesWords(const QString &searchKey) const
{
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&searchKey](const QString &word) { return searchKey.contains(word); });
}

bool RowFilter::matchesWords(std::string_view utf8SearchKey) const
{
    return std::all_of(
        m_utf8Words.cbegin(), m_utf8Words.cend(), [utf8SearchKey](const QByteArray &w) {
            return utf8SearchKey.find(std::string_view(w.constData(), size_t(w.size()))) !=
                   std::string_view::npos;
        });
}

bool RowFilter::matchesValues(const QAbstractItemModel *model, int row,
                              const QModelIndex &parent) const
{
    for (auto it = m_valueFilters.cbegin(); it != m_valueFilters.cend(); ++it) {
        if (!it.value().contains(model->index(row, it.key(), parent).data(RawRole).toString()))
            return false;
    }
    return true;
}

} // namespace lgsp::models
