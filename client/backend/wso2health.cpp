// Wso2ApimBackend: who answers (info) and how it is (health).
#include "client/backend/wso2apimbackend.h"

#include "client/auth/credentialauthenticator.h"
#include "client/backend/wso2codec.h"
#include "client/net/transport.h"
#include "protocol/jsonreader.h"

#include <QElapsedTimer>
#include <QSslSocket>
#include <QTimer>

#include <memory>

namespace lgsp::client {

namespace {

using Check = protocol::HealthReport::Check;

const QString kPublisherApis = wso2::kPublisher + QStringLiteral("/apis");
const QString kCatalogServices = wso2::kCatalog + QStringLiteral("/services");

Check check(const QString &name, const QString &status, const QString &detail)
{
    Check c;
    c.name = name;
    c.status = status;
    c.detail = detail;
    c.lastCheckedAt = QDateTime::currentDateTimeUtc();
    return c;
}

} // namespace

void Wso2ApimBackend::info(QObject *context, Handler<protocol::InstanceInfo> done)
{
    // The OpenID Connect discovery document of WSO2's key manager needs no credential: it
    // tells that the token endpoint is there, and its Date header gives the server's clock.
    ApiRequest request;
    request.path = QStringLiteral("/oauth2/token/.well-known/openid-configuration");
    request.authenticated = false;
    m_transport->send(
        request, context, [this, context, done = std::move(done)](const ApiReply &reply) {
            Result<protocol::InstanceInfo> result;
            if (!reply.ok()) {
                result.error = reply.error;
                done(result);
                return;
            }
            protocol::DecodeError error;
            const QJsonObject object = protocol::parseJsonObject(reply.body, &error);
            if (!error.isNull() || !object.value(QLatin1String("token_endpoint")).isString()) {
                result.error = ClientError::make(
                    ClientError::Kind::Protocol,
                    ClientError::tr("this does not look like a WSO2 API Manager: its OpenID "
                                    "configuration has no token endpoint"));
                result.error.httpStatus = reply.status;
                done(result);
                return;
            }
            protocol::InstanceInfo &info = result.value;
            info.name = QStringLiteral("WSO2 API Manager");
            info.operatorName = object.value(QLatin1String("issuer")).toString();
            info.capabilities = {QStringLiteral("tenants"), QStringLiteral("services"),
                                 QStringLiteral("health")};
            // The Date header counts whole seconds: the server's clock was somewhere in the second
            // after it, so its middle is the best guess (invalid when no Date header came).
            info.time = reply.serverDate.isValid() ? reply.serverDate.addMSecs(500) : QDateTime();
            withRelease(context, [result, done](const wso2::Release &release) mutable {
                result.value.version = release.display();
                result.value.apiVersion = release.apiVersions();
                done(result);
            });
        });
}

void Wso2ApimBackend::health(QObject *context, Handler<protocol::HealthReport> done)
{
    // The two REST APIs the pages use, then the gateway's port. A refused credential ends it
    // at once: the probe reports that as the credential's failure.
    auto report = std::make_shared<protocol::HealthReport>();
    const auto apiCheck = [report](const QString &name, const Result<QJsonObject> &r,
                                   qint64 elapsedMs) {
        report->checks.append(r.ok() ? check(name, QStringLiteral("ok"),
                                             ClientError::tr("Answers in %1 ms.").arg(elapsedMs))
                                     : check(name, QStringLiteral("fail"), r.error.message()));
    };
    const auto finish = [report, done] {
        report->time = QDateTime::currentDateTimeUtc();
        bool failed = false, warned = false;
        for (const Check &c : std::as_const(report->checks)) {
            failed |= c.status == QLatin1String("fail");
            warned |= c.status == QLatin1String("warn");
        }
        report->status = failed   ? QStringLiteral("down")
                         : warned ? QStringLiteral("degraded")
                                  : QStringLiteral("ok");
        Result<protocol::HealthReport> result;
        result.value = *report;
        done(result);
    };
    const QUrlQuery one{{QStringLiteral("limit"), QStringLiteral("1")}};
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    getJson(kPublisherApis, one, wso2::kApiView, context,
            [this, done, apiCheck, timer, context, finish, report,
             one](const Result<QJsonObject> &r, const ApiReply &) {
                if (r.error.kind == ClientError::Kind::Unauthorized) {
                    Result<protocol::HealthReport> refused;
                    refused.error = r.error;
                    done(refused);
                    return;
                }
                apiCheck(QStringLiteral("publisher-api"), r, timer->restart());
                getJson(kCatalogServices, one, wso2::kCatalogView, context,
                        [this, apiCheck, timer, context, finish,
                         report](const Result<QJsonObject> &r2, const ApiReply &) {
                            apiCheck(QStringLiteral("service-catalog"), r2, timer->elapsed());
                            deploymentCheck(
                                context, [this, context, report, finish](const Check &deployed) {
                                    report->checks.append(deployed);
                                    gatewayCheck(context, [report, finish](const Check &c) {
                                        report->checks.append(c);
                                        finish();
                                    });
                                });
                        });
            });
}

void Wso2ApimBackend::deploymentCheck(QObject *context, std::function<void(Check)> done)
{
    const QString name = QStringLiteral("gateway-deployment");
    const QByteArray basic = m_authenticator ? m_authenticator->basicAuthorization() : QByteArray();
    if (basic.isEmpty()) {
        QTimer::singleShot(0, context ? context : this, [done, name] {
            done(check(name, QStringLiteral("skipped"),
                       ClientError::tr("The gateway's REST API takes the API Manager user's "
                                       "password, which this connection does not keep.")));
        });
        return;
    }
    ApiRequest request;
    request.path = QStringLiteral("/api/am/gateway/v2/server-startup-healthcheck");
    request.authenticated = false;
    request.retryable = false;
    request.headers = {{QByteArrayLiteral("Authorization"), basic},
                       {QByteArrayLiteral("Accept"), QByteArrayLiteral("text/plain, */*")}};
    m_transport->send(request, context, [done, name](const ApiReply &reply) {
        const QString said = QString::fromUtf8(reply.body.left(200)).simplified();
        if (reply.ok()) {
            done(check(name, QStringLiteral("ok"),
                       ClientError::tr("Every API was deployed on the gateway when it started.")));
        } else if (reply.status == 404) {
            done(check(name, QStringLiteral("skipped"),
                       ClientError::tr("No gateway REST API here: the gateway runs on another "
                                       "node.")));
        } else if (reply.status >= 500) {
            done(check(name, QStringLiteral("fail"),
                       ClientError::tr("Not every API was deployed on the gateway when it "
                                       "started (%1).")
                           .arg(said.isEmpty() ? QString::number(reply.status) : said)));
        } else {
            done(check(name, QStringLiteral("warn"), reply.error.message()));
        }
    });
}

void Wso2ApimBackend::gatewayCheck(QObject *context, std::function<void(Check)> done)
{
    const bool tls = m_gatewayUrl.scheme() == QLatin1String("https");
    const QString host = m_gatewayUrl.host();
    const quint16 port = quint16(m_gatewayUrl.port(tls ? 443 : 80));
    auto *socket = new QSslSocket(context ? context : this);
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    socket->setProxy(m_transport->proxyFor(m_gatewayUrl));
    const QString where = host + QLatin1Char(':') + QString::number(port);
    auto answered = std::make_shared<bool>(false);
    const auto answer = [socket, done, answered](const Check &c) {
        if (std::exchange(*answered, true))
            return;
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
        done(c);
    };
    QObject::connect(deadline, &QTimer::timeout, socket, [answer, where] {
        answer(check(QStringLiteral("gateway"), QStringLiteral("fail"),
                     ClientError::tr("The gateway at %1 does not answer.").arg(where)));
    });
    QObject::connect(socket, &QAbstractSocket::errorOccurred, socket, [socket, answer, where] {
        answer(check(QStringLiteral("gateway"), QStringLiteral("fail"),
                     ClientError::tr("The gateway at %1: %2").arg(where, socket->errorString())));
    });
    if (!tls) {
        QObject::connect(socket, &QAbstractSocket::connected, socket, [answer, where] {
            answer(check(QStringLiteral("gateway"), QStringLiteral("warn"),
                         ClientError::tr("The gateway at %1 answers over plain HTTP.").arg(where)));
        });
        socket->connectToHost(host, port);
    } else {
        QObject::connect(socket, &QSslSocket::encrypted, socket, [socket, answer, where] {
            const QSslCertificate certificate = socket->peerCertificate();
            const qint64 days = QDateTime::currentDateTimeUtc().daysTo(certificate.expiryDate());
            answer(check(QStringLiteral("gateway"),
                         days < 30 ? QStringLiteral("warn") : QStringLiteral("ok"),
                         ClientError::tr("The gateway at %1 answers over TLS; its certificate "
                                         "expires in %n day(s).",
                                         nullptr, int(days))
                             .arg(where)));
        });
        socket->setSslConfiguration(m_transport->tlsPolicy().configuration());
        socket->setPeerVerifyName(host);
        socket->connectToHostEncrypted(host, port);
    }
    deadline->start(m_transport->timeout());
}

} // namespace lgsp::client
