#include "apiclient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>

namespace lgsp::test {

ApiClient::ApiClient(QUrl baseUrl)
    : m_baseUrl(std::move(baseUrl))
{}

QJsonObject ApiClient::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray ApiClient::Reply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void ApiClient::addCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCas += certificates;
}

bool ApiClient::signIn(const QString &clientId, const QString &secret)
{
    const QByteArray basic = (clientId + QLatin1Char(':') + secret).toUtf8().toBase64();
    const Reply reply =
        request("POST", QStringLiteral("/oauth2/token"), "grant_type=client_credentials",
                {{"Authorization", "Basic " + basic},
                 {"Content-Type", "application/x-www-form-urlencoded"}});
    const QString token = reply.json().value(QStringLiteral("access_token")).toString();
    if (reply.status != 200 || token.isEmpty())
        return false;
    m_authorization = "Bearer " + token.toLatin1();
    return true;
}

ApiClient::Reply ApiClient::request(const QByteArray &method, const QString &pathAndQuery,
                                    const QByteArray &body,
                                    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(pathAndQuery)));
    bool explicitAuthorization = false;
    for (const auto &h : headers) {
        request.setRawHeader(h.first, h.second);
        explicitAuthorization = explicitAuthorization || h.first == "Authorization";
    }
    if (!explicitAuthorization && !m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setRawHeader("Content-Type", "application/json");
    if (!m_extraCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCas);
        request.setSslConfiguration(tls);
    }
    m_sslErrors.clear();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    record(method, request.url(), result);
    return result;
}

void ApiClient::record(const QByteArray &method, const QUrl &url, const Reply &reply)
{
    // LGSP_CONTRACT_LOG: every exchange, for the contract check against the OpenAPI document.
    const QString path = qEnvironmentVariable("LGSP_CONTRACT_LOG");
    if (!m_recording || path.isEmpty() || reply.status == 0)
        return;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile log(path);
    if (!log.open(QIODevice::Append))
        return;
    const QJsonObject entry{
        {QStringLiteral("method"), QString::fromLatin1(method)},
        {QStringLiteral("path"), url.path(QUrl::FullyDecoded)},
        {QStringLiteral("status"), reply.status},
        {QStringLiteral("contentType"), QString::fromLatin1(reply.header("Content-Type"))},
        {QStringLiteral("body"), QString::fromUtf8(reply.body)},
    };
    log.write(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n');
}

ApiClient::Reply ApiClient::postJson(const QString &path, const QJsonObject &body)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace lgsp::test
