#include "models/config/bundledocument.h"

#include "models/config/jsonpointer.h"
#include "models/logging.h"

#include <QJsonArray>
#include <QUndoCommand>
#include <QUndoStack>

namespace lgsp::models {

// One edit: the document before and after. Documents share their unchanged parts, so a
// step costs little more than the values it changed.
class BundleEditCommand final : public QUndoCommand
{
public:
    static constexpr int kFieldEdit = 0x4c47; // merges typing into one field

    BundleEditCommand(BundleDocument *document, QJsonObject before, QJsonObject after,
                      QString pointer, const QString &text, bool mergeable)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_pointer(std::move(pointer))
        , m_mergeable(mergeable)
    {}

    int id() const override { return m_mergeable ? kFieldEdit : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = static_cast<const BundleEditCommand *>(other);
        if (edit->m_pointer != m_pointer)
            return false;
        m_after = edit->m_after;
        return true;
    }
    void redo() override { m_document->replace(m_after, m_pointer); }
    void undo() override { m_document->replace(m_before, m_pointer); }

private:
    BundleDocument *m_document;
    QJsonObject m_before;
    QJsonObject m_after;
    QString m_pointer;
    bool m_mergeable;
};

BundleDocument::BundleDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this] { Q_EMIT modifiedChanged(isModified()); });
}

BundleDocument::~BundleDocument()
{
    // Clearing the stack while it is destroyed signals nothing to anyone.
    m_undo->blockSignals(true);
}

QJsonObject BundleDocument::templateDocument()
{
    return QJsonObject{
        {QStringLiteral("schemaVersion"), 1},
        {QStringLiteral("instance"), QJsonObject{{QStringLiteral("name"), QString()}}},
        {QStringLiteral("revision"), 0},
        {QStringLiteral("tenants"),
         QJsonArray{QJsonObject{
             {QStringLiteral("code"), QStringLiteral("000.00.00.H00")},
             {QStringLiteral("name"), tr("Province (rename me)")},
             {QStringLiteral("kind"), QStringLiteral("province")},
             {QStringLiteral("status"), QStringLiteral("active")},
             {QStringLiteral("contact"), QJsonObject{{QStringLiteral("name"), QString()},
                                                     {QStringLiteral("email"), QString()},
                                                     {QStringLiteral("phone"), QString()}}},
         }}},
        {QStringLiteral("services"), QJsonArray()},
        {QStringLiteral("policies"), QJsonObject()},
    };
}

QJsonValue BundleDocument::value(const QString &pointer) const
{
    return jsonpointer::value(m_document, pointer);
}

QString BundleDocument::displayName() const
{
    if (m_filePath.isEmpty())
        return tr("Untitled bundle");
    return m_filePath.section(QLatin1Char('/'), -1);
}

bool BundleDocument::isModified() const
{
    return m_open && (m_forcedModified || !m_undo->isClean());
}

void BundleDocument::open(const QJsonObject &document, const QString &filePath)
{
    m_undo->clear();
    m_forcedModified = false;
    m_open = true;
    m_filePath = filePath;
    replace(document, QString());
    Q_EMIT filePathChanged(m_filePath);
    Q_EMIT modifiedChanged(isModified());
}

void BundleDocument::openModified(const QJsonObject &document, const QString &filePath)
{
    open(document, filePath);
    m_forcedModified = true;
    Q_EMIT modifiedChanged(true);
}

void BundleDocument::close()
{
    m_undo->clear();
    m_forcedModified = false;
    m_open = false;
    m_filePath.clear();
    replace(QJsonObject(), QString());
    Q_EMIT filePathChanged(m_filePath);
    Q_EMIT modifiedChanged(false);
}

bool BundleDocument::load(const QString &path, BundleFile::Problem *problem)
{
    const std::optional<QJsonObject> document = BundleFile::read(path, problem);
    if (!document)
        return false;
    open(*document, path);
    qCInfo(lcModels) << "bundle opened:" << path << m_problems.size() << "problem(s)";
    return true;
}

bool BundleDocument::save(const QString &path, QString *error)
{
    if (!BundleFile::write(path, m_document, error))
        return false;
    const bool renamed = path != m_filePath;
    m_filePath = path;
    m_forcedModified = false;
    m_undo->setClean();
    if (renamed)
        Q_EMIT filePathChanged(m_filePath);
    Q_EMIT modifiedChanged(false);
    return true;
}

void BundleDocument::setValue(const QString &pointer, const QJsonValue &value, const QString &text,
                              bool typing)
{
    if (jsonpointer::value(m_document, pointer) == value)
        return;
    QJsonValue root(m_document);
    if (!jsonpointer::setValue(&root, pointer, value)) {
        qCWarning(lcModels) << "bundle edit at a pointer that leads nowhere:" << pointer;
        return;
    }
    push(root.toObject(), pointer, text, typing);
}

void BundleDocument::insertItem(const QString &arrayPointer, qsizetype index,
                                const QJsonValue &value, const QString &text)
{
    QJsonValue root(m_document);
    if (!jsonpointer::insert(&root, arrayPointer, index, value))
        return;
    const qsizetype size = jsonpointer::value(root, arrayPointer).toArray().size();
    const qsizetype at = index < 0 || index >= size ? size - 1 : index;
    push(root.toObject(), jsonpointer::child(arrayPointer, at), text, false);
}

