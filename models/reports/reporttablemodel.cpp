#include "models/reports/reporttablemodel.h"

#include "models/common/collation.h"
#include "models/common/roles.h"
#include "models/common/sortvalue.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace lgsp::models {

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setTable(const ReportTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
    if (m_sortColumn >= 0 && m_sortColumn < m_table.columns.size())
        sort(m_sortColumn, m_sortOrder);
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size() ||
        index.column() >= m_table.columns.size())
        return {};
    const ReportTable::Cell kind = m_table.columns.at(index.column()).kind;
    const QVariant value = m_table.rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return ReportTable::text(value, kind);
    case RawRole:
        return value;
    case Qt::TextAlignmentRole:
        return int((kind == ReportTable::Cell::Text ? Qt::AlignLeft : Qt::AlignRight) |
                   Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_table.columns.at(section).title;
    if (role == Qt::TextAlignmentRole)
        return int((m_table.columns.at(section).kind == ReportTable::Cell::Text ? Qt::AlignLeft
                                                                                : Qt::AlignRight) |
                   Qt::AlignVCenter);
    return {};
}

void ReportTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_table.columns.size())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QCollator collator = nameCollator();
    QList<SortValue> keys;
    keys.reserve(m_table.rows.size());
    for (const QVariantList &row : std::as_const(m_table.rows))
        keys << SortValue(row.value(column), collator);
    QList<int> order_(m_table.rows.size());
    std::iota(order_.begin(), order_.end(), 0);
    std::stable_sort(order_.begin(), order_.end(), [&](int a, int b) {
        return SortValue::compare(keys.at(a), keys.at(b), order) < 0;
    });
    QList<QVariantList> rows;
    rows.reserve(m_table.rows.size());
    for (const int i : std::as_const(order_))
        rows << m_table.rows.at(i);
    m_table.rows = rows;
    // Selections and the current cell follow their rows.
    QList<int> newRow(order_.size());
    for (qsizetype i = 0; i < order_.size(); ++i)
        newRow[order_.at(i)] = int(i);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    for (const QModelIndex &index : before)
        after << this->index(newRow.value(index.row()), index.column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace lgsp::models
