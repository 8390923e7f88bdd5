#include "models/traffic/transactionlogmodel.h"

#include "client/backend/backend.h"
#include "models/common/roles.h"
#include "protocol/lgsperrors.h"

#include <QLocale>

#include <algorithm>

namespace lgsp::models {

TransactionLogModel::TransactionLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TransactionLogModel::load(client::Backend *backend, client::TransactionQuery query)
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    endResetModel();
    if (!backend) {
        Q_EMIT failed(tr("This instance is not connected."));
        return;
    }
    m_loading = true;
    query.limit = kPageSize;
    const quint64 generation = ++m_generation;
    backend->transactions(
        query, this,
        [this, generation](const client::Result<protocol::ListPage<protocol::Transaction>> &r) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!r.ok()) {
                Q_EMIT failed(r.error.message());
                return;
            }
            beginResetModel();
            m_rows = r.value.items;
            std::sort(m_rows.begin(), m_rows.end(),
                      [](const protocol::Transaction &a, const protocol::Transaction &b) {
                          return a.time > b.time;
                      });
            m_total = std::max<qint64>(r.value.total, m_rows.size());
            endResetModel();
            Q_EMIT loaded();
        });
}

int TransactionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransactionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransactionLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const protocol::Transaction &t = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(t.time.toLocalTime(), QStringLiteral("HH:mm:ss.zzz"));
        case ConsumerColumn:
            return t.consumer;
        case ServiceColumn:
            return t.serviceId;
        case StatusColumn:
            return t.status;
        case LatencyColumn:
            return tr("%1 ms").arg(QLocale().toString(t.latencyMs, 'f', 1));
        case ErrorColumn: {
            if (t.errorCode.isEmpty())
                return QString();
            const QString name = protocol::lgspErrorName(t.errorCode);
            return name.isEmpty() ? t.errorCode : QStringLiteral("%1 %2").arg(t.errorCode, name);
        }
        case CorrelationColumn:
            return t.correlationId;
        }
    } else if (role == RawRole) {
        switch (index.column()) {
        case TimeColumn:
            return t.time;
        case StatusColumn:
            return t.status;
        case LatencyColumn:
            return t.latencyMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == StatusColumn || index.column() == LatencyColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == ToneRole && !t.errorCode.isEmpty() && index.column() == ErrorColumn) {
        return QStringLiteral("error");
    }
    return {};
}

QVariant TransactionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ConsumerColumn:
        return tr("Consumer");
    case ServiceColumn:
        return tr("Service");
    case StatusColumn:
        return tr("Status");
    case LatencyColumn:
        return tr("Latency");
    case ErrorColumn:
        return tr("Error code");
    case CorrelationColumn:
        return tr("Correlation ID");
    }
    return {};
}

} // namespace lgsp::models
