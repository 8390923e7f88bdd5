#include "models/config/bundlefile.h"

#include "protocol/configbundle.h"
#include "protocol/jsonreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

#include <algorithm>

namespace lgsp::models {

namespace {

// Line and column (1-based, in characters) of a byte offset into UTF-8 text.
std::pair<int, int> position(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    const QByteArray before = bytes.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int line = int(before.count('\n')) + 1;
    const int column =
        int(QString::fromUtf8(bytes.constData() + lineStart, offset - lineStart).size()) + 1;
    return {line, column};
}

} // namespace

QString BundleFile::Problem::toString() const
{
    if (line > 0)
        return tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
    if (!pointer.isEmpty())
        return pointer + QStringLiteral(": ") + message;
    return message;
}

std::optional<QJsonObject> BundleFile::read(const QString &path, Problem *problem)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        *problem = Problem{{}, tr("%1 does not exist.").arg(shown)};
        return std::nullopt;
    }
    if (info.size() > kMaxBytes) {
        *problem = Problem{{},
                           tr("%1 is %2 MiB; bundles over %3 MiB are not read.")
                               .arg(shown)
                               .arg(info.size() / (1024 * 1024))
                               .arg(kMaxBytes / (1024 * 1024))};
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = Problem{{}, tr("Cannot read %1: %2").arg(shown, file.errorString())};
        return std::nullopt;
    }
    const QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.trimmed().isEmpty()) {
        *problem = Problem{{}, tr("%1 is empty.").arg(shown)};
        return std::nullopt;
    }
    if (const qsizetype at = protocol::rawControlCharacter(bytes); at >= 0) {
        const auto [line, column] = position(bytes, at);
        *problem = Problem{
            {},
            tr("not valid JSON (a raw control character U+%1 inside a string)")
                .arg(int(static_cast<unsigned char>(bytes.at(at))), 4, 16, QLatin1Char('0')),
            line,
            column};
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = position(bytes, error.offset);
        *problem = Problem{{}, tr("not valid JSON (%1)").arg(error.errorString()), line, column};
        return std::nullopt;
    }
    if (!document.isObject()) {
        *problem =
            Problem{{}, tr("A bundle is a JSON object; %1 holds something else.").arg(shown)};
        return std::nullopt;
    }
    return document.object();
}

QList<BundleFile::Problem> BundleFile::check(const QJsonObject &document)
{
    QList<protocol::DecodeError> errors;
    QList<Problem> problems;
    if (!protocol::ConfigBundle::fromJson(document, &errors)) {
        for (const protocol::DecodeError &e : std::as_const(errors))
            problems.append(Problem{e.field.isEmpty() ? QStringLiteral("/") : e.field, e.message});
    }
    return problems;
}

QList<BundleFile::Problem> BundleFile::warnings(const QJsonObject &document)
{
    QList<Problem> warnings;
    const auto warn = [&warnings](const QString &pointer, const QString &message) {
        warnings.append(Problem{pointer, message, 0, 0, Problem::Severity::Warning});
    };
    if (document.value(QStringLiteral("revision")).toInteger() == 0)
        warn(QStringLiteral("/revision"),
             tr("No base revision: compare the bundle with the instance before applying it."));
    QHash<QString, QString> tenantStatus;
    const QJsonArray tenants = document.value(QStringLiteral("tenants")).toArray();
    for (qsizetype i = 0; i < tenants.size(); ++i) {
        const QJsonObject tenant = tenants.at(i).toObject();
        tenantStatus.insert(tenant.value(QStringLiteral("code")).toString(),
                            tenant.value(QStringLiteral("status")).toString());
        const QJsonObject contact = tenant.value(QStringLiteral("contact")).toObject();
        if (contact.value(QStringLiteral("email")).toString().trimmed().isEmpty())
            warn(QStringLiteral("/tenants/%1/contact/email").arg(i),
                 tr("No contact e-mail: nobody can be told about incidents."));
    }
    const QJsonArray services = document.value(QStringLiteral("services")).toArray();
    for (qsizetype i = 0; i < services.size(); ++i) {
        const QJsonObject service = services.at(i).toObject();
        const QString pointer = QStringLiteral("/services/%1").arg(i);
        const QString status = service.value(QStringLiteral("status")).toString();
        if (service.value(QStringLiteral("upstreamUrl"))
                .toString()
                .startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
            warn(pointer + QStringLiteral("/upstreamUrl"),
                 tr("The upstream is plain HTTP: calls to it are not encrypted."));
        if (status == QLatin1String("published") &&
            service.value(QStringLiteral("consumers")).toArray().isEmpty())
            warn(pointer + QStringLiteral("/consumers"),
                 tr("Published, but no tenant may call it."));
        const QString provider = service.value(QStringLiteral("tenantCode")).toString();
        const QString providerStatus = tenantStatus.value(provider);
        if (status == QLatin1String("published") && (providerStatus == QLatin1String("suspended") ||
                                                     providerStatus == QLatin1String("closed")))
            warn(pointer + QStringLiteral("/tenantCode"),
                 tr("Published, but its provider %1 is suspended or closed.").arg(provider));
    }
    return warnings;
}

bool BundleFile::write(const QString &path, const QJsonObject &document, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(document).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace lgsp::models
