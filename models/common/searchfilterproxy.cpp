#include "models/common/searchfilterproxy.h"

#include "models/common/roles.h"
#include "protocol/textfold.h"

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
    invalidate();
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
    QStringList words = protocol::foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_text = text;
    if (words != m_words)
        changeFilter([this, &words] { m_words = std::move(words); });
}

void SearchFilterProxy::setValueFilter(int column, const QStringList &values)
{
    changeFilter([&] {
        if (values.isEmpty())
            m_valueFilters.remove(column);
        else
            m_valueFilters.insert(column, QSet<QString>(values.cbegin(), values.cend()));
    });
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
    for (auto it = m_valueFilters.cbegin(); it != m_valueFilters.cend(); ++it) {
        const QString value =
            source->index(sourceRow, it.key(), sourceParent).data(RawRole).toString();
        if (!it.value().contains(value))
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString key = first.data(SearchKeyRole).toString();
    for (const QString &word : m_words) {
        if (!key.contains(word))
            return false;
    }
    return true;
}

bool SearchFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(RawRole);
    const QVariant b = right.data(RawRole);
    // Empty values (not known yet) sort last in ascending order.
    if (!a.isValid() || !b.isValid())
        return a.isValid() && !b.isValid();
    if (a.userType() == QMetaType::QString && b.userType() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace lgsp::models
