#include "client/xroad/xroadclient.h"

#include "client/auth/staticauthenticator.h"
#include "client/net/transport.h"
#include "client/xroad/xroadpacer.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

namespace lgsp::client {

namespace {

// Each endpoint and where its answer goes; the version first (the one that must answer). An
// endpoint that came in a later version than the server's is not asked: it is missing.
using Read = std::function<bool(const QByteArray &, XRoadState &, const QDateTime &, QString *)>;

struct Step
{
    const char *path;
    Read read;
    QVersionNumber since;
    std::function<QUrlQuery(const QDateTime &now)> query;
};

template<typename T, typename Store>
Read reader(std::optional<T> (*read)(const QByteArray &, QString *), Store store)
{
    return [read, store](const QByteArray &body, XRoadState &state, const QDateTime &,
                         QString *error) {
        std::optional<T> value = read(body, error);
        if (value)
            store(state, std::move(*value));
        return value.has_value();
    };
}

Read addonReader(bool (*read)(const QByteArray &, XRoadState::Addons *, QString *))
{
    return [read](const QByteArray &body, XRoadState &state, const QDateTime &, QString *error) {
        XRoadState::Addons addons = state.addons.value_or(XRoadState::Addons{});
        if (!read(body, &addons, error))
            return false;
        state.addons = addons;
        return true;
    };
}

// The operational data of the last hour, in four 15-minute intervals.
constexpr qint64 kExchangeWindowSeconds = 3600;

QUrlQuery exchangeQuery(const QDateTime &now)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("records_from"),
                   now.addSecs(-kExchangeWindowSeconds).toUTC().toString(Qt::ISODateWithMs));
    q.addQueryItem(QStringLiteral("records_to"), now.toUTC().toString(Qt::ISODateWithMs));
    q.addQueryItem(QStringLiteral("interval"), QStringLiteral("15"));
    return q;
}

const QList<Step> &steps()
{
    static const QList<Step> list{
        {"/system/version",
         reader<QString>(&xroad::readVersion,
                         [](XRoadState &s, QString v) {
                             s.version = xroad::versionNumber(v);
                             s.versionText = std::move(v);
                         }),
         {},
         {}},
        {"/system/node-type",
         reader<QString>(&xroad::readNodeType, [](XRoadState &s, QString v) { s.nodeType = v; }),
         {},
         {}},
        {"/diagnostics/globalconf",
         reader<XRoadState::Diagnostic>(&xroad::readGlobalConf,
                                        [](XRoadState &s, auto v) { s.globalConf = v; }),
         {},
         {}},
        {"/diagnostics/timestamping-services",
         reader<QList<XRoadState::Diagnostic>>(&xroad::readTimestamping,
                                               [](XRoadState &s, auto v) { s.timestamping = v; }),
         {},
         {}},
        {"/diagnostics/ocsp-responders",
         reader<QList<XRoadState::Diagnostic>>(&xroad::readOcsp,
                                               [](XRoadState &s, auto v) { s.ocsp = v; }),
         {},
         {}},
        {"/tokens",
         reader<QList<XRoadState::Certificate>>(&xroad::readTokens,
                                                [](XRoadState &s, auto v) { s.certificates = v; }),
         {},
         {}},
        {"/system/certificate",
         reader<XRoadState::TlsCertificate>(&xroad::readTlsCertificate,
                                            [](XRoadState &s, auto v) { s.tlsCertificate = v; }),
         {},
         {}},
        {"/notifications/alerts",
         reader<XRoadState::Alerts>(&xroad::readAlerts,
                                    [](XRoadState &s, auto v) { s.alerts = v; }),
         {},
         {}},
        {"/clients",
         reader<QList<XRoadState::Member>>(&xroad::readClients,
                                           [](XRoadState &s, auto v) { s.clients = v; }),
         {},
         {}},
        {"/diagnostics/addon-status",
         addonReader(&xroad::readAddonStatus),
         QVersionNumber(7, 1),
         {}},
        {"/diagnostics/backup-encryption-status",
         addonReader(&xroad::readBackupEncryption),
         QVersionNumber(7, 1),
         {}},
        {"/diagnostics/operational-monitoring",
         [](const QByteArray &body, XRoadState &s, const QDateTime &now, QString *error) {
             std::optional<XRoadState::Exchanges> e =
                 xroad::readOperationalData(body, now.addSecs(-kExchangeWindowSeconds), now, error);
             if (e)
                 s.exchanges = *e;
             return e.has_value();
         },
         QVersionNumber(7, 7), &exchangeQuery},
    };
    return list;
}

// The management API under the server's address: https://ss → https://ss:4000/api/v1.
QUrl apiBase(QUrl url)
{
    if (url.port() < 0)
        url.setPort(4000); // the management API's own port
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/api/v1")))
        path += QStringLiteral("/api/v1");
    url.setPath(path);
    return url;
}

// Finished reads of each server (by its API address and a hash of the key), for clients of
// several LGSPs behind one security server to share within their age.
struct Cached
{
    QElapsedTimer age;
    XRoadState state;
};

QHash<QString, Cached> &cache()
{
    static QHash<QString, Cached> entries;
    return entries;
}

} // namespace

struct XRoadClient::Fetch
{
    QPointer<QObject> context;
    Handler<XRoadState> done;
    Result<XRoadState> result;
    QDateTime now;
    int step = 0;
    int client = 0;    // the next client whose service descriptions are read
    int described = 0; // how many have been read
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
    setKey(QString());
}

XRoadClient::~XRoadClient()
{
    m_transport->setAuthenticator(nullptr);
}

