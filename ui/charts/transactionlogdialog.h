#pragma once

#include "client/backend/queries.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace lgsp::client {
class Backend;
}
namespace lgsp::models {
class TransactionLogModel;
}

namespace lgsp::ui {

// The transactions behind one slot of a chart: time, consumer, service, status, latency,
// error code and correlation id, read from the instance's transaction log.
class TransactionLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionLogDialog)

public:
    TransactionLogDialog(const QString &scopeName, client::Backend *backend,
                         const client::TransactionQuery &query, QWidget *parent = nullptr);

    models::TransactionLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString statusText() const;

private:
    void showStatus();

    models::TransactionLogModel *m_model;
    QLabel *m_title;
    QLabel *m_status;
    QTableView *m_view;
    QString m_error;
};

} // namespace lgsp::ui
