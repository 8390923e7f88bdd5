#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

namespace lgsp::test {

// A blocking HTTP client for integration tests against the sandbox (test code only).
class ApiClient
{
public:
    explicit ApiClient(QUrl baseUrl);

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QJsonObject json() const;
        QByteArray header(const QByteArray &name) const;
    };

    void setAuthorization(const QByteArray &value) { m_authorization = value; }
    // Off for servers other than the sandbox (Prometheus): the contract check reads only
    // the sandbox's exchanges.
    void setContractRecording(bool on) { m_recording = on; }
    // Trust these CA certificates (besides the system's) for HTTPS.
    void addCaCertificates(const QList<QSslCertificate> &certificates);
    // The TLS errors of the last request (empty when none).
    QList<QSslError> lastSslErrors() const { return m_sslErrors; }
    // Obtains a token with the client credentials grant and uses it from now on.
    bool signIn(const QString &clientId, const QString &secret);

    Reply request(const QByteArray &method, const QString &pathAndQuery,
                  const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply get(const QString &path) { return request("GET", path); }
    Reply postJson(const QString &path, const QJsonObject &body);

private:
    void record(const QByteArray &method, const QUrl &url, const Reply &reply);

    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
    QByteArray m_authorization;
    QList<QSslCertificate> m_extraCas;
    QList<QSslError> m_sslErrors;
    bool m_recording = true;
};

} // namespace lgsp::test
