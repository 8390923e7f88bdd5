#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lgsp::models {

// A configuration bundle as a file (the document GET /config exports and PUT /config
// applies). Reading never writes to the file; a file that does not parse yields no document
// and says where (line and column); the document is checked with the very rules the server
// applies (protocol::ConfigBundle), every problem with its JSON pointer. Writing goes
// through QSaveFile, so a failed save leaves the old file whole.
class BundleFile final
{
    Q_DECLARE_TR_FUNCTIONS(BundleFile)

public:
    // Larger files are refused before they are read (exported bundles are far smaller).
    static constexpr qint64 kMaxBytes = 64LL * 1024 * 1024;

    struct Problem
    {
        enum class Severity { Error, Warning };
        QString pointer; // JSON pointer of the field; empty for the file as a whole
        QString message;
        int line = 0; // for syntax errors, 1-based
        int column = 0;
        // Errors break the server's rules; warnings are the console's advice (the server
        // accepts the bundle).
        Severity severity = Severity::Error;
        bool isError() const { return severity == Severity::Error; }
        QString toString() const;
    };

    // The document of `path`, or nothing with *problem saying why (missing, unreadable, too
    // large, not JSON, not an object).
    static std::optional<QJsonObject> read(const QString &path, Problem *problem);
    // Every problem of the document against the bundle rules; empty when it is valid.
    static QList<Problem> check(const QJsonObject &document);
    // Advice on a document the server would accept: unencrypted upstreams, published
    // services nobody may call, providers that are not active, no base revision…
    static QList<Problem> warnings(const QJsonObject &document);
    // Writes the document (indented, UTF-8) atomically; false with *error otherwise.
    static bool write(const QString &path, const QJsonObject &document, QString *error);
};

} // namespace lgsp::models
