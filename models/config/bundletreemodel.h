#pragma once

#include "models/common/roles.h"

#include <QAbstractItemModel>
#include <QList>

namespace lgsp::models {

class BundleDocument;

// The outline of a configuration bundle: the bundle itself, its tenants with the services
// each provides, services whose provider is not in the bundle, and the policies. Every node
// knows its JSON pointer and how many problems lie under it. Typing into a field keeps the
// outline (only its texts change); adding or removing items rebuilds it.
class BundleTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundleTreeModel)

public:
    enum Column { NameColumn, CodeColumn, ColumnCount };
    enum class Kind { Bundle, Tenants, Tenant, Service, Unprovided, Policies };
    static constexpr int PointerRole = FirstCustomRole;
    static constexpr int KindRole = FirstCustomRole + 1;
    // "error", "warning" or empty: the worst problem at the node or under it.
    static constexpr int ProblemRole = FirstCustomRole + 2;

    explicit BundleTreeModel(BundleDocument *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The node of a pointer, or of the nearest node above it ("/tenants/2/contact/email"
    // gives tenant 2); invalid when the document is closed.
    QModelIndex indexOf(const QString &pointer) const;
    void retranslate() { rebuild(); }

private:
    struct Node
    {
        Kind kind = Kind::Bundle;
        QString pointer;
        QString name;
        QString code;
        int parent = -1; // index into m_nodes; -1 at the top
        int row = 0;     // among its parent's children
        QList<int> children;
        int errors = 0;
        int warnings = 0;
    };
    QList<Node> build() const;
    void rebuild();
    int nodeOf(const QModelIndex &index) const;

    BundleDocument *m_document;
    QList<Node> m_nodes;
    QList<int> m_top;
};

} // namespace lgsp::models
