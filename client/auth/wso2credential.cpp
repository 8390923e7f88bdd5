#include "client/auth/wso2credential.h"

#include "client/connection.h"
#include "client/logging.h"
#include "client/net/transport.h"
#include "protocol/jsonreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace lgsp::client {

QString Wso2Credential::toSecret() const
{
    QJsonObject object{{QStringLiteral("clientId"), clientId},
                       {QStringLiteral("clientSecret"), clientSecret}};
    if (!password.isEmpty())
        object.insert(QStringLiteral("password"), password);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Wso2Credential Wso2Credential::fromSecret(const QString &secret)
{
    protocol::DecodeError error;
    const QJsonObject object = protocol::parseJsonObject(secret.toUtf8(), &error);
    if (!error.isNull())
        return {};
    const auto text = [&object](const char *key) {
        return object.value(QLatin1String(key)).toString();
    };
    return Wso2Credential{text("clientId"), text("clientSecret"), text("password")};
}

void registerWso2Client(Transport *transport, const QString &user, const QString &password,
                        QObject *context,
                        std::function<void(const Wso2Credential &, const ClientError &)> done)
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/client-registration/v0.17/register");
    request.authenticated = false;
    request.retryable = false;
    // WSO2 names the application "<owner>_<clientName>" and gives the same one back when it
    // is registered again, so a second console on the same account does not pile them up.
    request.body = QJsonDocument(QJsonObject{
                                     {QStringLiteral("clientName"), QStringLiteral("lgsp_console")},
                                     {QStringLiteral("owner"), user},
                                     {QStringLiteral("grantType"),
                                      QStringLiteral("password client_credentials refresh_token")},
                                     {QStringLiteral("saasApp"), true},
                                 })
                       .toJson(QJsonDocument::Compact);
    const QByteArray pair = user.toUtf8() + ':' + password.toUtf8();
    request.headers.append({"Authorization", "Basic " + pair.toBase64()});
    transport->send(request, context, [user, done = std::move(done)](const ApiReply &reply) {
        if (!reply.ok()) {
            ClientError error = reply.error;
            if (error.kind == ClientError::Kind::Unauthorized)
                error.detail =
                    ClientError::tr("WSO2 refused the user name or password (%1)")
                        .arg(error.detail.isEmpty() ? QStringLiteral("HTTP 401") : error.detail);
            done({}, error);
            return;
        }
        protocol::DecodeError decodeError;
        const QJsonObject object = protocol::parseJsonObject(reply.body, &decodeError);
        protocol::JsonReader reader(object);
        Wso2Credential credential;
        if (decodeError.isNull()) {
            credential.clientId = reader.requiredString(QStringLiteral("clientId"));
            credential.clientSecret = reader.requiredString(QStringLiteral("clientSecret"));
            if (!reader.ok())
                decodeError = reader.error();
        }
        if (!decodeError.isNull() || !credential.isValid()) {
            ClientError error = ClientError::make(
                ClientError::Kind::Protocol,
                ClientError::tr("client registration: %1")
                    .arg(decodeError.isNull() ? ClientError::tr("no client id or secret")
                                              : decodeError.toString()));
            error.correlationId = QString::fromLatin1(reply.correlationId);
            done({}, error);
            return;
        }
        qCInfo(lcClient).noquote()
            << "WSO2 OAuth client" << credential.clientId << "registered for" << user;
        done(credential, {});
    });
}

void registerWso2Profile(const ConnectionProfile &profile, const QString &password,
                         bool keepPassword, QObject *context,
                         std::function<void(const QString &secret, const ClientError &)> done)
{
    auto *connection = new Connection(profile, context);
    if (!connection->configurationError().isNull()) {
        const ClientError error = connection->configurationError();
        connection->deleteLater();
        QTimer::singleShot(0, context, [done, error] { done({}, error); });
        return;
    }
    registerWso2Client(connection->transport(), profile.user, password, connection,
                       [connection, password, keepPassword, done](Wso2Credential credential,
                                                                  const ClientError &error) {
                           connection->deleteLater();
                           if (!error.isNull()) {
                               done({}, error);
                               return;
                           }
                           if (keepPassword)
                               credential.password = password;
                           done(credential.toSecret(), {});
                       });
}

} // namespace lgsp::client
