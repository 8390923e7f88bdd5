#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lgsp::models {

// What changed between two versions of a service's definition, structurally: for OpenAPI
// (2.0 and 3.x, YAML or JSON) the paths, operations, parameters, request bodies, responses
// and schemas (with their properties) added, removed or changed; for WSDL the operations,
// messages and schema elements. Also the reading of a definition's text into JSON.
class DefinitionStructure
{
    Q_DECLARE_TR_FUNCTIONS(lgsp::models::DefinitionStructure)

public:
    enum class Format { Unknown, OpenApi, Wsdl };
    enum class Change { Added, Removed, Changed };

    struct Entry
    {
        Change change = Change::Changed;
        QString what;   // "Path", "Operation", "Parameter"…, translated
        QString where;  // "GET /ho-tich/{id}", "schema Person", "operation traCuu"
        QString detail; // for a change: "type: string → integer"; may be empty
    };

    struct Result
    {
        Format format = Format::Unknown;
        QList<Entry> entries;
        QString error; // a side could not be read: why (the line diff still stands)
    };

    static Result compare(const QByteArray &left, const QByteArray &right);

    // An OpenAPI document (YAML or JSON) as JSON; false with *error on a syntax error or
    // when the text is not a mapping. YAML scalars that are not quoted become numbers and
    // booleans where they read as such, as a JSON document of the same API would have them.
    static bool readOpenApi(const QByteArray &text, QJsonObject *document, QString *error);
    static Format formatOf(const QByteArray &text);
    static QString changeText(Change change);
};

} // namespace lgsp::models
