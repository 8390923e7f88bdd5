#include "models/session/consolesession.h"

#include "client/profiles/profilestore.h"
#include "models/logging.h"

namespace lgsp::models {

ConsoleSession::ConsoleSession(QObject *parent)
    : QObject(parent)
{
    connect(&m_secrets, &client::SecretStore::secretRead, this,
            [this](const QString &key, const QString &secret) {
                const QUuid id = m_pendingSecrets.take(key);
                if (!id.isNull() && key.endsWith(QLatin1String("/metrics-secret")))
                    m_fleet.setMetricSourceSecret(id, secret);
                else if (!id.isNull() && key.endsWith(QLatin1String("/xroad-key")))
                    m_fleet.setSecurityServerKey(id, secret);
                else if (!id.isNull())
                    m_fleet.setSecret(id, secret);
                startWhenSecretsAreIn();
            });
    connect(&m_secrets, &client::SecretStore::missing, this, [this](const QString &key) {
        m_pendingSecrets.remove(key);
        startWhenSecretsAreIn();
    });
    connect(&m_secrets, &client::SecretStore::failed, this,
            [this](const QString &key, const QString &) {
                m_pendingSecrets.remove(key);
                startWhenSecretsAreIn();
            });
    // A keychain that does not answer must not keep the fleet from polling.
    m_secretsTimeout.setSingleShot(true);
    m_secretsTimeout.setInterval(3000);
    connect(&m_secretsTimeout, &QTimer::timeout, this, [this] { m_fleet.start(); });
}

void ConsoleSession::startWhenSecretsAreIn()
{
    // First polls wait for the secrets, so no instance shows a false "credential refused".
    if (m_pendingSecrets.isEmpty() && m_secretsTimeout.isActive()) {
        m_secretsTimeout.stop();
        m_fleet.start();
    }
}

void ConsoleSession::load(const QString &filePath)
{
    m_filePath = filePath.isEmpty() ? client::ProfileStore::defaultFilePath() : filePath;
    client::ProfileStore store(m_filePath);
    QString error;
    const client::ProfileStore::LoadResult result = store.load(&error);
    m_loadProblem = result == client::ProfileStore::LoadResult::Corrupt ||
                            result == client::ProfileStore::LoadResult::NewerVersion
                        ? error
                        : QString();
    if (!m_loadProblem.isEmpty())
        qCWarning(lcModels).noquote() << m_loadProblem;
    m_profiles = store.profiles();
    apply();
    for (const client::ConnectionProfile &p : std::as_const(m_profiles))
        readSecrets(p);
    if (m_pendingSecrets.isEmpty()) {
        m_fleet.start();
    } else {
        m_secretsTimeout.start();
    }
}

void ConsoleSession::addTransient(const client::ConnectionProfile &profile, const QString &secret)
{
    m_transient.append(profile.id);
    m_profiles.append(profile);
    apply();
    m_fleet.setSecret(profile.id, secret);
    m_fleet.start();
    m_fleet.refreshNow(profile.id);
}

void ConsoleSession::apply()
{
    m_fleet.setProfiles(m_profiles);
    Q_EMIT profilesChanged();
}

QList<client::ConnectionProfile> ConsoleSession::savedProfiles() const
{
    QList<client::ConnectionProfile> saved;
    for (const client::ConnectionProfile &p : m_profiles) {
        if (!m_transient.contains(p.id))
            saved.append(p);
    }
    return saved;
}

bool ConsoleSession::saveProfiles(const QList<client::ConnectionProfile> &profiles, QString *error)
{
    client::ProfileStore store(m_filePath.isEmpty() ? client::ProfileStore::defaultFilePath()
                                                    : m_filePath);
    const client::ProfileStore::LoadResult loaded = store.load(error);
    if (loaded == client::ProfileStore::LoadResult::Corrupt ||
        loaded == client::ProfileStore::LoadResult::NewerVersion)
        return false;
    for (const client::ConnectionProfile &old : store.profiles()) {
        const bool kept = std::any_of(profiles.cbegin(), profiles.cend(),
                                      [&old](const auto &p) { return p.id == old.id; });
        if (!kept)
            store.remove(old.id);
    }
    for (const client::ConnectionProfile &p : profiles) {
        if (!store.upsert(p, error))
            return false;
    }
    if (!store.save(error))
        return false;
    QList<QUuid> known;
    for (const client::ConnectionProfile &p : std::as_const(m_profiles))
        known.append(p.id);
    QList<client::ConnectionProfile> all = profiles;
    for (const client::ConnectionProfile &p : std::as_const(m_profiles)) {
        if (m_transient.contains(p.id))
            all.append(p);
    }
    m_profiles = all;
    apply();
    // Profiles new to this session (imported) get their secret from the keychain; the others
    // keep theirs, and a secret typed in the manager arrives through storeSecret().
    for (const client::ConnectionProfile &p : profiles) {
        if (!known.contains(p.id))
            readSecrets(p);
    }
    return true;
}

void ConsoleSession::storeSecret(const client::ConnectionProfile &profile, const QString &secret)
{
    if (profile.secretKind().isEmpty() || secret.isEmpty())
        return;
    m_secrets.write(profile.id, profile.secretKind(), secret);
    m_fleet.setSecret(profile.id, secret);
    // A new secret (a WSO2 client registered after the profile was saved, say) is tried at
    // once rather than at the next poll.
    if (m_fleet.isRunning())
        m_fleet.refreshNow(profile.id);
}

void ConsoleSession::readSecrets(const client::ConnectionProfile &profile)
{
    QStringList kinds;
    if (!profile.secretKind().isEmpty())
        kinds.append(profile.secretKind());
    if (profile.metrics.needsSecret())
        kinds.append(QStringLiteral("metrics-secret"));
    if (profile.xroad.attached())
        kinds.append(QStringLiteral("xroad-key"));
    for (const QString &kind : std::as_const(kinds)) {
        m_pendingSecrets.insert(client::SecretStore::keyFor(profile.id, kind), profile.id);
        m_secrets.read(profile.id, kind);
    }
}

void ConsoleSession::storeMetricSourceSecret(const client::ConnectionProfile &profile,
                                             const QString &secret)
{
    if (!profile.metrics.needsSecret() || secret.isEmpty())
        return;
    m_secrets.write(profile.id, QStringLiteral("metrics-secret"), secret);
    m_fleet.setMetricSourceSecret(profile.id, secret);
}

void ConsoleSession::storeSecurityServerKey(const client::ConnectionProfile &profile,
                                            const QString &key)
{
    if (!profile.xroad.attached() || key.isEmpty())
        return;
    m_secrets.write(profile.id, QStringLiteral("xroad-key"), key);
    m_fleet.setSecurityServerKey(profile.id, key);
}

void ConsoleSession::forgetSecrets(const QUuid &profile)
{
    for (const QString &kind : client::SecretStore::kinds())
        m_secrets.remove(profile, kind);
}

} // namespace lgsp::models
