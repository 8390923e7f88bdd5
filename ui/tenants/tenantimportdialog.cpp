#include "ui/tenants/tenantimportdialog.h"

#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "models/bulk/tenantimport.h"
#include "models/bulk/tenantimportmodel.h"
#include "ui/common/fieldlabel.h"
#include "ui/common/messages.h"
#include "ui/theme/statusmarkdelegate.h"
#include "ui/theme/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QTreeView>
#include <QVBoxLayout>

namespace lgsp::ui {

using models::TenantImport;

namespace {
constexpr qint64 kMaxFileBytes = models::csv::Reader::kMaxBytes;
}

TenantImportDialog::TenantImportDialog(client::Fleet *fleet, const QList<Target> &targets,
                                       QWidget *parent)
    : QDialog(parent)
    , m_fleet(fleet)
    , m_import(new TenantImport(this))
    , m_model(new models::TenantImportModel(m_import, this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_instance(new QComboBox(this))
    , m_operation(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_stop(new QRadioButton(this))
    , m_continue(new QRadioButton(this))
    , m_progress(new QLabel(this))
    , m_dryRun(new QPushButton(this))
    , m_apply(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_report(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    m_fileLabel = makeFieldLabel(m_file);
    m_instanceLabel = makeFieldLabel(m_instance);
    m_operationLabel = makeFieldLabel(m_operation);
    m_onFailureLabel = new QLabel(this);
    for (const Target &target : targets)
        m_instance->addItem(target.name, target.id);
    for (int i = 0; i < 3; ++i)
        m_operation->addItem(QString(), i);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_progress->setTextFormat(Qt::PlainText);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setItemDelegate(new StatusMarkDelegate(m_view));
    // What the dry run found is what the person reads: it takes the room left.
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(models::TenantImportModel::ChangeColumn,
                                           QHeaderView::Stretch);
    m_view->setColumnWidth(models::TenantImportModel::OutcomeColumn, 330);
    m_stop->setChecked(true);
    m_dryRun->setDefault(false);
    m_dryRun->setAutoDefault(false);
    m_apply->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    m_report->setAutoDefault(false);
    m_browse->setAutoDefault(false);
    m_close->setAutoDefault(false);

    auto *form = new QGridLayout;
    form->addWidget(m_fileLabel, 0, 0);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    form->addLayout(fileRow, 0, 1, 1, 3);
    form->addWidget(m_instanceLabel, 1, 0);
    form->addWidget(m_instance, 1, 1);
    form->addWidget(m_operationLabel, 1, 2);
    form->addWidget(m_operation, 1, 3);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);
    auto *failure = new QHBoxLayout;
    failure->addWidget(m_onFailureLabel);
    failure->addWidget(m_stop);
    failure->addWidget(m_continue);
    failure->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_dryRun);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_report);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(failure);
    layout->addLayout(buttons);
    resize(980, 560);

    connect(m_file, &QLineEdit::returnPressed, this, &TenantImportDialog::reload);
    connect(m_browse, &QPushButton::clicked, this, &TenantImportDialog::browse);
    connect(m_operation, &QComboBox::activated, this, &TenantImportDialog::reload);
    connect(m_instance, &QComboBox::activated, this, &TenantImportDialog::reload);
    connect(m_dryRun, &QPushButton::clicked, this, &TenantImportDialog::dryRun);
    connect(m_apply, &QPushButton::clicked, this, &TenantImportDialog::apply);
    connect(m_cancel, &QPushButton::clicked, m_import, &TenantImport::cancel);
    connect(m_report, &QPushButton::clicked, this, &TenantImportDialog::saveReportWithDialog);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_import, &TenantImport::progress, this, [this](int done, int total) {
        m_progress->setText(m_import->hasDryRun() ? tr("Applied %1 of %2…").arg(done).arg(total)
                                                  : tr("Read %1 of %2…").arg(done).arg(total));
    });
    connect(m_import, &TenantImport::dryRunFinished, this, [this] {
        m_progress->clear();
        m_view->resizeColumnToContents(models::TenantImportModel::NameColumn);
        updateState();
        if (m_import->pending() > 0)
            m_apply->setFocus();
    });
    connect(m_import, &TenantImport::applyFinished, this, [this](bool stopped) {
        m_progress->setText(stopped ? tr("Stopped.") : tr("Finished."));
        updateState();
        m_report->setFocus();
        if (m_import->count(TenantImport::Outcome::Done) > 0)
            Q_EMIT tenantsChanged(currentInstance());
    });
    connect(Theme::instance(), &Theme::changed, this, &TenantImportDialog::updateState);
    retranslate();
    updateState();
}

TenantImportDialog::~TenantImportDialog() = default;

QUuid TenantImportDialog::currentInstance() const
{
    return m_instance->currentData().toUuid();
}

bool TenantImportDialog::openFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    reload();
    return m_loadError.isEmpty();
}

