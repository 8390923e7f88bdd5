#include "client/net/transport.h"

#include "client/net/call.h"

#include <QNetworkProxyFactory>
#include <QNetworkRequest>
#include <QUuid>

#include "lgsp_version.h"

namespace lgsp::client {

namespace {

// The operating system's proxy settings, for this manager only (no global state).
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return systemProxyForQuery(query);
    }
};

} // namespace

Transport::ProxyMode Transport::proxyModeFor(const QString &text)
{
    if (text == QLatin1String("none"))
        return ProxyMode::None;
    if (text == QLatin1String("manual"))
        return ProxyMode::Manual;
    return ProxyMode::System;
}

Transport::Transport(QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_sslConfiguration(m_tls.configuration())
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network.setAutoDeleteReplies(false);
    setProxy(ProxyMode::System);
}

Transport::~Transport() = default;

void Transport::setTlsPolicy(const TlsPolicy &policy)
{
    m_tls = policy;
    m_sslConfiguration = m_tls.configuration();
    // Connections made with the old trust settings must not be reused.
    m_network.clearConnectionCache();
}

void Transport::setProxy(ProxyMode mode, const QString &host, quint16 port)
{
    switch (mode) {
    case ProxyMode::System:
        m_network.setProxyFactory(new SystemProxyFactory);
        break;
    case ProxyMode::None:
        m_network.setProxyFactory(nullptr);
        m_network.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case ProxyMode::Manual:
        m_network.setProxyFactory(nullptr);
        m_network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, host, port));
        break;
    }
}

QNetworkProxy Transport::proxyFor(const QUrl &url) const
{
    if (QNetworkProxyFactory *factory = m_network.proxyFactory()) {
        const QList<QNetworkProxy> list = factory->queryProxy(QNetworkProxyQuery(url));
        return list.value(0, QNetworkProxy(QNetworkProxy::NoProxy));
    }
    return m_network.proxy();
}

Call *Transport::send(const ApiRequest &request, QObject *context, Callback done)
{
    auto *call = new Call(this, request, context, std::move(done));
    call->start();
    return call;
}

QUrl Transport::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QNetworkRequest Transport::prepare(const QUrl &url, const QByteArray &correlationId) const
{
    QNetworkRequest request(url);
    if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("wss"))
        request.setSslConfiguration(m_sslConfiguration);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("X-Correlation-Id", correlationId);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray(QByteArrayLiteral("lgsp-console/") + LGSP_VERSION_STRING));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(m_timeout.count()));
    return request;
}

QByteArray Transport::newCorrelationId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace lgsp::client
