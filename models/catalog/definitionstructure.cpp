#include "models/catalog/definitionstructure.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <yaml-cpp/yaml.h>

namespace lgsp::models {

namespace {

constexpr int kMaxDepth = 256; // nesting deeper than this is refused, not recursed into
constexpr qsizetype kDetailLength = 120;

using Entry = DefinitionStructure::Entry;
using Change = DefinitionStructure::Change;

QJsonValue scalarOf(const YAML::Node &node)
{
    const QString text = QString::fromStdString(node.Scalar());
    if (node.Tag() != "?") // quoted, or tagged: a string as written
        return text;
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression real(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (text == QLatin1String("true") || text == QLatin1String("True") ||
        text == QLatin1String("TRUE"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("False") ||
        text == QLatin1String("FALSE"))
        return false;
    if (text.isEmpty() || text == QLatin1String("~") || text == QLatin1String("null") ||
        text == QLatin1String("Null") || text == QLatin1String("NULL"))
        return QJsonValue::Null;
    if (integer.match(text).hasMatch() || real.match(text).hasMatch())
        return text.toDouble();
    return text;
}

bool toJson(const YAML::Node &node, int depth, QJsonValue *out, QString *error)
{
    if (depth > kMaxDepth) {
        *error = DefinitionStructure::tr("The definition is nested more than %1 levels deep.")
                     .arg(kMaxDepth);
        return false;
    }
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        *out = scalarOf(node);
        return true;
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node) {
            QJsonValue value;
            if (!toJson(item, depth + 1, &value, error))
                return false;
            array.append(value);
        }
        *out = array;
        return true;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &pair : node) {
            QJsonValue value;
            if (!toJson(pair.second, depth + 1, &value, error))
                return false;
            object.insert(QString::fromStdString(pair.first.Scalar()), value);
        }
        *out = object;
        return true;
    }
    default:
        *out = QJsonValue::Null;
        return true;
    }
}

