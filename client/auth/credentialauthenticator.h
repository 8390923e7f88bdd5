#pragma once

#include "client/net/authenticator.h"

#include <QDateTime>
#include <QList>
#include <QPointer>

namespace lgsp::client {

class Transport;

// The LGSP Admin API's credentials: an OAuth2 client-credentials token from /oauth2/token
// (HTTP Basic client_id:client_secret), renewed shortly before it expires and whenever the
// server refuses it; or an API key sent as "ApiKey <key>"; or nothing.
//
// The secret comes from the keychain through setSecret() and stays in memory only.
class CredentialAuthenticator final : public Authenticator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialAuthenticator)

public:
    enum class Scheme { None, ApiKey, ClientCredentials };

    CredentialAuthenticator(Transport *transport, Scheme scheme, QString clientId,
                            QObject *parent = nullptr);

    static Scheme schemeFor(const QString &profileAuthKind);

    Scheme scheme() const { return m_scheme; }
    void setSecret(const QString &secret);
    bool hasSecret() const { return !m_secret.isEmpty(); }
    // For tests of expiry: the clock the token's lifetime is measured with.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void authorize(QObject *context, Callback done) override;
    void invalidate(const QByteArray &authorization) override;

    // How many tokens this object obtained; when the current one expires (invalid: none).
    int tokensIssued() const { return m_tokensIssued; }
    QDateTime tokenExpiry() const { return m_expiry; }

Q_SIGNALS:
    void tokenIssued(const QDateTime &expiry);

private:
    bool tokenIsFresh() const;
    void requestToken();
    void finishWaiting(const QByteArray &authorization, const ClientError &error);

    struct Waiting
    {
        QPointer<QObject> context;
        Callback done;
    };

    Transport *m_transport;
    Scheme m_scheme;
    QString m_clientId;
    QString m_secret;
    QByteArray m_authorization; // "Bearer …" while a token is held
    QDateTime m_issuedAt;
    QDateTime m_expiry;
    QList<Waiting> m_waiting;
    bool m_fetching = false;
    int m_tokensIssued = 0;
    std::function<QDateTime()> m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
};

} // namespace lgsp::client
