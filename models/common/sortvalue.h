#pragma once

#include <QCollator>
#include <QVariant>

#include <optional>

namespace lgsp::models {

// A cell's RawRole prepared for sorting: text gets its collation key once, so comparing two
// rows is a byte comparison instead of a run of the collator.
class SortValue
{
public:
    SortValue() = default;
    SortValue(const QVariant &raw, const QCollator &collator);

    // <0, 0, >0 in the given order; values not known yet (invalid) come last in either.
    static int compare(const SortValue &a, const SortValue &b, Qt::SortOrder order);

private:
    QVariant m_raw;
    std::optional<QCollatorSortKey> m_key;
};

} // namespace lgsp::models
