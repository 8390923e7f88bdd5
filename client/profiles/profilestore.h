#pragma once

#include "client/profiles/connectionprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lgsp::client {

// The list of connection profiles: a versioned JSON file in the application config location,
// written with QSaveFile after the previous good file is copied to "<file>.bak". A corrupt
// file, or one from a newer version, is reported and left untouched: the store then refuses
// to save over it.
class ProfileStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    static constexpr int kFormatVersion = 1;

    explicit ProfileStore(QString filePath = defaultFilePath());
    static QString defaultFilePath();

    enum class LoadResult { Loaded, NoFile, Corrupt, NewerVersion };
    LoadResult load(QString *error = nullptr);
    bool save(QString *error = nullptr);
    bool canSave() const { return m_writable; }

    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    const ConnectionProfile *find(const QUuid &id) const;
    const ConnectionProfile *findByName(const QString &name) const;
    // Adds or replaces (by id). Names are unique: false with a reason when another profile
    // already has the name.
    bool upsert(const ConnectionProfile &profile, QString *error = nullptr);
    bool remove(const QUuid &id);

    // Export and import of a profile list (no secret is ever part of a profile).
    static QByteArray exportProfiles(const QList<ConnectionProfile> &profiles);
    static std::optional<QList<ConnectionProfile>> importProfiles(const QByteArray &json,
                                                                  QStringList *errors);

private:
    QString m_filePath;
    QList<ConnectionProfile> m_profiles;
    bool m_writable = true;
};

} // namespace lgsp::client
