#include "client/auth/credentialauthenticator.h"

#include "client/auth/wso2credential.h"
#include "client/logging.h"
#include "client/net/transport.h"
#include "protocol/configchange.h"
#include "protocol/jsonreader.h"

namespace lgsp::client {

CredentialAuthenticator::CredentialAuthenticator(Transport *transport, Scheme scheme,
                                                 QString clientId, QObject *parent)
    : Authenticator(parent)
    , m_transport(transport)
    , m_scheme(scheme)
    , m_clientId(std::move(clientId))
{}

CredentialAuthenticator::Scheme CredentialAuthenticator::schemeFor(const QString &kind)
{
    if (kind == QLatin1String("api-key"))
        return Scheme::ApiKey;
    if (kind == QLatin1String("client-credentials"))
        return Scheme::ClientCredentials;
    if (kind == QLatin1String("wso2-user"))
        return Scheme::Wso2User;
    return Scheme::None;
}

QByteArray CredentialAuthenticator::basicAuthorization() const
{
    if (m_scheme != Scheme::Wso2User || m_password.isEmpty() || m_user.isEmpty())
        return {};
    return "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64();
}

void CredentialAuthenticator::setSecret(const QString &secret)
{
    if (secret == m_secret)
        return;
    m_authorization.clear();
    m_refreshToken.clear();
    m_expiry = {};
    if (m_scheme != Scheme::Wso2User) {
        m_secret = secret;
        return;
    }
    const Wso2Credential credential = Wso2Credential::fromSecret(secret);
    m_clientId = credential.clientId;
    m_secret = credential.clientSecret;
    m_password = credential.password;
}

bool CredentialAuthenticator::tokenIsFresh() const
{
    if (m_authorization.isEmpty())
        return false;
    if (!m_expiry.isValid())
        return true; // no expires_in: used until the server refuses it
    // Renew a little before the end: a tenth of the lifetime, at most a minute.
    const qint64 lifetime = m_issuedAt.secsTo(m_expiry);
    const qint64 margin = std::min<qint64>(60, lifetime / 10);
    return m_clock().secsTo(m_expiry) > margin;
}

void CredentialAuthenticator::authorize(QObject *context, Callback done)
{
    switch (m_scheme) {
    case Scheme::None:
        done({}, {});
        return;
    case Scheme::ApiKey:
        if (m_secret.isEmpty()) {
            done({}, ClientError::make(ClientError::Kind::Unauthorized,
                                       tr("no API key for this profile in the keychain")));
            return;
        }
        done("ApiKey " + m_secret.toUtf8(), {});
        return;
    case Scheme::ClientCredentials:
    case Scheme::Wso2User:
        break;
    }
    if (tokenIsFresh()) {
        done(m_authorization, {});
        return;
    }
    if (m_secret.isEmpty() || m_clientId.isEmpty()) {
        const QString why = m_scheme == Scheme::Wso2User
                                ? tr("no WSO2 OAuth client for this profile in the keychain; "
                                     "register one with the user's password")
                            : m_clientId.isEmpty()
                                ? tr("the profile has no client id")
                                : tr("no client secret for this profile in the keychain");
        done({}, ClientError::make(ClientError::Kind::Unauthorized, why));
        return;
    }
    m_waiting.append(Waiting{context, std::move(done)});
    if (!m_fetching)
        requestToken();
}

void CredentialAuthenticator::invalidate(const QByteArray &authorization)
{
    if (!authorization.isEmpty() && authorization == m_authorization) {
        m_authorization.clear();
        m_expiry = {};
    }
}

QByteArray CredentialAuthenticator::tokenRequestBody(bool refresh) const
{
    QList<QPair<QString, QString>> form;
    if (refresh) {
        form = {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                {QStringLiteral("refresh_token"), QString::fromLatin1(m_refreshToken)}};
    } else if (m_scheme == Scheme::Wso2User && !m_password.isEmpty()) {
        form = {{QStringLiteral("grant_type"), QStringLiteral("password")},
                {QStringLiteral("username"), m_user},
                {QStringLiteral("password"), m_password}};
    } else {
        form = {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
    }
    if (!m_scopes.isEmpty())
        form.append({QStringLiteral("scope"), m_scopes.join(QLatin1Char(' '))});
    // application/x-www-form-urlencoded, every reserved character of each part escaped.
    QByteArray body;
    for (const auto &[key, value] : std::as_const(form)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

void CredentialAuthenticator::requestToken()
{
    m_fetching = true;
    const bool refresh = !m_refreshToken.isEmpty();
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/oauth2/token");
    request.authenticated = false;
    request.retryable = false;
    request.contentType = "application/x-www-form-urlencoded";
    request.body = tokenRequestBody(refresh);
    // RFC 6749 §2.3.1: both parts form-urlencoded before Basic.
    const QByteArray pair =
        QUrl::toPercentEncoding(m_clientId) + ':' + QUrl::toPercentEncoding(m_secret);
    request.headers.append({"Authorization", "Basic " + pair.toBase64()});
    const QDateTime askedAt = m_clock();
    m_transport->send(request, this, [this, askedAt, refresh](const ApiReply &reply) {
        m_fetching = false;
        if (!reply.ok() && refresh) {
            // An expired or revoked refresh token: start again with the grant itself.
            qCInfo(lcClient).noquote() << "refresh token refused for" << m_clientId;
            m_refreshToken.clear();
            requestToken();
            return;
        }
        if (!reply.ok()) {
            ClientError error = reply.error;
            if (error.kind == ClientError::Kind::Unauthorized ||
                error.kind == ClientError::Kind::Validation) {
                error.kind = ClientError::Kind::Unauthorized;
                const bool passwordGrant = m_scheme == Scheme::Wso2User && !m_password.isEmpty() &&
                                           error.problemCode == QLatin1String("invalid_grant");
                error.detail =
                    passwordGrant
                        ? tr("the token endpoint refused the user name or password kept for "
                             "this profile (%1)")
                              .arg(error.detail)
                        : tr("the token endpoint refused the client id or secret (%1)")
                              .arg(error.detail);
            }
            finishWaiting({}, error);
            return;
        }
        protocol::DecodeError decodeError;
        const QJsonObject object = protocol::parseJsonObject(reply.body, &decodeError);
        std::optional<protocol::TokenResponse> token;
        if (decodeError.isNull())
            token = protocol::TokenResponse::fromJson(object, &decodeError);
        if (!token) {
            ClientError error = ClientError::make(
                ClientError::Kind::Protocol, tr("token response: %1").arg(decodeError.toString()));
            error.correlationId = QString::fromLatin1(reply.correlationId);
            finishWaiting({}, error);
            return;
        }
        ++m_tokensIssued;
        if (refresh)
            ++m_tokensRefreshed;
        m_refreshToken = object.value(QLatin1String("refresh_token")).toString().toLatin1();
        m_grantedScopes = token->scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        m_authorization = "Bearer " + token->accessToken.toUtf8();
        m_issuedAt = askedAt;
        m_expiry = token->expiresIn > 0 ? askedAt.addSecs(token->expiresIn) : QDateTime();
        qCInfo(lcClient).noquote()
            << "token obtained for client" << m_clientId << "valid for" << token->expiresIn << "s";
        Q_EMIT tokenIssued(m_expiry);
        finishWaiting(m_authorization, {});
    });
}

void CredentialAuthenticator::finishWaiting(const QByteArray &authorization,
                                            const ClientError &error)
{
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting &w : waiting) {
        if (w.context)
            w.done(authorization, error);
    }
}

} // namespace lgsp::client
