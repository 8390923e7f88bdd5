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
                if (!id.isNull())
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
    client::ProfileStore store =
        filePath.isEmpty() ? client::ProfileStore() : client::ProfileStore(filePath);
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
    for (const client::ConnectionProfile &p : std::as_const(m_profiles)) {
        if (p.secretKind().isEmpty())
            continue;
        m_pendingSecrets.insert(client::SecretStore::keyFor(p.id, p.secretKind()), p.id);
        m_secrets.read(p.id, p.secretKind());
    }
    if (m_pendingSecrets.isEmpty()) {
        m_fleet.start();
    } else {
        m_secretsTimeout.start();
    }
}

void ConsoleSession::addTransient(const client::ConnectionProfile &profile, const QString &secret)
{
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

} // namespace lgsp::models