void TenantImportDialog::reload()
{
    if (m_import->isBusy())
        return;
    m_path = QDir::fromNativeSeparators(m_file->text().trimmed());
    m_loadError.clear();
    if (m_path.isEmpty()) {
        m_model->reset();
        updateState();
        return;
    }
    QFile file(m_path);
    if (QFileInfo(file).size() > kMaxFileBytes)
        m_loadError = tr("%1 is larger than %2 MiB.")
                          .arg(QDir::toNativeSeparators(m_path))
                          .arg(kMaxFileBytes / (1024 * 1024));
    else if (!file.open(QIODevice::ReadOnly))
        m_loadError =
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
    QString error;
    const auto operation = TenantImport::Operation(m_operation->currentData().toInt());
    if (m_loadError.isEmpty() && !m_import->load(file.read(kMaxFileBytes), operation, &error))
        m_loadError = error;
    if (!m_loadError.isEmpty())
        m_import->load(QByteArrayLiteral("code\n"), operation, &error); // no rows
    m_model->reset();
    m_view->resizeColumnToContents(models::TenantImportModel::LineColumn);
    m_view->resizeColumnToContents(models::TenantImportModel::CodeColumn);
    m_view->resizeColumnToContents(models::TenantImportModel::NameColumn);
    updateState();
    if (m_loadError.isEmpty())
        m_dryRun->setFocus();
}

void TenantImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import tenants from a CSV file"),
                                                      QFileInfo(m_path).absolutePath(),
                                                      tr("CSV files (*.csv *.txt)"));
    if (!path.isEmpty())
        openFile(path);
}

void TenantImportDialog::dryRun()
{
    client::Connection *connection = m_fleet->connection(currentInstance());
    if (!connection || m_import->rows().isEmpty() || m_import->isBusy())
        return;
    m_import->dryRun(connection->backend());
    updateState();
}

void TenantImportDialog::apply()
{
    client::Connection *connection = m_fleet->connection(currentInstance());
    const int pending = m_import->pending();
    if (!connection || pending == 0 || !m_import->hasDryRun() || m_import->hasApplied())
        return;
    const QString text =
        tr("Apply %n change(s) to %1, one row at a time?", nullptr, pending)
            .arg(m_instance->currentText()) +
        QLatin1Char(' ') +
        (m_stop->isChecked() ? tr("The first failure stops the rest; the rows done stay done.")
                             : tr("A failed row is reported and the next rows go on."));
    if (!messages::confirm(this, tr("Import tenants"), text, tr("&Apply")))
        return;
    m_import->apply(connection->backend(), m_stop->isChecked() ? TenantImport::OnFailure::Stop
                                                               : TenantImport::OnFailure::Continue);
    updateState();
}

