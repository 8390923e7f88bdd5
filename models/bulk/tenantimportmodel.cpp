#include "models/bulk/tenantimportmodel.h"

#include "models/bulk/tenantimport.h"
#include "models/common/roles.h"

namespace lgsp::models {

TenantImportModel::TenantImportModel(TenantImport *import, QObject *parent)
    : QAbstractTableModel(parent)
    , m_import(import)
{
    connect(import, &TenantImport::rowChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

void TenantImportModel::reset()
{
    beginResetModel();
    endResetModel();
}

void TenantImportModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int TenantImportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_import->rows().size());
}

int TenantImportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TenantImportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_import->rows().size())
        return {};
    const TenantImport::Row &row = m_import->rows().at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case LineColumn:
            return row.line;
        case CodeColumn:
            return row.code;
        case NameColumn:
            return row.name;
        case ChangeColumn:
            return TenantImport::changeText(row);
        case OutcomeColumn:
            if (row.outcome == TenantImport::Outcome::Pending)
                return QString();
            return row.result
                       ? tr("%1: %2").arg(TenantImport::outcomeText(row.outcome), row.result())
                       : TenantImport::outcomeText(row.outcome);
        }
    }
    if (role == Qt::TextAlignmentRole && column == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == ToneRole && column == ChangeColumn && row.change == TenantImport::Change::Invalid)
        return QStringLiteral("error");
    if (role == StatusRole && column == OutcomeColumn) {
        switch (row.outcome) {
        case TenantImport::Outcome::Pending:
            return QVariant();
        case TenantImport::Outcome::Done:
            return QStringLiteral("ok");
        case TenantImport::Outcome::Failed:
            return QStringLiteral("fail");
        case TenantImport::Outcome::NotRun:
            return QStringLiteral("skipped");
        }
    }
    return {};
}

QVariant TenantImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case CodeColumn:
        return tr("Agency code");
    case NameColumn:
        return tr("Name");
    case ChangeColumn:
        return tr("What the dry run found");
    case OutcomeColumn:
        return tr("Outcome");
    }
    return {};
}

} // namespace lgsp::models
