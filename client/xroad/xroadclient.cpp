#include "client/xroad/xroadclient.h"

#include "client/auth/staticauthenticator.h"
#include "client/net/transport.h"

#include <QPointer>

#include <functional>

namespace lgsp::client {

namespace {

// Each endpoint and where its answer goes; the version first (the one that must answer).
struct Step
{
    const char *path;
    std::function<bool(const QByteArray &, XRoadState &, QString *)> read;
};

template<typename T, typename Store>
std::function<bool(const QByteArray &, XRoadState &, QString *)>
reader(std::optional<T> (*read)(const QByteArray &, QString *), Store store)
{
    return [read, store](const QByteArray &body, XRoadState &state, QString *error) {
        std::optional<T> value = read(body, error);
        if (value)
            store(state, std::move(*value));
        return value.has_value();
    };
}

const QList<Step> &steps()
{
    static const QList<Step> list{
        {"/system/version", reader<QString>(&xroad::readVersion,
                                            [](XRoadState &s, QString v) {
                                                s.version = xroad::versionNumber(v);
                                                s.versionText = std::move(v);
                                            })},
        {"/system/node-type",
         reader<QString>(&xroad::readNodeType, [](XRoadState &s, QString v) { s.nodeType = v; })},
        {"/diagnostics/globalconf",
         reader<XRoadState::Diagnostic>(&xroad::readGlobalConf,
                                        [](XRoadState &s, auto v) { s.globalConf = v; })},
        {"/diagnostics/timestamping-services",
         reader<QList<XRoadState::Diagnostic>>(&xroad::readTimestamping,
                                               [](XRoadState &s, auto v) { s.timestamping = v; })},
        {"/diagnostics/ocsp-responders",
         reader<QList<XRoadState::Diagnostic>>(&xroad::readOcsp,
                                               [](XRoadState &s, auto v) { s.ocsp = v; })},
        {"/tokens", reader<QList<XRoadState::Certificate>>(
                        &xroad::readTokens, [](XRoadState &s, auto v) { s.certificates = v; })},
        {"/notifications/alerts",
         reader<XRoadState::Alerts>(&xroad::readAlerts,
                                    [](XRoadState &s, auto v) { s.alerts = v; })},
        {"/clients", reader<QList<XRoadState::Member>>(
                         &xroad::readClients, [](XRoadState &s, auto v) { s.clients = v; })},
    };
    return list;
}

// The management API under the server's address: https://ss:4000 → https://ss:4000/api/v1.
QUrl apiBase(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/api/v1")))
        path += QStringLiteral("/api/v1");
    url.setPath(path);
    return url;
}

} // namespace

struct XRoadClient::Fetch
{
    QPointer<QObject> context;
    Handler<XRoadState> done;
    Result<XRoadState> result;
    int step = 0;
};

XRoadClient::XRoadClient(const ConnectionProfile &profile, const TlsPolicy &tls, QObject *parent)
    : QObject(parent)
    , m_url(profile.xroad.url)
    , m_pin(profile.xroad.pinSha256)
    , m_transport(std::make_unique<Transport>(apiBase(profile.xroad.url)))
    , m_authenticator(std::make_unique<StaticAuthenticator>(
          StaticAuthenticator::Scheme::XRoadApiKey, QString()))
{
    m_transport->setTimeout(std::chrono::milliseconds(std::max(1000, profile.requestTimeoutMs)));
    m_transport->setProxy(Transport::proxyModeFor(profile.proxy), profile.proxyHost,
                          quint16(std::clamp(profile.proxyPort, 0, 65535)));
    m_transport->setAuthenticator(m_authenticator.get());
    setTlsPolicy(tls);
}

XRoadClient::~XRoadClient()
{
    m_transport->setAuthenticator(nullptr);
}

void XRoadClient::setKey(const QString &key)
{
    m_authenticator->setSecret(key);
}

bool XRoadClient::hasKey() const
{
    return m_authenticator->hasSecret();
}

void XRoadClient::setTlsPolicy(const TlsPolicy &tls)
{
    m_transport->setTlsPolicy(tls.withPin(m_pin));
}

QString XRoadClient::location() const
{
    return m_url.toString(QUrl::RemoveUserInfo);
}

void XRoadClient::fetch(QObject *context, Handler<XRoadState> done)
{
    auto f = std::make_shared<Fetch>();
    f->context = context;
    f->done = std::move(done);
    next(f);
}

void XRoadClient::next(const std::shared_ptr<Fetch> &f)
{
    if (!f->context)
        return;
    if (f->step >= steps().size()) {
        f->done(f->result);
        return;
    }
    const Step &step = steps().at(f->step);
    ApiRequest request;
    request.path = QLatin1String(step.path);
    m_transport->send(request, f->context, [this, f](const ApiReply &reply) {
        const Step &current = steps().at(f->step);
        const QString path = QLatin1String(current.path);
        const bool first = f->step == 0;
        ++f->step;
        QString error;
        if (!reply.ok()) {
            ClientError e = reply.error;
            if (first) {
                f->result.error = e;
                f->done(f->result);
                return;
            }
            if (e.kind == ClientError::Kind::NotFound)
                f->result.value.missing.append(path);
            else
                f->result.value.problems.insert(path, e.message());
        } else if (!current.read(reply.body, f->result.value, &error)) {
            if (first) {
                f->result.error = ClientError::make(ClientError::Kind::Protocol, error);
                f->done(f->result);
                return;
            }
            f->result.value.problems.insert(path, error);
        }
        next(f);
    });
}

} // namespace lgsp::client
