#include "validatebundlecommand.h"

#include "models/config/bundlefile.h"
#include "protocol/configbundle.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace lgsp::app {

using models::BundleFile;

bool ValidateBundleCommand::requested(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("--validate-bundle"));
}

int ValidateBundleCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check configuration bundles without a window."));
    parser.addHelpOption();
    const QCommandLineOption validate(QStringLiteral("validate-bundle"),
                                      tr("The bundle file to check (repeatable)."), tr("file"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: text or json."),
                                    QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the messages: vi or en."),
                                  QStringLiteral("lang"));
    parser.addOptions({validate, format, lang});
    const bool json = parser.parse(arguments) && parser.value(format) == QLatin1String("json");
    if (!parser.errorText().isEmpty() || (parser.value(format) != QLatin1String("text") && !json)) {
        std::fprintf(
            stderr, "lgsp-console: %s\n",
            qUtf8Printable(
                parser.errorText().isEmpty()
                    ? tr("Unknown format \"%1\"; use text or json.").arg(parser.value(format))
                    : parser.errorText()));
        return 2;
    }

    int exitCode = 0;
    QJsonArray results;
    for (const QString &path : parser.values(validate)) {
        const QString shown = QDir::toNativeSeparators(path);
        BundleFile::Problem unreadable;
        const std::optional<QJsonObject> document = BundleFile::read(path, &unreadable);
        QList<BundleFile::Problem> problems;
        if (!document)
            problems << unreadable;
        else
            problems = BundleFile::check(*document);
        exitCode = std::max(exitCode, !document ? 2 : (problems.isEmpty() ? 0 : 1));

        if (json) {
            QJsonArray list;
            for (const BundleFile::Problem &p : std::as_const(problems)) {
                QJsonObject o{{QStringLiteral("message"), p.message}};
                if (!p.pointer.isEmpty())
                    o.insert(QStringLiteral("pointer"), p.pointer);
                if (p.line > 0) {
                    o.insert(QStringLiteral("line"), p.line);
                    o.insert(QStringLiteral("column"), p.column);
                }
                list.append(o);
            }
            results.append(QJsonObject{{QStringLiteral("file"), path},
                                       {QStringLiteral("readable"), bool(document)},
                                       {QStringLiteral("valid"), problems.isEmpty()},
                                       {QStringLiteral("problems"), list}});
            continue;
        }
        if (problems.isEmpty()) {
            const auto bundle = protocol::ConfigBundle::fromJson(*document, nullptr);
            std::printf("%s\n", qUtf8Printable(tr("%1: valid (tenants: %2, services: %3)")
                                                   .arg(shown)
                                                   .arg(bundle->tenants.size())
                                                   .arg(bundle->services.size())));
            continue;
        }
        std::printf("%s\n",
                    qUtf8Printable(
                        !document
                            ? tr("%1: cannot be read").arg(shown)
                            : tr("%1: %n problem(s)", nullptr, int(problems.size())).arg(shown)));
        for (const BundleFile::Problem &p : std::as_const(problems))
            std::printf("  %s\n", qUtf8Printable(p.toString()));
    }
    if (json)
        std::printf("%s", QJsonDocument(QJsonObject{{QStringLiteral("bundles"), results}})
                              .toJson(QJsonDocument::Indented)
                              .constData());
    if (parser.values(validate).isEmpty()) {
        std::fprintf(stderr, "lgsp-console: %s\n", qUtf8Printable(tr("No bundle file given.")));
        return 2;
    }
    return exitCode;
}

} // namespace lgsp::app
