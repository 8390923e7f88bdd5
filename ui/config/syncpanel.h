#pragma once

#include "models/config/bundlesync.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace lgsp::models {
class BaseStore;
}

namespace lgsp::ui {

class FreshnessLabel;
class NoticeBar;

// The bundle and a live instance: a row of controls (instance, Export from instance,
// Compare, Dry run, Apply) that the page shows above the editor, and this panel with the
// results side by side: what applying would change (instance value → bundle value), what
// changed on the server since the bundle's base revision, the server's dry-run verdict
// (each error leads to its field) and the outcome of an apply.
class SyncPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPanel)

public:
    SyncPanel(client::Fleet *fleet, models::BundleDocument *document, QWidget *parent = nullptr);
    ~SyncPanel() override;

    // The controls row (owned by this panel's parent).
    QWidget *controls() const { return m_controls; }
    models::BundleSync *sync() const { return m_sync; }
    QTreeWidget *results() const { return m_results; }
    NoticeBar *notice() const { return m_notice; }
    // "Compared 12 s ago" over a comparison's results; stale once the bundle is edited.
    FreshnessLabel *freshness() const { return m_freshness; }
    QComboBox *instanceBox() const { return m_instance; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *dryRunButton() const { return m_dryRun; }
    QPushButton *applyButton() const { return m_apply; }
    QString statusText() const;
    QUuid currentInstance() const;
    void setBaseStore(const QString &directory);
    // Without confirmation (for scripted use); the Apply button asks first.
    void applyNow();

Q_SIGNALS:
    void fieldRequested(const QString &pointer);
    // Results arrived: the page shows this panel.
    void resultsShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildInstances();
    void updateButtons();
    void onStarted(models::BundleSync::Step step, const QUuid &instance);
    void onFinished(const models::BundleSync::Outcome &outcome);
    void showCompare(const models::BundleSync::Outcome &outcome);
    void showDryRun(const models::BundleSync::Outcome &outcome);
    void showApply(const models::BundleSync::Outcome &outcome);
    QTreeWidgetItem *section(const QString &title);
    void addChanges(QTreeWidgetItem *parent, const QList<models::BundleDiff::ItemChange> &changes,
                    bool liveToBundle);
    QString instanceName(const QUuid &id) const;

    client::Fleet *m_fleet;
    models::BundleDocument *m_document;
    std::unique_ptr<models::BaseStore> m_bases;
    models::BundleSync *m_sync;
    QWidget *m_controls;
    QLabel *m_instanceLabel;
    QComboBox *m_instance;
    QPushButton *m_export;
    QPushButton *m_compare;
    QPushButton *m_dryRun;
    QPushButton *m_apply;
    QLabel *m_status;
    NoticeBar *m_notice;
    FreshnessLabel *m_freshness;
    bool m_editedSinceCompare = false;
    QTreeWidget *m_results;
    bool m_replaying = false; // showing the last results again (language change)
    std::optional<models::BundleSync::Outcome> m_last;
};

} // namespace lgsp::ui
