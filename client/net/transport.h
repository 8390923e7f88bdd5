#pragma once

#include "client/net/apirequest.h"
#include "client/net/authenticator.h"
#include "client/net/retrypolicy.h"
#include "client/net/tlspolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkRequest;

namespace lgsp::client {

class Call;

// The HTTP side of one connection: its own network access manager, TLS policy, proxy,
// timeout, size cap, retries and authentication. Every call gets a correlation id that is
// sent as X-Correlation-Id and logged, so an officer can find it in the server's logs.
class Transport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Transport)

public:
    // Bodies larger than this are refused: a server cannot make the console allocate
    // without bound. Config exports may be large; everything else is far smaller.
    static constexpr qint64 kMaxResponseBytes = 32 * 1024 * 1024;

    using Callback = std::function<void(const ApiReply &)>;
    enum class ProxyMode { System, None, Manual };
    // A profile's proxy mode: "system", "none" or "manual".
    static ProxyMode proxyModeFor(const QString &text);

    explicit Transport(QUrl baseUrl, QObject *parent = nullptr);
    ~Transport() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTlsPolicy(const TlsPolicy &policy);
    const TlsPolicy &tlsPolicy() const { return m_tls; }
    void setProxy(ProxyMode mode, const QString &host = {}, quint16 port = 0);
    QNetworkProxy proxyFor(const QUrl &url) const;
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    void setAuthenticator(Authenticator *authenticator) { m_authenticator = authenticator; }
    Authenticator *authenticator() const { return m_authenticator; }
    // While set, every call fails at once with this error (the profile is unusable).
    void setConfigurationError(const ClientError &error) { m_configurationError = error; }
    const ClientError &configurationError() const { return m_configurationError; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    // Starts the call; `done` runs once, on this thread, unless `context` is destroyed
    // first. The returned call can be aborted (done then gets a Cancelled error).
    Call *send(const ApiRequest &request, QObject *context, Callback done);

    // The URL of `path` under the base URL (keeps a base path such as "/lgsp").
    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;
    // A request with the TLS configuration, headers and timeout every call uses.
    QNetworkRequest prepare(const QUrl &url, const QByteArray &correlationId) const;
    QNetworkAccessManager *network() { return &m_network; }

    static QByteArray newCorrelationId();

private:
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
    TlsPolicy m_tls;
    ClientError m_configurationError;
    QSslConfiguration m_sslConfiguration;
    RetryPolicy m_retry;
    QPointer<Authenticator> m_authenticator;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(15)};
    qint64 m_maxResponseBytes = kMaxResponseBytes;
};

} // namespace lgsp::client
