#include "client/connection.h"

#include "client/auth/credentialauthenticator.h"
#include "client/backend/lgspv1backend.h"
#include "client/backend/wso2apimbackend.h"
#include "client/backend/xroadssbackend.h"
#include "client/logging.h"
#include "client/metrics/apimetricsource.h"
#include "client/metrics/elastic/wso2analyticssource.h"
#include "client/metrics/prometheus/prometheussource.h"
#include "client/net/transport.h"
#include "client/xroad/xroadclient.h"

namespace lgsp::client {

namespace {

ConnectionProfile anonymousProfile(const QUrl &baseUrl)
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = baseUrl.host();
    profile.baseUrl = baseUrl;
    profile.auth = QStringLiteral("none");
    return profile;
}

// A security server's management API listens on port 4000 unless the address says otherwise.
ConnectionProfile withDefaultPort(ConnectionProfile profile)
{
    if (profile.isSecurityServer() && profile.baseUrl.port() < 0)
        profile.baseUrl.setPort(4000);
    return profile;
}

} // namespace

Connection::Connection(const ConnectionProfile &given, QObject *parent)
    : QObject(parent)
    , m_profile(withDefaultPort(given))
    , m_transport(std::make_unique<Transport>(m_profile.baseUrl))
{
    const ConnectionProfile &profile = m_profile;
    m_transport->setTimeout(std::chrono::milliseconds(std::max(1000, profile.requestTimeoutMs)));
    m_transport->setProxy(Transport::proxyModeFor(profile.proxy), profile.proxyHost,
                          quint16(std::clamp(profile.proxyPort, 0, 65535)));
    m_authenticator = std::make_unique<CredentialAuthenticator>(
        m_transport.get(), CredentialAuthenticator::schemeFor(profile.auth), profile.clientId);
    m_transport->setAuthenticator(m_authenticator.get());
    if (profile.isSecurityServer()) {
        // The security server is the instance: its address, its pin, its key.
        ConnectionProfile server = profile;
        server.xroad.url = profile.baseUrl;
        server.xroad.pinSha256 = profile.pinSha256;
        m_securityServer = std::make_unique<XRoadClient>(server, TlsPolicy{});
        m_backend = std::make_unique<XRoadSsBackend>(m_securityServer.get());
    } else if (profile.backend == Wso2ApimBackend::kindName()) {
        m_authenticator->setUser(profile.user);
        m_authenticator->setScopes(Wso2ApimBackend::scopes());
        m_backend = std::make_unique<Wso2ApimBackend>(m_transport.get(), m_authenticator.get(),
                                                      profile.gatewayUrl);
    } else {
        m_backend = std::make_unique<LgspV1Backend>(m_transport.get());
    }
    if (profile.metrics.isPrometheus()) {
        m_metricSource = std::make_unique<PrometheusSource>(profile, TlsPolicy{});
    } else if (profile.metrics.isAnalytics()) {
        m_metricSource = std::make_unique<Wso2AnalyticsSource>(profile, TlsPolicy{});
    } else {
        m_metricSource = std::make_unique<ApiMetricSource>(this);
    }
    if (profile.xroad.attached() && !m_securityServer)
        m_securityServer = std::make_unique<XRoadClient>(profile, TlsPolicy{});
    applyTls();
}

Connection::Connection(const QUrl &baseUrl, QObject *parent)
    : Connection(anonymousProfile(baseUrl), parent)
{}

Connection::~Connection()
{
    // Calls in flight are children of the transport; the backend and authenticator go first.
    m_securityServer.reset();
    m_metricSource.reset();
    m_backend.reset();
    m_transport->setAuthenticator(nullptr);
    m_authenticator.reset();
}

void Connection::setSecret(const QString &secret)
{
    if (!m_profile.isSecurityServer()) {
        m_authenticator->setSecret(secret);
        return;
    }
    m_secret = secret;
    applySecurityServerKey();
}

void Connection::applySecurityServerKey()
{
    // A security server alone gets its key as the profile's secret or as the key of "its"
    // security server (both are the keychain entry xroad-key); whichever is set.
    if (m_securityServer)
        m_securityServer->setKey(
            m_profile.isSecurityServer() && !m_secret.isEmpty() ? m_secret : m_securityServerKey);
}

void Connection::setMetricSourceSecret(const QString &secret)
{
    m_metricSource->setSecret(secret);
}

void Connection::setSecurityServerKey(const QString &key)
{
    m_securityServerKey = key;
    applySecurityServerKey();
}

void Connection::setClientCertificatePassphrase(const QString &passphrase)
{
    m_passphrase = passphrase;
    applyTls();
}

void Connection::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_transport->setTimeout(timeout);
}

void Connection::applyTls()
{
    const TlsPolicy policy = TlsPolicy::fromProfile(m_profile, m_passphrase, &m_configurationError);
    if (!m_configurationError.isNull())
        qCWarning(lcClient).noquote()
            << "profile" << m_profile.name << ":" << m_configurationError.detail;
    m_transport->setTlsPolicy(policy);
    m_metricSource->setTlsPolicy(policy);
    if (m_securityServer)
        m_securityServer->setTlsPolicy(policy);
    m_transport->setConfigurationError(m_configurationError);
}

void Connection::fetchInfo()
{
    m_backend->info(this, [this](const Result<protocol::InstanceInfo> &result) {
        if (!result.ok()) {
            Q_EMIT failed(result.error);
            return;
        }
        m_info = result.value;
        Q_EMIT infoReceived(m_info);
    });
}

} // namespace lgsp::client
