#include "client/auth/staticauthenticator.h"

#include <QTimer>

namespace lgsp::client {

StaticAuthenticator::StaticAuthenticator(Scheme scheme, QString user, QObject *parent)
    : Authenticator(parent)
    , m_scheme(scheme)
    , m_user(std::move(user))
{}

StaticAuthenticator::Scheme StaticAuthenticator::schemeFor(const QString &kind)
{
    if (kind == QLatin1String("basic"))
        return Scheme::Basic;
    if (kind == QLatin1String("bearer"))
        return Scheme::Bearer;
    if (kind == QLatin1String("apikey"))
        return Scheme::ApiKey;
    return Scheme::None;
}

void StaticAuthenticator::authorize(QObject *context, Callback done)
{
    QByteArray header;
    ClientError error;
    if (m_scheme != Scheme::None && m_secret.isEmpty()) {
        error = ClientError::make(
            ClientError::Kind::Configuration,
            m_scheme == Scheme::XRoadApiKey
                ? tr("The security server's API key is not in the keychain: enter it in the "
                     "connection manager.")
                : tr("The metric source's password or token is not in the keychain: enter it "
                     "in the connection manager."));
    } else if (m_scheme == Scheme::Basic) {
        header = "Basic " + (m_user + QLatin1Char(':') + m_secret).toUtf8().toBase64();
    } else if (m_scheme == Scheme::Bearer) {
        header = "Bearer " + m_secret.toUtf8();
    } else if (m_scheme == Scheme::ApiKey) {
        header = "ApiKey " + m_secret.toUtf8();
    } else if (m_scheme == Scheme::XRoadApiKey) {
        header = "X-Road-ApiKey token=" + m_secret.toUtf8();
    }
    QTimer::singleShot(0, context,
                       [done = std::move(done), header, error] { done(header, error); });
}

} // namespace lgsp::client
