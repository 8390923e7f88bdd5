#include "client/profiles/connectionprofile.h"

#include "protocol/jsonreader.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace lgsp::client {

using protocol::JsonReader;

QStringList ConnectionProfile::backends()
{
    return {QStringLiteral("lgsp-v1"), QStringLiteral("wso2-apim"), QStringLiteral("xroad-ss")};
}

QStringList ConnectionProfile::authKinds()
{
    return {QStringLiteral("client-credentials"), QStringLiteral("api-key"), QStringLiteral("none"),
            QStringLiteral("wso2-user"), QStringLiteral("xroad-key")};
}

QJsonObject ConnectionProfile::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), name},
        {QStringLiteral("group"), group},
        {QStringLiteral("baseUrl"), baseUrl.toString()},
        {QStringLiteral("backend"), backend},
        {QStringLiteral("auth"), auth},
        {QStringLiteral("clientId"), clientId},
        {QStringLiteral("user"), user},
        {QStringLiteral("gatewayUrl"), gatewayUrl.toString()},
        {QStringLiteral("tls"),
         QJsonObject{{QStringLiteral("caFiles"), QJsonArray::fromStringList(caFiles)},
                     {QStringLiteral("pinSha256"), pinSha256},
                     {QStringLiteral("clientCertificateFile"), clientCertificateFile}}},
        {QStringLiteral("proxy"), QJsonObject{{QStringLiteral("mode"), proxy},
                                              {QStringLiteral("host"), proxyHost},
                                              {QStringLiteral("port"), proxyPort}}},
        {QStringLiteral("requestTimeoutMs"), requestTimeoutMs},
        {QStringLiteral("pollIntervalMs"), pollIntervalMs},
        {QStringLiteral("readOnly"), readOnly},
        {QStringLiteral("metricSource"), metrics.toJson()},
        {QStringLiteral("securityServer"), xroad.toJson()},
    };
}

