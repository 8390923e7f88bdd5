#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUuid>

#include <functional>

namespace lgsp::client {

// Secrets (client secrets, API keys) in the OS keychain through QtKeychain: Windows
// Credential Manager, the Secret Service on Linux. Asynchronous; the insecure plaintext
// fallback is off. Keys are "<profile id>/<kind>" under the service "lgsp-console".
//
// When no keychain can be reached (QtKeychain's NoBackendAvailable, or OtherError as the
// Secret Service's absence is reported on Linux) the store says so — state() and
// unavailableReason() — and keeps secrets in memory for this session only. A missing entry
// means "ask the person".
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class State { Unknown, Available, Unavailable };
    Q_ENUM(State)

    explicit SecretStore(QString service = QStringLiteral("lgsp-console"),
                         QObject *parent = nullptr);

    State state() const { return m_state; }
    QString unavailableReason() const { return m_reason; }

    void write(const QUuid &profile, const QString &kind, const QString &secret);
    void read(const QUuid &profile, const QString &kind);
    // Reads one secret and calls `done` once, in `context`, with it; empty when it is missing
    // or cannot be read.
    void readOnce(const QUuid &profile, const QString &kind, QObject *context,
                  std::function<void(const QString &)> done);
    void remove(const QUuid &profile, const QString &kind);

    static QString keyFor(const QUuid &profile, const QString &kind);
    // Every kind of secret a profile may have: "client-secret", "api-key",
    // "client-certificate-passphrase", "wso2-client" (a WSO2 OAuth client, and the
    // user's password only when the person asked to keep it), "metrics-secret" (the password or
    // token of the profile's metric source), "xroad-key" (its security server's API key).
    // Deleting a profile removes all of them.
    static QStringList kinds();

Q_SIGNALS:
    // `inKeychain` is false when the secret is kept for this session only.
    void written(const QString &key, bool inKeychain);
    void secretRead(const QString &key, const QString &secret);
    void missing(const QString &key);
    void removed(const QString &key);
    void failed(const QString &key, const QString &reason);
    void stateChanged(lgsp::client::SecretStore::State state);

private:
    void setState(State state, const QString &reason = {});

    QString m_service;
    State m_state = State::Unknown;
    QString m_reason;
    QHash<QString, QString> m_sessionSecrets; // only while the keychain is unavailable
};

} // namespace lgsp::client