QString compact(const QJsonValue &value)
{
    QString text;
    if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else if (value.isString())
        text = QLatin1Char('"') + value.toString() + QLatin1Char('"');
    else if (value.isUndefined())
        text = DefinitionStructure::tr("(none)");
    else
        text = QString::fromUtf8(
            QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    return text.size() > kDetailLength ? text.left(kDetailLength - 1) + QChar(0x2026) : text;
}

QString fromTo(const QString &field, const QJsonValue &before, const QJsonValue &after)
{
    return DefinitionStructure::tr("%1: %2 → %3").arg(field, compact(before), compact(after));
}

QStringList sortedUnion(const QStringList &a, const QStringList &b)
{
    QStringList all = a;
    for (const QString &key : b) {
        if (!all.contains(key))
            all.append(key);
    }
    std::sort(all.begin(), all.end());
    return all;
}

class OpenApiComparison
{
    Q_DECLARE_TR_FUNCTIONS(lgsp::models::DefinitionStructure)

public:
    QList<Entry> entries;

    void compare(const QJsonObject &a, const QJsonObject &b)
    {
        for (const QString &field : {QStringLiteral("openapi"), QStringLiteral("swagger")}) {
            if (a.value(field) != b.value(field))
                add(Change::Changed, tr("Document"), field,
                    fromTo(field, a.value(field), b.value(field)));
        }
        const QJsonObject infoA = a.value(QStringLiteral("info")).toObject();
        const QJsonObject infoB = b.value(QStringLiteral("info")).toObject();
        for (const QString &field : {QStringLiteral("title"), QStringLiteral("version")}) {
            if (infoA.value(field) != infoB.value(field))
                add(Change::Changed, tr("Document"), QStringLiteral("info.") + field,
                    fromTo(field, infoA.value(field), infoB.value(field)));
        }
        comparePaths(a.value(QStringLiteral("paths")).toObject(),
                     b.value(QStringLiteral("paths")).toObject());
        compareSchemas(schemasOf(a), schemasOf(b));
    }

private:
    void add(Change change, const QString &what, const QString &where, const QString &detail = {})
    {
        entries.append(Entry{change, what, where, detail});
    }

    static QJsonObject schemasOf(const QJsonObject &document)
    {
        const QJsonObject components = document.value(QStringLiteral("components")).toObject();
        return components.contains(QStringLiteral("schemas"))
                   ? components.value(QStringLiteral("schemas")).toObject()
                   : document.value(QStringLiteral("definitions")).toObject(); // OpenAPI 2.0
    }

    void comparePaths(const QJsonObject &a, const QJsonObject &b)
    {
        static const QStringList methods{QStringLiteral("get"),     QStringLiteral("put"),
                                         QStringLiteral("post"),    QStringLiteral("delete"),
                                         QStringLiteral("options"), QStringLiteral("head"),
                                         QStringLiteral("patch"),   QStringLiteral("trace")};
        for (const QString &path : sortedUnion(a.keys(), b.keys())) {
            if (!a.contains(path)) {
                add(Change::Added, tr("Path"), path);
                continue;
            }
            if (!b.contains(path)) {
                add(Change::Removed, tr("Path"), path);
                continue;
            }
            const QJsonObject pathA = a.value(path).toObject();
            const QJsonObject pathB = b.value(path).toObject();
            for (const QString &method : methods) {
                const QString where = method.toUpper() + QLatin1Char(' ') + path;
                const bool inA = pathA.contains(method);
                const bool inB = pathB.contains(method);
                if (!inA && inB)
                    add(Change::Added, tr("Operation"), where);
                else if (inA && !inB)
                    add(Change::Removed, tr("Operation"), where);
                else if (inA && inB)
                    compareOperation(where, pathA, pathB, pathA.value(method).toObject(),
                                     pathB.value(method).toObject());
            }
        }
    }

    // The parameters of an operation, the path's own first, by "in:name" (or by $ref).
    static QMap<QString, QJsonObject> parametersOf(const QJsonObject &path,
                                                   const QJsonObject &operation)
    {
        QMap<QString, QJsonObject> byKey;
        for (const QJsonObject &owner : {path, operation}) {
            for (const QJsonValue &value : owner.value(QStringLiteral("parameters")).toArray()) {
                const QJsonObject parameter = value.toObject();
                const QString ref = parameter.value(QStringLiteral("$ref")).toString();
                const QString key = ref.isEmpty()
                                        ? parameter.value(QStringLiteral("name")).toString() +
                                              QStringLiteral(" (") +
                                              parameter.value(QStringLiteral("in")).toString() +
                                              QLatin1Char(')')
                                        : ref;
                byKey.insert(key, parameter);
            }
        }
        return byKey;
    }

    void compareOperation(const QString &where, const QJsonObject &pathA, const QJsonObject &pathB,
                          const QJsonObject &a, const QJsonObject &b)
    {
        for (const QString &field : {QStringLiteral("operationId"), QStringLiteral("summary"),
                                     QStringLiteral("deprecated")}) {
            if (a.value(field) != b.value(field))
                add(Change::Changed, tr("Operation"), where,
                    fromTo(field, a.value(field), b.value(field)));
        }
        const QMap<QString, QJsonObject> parametersA = parametersOf(pathA, a);
        const QMap<QString, QJsonObject> parametersB = parametersOf(pathB, b);
        for (const QString &key : sortedUnion(parametersA.keys(), parametersB.keys())) {
            const QString at = where + QStringLiteral(" · ") + key;
            if (!parametersA.contains(key)) {
                add(Change::Added, tr("Parameter"), at);
            } else if (!parametersB.contains(key)) {
                add(Change::Removed, tr("Parameter"), at);
            } else {
                const QJsonObject pa = parametersA.value(key);
                const QJsonObject pb = parametersB.value(key);
                for (const QString &field : sortedUnion(pa.keys(), pb.keys())) {
                    if (pa.value(field) != pb.value(field))
                        add(Change::Changed, tr("Parameter"), at,
                            fromTo(field, pa.value(field), pb.value(field)));
                }
            }
        }
        const QJsonValue bodyA = a.value(QStringLiteral("requestBody"));
        const QJsonValue bodyB = b.value(QStringLiteral("requestBody"));
        if (bodyA.isUndefined() != bodyB.isUndefined())
            add(bodyA.isUndefined() ? Change::Added : Change::Removed, tr("Request body"), where);
        else if (bodyA != bodyB)
            add(Change::Changed, tr("Request body"), where, fromTo(tr("body"), bodyA, bodyB));
        const QJsonObject responsesA = a.value(QStringLiteral("responses")).toObject();
        const QJsonObject responsesB = b.value(QStringLiteral("responses")).toObject();
        for (const QString &code : sortedUnion(responsesA.keys(), responsesB.keys())) {
            const QString at = where + QStringLiteral(" · ") + code;
            if (!responsesA.contains(code))
                add(Change::Added, tr("Response"), at);
            else if (!responsesB.contains(code))
                add(Change::Removed, tr("Response"), at);
            else if (responsesA.value(code) != responsesB.value(code))
                add(Change::Changed, tr("Response"), at,
                    fromTo(code, responsesA.value(code), responsesB.value(code)));
        }
    }

    void compareSchemas(const QJsonObject &a, const QJsonObject &b)
    {
        for (const QString &name : sortedUnion(a.keys(), b.keys())) {
            if (!a.contains(name)) {
                add(Change::Added, tr("Schema"), name);
                continue;
            }
            if (!b.contains(name)) {
                add(Change::Removed, tr("Schema"), name);
                continue;
            }
            const QJsonObject sa = a.value(name).toObject();
            const QJsonObject sb = b.value(name).toObject();
            if (sa == sb)
                continue;
            const int before = int(entries.size());
            const QJsonObject propsA = sa.value(QStringLiteral("properties")).toObject();
            const QJsonObject propsB = sb.value(QStringLiteral("properties")).toObject();
            for (const QString &property : sortedUnion(propsA.keys(), propsB.keys())) {
                const QString at = name + QLatin1Char('.') + property;
                if (!propsA.contains(property))
                    add(Change::Added, tr("Property"), at);
                else if (!propsB.contains(property))
                    add(Change::Removed, tr("Property"), at);
                else if (propsA.value(property) != propsB.value(property))
                    add(Change::Changed, tr("Property"), at,
                        fromTo(property, propsA.value(property), propsB.value(property)));
            }
            for (const QString &field : sortedUnion(sa.keys(), sb.keys())) {
                if (field != QLatin1String("properties") && sa.value(field) != sb.value(field))
                    add(Change::Changed, tr("Schema"), name,
                        fromTo(field, sa.value(field), sb.value(field)));
            }
            if (entries.size() == before) // differs in a way not listed above
                add(Change::Changed, tr("Schema"), name);
        }
    }
};

// A WSDL's operations (with their input and output messages), messages and schema elements.
struct WsdlParts
{
    QMap<QString, QString> operations; // name → "input → output"
    QSet<QString> messages;
    QSet<QString> elements;
};

bool readWsdl(const QByteArray &text, WsdlParts *parts, QString *error)
{
    QXmlStreamReader xml(text);
    QStringList open;
    QString operation;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            const QString parent = open.isEmpty() ? QString() : open.constLast();
            const QString attribute = xml.attributes().value(QStringLiteral("name")).toString();
            if (name == QLatin1String("operation") &&
                (parent == QLatin1String("portType") || parent == QLatin1String("interface"))) {
                operation = attribute;
                parts->operations.insert(operation, QString());
            } else if (!operation.isEmpty() &&
                       (name == QLatin1String("input") || name == QLatin1String("output"))) {
                QString &signature = parts->operations[operation];
                const QString message =
                    xml.attributes().value(QStringLiteral("message")).toString() +
                    xml.attributes().value(QStringLiteral("element")).toString();
                signature += signature.isEmpty() ? message : QStringLiteral(" → ") + message;
            } else if (name == QLatin1String("message") && !attribute.isEmpty()) {
                parts->messages.insert(attribute);
            } else if (name == QLatin1String("element") && parent == QLatin1String("schema") &&
                       !attribute.isEmpty()) {
                parts->elements.insert(attribute);
            }
            open.append(name);
        } else if (token == QXmlStreamReader::EndElement) {
            if (!open.isEmpty())
                open.removeLast();
            if (xml.name() == QLatin1String("operation"))
                operation.clear();
        }
    }
    if (xml.hasError()) {
        *error =
            DefinitionStructure::tr("Line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

void compareSets(const QSet<QString> &a, const QSet<QString> &b, const QString &what,
                 QList<Entry> *entries)
{
    QStringList names(a.cbegin(), a.cend());
    for (const QString &name : b) {
        if (!a.contains(name))
            names.append(name);
    }
    std::sort(names.begin(), names.end());
    for (const QString &name : names) {
        if (!a.contains(name))
            entries->append(Entry{Change::Added, what, name, {}});
        else if (!b.contains(name))
            entries->append(Entry{Change::Removed, what, name, {}});
    }
}

} // namespace

DefinitionStructure::Format DefinitionStructure::formatOf(const QByteArray &text)
{
    const QByteArray start = text.left(4096).trimmed();
    if (start.startsWith('<'))
        return start.contains("definitions") || start.contains("description") ? Format::Wsdl
                                                                              : Format::Unknown;
    static const QRegularExpression openApi(
        QStringLiteral("(^|\\n|[{,])\\s*\"?(openapi|swagger)\"?\\s*:"));
    return openApi.match(QString::fromUtf8(start)).hasMatch() ? Format::OpenApi : Format::Unknown;
}

bool DefinitionStructure::readOpenApi(const QByteArray &text, QJsonObject *document, QString *error)
{
    if (text.trimmed().startsWith('{')) {
        QJsonParseError parse;
        const QJsonDocument json = QJsonDocument::fromJson(text, &parse);
        if (parse.error != QJsonParseError::NoError) {
            *error = tr("Not valid JSON at byte %1: %2").arg(parse.offset).arg(parse.errorString());
            return false;
        }
        *document = json.object();
        return true;
    }
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        QJsonValue value;
        if (!toJson(root, 0, &value, error))
            return false;
        if (!value.isObject()) {
            *error = tr("The definition is not a mapping of fields.");
            return false;
        }
        *document = value.toObject();
        return true;
    } catch (const YAML::Exception &e) {
        *error = tr("Not valid YAML at line %1: %2")
                     .arg(e.mark.line + 1)
                     .arg(QString::fromStdString(e.msg));
        return false;
    }
}

