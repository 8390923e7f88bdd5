#include "client/auth/credentialauthenticator.h"

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
    return Scheme::None;
}

void CredentialAuthenticator::setSecret(const QString &secret)
{
    if (secret == m_secret)
        return;
    m_secret = secret;
    m_authorization.clear();
    m_expiry = {};
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
        break;
    }
    if (tokenIsFresh()) {
        done(m_authorization, {});
        return;
    }
    if (m_secret.isEmpty() || m_clientId.isEmpty()) {
        done({}, ClientError::make(ClientError::Kind::Unauthorized,
                                   m_clientId.isEmpty()
                                       ? tr("the profile has no client id")
                                       : tr("no client secret for this profile in the keychain")));
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

void CredentialAuthenticator::requestToken()
{
    m_fetching = true;
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/oauth2/token");
    request.authenticated = false;
    request.contentType = "application/x-www-form-urlencoded";
    request.body = "grant_type=client_credentials";
    // RFC 6749 §2.3.1: both parts form-urlencoded before Basic.
    const QByteArray pair =
        QUrl::toPercentEncoding(m_clientId) + ':' + QUrl::toPercentEncoding(m_secret);
    request.headers.append({"Authorization", "Basic " + pair.toBase64()});
    const QDateTime askedAt = m_clock();
    m_transport->send(request, this, [this, askedAt](const ApiReply &reply) {
        m_fetching = false;
        if (!reply.ok()) {
            ClientError error = reply.error;
            if (error.kind == ClientError::Kind::Unauthorized ||
                error.kind == ClientError::Kind::Validation) {
                error.kind = ClientError::Kind::Unauthorized;
                error.detail =
                    tr("the token endpoint refused the client id or secret (%1)").arg(error.detail);
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
