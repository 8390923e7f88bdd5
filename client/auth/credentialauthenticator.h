#pragma once

#include "client/net/authenticator.h"

#include <QDateTime>
#include <QList>
#include <QPointer>

namespace lgsp::client {

class Transport;

// The credentials of an instance: an OAuth2 client-credentials token from /oauth2/token
// (HTTP Basic client_id:client_secret), renewed shortly before it expires and whenever the
// server refuses it; or an API key sent as "ApiKey <key>"; or nothing (the LGSP Admin API).
// For WSO2 API Manager (Wso2User): the client registered for the user through DCR asks for
// the scopes it needs with the password grant when the user's password is at hand, with the
// client-credentials grant (WSO2 issues it for the client's owner) otherwise, and renews
// with the refresh token while it has one.
//
// The secret comes from the keychain through setSecret() and stays in memory only.
class CredentialAuthenticator final : public Authenticator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialAuthenticator)

public:
    enum class Scheme { None, ApiKey, ClientCredentials, Wso2User };

    CredentialAuthenticator(Transport *transport, Scheme scheme, QString clientId,
                            QObject *parent = nullptr);

    static Scheme schemeFor(const QString &profileAuthKind);

    Scheme scheme() const { return m_scheme; }
    // Wso2User: the keychain entry (Wso2Credential::toSecret()).
    void setSecret(const QString &secret);
    void setUser(const QString &user) { m_user = user; }
    QString user() const { return m_user; }
    void setScopes(const QStringList &scopes) { m_scopes = scopes; }
    bool hasSecret() const { return !m_secret.isEmpty(); }
    // For tests of expiry: the clock the token's lifetime is measured with.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void authorize(QObject *context, Callback done) override;
    void invalidate(const QByteArray &authorization) override;

    // How many tokens this object obtained; when the current one expires (invalid: none).
    int tokensIssued() const { return m_tokensIssued; }
    int tokensRefreshed() const { return m_tokensRefreshed; }
    // The scopes the token endpoint granted (OAuth2 "scope"), for a missing-scope message.
    QStringList grantedScopes() const { return m_grantedScopes; }
    QDateTime tokenExpiry() const { return m_expiry; }
    // Wso2User with the password kept: "Basic base64(user:password)", for the WSO2 gateway's
    // REST API, which takes no token; empty otherwise. Never logged.
    QByteArray basicAuthorization() const;

Q_SIGNALS:
    void tokenIssued(const QDateTime &expiry);

private:
    bool tokenIsFresh() const;
    void requestToken();
    QByteArray tokenRequestBody(bool refresh) const;
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
    QString m_password; // Wso2User, only when the person asked to keep it
    QString m_user;
    QStringList m_scopes;
    QStringList m_grantedScopes;
    QByteArray m_refreshToken;
    QByteArray m_authorization; // "Bearer …" while a token is held
    QDateTime m_issuedAt;
    QDateTime m_expiry;
    QList<Waiting> m_waiting;
    bool m_fetching = false;
    int m_tokensIssued = 0;
    int m_tokensRefreshed = 0;
    std::function<QDateTime()> m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
};

} // namespace lgsp::client
