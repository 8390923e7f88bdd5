#pragma once

#include "client/backend/backend.h"
#include "client/net/tlspolicy.h"
#include "client/profiles/connectionprofile.h"
#include "client/xroad/xroadstate.h"

#include <QObject>

#include <memory>

namespace lgsp::client {

class Transport;
class StaticAuthenticator;

// Reads an X-Road security server's state through its management REST API (/api/v1) with an
// API key (`Authorization: X-Road-ApiKey token=<key>`): version and node type, the global
// configuration, timestamping services and OCSP responders as its diagnostics see them, the
// certificates on its tokens, its own alerts and its clients. One request at a time, eight in
// all: far under the server's 20 requests a second and 600 a minute; a 429 is retried after
// its Retry-After by the transport. An endpoint the version lacks (a 404) leaves its part
// unknown; one that is refused or fails is said in `problems`; only the version is required.
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

    void fetch(QObject *context, Handler<XRoadState> done);

private:
    struct Fetch;
    void next(const std::shared_ptr<Fetch> &fetch);

    QUrl m_url;
    QString m_pin;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<StaticAuthenticator> m_authenticator;
};

} // namespace lgsp::client
