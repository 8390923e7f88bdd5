#pragma once

#include "client/profiles/metricsourcesettings.h"
#include "client/xroad/xroadsettings.h"
#include "protocol/decodeerror.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace lgsp::client {

// One LGSP instance the console connects to. Holds no secret: client secrets and API keys
// live in the OS keychain, keyed by the profile id.
struct ConnectionProfile
{
    QUuid id;
    QString name;
    QString group; // "Bộ", "Tỉnh" or free text
    QUrl baseUrl;
    // lgsp-v1 | wso2-apim | xroad-ss (an X-Road security server alone: its management API at
    // baseUrl, https://<server>:4000, read with an API key; no tenants, services or traffic)
    QString backend = QStringLiteral("lgsp-v1");
    // client-credentials | api-key | none (lgsp-v1); wso2-user (wso2-apim: an API Manager user
    // whose OAuth client, registered once through DCR, is kept in the keychain); xroad-key
    // (xroad-ss: the key in the keychain entry "xroad-key", as for an attached server)
    QString auth = QStringLiteral("client-credentials");
    QString clientId;
    QString user;    // wso2-apim: the API Manager user the OAuth client was registered for
    QUrl gatewayUrl; // wso2-apim: the gateway's HTTPS URL; empty: the management host, port 8243
    QStringList caFiles;           // extra CA certificates (PEM), e.g. the government CA
    QString pinSha256;             // optional SHA-256 pin of the server certificate (hex)
    QString clientCertificateFile; // optional PKCS#12 or PEM
    QString proxy = QStringLiteral("system"); // system | none | manual
    QString proxyHost;
    int proxyPort = 0;
    int requestTimeoutMs = 15000;
    int pollIntervalMs = 30000;
    bool readOnly = false;
    bool isSecurityServer() const { return backend == QLatin1String("xroad-ss"); }
    // Where the traffic is read: the instance's own API, or a Prometheus beside it.
    MetricSourceSettings metrics;
    // The X-Road security server its NDXP link goes through, when one is attached.
    XRoadSettings xroad;

    // The keychain entry of this profile's secret: "api-key" or "client-secret"; empty when
    // the profile uses no credential.
    QString secretKind() const
    {
        if (auth == QLatin1String("wso2-user"))
            return QStringLiteral("wso2-client");
        if (auth == QLatin1String("xroad-key"))
            return QStringLiteral("xroad-key");
        if (auth == QLatin1String("api-key"))
            return QStringLiteral("api-key");
        if (auth == QLatin1String("client-credentials"))
            return QStringLiteral("client-secret");
        return {};
    }

    static QStringList backends();
    static QStringList authKinds();

    QJsonObject toJson() const;
    // Every problem goes to *errors with its JSON pointer under `pointer`.
    static std::optional<ConnectionProfile> fromJson(const QJsonObject &object,
                                                     const QString &pointer,
                                                     QList<protocol::DecodeError> *errors);

    friend bool operator==(const ConnectionProfile &a, const ConnectionProfile &b)
    {
        return a.toJson() == b.toJson();
    }
};

} // namespace lgsp::client
