#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
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
    // Obtains a token with the client credentials grant and uses it from now on.
    bool signIn(const QString &clientId, const QString &secret);

    Reply request(const QByteArray &method, const QString &pathAndQuery,
                  const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply get(const QString &path) { return request("GET", path); }
    Reply postJson(const QString &path, const QJsonObject &body);

private:
    static void record(const QByteArray &method, const QUrl &url, const Reply &reply);

    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
    QByteArray m_authorization;
};

} // namespace lgsp::test
