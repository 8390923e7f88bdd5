#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <optional>

namespace lgsp::models {

class BundleDocument;

// Autosave of the bundle being edited: while the document has unsaved changes, a copy is
// written (QSaveFile) to a recovery file every few seconds; saving, closing or reverting to
// the saved state removes it. A recovery file found at start means the console stopped
// with unsaved work, which the page offers to recover.
class BundleRecovery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundleRecovery)

public:
    struct Pending
    {
        QJsonObject document;
        QString filePath; // the file the edit belonged to; empty for a new bundle
        QDateTime savedAt;
    };

    static constexpr std::chrono::milliseconds kDefaultInterval{3000};

    BundleRecovery(BundleDocument *document, QString recoveryPath, QObject *parent = nullptr);

    QString recoveryPath() const { return m_path; }
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

    // The unsaved work a previous run left behind; nothing when there is none or the file
    // cannot be read (then it is left where it is).
    static std::optional<Pending> pending(const QString &recoveryPath);
    // Removes the recovery file (after it was recovered or declined).
    void discard();
    // Writes the recovery file now if the document has unsaved changes.
    bool writeNow();

Q_SIGNALS:
    void written(const QString &path);

private:
    void onChanged();
    void onModifiedChanged(bool modified);

    BundleDocument *m_document;
    QString m_path;
    QTimer m_timer;
    bool m_dirty = false;
    bool m_owned = false; // this run wrote the file
};

} // namespace lgsp::models
