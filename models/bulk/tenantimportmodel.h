#pragma once

#include <QAbstractTableModel>

namespace lgsp::models {

class TenantImport;

// The rows of a TenantImport as a table: line, code, name, what the dry run found, outcome.
// The outcome column gives models::StatusRole ("ok", "fail", "skipped") and the plan column
// models::ToneRole "error" for a row with errors, for the view to mark without colours here.
class TenantImportModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantImportModel)

public:
    enum Column { LineColumn, CodeColumn, NameColumn, ChangeColumn, OutcomeColumn, ColumnCount };

    explicit TenantImportModel(TenantImport *import, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // After TenantImport::load(): the rows are new.
    void reset();
    // The language changed: every text is said again.
    void retranslate();

private:
    TenantImport *m_import;
};

} // namespace lgsp::models
