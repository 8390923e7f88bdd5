#pragma once

#include <QDialog>
#include <QUuid>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeView;
QT_END_NAMESPACE

namespace lgsp::client {
class Fleet;
}

namespace lgsp::models {
class TenantImport;
class TenantImportModel;
} // namespace lgsp::models

namespace lgsp::ui {

// Tenants → Import CSV…: a spreadsheet of tenants to create or update, or of codes to
// suspend or resume, on one instance. Choose the file (typed or browsed) and what to do, run
// the dry run (every row with what would happen or what is wrong), then apply — after a
// confirmation naming the instance and the counts — with the rows' outcomes filling in, a
// failure stopping the rest or not as chosen, and the report saved as CSV. Every step has a
// mnemonic; nothing needs the mouse.
class TenantImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantImportDialog)

public:
    struct Target
    {
        QUuid id;
        QString name;
    };

    TenantImportDialog(client::Fleet *fleet, const QList<Target> &targets,
                       QWidget *parent = nullptr);
    ~TenantImportDialog() override;

    // Reads `path`; false (and the reason shown) when it cannot be used.
    bool openFile(const QString &path);
    bool saveReport(const QString &path, QString *error) const;
    models::TenantImport *import() const { return m_import; }
    QString summaryText() const;

Q_SIGNALS:
    // Some rows were applied: the instance's tenants changed.
    void tenantsChanged(const QUuid &instance);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslate();
    void reload();
    void dryRun();
    void apply();
    void browse();
    void saveReportWithDialog();
    void updateState();
    QUuid currentInstance() const;

    client::Fleet *m_fleet;
    models::TenantImport *m_import;
    models::TenantImportModel *m_model;
    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_instanceLabel;
    QComboBox *m_instance;
    QLabel *m_operationLabel;
    QComboBox *m_operation;
    QLabel *m_summary;
    QTreeView *m_view;
    QLabel *m_onFailureLabel;
    QRadioButton *m_stop;
    QRadioButton *m_continue;
    QLabel *m_progress;
    QPushButton *m_dryRun;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    QPushButton *m_report;
    QPushButton *m_close;
    QString m_loadError;
    QString m_path;
};

} // namespace lgsp::ui
