#pragma once

#include "models/config/bundlefile.h"

#include <QJsonObject>
#include <QObject>

class QUndoStack;

namespace lgsp::models {

// The configuration bundle being edited: the JSON document, the file it belongs to, every
// edit as an undoable command (QUndoStack), and the document's problems (the server's rules
// as errors, the console's advice as warnings), kept current after every change.
//
// Edits address fields by JSON pointer ("/tenants/2/name"). Consecutive edits of the same
// field (typing) merge into one undo step.
class BundleDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundleDocument)

public:
    explicit BundleDocument(QObject *parent = nullptr);
    ~BundleDocument() override;

    // A document made from the template: schema 1, no instance, one province tenant.
    static QJsonObject templateDocument();

    bool isOpen() const { return m_open; }
    const QJsonObject &document() const { return m_document; }
    QJsonValue value(const QString &pointer) const;
    // The file the document was read from or last saved to; empty for a new document.
    QString filePath() const { return m_filePath; }
    // The name shown to the user: the file name, or "Untitled".
    QString displayName() const;
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undo; }

    // Replaces the document (no undo history, unmodified).
    void open(const QJsonObject &document, const QString &filePath);
    // Like open(), but the document counts as modified (recovered, or a new one).
    void openModified(const QJsonObject &document, const QString &filePath);
    void close();
    // Reads and opens a file; on failure nothing changes and *problem says why.
    bool load(const QString &path, BundleFile::Problem *problem);
    // Writes the document to `path` (QSaveFile) and marks it saved.
    bool save(const QString &path, QString *error);

    // Edits, each one undoable. `text` names the step in the undo history.
    // `typing`: consecutive edits of the same field merge into one step.
    void setValue(const QString &pointer, const QJsonValue &value, const QString &text,
                  bool typing = true);
    void insertItem(const QString &arrayPointer, qsizetype index, const QJsonValue &value,
                    const QString &text);
    void removeItem(const QString &pointer, const QString &text);
    // A new tenant (returns its pointer) and a new service of a tenant.
    QString addTenant();
    QString addService(const QString &tenantCode);
    // Removes the tenant, the services it provides and it from every consumer list.
    void removeTenant(qsizetype index);

    // Checks the document again, with the messages in the current language.
    void retranslate() { recheck(); }

    QList<BundleFile::Problem> problems() const { return m_problems; }
    int errorCount() const;
    int warningCount() const;
    // The problems at `pointer` or under it.
    QList<BundleFile::Problem> problemsAt(const QString &pointer, bool within = false) const;

Q_SIGNALS:
    // The document changed (an edit, undo or redo, or open/close). `pointer` is the field
    // the edit touched; empty when the whole document changed.
    void changed(const QString &pointer);
    void problemsChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    friend class BundleEditCommand;
    void replace(const QJsonObject &document, const QString &pointer);
    void push(const QJsonObject &after, const QString &pointer, const QString &text,
              bool mergeable);
    void recheck();

    QUndoStack *m_undo;
    QJsonObject m_document;
    QString m_filePath;
    QList<BundleFile::Problem> m_problems;
    bool m_open = false;
    bool m_forcedModified = false;
};

} // namespace lgsp::models
