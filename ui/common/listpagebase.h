#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace lgsp::client {
class Fleet;
}
namespace lgsp::models {
class ListLoader;
class TableFilterProxy;
} // namespace lgsp::models

namespace lgsp::ui {

class EmptyState;
class FreshnessLabel;

// What the tenants and catalog pages share: a search box that needs no diacritics, value
// filters, Vietnamese sorting, progressive loading from every instance with progress and
// cancel, a table and a details pane, and an empty state while no instance is connected.
class ListPageBase : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPageBase)

public:
    ListPageBase(client::Fleet *fleet, const QString &iconPath, QWidget *parent = nullptr);

    void reload();
    // Loads now if the rows are not loaded or are out of date (as showing the page does).
    void loadIfStale();
    void focusSearch();
    // The visible rows (filtered and sorted, as shown) as CSV with the header; false with
    // *error when the file cannot be written. Nothing is written partially (QSaveFile).
    bool exportCsv(const QString &path, QString *error) const;
    // Asks where, then exports; a failure is said in a message box.
    void exportCsvWithDialog();
    // The selected rows as tab-separated text, as spreadsheets paste it.
    QString selectedRowsText() const;
    // The instance selector: only the rows of one instance (by its profile's name), or all.
    void showOnlyInstance(const QString &instanceName);
    void showAllInstances();
    // The instance chosen in the selector, or empty for all.
    QString shownInstance() const;
    QLineEdit *searchBox() const { return m_search; }
    // What the person set on the page: the search, the instance shown, the filters and the
    // selected row (by its identity), to reopen the page as it was (listpagestate.cpp). The
    // selection comes back once its row has loaded.
    QJsonObject viewState() const;
    void restoreViewState(const QJsonObject &state);
    // Selects the row with `identity` (IdentityRole), clearing the search, the filters and
    // the instance shown if they hide it; false when no such row has loaded (it is then
    // selected once it loads).
    bool reveal(const QString &identity);
    QTreeView *view() const { return m_view; }
    models::ListLoader *loader() const { return m_loader; }

Q_SIGNALS:
    void demoRequested();

protected:
    // Called by the subclass's constructor once its model and loader exist.
    void setUp(QAbstractItemModel *model, models::ListLoader *loader, QWidget *details,
               int instanceColumn);
    // A button of the page's own (New…), placed before the progress text.
    void addToBar(QWidget *widget);
    // A combo box of values for `column` (first entry: all), with a visible label before it
    // (its text from setFilterLabel()); filled by fillFilter().
    QComboBox *addFilter(int column);
    void setFilterLabel(QComboBox *box, const QString &text);
    // Shows or hides a filter with its label; a hidden filter filters nothing.
    void setFilterVisible(QComboBox *box, bool visible);
    static void fillFilter(QComboBox *box, const QString &all, const QStringList &values,
                           const std::function<QString(const QString &)> &text);
    // The source row now current, or -1.
    virtual void showRow(int sourceRow) = 0;
    // "19 tenants", or "1 of 19 tenants" when a search or a filter hides some.
    virtual QString countText(int shown, int total) const = 0;
    // Subclasses translate their texts and then call this.
    virtual void retranslate();
    // A note under the filters for what the rows cannot say themselves; empty hides it.
    void setNote(const QString &text);
    // Called when the instances, or the one shown, change (and after retranslate()).
    virtual void updateNote() {}
    // How many items of this list the instance's last poll counted (its tenants, its
    // services), if it said: a change of it marks the rows read before as stale.
    virtual std::optional<qint64> countOnServer(const QUuid &instance) const = 0;

public:
    // The line that says how many rows are shown (what a screen reader announces).
    QString countLine() const;
    // The note under the filters (empty when none is shown).
    QString note() const;
    // "Updated 12 s ago", stale when the rows may be out of date (ui/common/listfreshness.h).
    FreshnessLabel *freshness() const { return m_freshness; }

protected:
    EmptyState *emptyState() const { return m_empty; }
    QString loadingText() const;

    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

    client::Fleet *m_fleet;
    models::TableFilterProxy *m_proxy;

private:
    void styleNote();
    void updateState();
    void fillInstances();
    void updateTabOrder();

    models::ListLoader *m_loader = nullptr;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_content;
    QHBoxLayout *m_bar;       // search, the page's buttons, the count, export, reload
    QHBoxLayout *m_filterBar; // instance and the filters, each with its label
    QLineEdit *m_search;
    QLabel *m_progress;
    FreshnessLabel *m_freshness;
    QPushButton *m_reload;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QComboBox *m_instances;
    QLabel *m_instancesLabel;
    QLabel *m_note;
    QHash<QComboBox *, QLabel *> m_filterLabels;
    QHash<QComboBox *, int> m_filterColumns;
    QString m_pendingSelection; // the identity of a row to select once loaded
    QString m_pendingInstance;  // an instance to show once the fleet has it
    // Selects the row with `identity` among the shown rows first..last (all by default).
    bool selectIdentity(const QString &identity, int first = 0, int last = -1);
    int m_instanceColumn = -1;
    QTreeView *m_view;
    QWidget *m_details = nullptr;
    void fitColumns();
    bool m_stale = true;
};

} // namespace lgsp::ui
