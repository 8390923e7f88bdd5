#include "client/connection.h"

#include "client/logging.h"
#include "protocol/jsonreader.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

namespace lgsp::client {

Connection::Connection(QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
{
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

Connection::~Connection() = default;

QNetworkReply *Connection::get(const QString &path, QByteArray *correlationId)
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest request(url);
    *correlationId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    request.setRawHeader("X-Correlation-Id", *correlationId);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(int(m_timeout.count()));
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > kMaxResponseBytes || total > kMaxResponseBytes)
            reply->abort();
    });
    return reply;
}

void Connection::fetchInfo()
{
    QByteArray correlationId;
    QNetworkReply *reply = get(QStringLiteral("/api/v1/info"), &correlationId);
    connect(reply, &QNetworkReply::finished, this, [this, reply, correlationId] {
        reply->deleteLater();
        ClientError error = errorFor(reply, correlationId);
        if (!error.isNull()) {
            qCWarning(lcClient).noquote() << "GET /info failed:" << error.message()
                                          << "correlation id" << error.correlationId;
            Q_EMIT failed(error);
            return;
        }
        protocol::DecodeError decodeError;
        const QJsonObject body = protocol::parseJsonObject(reply->readAll(), &decodeError);
        std::optional<protocol::InstanceInfo> info;
        if (decodeError.isNull())
            info = protocol::InstanceInfo::fromJson(body, &decodeError);
        if (!info) {
            error = ClientError{ClientError::Kind::Protocol, 200, decodeError.toString(),
                                QString::fromLatin1(correlationId)};
        } else if (!info->isCompatible()) {
            error = ClientError{ClientError::Kind::Incompatible, 200,
                                tr("server API version %1, console API version %2.x")
                                    .arg(info->apiVersion)
                                    .arg(protocol::kApiMajorVersion),
                                QString::fromLatin1(correlationId)};
        }
        if (!error.isNull()) {
            qCWarning(lcClient).noquote() << "GET /info:" << error.message();
            Q_EMIT failed(error);
            return;
        }
        Q_EMIT infoReceived(*info);
    });
}

ClientError Connection::errorFor(QNetworkReply *reply, const QByteArray &correlationId) const
{
    ClientError error;
    error.correlationId = QString::fromLatin1(correlationId);
    error.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError code = reply->error();
    if (code == QNetworkReply::OperationCanceledError && reply->bytesAvailable() == 0 &&
        error.httpStatus == 0) {
        // Aborted by the transfer timeout (Qt reports it as a cancel).
        error.kind = ClientError::Kind::Timeout;
    } else if (code == QNetworkReply::OperationCanceledError) {
        error.kind = ClientError::Kind::Protocol;
        error.detail = tr("the response is larger than %1 MiB").arg(kMaxResponseBytes >> 20);
    } else if (code == QNetworkReply::TimeoutError) {
        error.kind = ClientError::Kind::Timeout;
    } else if (code == QNetworkReply::SslHandshakeFailedError) {
        error.kind = ClientError::Kind::Tls;
        error.detail = reply->errorString();
    } else if (error.httpStatus >= 500) {
        error.kind = ClientError::Kind::Server;
    } else if (error.httpStatus >= 300) {
        error.kind = ClientError::Kind::Http;
    } else if (code != QNetworkReply::NoError) {
        error.kind = ClientError::Kind::Network;
        error.detail = reply->errorString();
    }
    return error;
}

} // namespace lgsp::client