std::optional<ConnectionProfile> ConnectionProfile::fromJson(const QJsonObject &object,
                                                             const QString &pointer,
                                                             QList<protocol::DecodeError> *errors)
{
    JsonReader reader(object, pointer);
    ConnectionProfile p;
    const QString id = reader.requiredString(QStringLiteral("id"));
    p.id = QUuid::fromString(id);
    if (!id.isEmpty() && p.id.isNull())
        reader.fail(reader.pointerTo(QStringLiteral("id")), JsonReader::tr("not a UUID"));
    p.name = reader.requiredString(QStringLiteral("name")).trimmed();
    if (object.contains(QStringLiteral("name")) && p.name.isEmpty() && reader.ok())
        reader.fail(reader.pointerTo(QStringLiteral("name")), JsonReader::tr("must not be empty"));
    p.group = reader.optionalString(QStringLiteral("group"));
    const QString url = reader.requiredString(QStringLiteral("baseUrl"));
    p.baseUrl = QUrl(url, QUrl::StrictMode);
    if (!url.isEmpty() && (!p.baseUrl.isValid() || p.baseUrl.host().isEmpty() ||
                           (p.baseUrl.scheme() != QLatin1String("https") &&
                            p.baseUrl.scheme() != QLatin1String("http"))))
        reader.fail(reader.pointerTo(QStringLiteral("baseUrl")),
                    JsonReader::tr("not an http or https URL"));
    p.backend =
        reader.optionalEnum(QStringLiteral("backend"), backends(), QStringLiteral("lgsp-v1"));
    p.auth = reader.optionalEnum(QStringLiteral("auth"), authKinds(),
                                 QStringLiteral("client-credentials"));
    p.clientId = reader.optionalString(QStringLiteral("clientId"));
    p.user = reader.optionalString(QStringLiteral("user")).trimmed();
    const QString gateway = reader.optionalString(QStringLiteral("gatewayUrl"));
    p.gatewayUrl = QUrl(gateway, QUrl::StrictMode);
    if (!gateway.isEmpty() && (!p.gatewayUrl.isValid() || p.gatewayUrl.host().isEmpty() ||
                               (p.gatewayUrl.scheme() != QLatin1String("https") &&
                                p.gatewayUrl.scheme() != QLatin1String("http"))))
        reader.fail(reader.pointerTo(QStringLiteral("gatewayUrl")),
                    JsonReader::tr("not an http or https URL"));
    const bool wso2 = p.backend == QLatin1String("wso2-apim");
    if (wso2 != (p.auth == QLatin1String("wso2-user")) && object.contains(QStringLiteral("auth")))
        reader.fail(reader.pointerTo(QStringLiteral("auth")),
                    wso2 ? JsonReader::tr("a wso2-apim profile authenticates as wso2-user")
                         : JsonReader::tr("wso2-user is only for wso2-apim profiles"));
    if (wso2 && !object.contains(QStringLiteral("auth")))
        p.auth = QStringLiteral("wso2-user");
    if (wso2 && p.user.isEmpty())
        reader.fail(reader.pointerTo(QStringLiteral("user")),
                    JsonReader::tr("a wso2-apim profile needs the API Manager user"));
    // A security server alone is read with its API key.
    const bool securityServer = p.backend == QLatin1String("xroad-ss");
    if (securityServer != (p.auth == QLatin1String("xroad-key")) &&
        object.contains(QStringLiteral("auth")))
        reader.fail(reader.pointerTo(QStringLiteral("auth")),
                    securityServer
                        ? JsonReader::tr("an xroad-ss profile authenticates with xroad-key")
                        : JsonReader::tr("xroad-key is only for xroad-ss profiles"));
    if (securityServer && !object.contains(QStringLiteral("auth")))
        p.auth = QStringLiteral("xroad-key");
    JsonReader tls(reader.object(QStringLiteral("tls"), false),
                   reader.pointerTo(QStringLiteral("tls")));
    p.caFiles = tls.optionalStringList(QStringLiteral("caFiles"));
    p.pinSha256 = tls.optionalString(QStringLiteral("pinSha256")).toLower();
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    if (!p.pinSha256.isEmpty() && !hex64.match(p.pinSha256).hasMatch())
        tls.fail(tls.pointerTo(QStringLiteral("pinSha256")),
                 JsonReader::tr("a SHA-256 pin is 64 hexadecimal characters"));
    p.clientCertificateFile = tls.optionalString(QStringLiteral("clientCertificateFile"));
    JsonReader proxy(reader.object(QStringLiteral("proxy"), false),
                     reader.pointerTo(QStringLiteral("proxy")));
    p.proxy = proxy.optionalEnum(
        QStringLiteral("mode"),
        {QStringLiteral("system"), QStringLiteral("none"), QStringLiteral("manual")},
        QStringLiteral("system"));
    p.proxyHost = proxy.optionalString(QStringLiteral("host"));
    p.proxyPort = int(proxy.optionalInteger(QStringLiteral("port"), 0, 65535, 0));
    p.requestTimeoutMs =
        int(reader.optionalInteger(QStringLiteral("requestTimeoutMs"), 1000, 600000, 15000));
    p.pollIntervalMs =
        int(reader.optionalInteger(QStringLiteral("pollIntervalMs"), 1000, 86400000, 30000));
    p.readOnly = reader.optionalBool(QStringLiteral("readOnly"), false);
    QList<protocol::DecodeError> metricErrors;
    p.metrics = MetricSourceSettings::fromJson(reader.object(QStringLiteral("metricSource"), false),
                                               reader.pointerTo(QStringLiteral("metricSource")),
                                               &metricErrors);
    QList<protocol::DecodeError> xroadErrors;
    p.xroad =
        XRoadSettings::fromJson(reader.object(QStringLiteral("securityServer"), false),
                                reader.pointerTo(QStringLiteral("securityServer")), &xroadErrors);
    QList<protocol::DecodeError> all = reader.errors();
    all += metricErrors;
    all += xroadErrors;
    all += tls.errors();
    all += proxy.errors();
    if (!all.isEmpty()) {
        if (errors)
            *errors += all;
        return std::nullopt;
    }
    return p;
}

} // namespace lgsp::client
