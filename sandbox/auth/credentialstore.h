#pragma once

#include "sandbox/auth/principal.h"
#include "sandbox/storage/preparedquery.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace lgsp::sandbox {

// Client credentials and API keys, stored salted and hashed (a secret is shown once, at
// creation), and the opaque bearer tokens issued for client credentials. Tokens live in
// memory: after a restart clients simply ask for a new one.
class CredentialStore final
{
public:
    using Clock = std::function<QDateTime()>;

    explicit CredentialStore(QSqlDatabase db);

    void setTokenLifetime(int seconds) { m_tokenLifetimeSeconds = seconds; }
    int tokenLifetime() const { return m_tokenLifetimeSeconds; }
    // Tests inject a clock to expire tokens without waiting.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    struct Created
    {
        QString id;
        QString secret; // clear text, returned once
    };
    // kind: "client" (id + secret for the token endpoint) or "apikey" (one opaque key).
    std::optional<Created> create(const QString &kind, const QString &name, const QString &role,
                                  const QString &tenantCode, QString *error);
    bool isEmpty() const;

    // Client credentials grant: a token for a valid id and secret, nothing otherwise.
    struct Token
    {
        QString accessToken;
        int expiresIn = 0;
        QString scope;
    };
    std::optional<Token> issueToken(const QString &clientId, const QString &secret);

    // An API key that lives only in memory until the process ends (the traffic simulator's
    // consumers). Returns the key.
    QString createSessionKey(const QString &role, const QString &tenantCode);

    // Resolves "Bearer <token>" or "ApiKey <key>"; nothing when absent, unknown or expired.
    std::optional<Principal> authenticate(const QByteArray &authorizationHeader);

private:
    std::optional<Principal> principalFor(const QString &id, const QString &secret,
                                          const QString &kind) const;
    static QByteArray hashSecret(const QByteArray &salt, const QString &secret);

    struct IssuedToken
    {
        Principal principal;
        QDateTime expiresAt;
    };

    QSqlDatabase m_db;
    mutable PreparedQuery m_principal; // run for every authenticated call
    int m_tokenLifetimeSeconds = 3600;
    Clock m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    QHash<QByteArray, IssuedToken> m_tokens;    // keyed by the token's SHA-256
    QHash<QByteArray, Principal> m_sessionKeys; // keyed by the key's SHA-256
};

} // namespace lgsp::sandbox