bool TenantImportDialog::saveReport(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_import->report()) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void TenantImportDialog::saveReportWithDialog()
{
    const QString suggested = QFileInfo(m_path).absoluteDir().filePath(
        QFileInfo(m_path).completeBaseName() + tr("-report") + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the import report"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveReport(path, &error))
        messages::warn(this, tr("Import tenants"), error);
}

QString TenantImportDialog::summaryText() const
{
    return m_summary->text();
}

void TenantImportDialog::updateState()
{
    const bool busy = m_import->isBusy();
    const bool rows = !m_import->rows().isEmpty();
    const bool dryRun = m_import->hasDryRun();
    const bool applied = m_import->hasApplied();
    const int pending = m_import->pending();
    QString summary;
    if (!m_loadError.isEmpty()) {
        summary = m_loadError;
        Theme::setTone(m_summary, Theme::Tone::Error);
    } else if (!rows) {
        summary = tr("Choose a CSV file (UTF-8, separated by commas or semicolons) whose first "
                     "line names the columns: code, name, nameEn, kind, status, contactName, "
                     "contactEmail, contactPhone — or the headers of the console's own tenant "
                     "export. To suspend or resume, a column of codes is enough.");
        Theme::setTone(m_summary, Theme::Tone::Normal);
    } else {
        const auto n = [this](TenantImport::Change c) {
            return m_import->count(c);
        };
        using C = TenantImport::Change;
        summary = tr("%n row(s)", nullptr, int(m_import->rows().size()));
        if (dryRun || busy) {
            QStringList parts;
            if (n(C::Create))
                parts << tr("%n to create", nullptr, n(C::Create));
            if (n(C::Update))
                parts << tr("%n to update", nullptr, n(C::Update));
            if (n(C::Suspend))
                parts << tr("%n to suspend", nullptr, n(C::Suspend));
            if (n(C::Resume))
                parts << tr("%n to resume", nullptr, n(C::Resume));
            if (n(C::Unchanged))
                parts << tr("%n unchanged", nullptr, n(C::Unchanged));
            if (n(C::Invalid))
                parts << tr("%n with errors", nullptr, n(C::Invalid));
            if (!parts.isEmpty())
                summary += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
        } else if (n(C::Invalid)) {
            summary += QStringLiteral(": ") + tr("%n with errors", nullptr, n(C::Invalid));
        }
        summary += QLatin1Char('.');
        if (applied && !busy) {
            using O = TenantImport::Outcome;
            summary += QLatin1Char(' ') + tr("Applied: %1 done, %2 failed, %3 not run.")
                                              .arg(m_import->count(O::Done))
                                              .arg(m_import->count(O::Failed))
                                              .arg(m_import->count(O::NotRun));
        } else if (!dryRun && !busy) {
            summary += QLatin1Char(' ') + tr("Run the dry run to see what each row would do.");
        }
        if (!m_import->ignoredColumns().isEmpty())
            summary +=
                QLatin1Char(' ') + tr("Columns not used: %1.")
                                       .arg(m_import->ignoredColumns().join(QStringLiteral(", ")));
        Theme::setTone(m_summary, applied && m_import->count(TenantImport::Outcome::Failed) > 0
                                      ? Theme::Tone::Error
                                      : Theme::Tone::Normal);
    }
    m_summary->setText(summary);
    m_summary->setAccessibleName(summary);
    m_file->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_instance->setEnabled(!busy);
    m_operation->setEnabled(!busy);
    m_dryRun->setEnabled(!busy && rows && m_instance->count() > 0);
    m_apply->setEnabled(!busy && dryRun && !applied && pending > 0);
    m_apply->setText(pending > 0 && dryRun && !applied
                         ? tr("&Apply %n change(s)…", nullptr, pending)
                         : tr("&Apply…"));
    m_cancel->setVisible(busy);
    m_report->setEnabled(!busy && (dryRun || applied));
    m_stop->setEnabled(!busy && !applied);
    m_continue->setEnabled(!busy && !applied);
}

void TenantImportDialog::retranslate()
{
    setWindowTitle(tr("Import tenants from a CSV file"));
    m_fileLabel->setText(tr("&File:"));
    m_file->setPlaceholderText(tr("Path of a .csv file; Enter reads it"));
    m_browse->setText(tr("&Browse…"));
    m_instanceLabel->setText(tr("&Instance:"));
    m_operationLabel->setText(tr("&What to do:"));
    m_operation->setItemText(0, tr("Create or update the tenants"));
    m_operation->setItemText(1, tr("Suspend the tenants listed"));
    m_operation->setItemText(2, tr("Resume the tenants listed"));
    m_view->setAccessibleName(tr("Rows of the file"));
    m_onFailureLabel->setText(tr("If a row fails:"));
    m_stop->setText(tr("&Stop there"));
    m_continue->setText(tr("&Go on with the next rows"));
    m_dryRun->setText(tr("D&ry run"));
    m_dryRun->setToolTip(tr("Read every tenant the file names from the instance and show what "
                            "each row would do; nothing is changed"));
    m_cancel->setText(tr("Cancel"));
    m_report->setText(tr("Save r&eport…"));
    m_close->setText(tr("&Close"));
    m_model->retranslate();
    m_view->resizeColumnToContents(models::TenantImportModel::LineColumn);
    m_view->resizeColumnToContents(models::TenantImportModel::CodeColumn);
    updateState();
}

void TenantImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TenantImportDialog::reject()
{
    // Closing while rows are being applied would leave them half done without a word.
    if (m_import->isBusy()) {
        m_import->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace lgsp::ui
