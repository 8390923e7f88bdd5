// The Configuration page's files: new from the template, open, save, save as, the question
// before unsaved work is dropped, recent files and the recovery of autosaved work.
#include "ui/config/configpage.h"

#include "models/config/bundledocument.h"
#include "models/config/bundlerecovery.h"
#include "ui/common/messages.h"
#include "ui/common/noticebar.h"
#include "ui/logging.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>

namespace lgsp::ui {

namespace {

constexpr int kMaxRecent = 8;

} // namespace

void ConfigPage::newFromTemplate()
{
    if (!maybeClose())
        return;
    m_notice->hide();
    m_selectedPointer = QStringLiteral("/tenants/0");
    m_document->openModified(models::BundleDocument::templateDocument(), QString());
    selectPointer(m_selectedPointer);
}

void ConfigPage::chooseAndOpen()
{
    const QString dir = m_document->filePath().isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open configuration bundle"), dir,
                                                      tr("Configuration bundles (*.json)"));
    if (!path.isEmpty())
        openFile(path);
}

bool ConfigPage::openFile(const QString &path)
{
    if (!maybeClose())
        return false;
    models::BundleFile::Problem problem;
    models::BundleDocument candidate;
    if (!candidate.load(path, &problem)) {
        m_notice->showNotice(
            NoticeBar::Kind::Error,
            tr("%1 was not opened: %2").arg(QDir::toNativeSeparators(path), problem.toString()));
        qCWarning(lcUi) << "bundle not opened:" << path << problem.toString();
        return false;
    }
    m_notice->hide();
    m_selectedPointer.clear();
    m_document->open(candidate.document(), path);
    addRecent(path);
    const int errors = m_document->errorCount();
    if (errors > 0)
        m_notice->showNotice(NoticeBar::Kind::Warning,
                             tr("The bundle opened with %n error(s); they are listed under "
                                "Problems.",
                                nullptr, errors));
    return true;
}

bool ConfigPage::save()
{
    if (!m_document->isOpen())
        return false;
    return saveAs(m_document->filePath());
}

bool ConfigPage::saveAs(const QString &requested)
{
    if (!m_document->isOpen())
        return false;
    QString path = requested;
    if (path.isEmpty()) {
        const QString suggestion =
            m_document->filePath().isEmpty()
                ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                      .filePath(QStringLiteral("lgsp-bundle.json"))
                : m_document->filePath();
        path = QFileDialog::getSaveFileName(this, tr("Save configuration bundle"), suggestion,
                                            tr("Configuration bundles (*.json)"));
        if (path.isEmpty())
            return false;
    }
    QString error;
    if (!m_document->save(path, &error)) {
        m_notice->showNotice(NoticeBar::Kind::Error, tr("Not saved: %1").arg(error));
        return false;
    }
    addRecent(path);
    const int errors = m_document->errorCount();
    if (errors > 0)
        m_notice->showNotice(
            NoticeBar::Kind::Warning,
            tr("Saved with %n error(s): fix them before applying the bundle.", nullptr, errors));
    else
        m_notice->hide();
    return true;
}

bool ConfigPage::maybeClose()
{
    if (!m_document->isModified())
        return true;
    switch (messages::askToSave(
        this, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them first?").arg(m_document->displayName()))) {
    case messages::SaveChoice::Save:
        return save();
    case messages::SaveChoice::Discard:
        if (m_recovery)
            m_recovery->discard();
        m_document->close();
        return true;
    case messages::SaveChoice::Cancel:
        break;
    }
    return false;
}

void ConfigPage::setRecoveryPath(const QString &path)
{
    m_recoveryPath = path;
    delete m_recovery;
    m_recovery = new models::BundleRecovery(m_document, path, this);
    const auto pending = models::BundleRecovery::pending(path);
    if (!pending)
        return;
    const QString what = pending->filePath.isEmpty() ? tr("a new bundle")
                                                     : QDir::toNativeSeparators(pending->filePath);
    m_recoveryBar->showNotice(
        NoticeBar::Kind::Warning,
        tr("LGSP Console stopped with unsaved changes to %1 (last autosaved %2). Recover them?")
            .arg(what, QLocale().toString(pending->savedAt.toLocalTime(), QLocale::ShortFormat)),
        tr("Recover"), tr("Discard"));
}

bool ConfigPage::recoverPending()
{
    const auto pending = models::BundleRecovery::pending(m_recoveryPath);
    m_recoveryBar->hide();
    if (!pending || !maybeClose())
        return false;
    m_selectedPointer.clear();
    m_document->openModified(pending->document, pending->filePath);
    // This run owns the recovered work now: it is autosaved again at once.
    m_recovery->writeNow();
    qCInfo(lcUi) << "recovered unsaved bundle changes of" << pending->filePath;
    return true;
}

void ConfigPage::discardPending()
{
    m_recoveryBar->hide();
    if (m_recovery)
        m_recovery->discard();
}

void ConfigPage::setRecentFiles(const QStringList &files)
{
    m_recent = files.mid(0, kMaxRecent);
    rebuildRecentMenu();
}

void ConfigPage::addRecent(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_recent.removeAll(absolute);
    m_recent.prepend(absolute);
    m_recent = m_recent.mid(0, kMaxRecent);
    rebuildRecentMenu();
    Q_EMIT recentFilesChanged(m_recent);
}

void ConfigPage::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : std::as_const(m_recent)) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentAction->setEnabled(!m_recent.isEmpty());
}

} // namespace lgsp::ui
