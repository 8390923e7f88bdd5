#pragma once

#include "models/settings/settingkeys.h"

#include <QJsonObject>
#include <QString>

namespace lgsp::models {

// The console's own preferences (not connection profiles): one JSON file in the application
// config location, written atomically with QSaveFile so a crash never leaves half a file.
// A file that cannot be read leaves the defaults in force and is set aside before the next
// save, never silently overwritten.
class AppSettings final
{
public:
    explicit AppSettings(QString filePath = defaultFilePath());

    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    // A missing file is not an error. Returns false with the reason when the file exists but
    // cannot be read or parsed.
    bool load(QString *error = nullptr);
    bool save(QString *error = nullptr);

    QString value(const SettingKey<QString> &key) const;
    bool value(const SettingKey<bool> &key) const;
    QByteArray value(const SettingKey<QByteArray> &key) const;

    void setValue(const SettingKey<QString> &key, const QString &value);
    void setValue(const SettingKey<bool> &key, bool value);
    void setValue(const SettingKey<QByteArray> &key, const QByteArray &value);

private:
    static constexpr int kFormatVersion = 1;

    QString m_filePath;
    QJsonObject m_values;
    bool m_fileUnreadable = false;
};

} // namespace lgsp::models
