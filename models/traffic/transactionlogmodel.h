#pragma once

#include "client/backend/queries.h"
#include "protocol/metrics.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace lgsp::client {
class Backend;
}

namespace lgsp::models {

// The transactions of one chart slot (GET /transactions), newest first: what an officer opens
// by clicking a bucket to see who called what and which calls failed.
class TransactionLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionLogModel)

public:
    enum Column {
        TimeColumn,
        ConsumerColumn,
        ServiceColumn,
        StatusColumn,
        LatencyColumn,
        ErrorColumn,
        CorrelationColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 500;

    explicit TransactionLogModel(QObject *parent = nullptr);

    // Loads the first page of `query`; loaded() or failed() follows.
    void load(client::Backend *backend, client::TransactionQuery query);
    bool isLoading() const { return m_loading; }
    // How many transactions the server has for the query (more than rowCount() when only the
    // first page was loaded).
    qint64 total() const { return m_total; }
    const protocol::Transaction &transaction(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    QList<protocol::Transaction> m_rows;
    qint64 m_total = 0;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace lgsp::models
