#pragma once

#include <QUuid>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace lgsp::client {
class Fleet;
}
namespace lgsp::models {
class FleetModel;
class SearchFilterProxy;
} // namespace lgsp::models

namespace lgsp::ui {

class EmptyState;

// The home page: is everything all right, everywhere? One row per instance, grouped by the
// profiles' groups, with status, version, latency, certificate, clock, NDXP link, counts,
// traffic and how fresh the data is. Double-click opens an instance.
class FleetPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetPage)

public:
    explicit FleetPage(client::Fleet *fleet, QWidget *parent = nullptr);

    // While the local sandbox starts: the empty state says so and its button is disabled.
    void setStarting(bool starting);
    int instanceCount() const;
    QTreeView *view() const { return m_view; }
    models::FleetModel *model() const { return m_model; }
    void focusSearch();
    QLineEdit *searchBox() const { return m_search; }

Q_SIGNALS:
    void demoRequested();
    void instanceActivated(const QUuid &id);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateState();
    // Fits the columns to the rows in view (names between 20 and 40 characters).
    void fitColumns();

    client::Fleet *m_fleet;
    models::FleetModel *m_model;
    models::SearchFilterProxy *m_proxy;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_content;
    QLineEdit *m_search;
    QCheckBox *m_problemsOnly;
    QPushButton *m_checkNow;
    QLabel *m_summary;
    QTreeView *m_view;
    QTimer *m_refit; // fits the columns to the rows in view, at most twice a second
    bool m_starting = false;
    bool m_fitting = false;       // the page is fitting its columns (not the user)
    bool m_userSizedName = false; // the user set the name column's width: it is kept
};

} // namespace lgsp::ui