void XRoadClient::setKey(const QString &key)
{
    m_authenticator->setSecret(key);
    m_cacheKey = m_transport->baseUrl().toString(QUrl::RemoveUserInfo) + QLatin1Char('\n') +
                 QString::fromLatin1(
                     QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool XRoadClient::hasKey() const
{
    return m_authenticator->hasSecret();
}

void XRoadClient::setTlsPolicy(const TlsPolicy &tls)
{
    m_transport->setTlsPolicy(tls.withPin(m_pin));
}

QString XRoadClient::pacerKey() const
{
    return m_url.host() + QLatin1Char(':') + QString::number(m_url.port(4000));
}

QString XRoadClient::location() const
{
    return m_url.toString(QUrl::RemoveUserInfo);
}

void XRoadClient::fetch(QObject *context, Handler<XRoadState> done,
                        std::chrono::milliseconds reuseFor)
{
    QHash<QString, Cached> &entries = cache();
    for (auto it = entries.begin(); it != entries.end();) {
        if (it->age.hasExpired(kMaxReuse.count()))
            it = entries.erase(it);
        else
            ++it;
    }
    const auto hit = entries.constFind(m_cacheKey);
    if (reuseFor.count() > 0 && hit != entries.cend() && !hit->age.hasExpired(reuseFor.count())) {
        Result<XRoadState> r;
        r.value = hit->state;
        r.value.reused = true;
        QTimer::singleShot(0, context, [done = std::move(done), r] { done(r); });
        return;
    }
    auto f = std::make_shared<Fetch>();
    f->context = context;
    f->done = std::move(done);
    f->now = QDateTime::currentDateTimeUtc();
    next(f);
}

void XRoadClient::version(QObject *context, Handler<Version> done)
{
    ApiRequest request;
    request.path = QStringLiteral("/system/version");
    sendInTurn(context, request, [done = std::move(done)](const ApiReply &reply) {
        Result<Version> r;
        if (!reply.ok()) {
            r.error = reply.error;
        } else {
            QString error;
            const std::optional<QString> text = xroad::readVersion(reply.body, &error);
            if (text)
                r.value = Version{*text, reply.serverDate};
            else
                r.error = ClientError::make(ClientError::Kind::Protocol, error);
        }
        done(r);
    });
}

void XRoadClient::sendInTurn(QObject *context, const ApiRequest &request,
                             std::function<void(const ApiReply &)> done)
{
    // Each request waits for its turn under the server's limits; the timer is the client's,
    // so a context gone meanwhile only means the request is not sent.
    const std::chrono::milliseconds wait = XRoadPacer::shared().reserve(pacerKey());
    QPointer<QObject> guard(context);
    QTimer::singleShot(std::max(wait, std::chrono::milliseconds(0)), Qt::PreciseTimer, this,
                       [this, guard, request, done = std::move(done)] {
                           if (guard)
                               m_transport->send(request, guard, done);
                       });
}

void XRoadClient::nextDescriptions(const std::shared_ptr<Fetch> &f)
{
    // Then each subsystem's service descriptions, as many as kMaxDescriptionReads.
    XRoadState &state = f->result.value;
    const int count = state.clients ? int(state.clients->size()) : 0;
    while (f->client < count &&
           state.clients->at(f->client).id.count(QLatin1Char(':')) < 3) // a member, no services
        ++f->client;
    if (f->client >= count || f->described >= kMaxDescriptionReads) {
        finish(f);
        return;
    }
    const int index = f->client++;
    ++f->described;
    ApiRequest request;
    request.path = QStringLiteral("/clients/%1/service-descriptions")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(state.clients->at(index).id,
                                                                        QByteArrayLiteral(":"))));
    const auto read = [this, f, index, path = request.path](const ApiReply &reply) {
        XRoadState &s = f->result.value;
        QString error;
        if (!reply.ok())
            s.problems.insert(path, reply.error.message());
        else if (!xroad::readServiceDescriptions(reply.body, &(*s.clients)[index], &error))
            s.problems.insert(path, error);
        nextDescriptions(f);
    };
    sendInTurn(f->context, request, read);
}

void XRoadClient::finish(const std::shared_ptr<Fetch> &f)
{
    if (f->result.ok()) {
        Cached entry;
        entry.age.start();
        entry.state = f->result.value;
        cache().insert(m_cacheKey, entry);
    }
    f->done(f->result);
}

void XRoadClient::next(const std::shared_ptr<Fetch> &f)
{
    if (!f->context)
        return;
    // Endpoints newer than the server are missing without asking.
    while (f->step < steps().size() && !f->result.value.version.isNull() &&
           !steps().at(f->step).since.isNull() &&
           f->result.value.version < steps().at(f->step).since) {
        f->result.value.missing.append(QLatin1String(steps().at(f->step).path));
        ++f->step;
    }
    if (f->step >= steps().size()) {
        nextDescriptions(f);
        return;
    }
    const Step &step = steps().at(f->step);
    ApiRequest request;
    request.path = QLatin1String(step.path);
    if (step.query)
        request.query = step.query(f->now);
    sendInTurn(f->context, request, [this, f](const ApiReply &reply) { stepAnswered(f, reply); });
}

void XRoadClient::stepAnswered(const std::shared_ptr<Fetch> &f, const ApiReply &reply)
{
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
    } else if (!current.read(reply.body, f->result.value, f->now, &error)) {
        if (first) {
            f->result.error = ClientError::make(ClientError::Kind::Protocol, error);
            f->done(f->result);
            return;
        }
        f->result.value.problems.insert(path, error);
    }
    next(f);
}

} // namespace lgsp::client