void BundleDocument::removeItem(const QString &pointer, const QString &text)
{
    QJsonValue root(m_document);
    if (!jsonpointer::setValue(&root, pointer, QJsonValue(QJsonValue::Undefined)))
        return;
    push(root.toObject(), jsonpointer::parentOf(pointer), text, false);
}

QString BundleDocument::addTenant()
{
    const QJsonObject tenant{
        {QStringLiteral("code"), QString()},
        {QStringLiteral("name"), tr("New tenant")},
        {QStringLiteral("kind"), QStringLiteral("agency")},
        {QStringLiteral("status"), QStringLiteral("trial")},
        {QStringLiteral("contact"), QJsonObject{{QStringLiteral("name"), QString()},
                                                {QStringLiteral("email"), QString()},
                                                {QStringLiteral("phone"), QString()}}},
    };
    const qsizetype index = m_document.value(QStringLiteral("tenants")).toArray().size();
    insertItem(QStringLiteral("/tenants"), -1, tenant, tr("Add tenant"));
    return jsonpointer::child(QStringLiteral("/tenants"), index);
}

QString BundleDocument::addService(const QString &tenantCode)
{
    const QJsonArray services = m_document.value(QStringLiteral("services")).toArray();
    QString code = QStringLiteral("new-service");
    for (int n = 2;; ++n) {
        const bool taken = std::any_of(services.begin(), services.end(), [&](const QJsonValue &s) {
            const QJsonObject o = s.toObject();
            return o.value(QStringLiteral("tenantCode")).toString() == tenantCode &&
                   o.value(QStringLiteral("code")).toString() == code;
        });
        if (!taken)
            break;
        code = QStringLiteral("new-service-%1").arg(n);
    }
    const QJsonObject service{
        {QStringLiteral("code"), code},
        {QStringLiteral("tenantCode"), tenantCode},
        {QStringLiteral("name"), tr("New service")},
        {QStringLiteral("version"), QStringLiteral("1.0")},
        {QStringLiteral("protocol"), QStringLiteral("REST")},
        {QStringLiteral("definitionType"), QStringLiteral("OAS3")},
        {QStringLiteral("upstreamUrl"), QString()},
        {QStringLiteral("visibility"), QStringLiteral("instance")},
        {QStringLiteral("status"), QStringLiteral("draft")},
        {QStringLiteral("consumers"), QJsonArray()},
        {QStringLiteral("sla"), QJsonObject{{QStringLiteral("timeoutMs"), 10000},
                                            {QStringLiteral("rateLimitPerMin"), 600}}},
        {QStringLiteral("definition"), QString()},
    };
    insertItem(QStringLiteral("/services"), -1, service, tr("Add service"));
    return jsonpointer::child(QStringLiteral("/services"), services.size());
}

void BundleDocument::removeTenant(qsizetype index)
{
    QJsonArray tenants = m_document.value(QStringLiteral("tenants")).toArray();
    if (index < 0 || index >= tenants.size())
        return;
    const QJsonObject tenant = tenants.at(index).toObject();
    const QString code = tenant.value(QStringLiteral("code")).toString();
    tenants.removeAt(index);
    QJsonArray services;
    for (const QJsonValue &value : m_document.value(QStringLiteral("services")).toArray()) {
        QJsonObject service = value.toObject();
        if (!code.isEmpty() && service.value(QStringLiteral("tenantCode")).toString() == code)
            continue;
        QJsonArray consumers = service.value(QStringLiteral("consumers")).toArray();
        for (qsizetype c = consumers.size() - 1; c >= 0; --c) {
            if (consumers.at(c).toString() == code)
                consumers.removeAt(c);
        }
        if (service.contains(QStringLiteral("consumers")))
            service.insert(QStringLiteral("consumers"), consumers);
        services.append(service);
    }
    QJsonObject after = m_document;
    after.insert(QStringLiteral("tenants"), tenants);
    after.insert(QStringLiteral("services"), services);
    push(after, QStringLiteral("/tenants"), tr("Remove tenant %1").arg(code), false);
}

int BundleDocument::errorCount() const
{
    return int(std::count_if(m_problems.begin(), m_problems.end(),
                             [](const BundleFile::Problem &p) { return p.isError(); }));
}

int BundleDocument::warningCount() const
{
    return int(m_problems.size()) - errorCount();
}

QList<BundleFile::Problem> BundleDocument::problemsAt(const QString &pointer, bool within) const
{
    QList<BundleFile::Problem> found;
    for (const BundleFile::Problem &problem : m_problems) {
        if (within ? jsonpointer::isWithin(problem.pointer, pointer) : problem.pointer == pointer)
            found.append(problem);
    }
    return found;
}

void BundleDocument::push(const QJsonObject &after, const QString &pointer, const QString &text,
                          bool mergeable)
{
    if (!m_open)
        return;
    m_undo->push(new BundleEditCommand(this, m_document, after, pointer, text, mergeable));
}

void BundleDocument::replace(const QJsonObject &document, const QString &pointer)
{
    m_document = document;
    recheck();
    Q_EMIT changed(pointer);
}

void BundleDocument::recheck()
{
    m_problems.clear();
    if (m_open) {
        m_problems = BundleFile::check(m_document);
        // Advice only matters once the document is valid enough to read it.
        m_problems += BundleFile::warnings(m_document);
    }
    Q_EMIT problemsChanged();
}

} // namespace lgsp::models
