#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace lgsp::client {
class Fleet;
}
namespace lgsp::models {
class SearchFilterProxy;
class TenantLoader;
class TenantModel;
} // namespace lgsp::models

namespace lgsp::ui {

class EmptyState;
class TenantDetails;

// The tenants (agencies) of every connected instance in one table: one search box that needs
// no diacritics, status and kind filters, Vietnamese sorting, a details pane with the
// actions the server allows. Loads page by page when shown.
class TenantsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantsPage)

public:
    explicit TenantsPage(client::Fleet *fleet, QWidget *parent = nullptr);

    void reload();
    void focusSearch();
    QLineEdit *searchBox() const { return m_search; }
    QTableView *view() const { return m_view; }
    TenantDetails *details() const { return m_details; }
    models::TenantLoader *loader() const { return m_loader; }

Q_SIGNALS:
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateState();
    void showSelected();

    client::Fleet *m_fleet;
    models::TenantModel *m_model;
    models::SearchFilterProxy *m_proxy;
    models::TenantLoader *m_loader;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_content;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_kind;
    QLabel *m_progress;
    QPushButton *m_reload;
    QPushButton *m_cancel;
    QTableView *m_view;
    TenantDetails *m_details;
    bool m_stale = true; // the instances changed since the last load
};

} // namespace lgsp::ui
