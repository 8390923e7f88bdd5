#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace lgsp::models {

// Copies of instance configurations as they were exported, by instance and revision, so a
// later comparison can tell what changed on the server since a bundle's base revision
// (drift) from what the officer changed in the bundle. Kept in the application data folder;
// the newest few per instance are kept.
class BaseStore final
{
public:
    explicit BaseStore(QString directory);

    QString directory() const { return m_directory; }
    bool save(const QString &instanceName, qint64 revision, const QJsonObject &document);
    std::optional<QJsonObject> load(const QString &instanceName, qint64 revision) const;

    static constexpr int kKeepPerInstance = 10;

private:
    QString fileName(const QString &instanceName, qint64 revision) const;
    QString m_directory;
};

} // namespace lgsp::models
