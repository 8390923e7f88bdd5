#pragma once

#include "client/clienterror.h"
#include "client/profiles/connectionprofile.h"
#include "protocol/instanceinfo.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>

namespace lgsp::client {

class Backend;
class CredentialAuthenticator;
class MetricSource;
class Transport;
class XRoadClient;

// One connection object per LGSP instance: it owns the transport (network access manager,
// TLS policy, proxy, timeout, retries), the credential and the backend that speaks the
// instance's API. Pages call backend(); the connection itself keeps what it last learnt
// from /info.
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    explicit Connection(const ConnectionProfile &profile, QObject *parent = nullptr);
    // An anonymous lgsp-v1 connection to `baseUrl` (no credential, default TLS).
    explicit Connection(const QUrl &baseUrl, QObject *parent = nullptr);
    ~Connection() override;

    const ConnectionProfile &profile() const { return m_profile; }
    QUrl baseUrl() const { return m_profile.baseUrl; }
    // A problem with the profile itself (a CA file that cannot be read…); every call then
    // fails with it.
    ClientError configurationError() const { return m_configurationError; }

    // The secret from the keychain (client secret or API key) and, for a PKCS#12 or
    // encrypted PEM client certificate, its passphrase. Kept in memory only.
    void setSecret(const QString &secret);
    void setClientCertificatePassphrase(const QString &passphrase);
    // The metric source's password or token (a Prometheus behind basic auth or a proxy
    // wanting a bearer token), from the keychain's "metrics-secret".
    void setMetricSourceSecret(const QString &secret);
    // The API key of the security server attached to the profile, from the keychain's
    // "xroad-key".
    void setSecurityServerKey(const QString &key);

    void setRequestTimeout(std::chrono::milliseconds timeout);

    Backend *backend() const { return m_backend.get(); }
    // Where this instance's traffic is read: its own API, or the profile's Prometheus.
    MetricSource *metricSource() const { return m_metricSource.get(); }
    // The X-Road security server the NDXP link goes through; null when none is attached.
    XRoadClient *securityServer() const { return m_securityServer.get(); }
    Transport *transport() const { return m_transport.get(); }
    CredentialAuthenticator *authenticator() const { return m_authenticator.get(); }

    // GET /info; answers with infoReceived() or failed().
    void fetchInfo();
    const protocol::InstanceInfo &lastInfo() const { return m_info; }

Q_SIGNALS:
    void infoReceived(const lgsp::protocol::InstanceInfo &info);
    void failed(const lgsp::client::ClientError &error);

private:
    void applyTls();

    ConnectionProfile m_profile;
    QString m_passphrase;
    ClientError m_configurationError;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<CredentialAuthenticator> m_authenticator;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<MetricSource> m_metricSource;
    std::unique_ptr<XRoadClient> m_securityServer;
    QString m_secret;            // xroad-ss only: the key given as the profile's secret
    QString m_securityServerKey; // the key given for the security server
    void applySecurityServerKey();
    protocol::InstanceInfo m_info;
};

} // namespace lgsp::client
