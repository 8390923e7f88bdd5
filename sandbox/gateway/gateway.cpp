#include "sandbox/gateway/gateway.h"

#include "protocol/lgsperrors.h"
#include "sandbox/api/apiexchange.h"
#include "sandbox/auth/credentialstore.h"
#include "sandbox/gateway/responderguard.h"
#include "sandbox/storage/servicestore.h"
#include "sandbox/tlssetup.h"
#include "sandbox/traffic/trafficrecorder.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QNetworkReply>

namespace lgsp::sandbox {

namespace LgspError = protocol::LgspError;

namespace {

QByteArray methodOf(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OPTIONS";
    }
}

ApiResponse gatewayProblem(int status, const QString &code, const QString &title,
                           const QString &lgspCode, const QString &detail = {})
{
    ApiResponse response = ApiResponse::problem(status, code, title, detail);
    if (!lgspCode.isEmpty())
        response.withHeader("X-LGSP-Error-Code", lgspCode.toLatin1());
    return response;
}

} // namespace

Gateway::Gateway(CredentialStore *credentials, ServiceStore *services, TrafficRecorder *traffic,
                 QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_services(services)
    , m_traffic(traffic)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

bool Gateway::rateLimited(const QString &serviceId, const QString &consumer, qint64 perMinute,
                          qint64 *retryAfter)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Window &window = m_rate[serviceId + QLatin1Char('|') + consumer];
    if (window.minute != now / 60000) {
        window.minute = now / 60000;
        window.count = 0;
    }
    *retryAfter = std::max<qint64>(1, (60000 - now % 60000 + 999) / 1000);
    return ++window.count > perMinute;
}

void Gateway::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                     const QByteArray &correlationId)
{
    QElapsedTimer timer;
    timer.start();
    // /gw/<tenant>/<service>[/<rest>]
    const QString path = request.url().path(QUrl::FullyDecoded);
    const QStringList parts = path.mid(4).split(QLatin1Char('/'));
    const QString tenant = parts.value(0);
    const QString code = parts.value(1);
    const QString rest = parts.mid(2).join(QLatin1Char('/'));

    const std::optional<ServiceStore::Stored> stored =
        m_services->find(ServiceStore::idFor(tenant, code));
    const bool callable = stored && (stored->service.status == QLatin1String("published") ||
                                     stored->service.status == QLatin1String("deprecated"));
    if (!callable) {
        gatewayProblem(404, QStringLiteral("service_not_found"),
                       QStringLiteral("No such service on this gateway"), QString(),
                       QStringLiteral("%1 is not a published service.").arg(path))
            .writeTo(responder, correlationId);
        return;
    }
    const protocol::Service service = stored->service;
    const std::optional<Principal> principal =
        m_credentials->authenticate(request.value("Authorization"));
    const QString consumer = principal ? (principal->tenantCode.isEmpty() ? principal->credentialId
                                                                          : principal->tenantCode)
                                       : QString();
    auto recordAndRefuse = [&](const ApiResponse &response, const QString &lgspCode) {
        m_traffic->record(TransactionRecord{QDateTime::currentMSecsSinceEpoch(), consumer,
                                            service.tenantCode, service.id, response.status,
                                            double(timer.nsecsElapsed()) / 1e6, lgspCode,
                                            QString::fromLatin1(correlationId)});
        response.writeTo(responder, correlationId);
    };
    if (!principal) {
        recordAndRefuse(gatewayProblem(401, QStringLiteral("unauthorized"),
                                       QStringLiteral("Authentication required"),
                                       LgspError::AuthenticationFailed)
                            .withHeader("WWW-Authenticate", "Bearer realm=\"lgsp-gateway\""),
                        LgspError::AuthenticationFailed);
        return;
    }
    const bool allowed =
        principal->isOperator() || principal->tenantCode == service.tenantCode ||
        (!principal->tenantCode.isEmpty() && service.consumers.contains(principal->tenantCode));
    if (!allowed) {
        recordAndRefuse(gatewayProblem(403, QStringLiteral("consumer_not_allowed"),
                                       QStringLiteral("This consumer may not call the service"),
                                       LgspError::GatewayNotAllowed),
                        LgspError::GatewayNotAllowed);
        return;
    }
    qint64 retryAfter = 0;
    if (rateLimited(service.id, consumer, service.rateLimitPerMin, &retryAfter)) {
        recordAndRefuse(gatewayProblem(429, QStringLiteral("rate_limited"),
                                       QStringLiteral("The service's rate limit is reached"),
                                       LgspError::GatewayRateLimited)
                            .withHeader("Retry-After", QByteArray::number(retryAfter)),
                        LgspError::GatewayRateLimited);
        return;
    }

    QUrl target(service.upstreamUrl);
    QString targetPath = target.path();
    if (!rest.isEmpty())
        targetPath +=
            (targetPath.endsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) + rest;
    target.setPath(targetPath);
    target.setQuery(request.url().query());
    QNetworkRequest forward(target);
    forward.setTransferTimeout(int(service.timeoutMs));
    forward.setRawHeader("X-Correlation-Id", correlationId);
    forward.setRawHeader("X-LGSP-Consumer", consumer.toUtf8());
    for (const char *name : {"Content-Type", "Accept", "SOAPAction"}) {
        const QByteArray value = request.value(name);
        if (!value.isEmpty())
            forward.setRawHeader(name, value);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(forward, methodOf(request), request.body());
    trustOwnCertificate(reply, m_ownCertificate);
    auto pending = std::make_shared<PendingResponse>(std::move(responder));
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, pending, service, consumer, correlationId, timer] {
                reply->deleteLater();
                const double latencyMs = double(timer.nsecsElapsed()) / 1e6;
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                ApiResponse response;
                QString lgspCode;
                if (status == 0) {
                    const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                                          reply->error() == QNetworkReply::TimeoutError;
                    lgspCode = timedOut ? LgspError::GatewayTimeout : LgspError::GatewayUnreachable;
                    response =
                        timedOut
                            ? gatewayProblem(
                                  504, QStringLiteral("upstream_timeout"),
                                  QStringLiteral("The upstream did not answer in time"), lgspCode,
                                  QStringLiteral("No answer within %1 ms.").arg(service.timeoutMs))
                            : gatewayProblem(502, QStringLiteral("upstream_unreachable"),
                                             QStringLiteral("The upstream could not be reached"),
                                             lgspCode, reply->errorString());
                } else {
                    response.status = status;
                    response.contentType = reply->rawHeader("Content-Type");
                    response.body = reply->readAll();
                    lgspCode = QString::fromLatin1(reply->rawHeader("X-LGSP-Error-Code"));
                    if (lgspCode.isEmpty() && status >= 400)
                        lgspCode = LgspError::GatewayUpstreamError;
                    if (!lgspCode.isEmpty())
                        response.withHeader("X-LGSP-Error-Code", lgspCode.toLatin1());
                }
                m_traffic->record(TransactionRecord{
                    QDateTime::currentMSecsSinceEpoch(), consumer, service.tenantCode, service.id,
                    response.status, latencyMs, lgspCode, QString::fromLatin1(correlationId)});
                if (pending->clientConnected())
                    response.writeTo(pending->responder(), correlationId);
            });
}

} // namespace lgsp::sandbox
