#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

class QTcpSocket;

namespace lgsp::sandbox {

class Database;

// Runs the instance's own checks on a timer and keeps the last result of each, so /health
// answers at once: database, disk, gateway, ndxp-link (a TCP connection to the NDXP
// upstream) and certificates. Each result carries a code and its parameters (listed in the
// OpenAPI document's HealthCheckCode) besides its English text, so a client can say it in
// its user's language.
class HealthMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthMonitor)

public:
    // `certificate`: the server's TLS certificate, null for plain HTTP.
    HealthMonitor(Database *database, QString dataDir, QUrl ndxpUpstream,
                  QSslCertificate certificate, QObject *parent = nullptr);

    void start(int intervalMs = 10000);
    void setNdxpUpstream(const QUrl &url) { m_ndxpUpstream = url; }
    QJsonObject report() const;

private:
    struct Check
    {
        QString name;
        QString status = QStringLiteral("warn"); // ok | warn | fail
        QString code;       // what the detail says, for clients that word it themselves
        QJsonObject params; // the figures and names inside it
        QString detail;     // the same in English, for clients that only show text
        QDateTime lastCheckedAt;
    };
    void runChecks();
    void checkDatabase();
    void checkDisk();
    void checkCertificate();
    void probeNdxp();
    void set(const QString &name, const QString &status, const QString &code,
             const QJsonObject &params, const QString &detail);

    Database *m_database;
    QString m_dataDir;
    QUrl m_ndxpUpstream;
    QSslCertificate m_certificate;
    QTimer m_timer;
    QTcpSocket *m_probe = nullptr;
    QList<Check> m_checks;
};

} // namespace lgsp::sandbox
