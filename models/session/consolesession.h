#pragma once

#include "client/fleet/fleet.h"
#include "client/profiles/connectionprofile.h"
#include "client/secrets/secretstore.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace lgsp::models {

// What the console is connected to in this run: the saved profiles (and a transient one for
// the demo sandbox), their secrets from the keychain, and the fleet that polls them. Pages
// read from it; nothing here knows about widgets.
class ConsoleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)

public:
    explicit ConsoleSession(QObject *parent = nullptr);

    client::Fleet *fleet() { return &m_fleet; }
    client::SecretStore *secrets() { return &m_secrets; }

    // Loads the saved profiles (ProfileStore's file unless `filePath` is given), asks the
    // keychain for their secrets and starts polling. A profile file that cannot be read is
    // left untouched and reported by loadProblem().
    void load(const QString &filePath = {});
    QString loadProblem() const { return m_loadProblem; }
    // A profile that lives only for this run (the demo sandbox); its secret stays in memory.
    void addTransient(const client::ConnectionProfile &profile, const QString &secret);
    QList<client::ConnectionProfile> profiles() const { return m_profiles; }
    // The saved profiles only (not the demo's).
    QList<client::ConnectionProfile> savedProfiles() const;
    // Replaces the saved profiles (the profile file, through ProfileStore) and repolls.
    // False with a translated *error when the file cannot be written or read.
    bool saveProfiles(const QList<client::ConnectionProfile> &profiles, QString *error);
    // A secret typed in the connection manager: to the keychain, and to the fleet at once.
    void storeSecret(const client::ConnectionProfile &profile, const QString &secret);
    // Removes every secret of a deleted profile from the keychain.
    // The password or token of the profile's Prometheus, into the keychain and the fleet.
    void storeMetricSourceSecret(const client::ConnectionProfile &profile, const QString &secret);
    // The API key of the profile's security server, typed in the connection manager.
    void storeSecurityServerKey(const client::ConnectionProfile &profile, const QString &key);
    void forgetSecrets(const QUuid &profile);
    QString profileFile() const { return m_filePath; }

Q_SIGNALS:
    void profilesChanged();

private:
    // Asks the keychain for every secret the profile uses.
    void readSecrets(const client::ConnectionProfile &profile);
    void apply();
    void startWhenSecretsAreIn();

    client::Fleet m_fleet;
    client::SecretStore m_secrets;
    QList<client::ConnectionProfile> m_profiles;
    QHash<QString, QUuid> m_pendingSecrets; // keychain key → profile
    QString m_loadProblem;
    QString m_filePath;
    QList<QUuid> m_transient;
    QTimer m_secretsTimeout;
};

} // namespace lgsp::models
