#pragma once

#include "protocol/instanceinfo.h"

#include <QUrl>
#include <QWidget>

class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace lgsp::ui {

class EmptyState;

// The home page: one row per connected LGSP instance. Until the fleet model arrives it is a
// simple list of the instances this session connected to, with what /info told us.
class FleetPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetPage)

public:
    explicit FleetPage(QWidget *parent = nullptr);

    void setInstanceConnected(const QUrl &url, const lgsp::protocol::InstanceInfo &info);
    void setInstanceFailed(const QUrl &url, const QString &message);
    // While the local sandbox starts: the empty state says so and its button is disabled.
    void setStarting(bool starting);
    int instanceCount() const;

Q_SIGNALS:
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Column {
        StatusColumn,
        NameColumn,
        OperatorColumn,
        AddressColumn,
        VersionColumn,
        CheckedColumn,
        ColumnCount
    };
    QTreeWidgetItem *rowFor(const QUrl &url);
    void retranslate();
    void updateEmptyState();

    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QTreeWidget *m_table = nullptr;
    bool m_starting = false;
};

} // namespace lgsp::ui
