#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QUuid>

#include <algorithm>

namespace lgsp::models {

// A table of items (tenants, services…) gathered from many instances: one row per item, with
// its instance, whether that instance's profile is read-only, and the row's folded search
// key. Subclasses say how an item is identified and searched and how it is shown.
template<typename Item>
class InstanceRowsModel : public QAbstractTableModel
{
public:
    struct Row
    {
        QUuid instance;
        QString instanceName;
        bool readOnly = false; // the profile forbids changes
        Item item;
        QString searchKey;
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Appends a page of an instance's items (progressive loading). `total` is the server's
    // count of the whole listing, so room for it is made once rather than by growing (which
    // moves every row loaded so far).
    void append(const QUuid &instance, const QString &instanceName, bool readOnly,
                const QList<Item> &items, qint64 total = 0)
    {
        if (items.isEmpty())
            return;
        if (m_rows.capacity() < m_rows.size() + items.size())
            m_rows.reserve(m_rows.size() + std::max(qsizetype(total), items.size()));
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + items.size() - 1));
        for (const Item &item : items)
            m_rows.append(
                Row{instance, instanceName, readOnly, item, searchKeyOf(instanceName, item)});
        endInsertRows();
    }

    // Replaces one item after an action or an edit; false if it is not listed.
    bool update(const QUuid &instance, const Item &item)
    {
        const int row = rowOf(instance, keyOf(item));
        if (row < 0)
            return false;
        Row &r = m_rows[row];
        r.item = item;
        r.searchKey = searchKeyOf(r.instanceName, item);
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        return true;
    }

    void removeInstance(const QUuid &instance)
    {
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (m_rows.at(row).instance != instance)
                continue;
            int first = row;
            while (first > 0 && m_rows.at(first - 1).instance == instance)
                --first;
            beginRemoveRows({}, first, row);
            m_rows.remove(first, row - first + 1);
            endRemoveRows();
            row = first;
        }
    }

    void clear()
    {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }

    const Row *rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }

    // The row `row`, which must exist (0 <= row < rowCount()).
    const Row &at(int row) const { return m_rows.at(row); }

    int rowOf(const QUuid &instance, const QString &key) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).instance == instance && keyOf(m_rows.at(row).item) == key)
                return row;
        }
        return -1;
    }

    // Headers and every cell again, after a language change.
    void retranslate()
    {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

protected:
    // The item's identity within its instance (tenant code, service id).
    virtual QString keyOf(const Item &item) const = 0;
    virtual QString searchKeyOf(const QString &instanceName, const Item &item) const = 0;

    QList<Row> m_rows;
};

} // namespace lgsp::models
