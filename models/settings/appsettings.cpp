#include "models/settings/appsettings.h"

#include "models/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace lgsp::models {

namespace {
const QLatin1String kVersionKey("formatVersion");
const QLatin1String kValuesKey("values");
} // namespace

AppSettings::AppSettings(QString filePath)
    : m_filePath(std::move(filePath))
{}

QString AppSettings::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("settings.json"));
}

bool AppSettings::load(QString *error)
{
    m_values = {};
    m_fileUnreadable = false;
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    QString reason;
    if (!file.open(QIODevice::ReadOnly)) {
        reason = file.errorString();
    } else if (file.size() > 1024 * 1024) {
        reason = QStringLiteral("file is larger than 1 MiB");
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        const QJsonObject root = document.object();
        if (parseError.error != QJsonParseError::NoError)
            reason = parseError.errorString();
        else if (!document.isObject() || !root.value(kValuesKey).isObject())
            reason = QStringLiteral("not a settings document");
        else if (root.value(kVersionKey).toInt() > kFormatVersion)
            reason = QStringLiteral("written by a newer version (format %1)")
                         .arg(root.value(kVersionKey).toInt());
        else
            m_values = root.value(kValuesKey).toObject();
    }
    if (reason.isEmpty())
        return true;
    m_fileUnreadable = true;
    qCWarning(lcModels).noquote() << "settings file" << m_filePath << "ignored:" << reason;
    if (error)
        *error = reason;
    return false;
}

bool AppSettings::save(QString *error)
{
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    if (m_fileUnreadable && QFile::exists(m_filePath)) {
        // Keep what we could not read; a person may want it back.
        const QString aside =
            m_filePath + QStringLiteral(".unreadable-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss"));
        QFile::rename(m_filePath, aside);
        qCWarning(lcModels).noquote() << "unreadable settings file kept as" << aside;
        m_fileUnreadable = false;
    }
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QJsonObject root{{kVersionKey, kFormatVersion}, {kValuesKey, m_values}};
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        qCWarning(lcModels).noquote() << "cannot save settings:" << file.errorString();
        return false;
    }
    return true;
}

QString AppSettings::value(const SettingKey<QString> &key) const
{
    const QJsonValue v = m_values.value(key.name);
    return v.isString() ? v.toString() : key.defaultValue;
}

bool AppSettings::value(const SettingKey<bool> &key) const
{
    const QJsonValue v = m_values.value(key.name);
    return v.isBool() ? v.toBool() : key.defaultValue;
}

QByteArray AppSettings::value(const SettingKey<QByteArray> &key) const
{
    const QJsonValue v = m_values.value(key.name);
    return v.isString() ? QByteArray::fromBase64(v.toString().toLatin1()) : key.defaultValue;
}

void AppSettings::setValue(const SettingKey<QString> &key, const QString &value)
{
    m_values.insert(key.name, value);
}

void AppSettings::setValue(const SettingKey<bool> &key, bool value)
{
    m_values.insert(key.name, value);
}

void AppSettings::setValue(const SettingKey<QByteArray> &key, const QByteArray &value)
{
    m_values.insert(key.name, QString::fromLatin1(value.toBase64()));
}

} // namespace lgsp::models