DefinitionStructure::Result DefinitionStructure::compare(const QByteArray &left,
                                                         const QByteArray &right)
{
    Result result;
    const Format format = formatOf(left);
    if (format == Format::Unknown || formatOf(right) != format) {
        result.error = tr("The two definitions are not both OpenAPI or both WSDL: only their "
                          "text is compared.");
        return result;
    }
    result.format = format;
    if (format == Format::OpenApi) {
        QJsonObject a;
        QJsonObject b;
        QString error;
        if (!readOpenApi(left, &a, &error)) {
            result.error = tr("The left definition cannot be read: %1").arg(error);
            return result;
        }
        if (!readOpenApi(right, &b, &error)) {
            result.error = tr("The right definition cannot be read: %1").arg(error);
            return result;
        }
        OpenApiComparison comparison;
        comparison.compare(a, b);
        result.entries = comparison.entries;
        return result;
    }
    WsdlParts a;
    WsdlParts b;
    QString error;
    if (!readWsdl(left, &a, &error)) {
        result.error = tr("The left definition cannot be read: %1").arg(error);
        return result;
    }
    if (!readWsdl(right, &b, &error)) {
        result.error = tr("The right definition cannot be read: %1").arg(error);
        return result;
    }
    QSet<QString> operationsA(a.operations.keyBegin(), a.operations.keyEnd());
    QSet<QString> operationsB(b.operations.keyBegin(), b.operations.keyEnd());
    compareSets(operationsA, operationsB, tr("Operation"), &result.entries);
    for (auto it = a.operations.cbegin(); it != a.operations.cend(); ++it) {
        if (b.operations.contains(it.key()) && b.operations.value(it.key()) != it.value())
            result.entries.append(
                Entry{Change::Changed, tr("Operation"), it.key(),
                      tr("%1 → %2").arg(it.value(), b.operations.value(it.key()))});
    }
    compareSets(a.messages, b.messages, tr("Message"), &result.entries);
    compareSets(a.elements, b.elements, tr("Schema element"), &result.entries);
    return result;
}

QString DefinitionStructure::changeText(Change change)
{
    switch (change) {
    case Change::Added:
        return tr("Added");
    case Change::Removed:
        return tr("Removed");
    case Change::Changed:
        break;
    }
    return tr("Changed");
}

} // namespace lgsp::models
