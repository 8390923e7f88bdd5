#include "models/config/basestore.h"

#include "models/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace lgsp::models {

BaseStore::BaseStore(QString directory)
    : m_directory(std::move(directory))
{}

QString BaseStore::fileName(const QString &instanceName, qint64 revision) const
{
    // The name may hold anything (Vietnamese, slashes): a short hash keeps file names plain.
    const QByteArray key =
        QCryptographicHash::hash(instanceName.toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return QStringLiteral("%1-r%2.json").arg(QString::fromLatin1(key)).arg(revision);
}

bool BaseStore::save(const QString &instanceName, qint64 revision, const QJsonObject &document)
{
    QDir dir(m_directory);
    if (!dir.mkpath(QStringLiteral(".")))
        return false;
    QSaveFile file(dir.filePath(fileName(instanceName, revision)));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(document).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        qCWarning(lcModels) << "cannot keep the base configuration" << file.fileName();
        return false;
    }
    // Only the newest copies of this instance are kept.
    const QString prefix = fileName(instanceName, 0).section(QLatin1Char('-'), 0, 0);
    const QFileInfoList copies =
        dir.entryInfoList({prefix + QStringLiteral("-r*.json")}, QDir::Files, QDir::Time);
    for (qsizetype i = kKeepPerInstance; i < copies.size(); ++i)
        QFile::remove(copies.at(i).absoluteFilePath());
    return true;
}

std::optional<QJsonObject> BaseStore::load(const QString &instanceName, qint64 revision) const
{
    QFile file(QDir(m_directory).filePath(fileName(instanceName, revision)));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace lgsp::models
