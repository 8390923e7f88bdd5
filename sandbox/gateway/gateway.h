#pragma once

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>

class QHttpServerRequest;
class QHttpServerResponder;

namespace lgsp::sandbox {

class CredentialStore;
class ServiceStore;
class TrafficRecorder;
struct ApiResponse;

// The data plane: ANY /gw/{tenant}/{service}/{rest…}. Authenticates the consumer, checks it
// may call the service, applies the service's rate limit, forwards to the upstream with the
// service's timeout, returns the upstream's answer and records one transaction.
class Gateway final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Gateway)

public:
    Gateway(CredentialStore *credentials, ServiceStore *services, TrafficRecorder *traffic,
            QObject *parent = nullptr);

    static bool handles(const QString &path) { return path.startsWith(QLatin1String("/gw/")); }
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                const QByteArray &correlationId);

public:
    // Over HTTPS: the sandbox's own certificate, trusted for calls to itself.
    void setOwnCertificate(const QSslCertificate &certificate) { m_ownCertificate = certificate; }

private:
    QSslCertificate m_ownCertificate;
    bool rateLimited(const QString &serviceId, const QString &consumer, qint64 perMinute,
                     qint64 *retryAfter);

    CredentialStore *m_credentials;
    ServiceStore *m_services;
    TrafficRecorder *m_traffic;
    QNetworkAccessManager m_network;
    struct Window
    {
        qint64 minute = 0;
        qint64 count = 0;
    };
    QHash<QString, Window> m_rate;
};

} // namespace lgsp::sandbox
