#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

namespace lgsp::sandbox {

class CredentialStore;
class ServiceStore;

// --simulate RATE: real HTTP calls through the gateway at about RATE a second on average,
// following an office-day rhythm (Vietnam time, quiet at night), with bursts; errors and
// timeouts come from the demo upstreams, and a few calls carry a wrong key (AUTHEN_ERROR).
// Consumers authenticate with in-memory API keys of their tenants.
class TrafficSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficSimulator)

public:
    TrafficSimulator(QUrl baseUrl, double ratePerSecond, CredentialStore *credentials,
                     ServiceStore *services, QObject *parent = nullptr);

    void start();
    // The rate factor of the day's rhythm at a UTC time: 0.15 at night, up to 1 at 10:00 and
    // 15:00 in Vietnam (UTC+7).
    static double dailyFactor(const QDateTime &utc);
    qint64 sent() const { return m_sent; }

public:
    // Over HTTPS: the sandbox's own certificate, trusted for calls to itself.
    void setOwnCertificate(const QSslCertificate &certificate) { m_ownCertificate = certificate; }

private:
    QSslCertificate m_ownCertificate;
    void tick();
    void sendOne();

    QUrl m_baseUrl;
    double m_rate;
    CredentialStore *m_credentials;
    ServiceStore *m_services;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_carry = 0;
    qint64 m_burstUntilMs = 0;
    qint64 m_nextBurstMs = 0;
    int m_inFlight = 0;
    qint64 m_sent = 0;
    struct Target
    {
        QString gatewayPath;
        QStringList consumers;
        bool soap = false;
    };
    QList<Target> m_targets;
    QHash<QString, QString> m_keys; // tenant code → API key
};

} // namespace lgsp::sandbox
