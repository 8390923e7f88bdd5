#pragma once

#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolBar;
class QTreeView;

namespace lgsp::client {
class Fleet;
}
namespace lgsp::models {
class BundleDocument;
class BundleRecovery;
class BundleTreeModel;
} // namespace lgsp::models

namespace lgsp::ui {

class BundleInfoEditor;
class EmptyState;
class NoticeBar;
class ProblemsPanel;
class ServiceEditor;
class SyncPanel;
class TenantEditor;

// Offline configuration: a bundle file opened, made from a template or exported from an
// instance; its outline, a form for every item with validation as you type, the problems
// panel, the JSON it will be saved as; undo and redo; autosave to a recovery file. Works
// with no connection at all.
class ConfigPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigPage)

public:
    ConfigPage(client::Fleet *fleet, QWidget *parent = nullptr);
    ~ConfigPage() override;

    models::BundleDocument *document() const { return m_document; }
    QTreeView *outline() const { return m_tree; }
    TenantEditor *tenantEditor() const { return m_tenantEditor; }
    ServiceEditor *serviceEditor() const { return m_serviceEditor; }
    BundleInfoEditor *bundleEditor() const { return m_bundleEditor; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    NoticeBar *notice() const { return m_notice; }
    SyncPanel *syncPanel() const { return m_sync; }
    NoticeBar *recoveryBar() const { return m_recoveryBar; }
    QWidget *currentEditor() const;
    QString jsonText() const;

    // File operations. Failures show in the notice bar and leave the document as it was.
    void newFromTemplate();
    bool openFile(const QString &path);
    bool save();
    bool saveAs(const QString &path);
    // Asks what to do with unsaved changes; false when the user chose to stay.
    bool maybeClose();
    // Shows the item of a pointer and focuses its field.
    void selectPointer(const QString &pointer);

    // Where unsaved work is autosaved; if a previous run left work there, the page offers
    // to recover it.
    void setRecoveryPath(const QString &path);
    bool recoverPending();
    void discardPending();

    QStringList recentFiles() const { return m_recent; }
    void setRecentFiles(const QStringList &files);

Q_SIGNALS:
    void recentFilesChanged(const QStringList &files);
    // The title changed (document name and modified marker).
    void titleChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildToolBar();
    void retranslate();
    void updateUndoTexts();
    void updateState();
    void showItem(const QModelIndex &index);
    void onDocumentChanged(const QString &pointer);
    void refreshJson();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void chooseAndOpen();
    void removeTenant(const QString &pointer);
    void removeService(const QString &pointer);

    client::Fleet *m_fleet;
    models::BundleDocument *m_document;
    models::BundleRecovery *m_recovery = nullptr;
    models::BundleTreeModel *m_model;
    QString m_recoveryPath;
    QStringList m_recent;
    QString m_selectedPointer;

    QLabel *m_title;
    QToolBar *m_toolBar;
    QAction *m_new;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_undo;
    QAction *m_redo;
    QMenu *m_recentMenu;
    QAction *m_recentAction;
    NoticeBar *m_notice;
    NoticeBar *m_recoveryBar;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_editor;
    QTreeView *m_tree;
    QStackedWidget *m_forms;
    BundleInfoEditor *m_bundleEditor;
    TenantEditor *m_tenantEditor;
    ServiceEditor *m_serviceEditor;
    QTabWidget *m_tabs;
    ProblemsPanel *m_problems;
    SyncPanel *m_sync;
    QPlainTextEdit *m_json;
    QTimer *m_jsonTimer;
};

} // namespace lgsp::ui
