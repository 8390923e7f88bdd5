#include "models/config/bundletreemodel.h"

#include "models/config/bundledocument.h"
#include "models/config/jsonpointer.h"

#include <QJsonArray>

namespace lgsp::models {

namespace {

template<typename Node, typename Kind>
Node makeNode(Kind kind, const QString &pointer)
{
    Node node;
    node.kind = kind;
    node.pointer = pointer;
    return node;
}

} // namespace

BundleTreeModel::BundleTreeModel(BundleDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(document, &BundleDocument::changed, this, &BundleTreeModel::rebuild);
    connect(document, &BundleDocument::problemsChanged, this, &BundleTreeModel::rebuild);
    rebuild();
}

QList<BundleTreeModel::Node> BundleTreeModel::build() const
{
    QList<Node> nodes;
    if (!m_document->isOpen())
        return nodes;
    const QJsonObject &doc = m_document->document();
    const auto add = [&nodes](Node node, int parent) {
        node.parent = parent;
        if (parent >= 0) {
            node.row = int(nodes[parent].children.size());
            nodes[parent].children.append(int(nodes.size()));
        }
        nodes.append(node);
        return int(nodes.size()) - 1;
    };
    Node bundle = makeNode<Node>(Kind::Bundle, QString());
    bundle.name =
        doc.value(QStringLiteral("instance")).toObject().value(QStringLiteral("name")).toString();
    if (bundle.name.isEmpty())
        bundle.name = tr("Bundle");
    const qint64 revision = doc.value(QStringLiteral("revision")).toInteger();
    bundle.code = revision > 0 ? tr("revision %1").arg(revision) : tr("no base revision");
    int top = 0;
    add(bundle, -1);

    const QJsonArray tenants = doc.value(QStringLiteral("tenants")).toArray();
    const QJsonArray services = doc.value(QStringLiteral("services")).toArray();
    Node group = makeNode<Node>(Kind::Tenants, QStringLiteral("/tenants"));
    group.name = tr("Tenants (%1)").arg(tenants.size());
    group.row = ++top;
    const int groupIndex = add(group, -1);
    QHash<QString, int> tenantNodes;
    for (qsizetype i = 0; i < tenants.size(); ++i) {
        const QJsonObject t = tenants.at(i).toObject();
        Node node = makeNode<Node>(Kind::Tenant, jsonpointer::child(QStringLiteral("/tenants"), i));
        node.code = t.value(QStringLiteral("code")).toString();
        node.name = t.value(QStringLiteral("name")).toString();
        if (node.name.trimmed().isEmpty())
            node.name = tr("(no name)");
        const int n = add(node, groupIndex);
        if (!node.code.isEmpty() && !tenantNodes.contains(node.code))
            tenantNodes.insert(node.code, n);
    }
    int unprovided = -1;
    for (qsizetype i = 0; i < services.size(); ++i) {
        const QJsonObject s = services.at(i).toObject();
        Node node =
            makeNode<Node>(Kind::Service, jsonpointer::child(QStringLiteral("/services"), i));
        node.code = s.value(QStringLiteral("code")).toString();
        node.name = s.value(QStringLiteral("name")).toString();
        if (node.name.trimmed().isEmpty())
            node.name = tr("(no name)");
        int parent = tenantNodes.value(s.value(QStringLiteral("tenantCode")).toString(), -1);
        if (parent < 0) {
            if (unprovided < 0) {
                Node orphans = makeNode<Node>(Kind::Unprovided, QStringLiteral("/services"));
                orphans.name = tr("Services without a provider in the bundle");
                orphans.row = ++top;
                unprovided = add(orphans, -1);
            }
            parent = unprovided;
        }
        add(node, parent);
    }
    Node policies = makeNode<Node>(Kind::Policies, QStringLiteral("/policies"));
    policies.name = tr("Policies");
    policies.code =
        tr("%n entry(ies)", nullptr, int(doc.value(QStringLiteral("policies")).toObject().size()));
    policies.row = ++top;
    add(policies, -1);

    // Problems count where they are, and in every node above (the bundle node only counts
    // its own fields, so it does not repeat every problem of the document).
    for (const BundleFile::Problem &problem : m_document->problems()) {
        for (Node &node : nodes) {
            const bool own = node.kind == Kind::Bundle
                                 ? !problem.pointer.startsWith(QLatin1String("/tenants")) &&
                                       !problem.pointer.startsWith(QLatin1String("/services")) &&
                                       !problem.pointer.startsWith(QLatin1String("/policies"))
                                 : jsonpointer::isWithin(problem.pointer, node.pointer);
            if (own)
                (problem.isError() ? node.errors : node.warnings) += 1;
        }
    }
    // A tenant also shows the problems of the services it provides.
    for (Node &node : nodes) {
        if (node.kind != Kind::Tenant)
            continue;
        for (int child : std::as_const(node.children)) {
            node.errors += nodes.at(child).errors;
            node.warnings += nodes.at(child).warnings;
        }
    }
    return nodes;
}

void BundleTreeModel::rebuild()
{
    QList<Node> nodes = build();
    const bool sameShape =
        nodes.size() == m_nodes.size() &&
        std::equal(nodes.begin(), nodes.end(), m_nodes.begin(), [](const Node &a, const Node &b) {
            return a.kind == b.kind && a.pointer == b.pointer && a.parent == b.parent &&
                   a.row == b.row;
        });
    if (sameShape) {
        m_nodes = std::move(nodes);
        // Every row may have changed its texts or problem marks.
        for (int i = 0; i < m_nodes.size(); ++i) {
            const QModelIndex first = createIndex(m_nodes.at(i).row, 0, quintptr(i));
            Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_nodes = std::move(nodes);
    m_top.clear();
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).parent < 0)
            m_top.append(i);
    }
    endResetModel();
}

int BundleTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex BundleTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const int p = nodeOf(parent);
    const QList<int> &siblings = p < 0 ? m_top : m_nodes.at(p).children;
    if (row >= siblings.size() || (parent.isValid() && parent.column() != 0))
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex BundleTreeModel::parent(const QModelIndex &child) const
{
    const int n = nodeOf(child);
    if (n < 0 || m_nodes.at(n).parent < 0)
        return {};
    const int p = m_nodes.at(n).parent;
    return createIndex(m_nodes.at(p).row, 0, quintptr(p));
}

int BundleTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(nodeOf(parent)).children.size());
}

int BundleTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant BundleTreeModel::data(const QModelIndex &index, int role) const
{
    const int n = nodeOf(index);
    if (n < 0)
        return {};
    const Node &node = m_nodes.at(n);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? node.name : node.code;
    case Qt::ToolTipRole:
        if (node.errors + node.warnings == 0)
            return {};
        return QString(tr("%n error(s)", nullptr, node.errors) + QStringLiteral(", ") +
                       tr("%n warning(s)", nullptr, node.warnings));
    case StatusRole:
        if (index.column() != NameColumn)
            return {};
        // Every row has a mark (empty when all is well) so the names line up.
        if (node.errors + node.warnings == 0)
            return QString();
        return node.errors > 0 ? QStringLiteral("fail") : QStringLiteral("warn");
    case PointerRole:
        return node.pointer;
    case KindRole:
        return int(node.kind);
    case ProblemRole:
        return node.errors > 0     ? QStringLiteral("error")
               : node.warnings > 0 ? QStringLiteral("warning")
                                   : QString();
    default:
        return {};
    }
}

QVariant BundleTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Item") : tr("Code");
}

QModelIndex BundleTreeModel::indexOf(const QString &pointer) const
{
    int best = -1;
    qsizetype bestLength = -1;
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &node = m_nodes.at(i);
        if (node.kind == Kind::Unprovided)
            continue;
        if (jsonpointer::isWithin(pointer, node.pointer) && node.pointer.size() > bestLength) {
            best = i;
            bestLength = node.pointer.size();
        }
    }
    return best < 0 ? QModelIndex() : createIndex(m_nodes.at(best).row, 0, quintptr(best));
}

} // namespace lgsp::models
