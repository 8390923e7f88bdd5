#pragma once

#include "client/backend/backend.h"
#include "client/net/apirequest.h"
#include "client/net/tlspolicy.h"
#include "client/profiles/connectionprofile.h"
#include "client/xroad/xroadstate.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

namespace lgsp::client {

class Transport;
class StaticAuthenticator;

// Reads an X-Road security server's state through its management REST API (/api/v1) with an
// API key (`Authorization: X-Road-ApiKey token=<key>`): version and node type, the global
// configuration, timestamping services and OCSP responders as its diagnostics see them, the
// certificates on its tokens and its TLS certificate, its own alerts, its clients (and each
// subsystem's service descriptions, up to kMaxDescriptionReads), its add-ons
// and backup encryption (7.1+) and its exchanges of the last hour (7.7+). One request at a
// time, twelve and one per subsystem at most, each waiting for its turn from XRoadPacer, so many
// LGSPs behind one server stay under its 20 requests a second and 600 a minute; a 429 is retried
// after its Retry-After by the transport. An endpoint the version lacks (a 404, or one newer than
// the version) leaves its part unknown; one that is refused or fails is said in `problems`; only
// the version is required.
class XRoadClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(XRoadClient)

public:
    // The proxy and timeout are the profile's; so are the CA files and the client certificate
    // of `tls`, with the security server's own pin.
    XRoadClient(const ConnectionProfile &profile, const TlsPolicy &tls, QObject *parent = nullptr);
    ~XRoadClient() override;

    void setKey(const QString &key);
    bool hasKey() const;
    void setTlsPolicy(const TlsPolicy &tls);
    QString location() const;

    // Subsystems whose service descriptions one read asks for, at most.
    static constexpr int kMaxDescriptionReads = 50;
    // The longest a finished read is kept for others.
    static constexpr std::chrono::milliseconds kMaxReuse{60000};
    // How long the fleet's probes reuse a read of the same server with the same key.
    static constexpr std::chrono::milliseconds kProbeReuse{20000};

    // GET /system/version alone, in its turn: the version text and the server's clock (from
    // its Date header). A refused key is Unauthorized.
    struct Version
    {
        QString text; // "Security Server version 7.8.0-1.ubuntu22.04"
        QDateTime serverTime;
    };
    void version(QObject *context, Handler<Version> done);

    // Reads the server; with `reuseFor`, a read of the same server with the same key finished
    // that recently (by any client) is answered instead, without a request.
    void fetch(QObject *context, Handler<XRoadState> done,
               std::chrono::milliseconds reuseFor = std::chrono::milliseconds(0));

private:
    struct Fetch;
    void next(const std::shared_ptr<Fetch> &fetch);
    // Sends `request` when its turn under the server's limits comes (XRoadPacer), if
    // `context` still lives then.
    void sendInTurn(QObject *context, const ApiRequest &request,
                    std::function<void(const ApiReply &)> done);
    void stepAnswered(const std::shared_ptr<Fetch> &fetch, const ApiReply &reply);
    void nextDescriptions(const std::shared_ptr<Fetch> &fetch);
    void finish(const std::shared_ptr<Fetch> &fetch);
    QString pacerKey() const; // host:port, whose requests share their turns

    QUrl m_url;
    QString m_pin;
    QString m_cacheKey; // the API address and a SHA-256 of the key: never the key itself
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<StaticAuthenticator> m_authenticator;
};

} // namespace lgsp::client
