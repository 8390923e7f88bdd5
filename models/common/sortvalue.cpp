#include "models/common/sortvalue.h"

namespace lgsp::models {

SortValue::SortValue(const QVariant &raw, const QCollator &collator)
    : m_raw(raw)
{
    if (raw.userType() == QMetaType::QString)
        m_key = collator.sortKey(raw.toString());
}

int SortValue::compare(const SortValue &a, const SortValue &b, Qt::SortOrder order)
{
    const bool aKnown = a.m_raw.isValid();
    const bool bKnown = b.m_raw.isValid();
    if (!aKnown || !bKnown)
        return int(bKnown) - int(aKnown);
    int result = 0;
    if (a.m_key && b.m_key) {
        result = a.m_key->compare(*b.m_key);
    } else {
        const QPartialOrdering ordering = QVariant::compare(a.m_raw, b.m_raw);
        result = ordering == QPartialOrdering::Less      ? -1
                 : ordering == QPartialOrdering::Greater ? 1
                                                         : 0;
    }
    return order == Qt::AscendingOrder ? result : -result;
}

} // namespace lgsp::models
