#pragma once

#include "client/clienterror.h"
#include "client/health/probereport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSslError>
#include <QTimer>

#include <functional>
#include <memory>

class QHostInfo;
class QSslSocket;

namespace lgsp::client {

class Connection;

// Checks one instance step by step, the way an officer would diagnose it: does the name
// resolve, does the port answer, does TLS succeed and how long is the certificate valid,
// which server and API version answers, is its clock right, is the credential accepted,
// and what the server says about its own database, gateway, NDXP link and disk.
// Each step is timed; a step that fails marks the steps after it as not checked.
class HealthProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthProbe)

public:
    static constexpr int kCertificateWarnDays = 30;
    static constexpr qint64 kSkewWarnMs = 30 * 1000;
    static constexpr qint64 kSkewFailMs = 5 * 60 * 1000;

    explicit HealthProbe(Connection *connection, QObject *parent = nullptr);
    ~HealthProbe() override;

    void start();
    // Ends a running probe now: the step in progress fails with `why` after the time it
    // really waited, the steps after it are not checked, and finished() is emitted.
    void cut(const QString &why);
    bool isRunning() const { return m_running; }
    // Whether the step in progress waits on a server other instances may share (the metric
    // source, the X-Road security server) rather than on the instance itself.
    bool waitsOnSharedServer() const
    {
        return m_inFlight == QLatin1String("metrics") ||
               m_inFlight.startsWith(QLatin1String("ndxp"));
    }
    const ProbeReport &report() const { return m_report; }
    // The translated title of a check (dns, connect, …, server.<name>).
    static QString titleFor(const QString &id);
    // The local clock, for tests of the skew check.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // Whether a read of the security server made moments ago for another LGSP behind it may
    // stand for this one (the fleet's polls; not a test someone asked for).
    void setReuseSecurityServer(bool reuse) { m_reuseSecurityServer = reuse; }

Q_SIGNALS:
    void checkDone(const lgsp::client::ProbeCheck &check);
    void finished(const lgsp::client::ProbeReport &report);

private:
    // "1.5" (seconds, in the interface's locale).
    static QString secondsText(qint64 ms);
    // The network steps (healthprobenetwork.cpp).
    void resolve();
    void onResolved(const QHostInfo &info);
    void connectSocket();
    void onConnected();
    void onEncrypted();
    void onSocketError();
    void checkTlsPlain();
    // Starts the step `id` that waits on one answer of the instance's API, bounded by one
    // request timeout.
    void startApiStep(const QString &id);
    void askInfo();
    void askHealth();
    // Asks the metric source (once), then the security server (once), then completes.
    void finish();
    void askSecurityServer();
    void complete();
    // Adds the unreached checks as skipped, then finishes.
    void giveUp();
    void add(const QString &id, ProbeCheck::Status status, const QString &detail,
             qint64 elapsedMs = -1);
    // A check made whole elsewhere (the security server's), its parameters kept.
    void add(ProbeCheck check);
    void addCertificateCheck();

    Connection *m_connection;
    ProbeReport m_report;
    std::function<QDateTime()> m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    std::unique_ptr<QSslSocket> m_socket;
    QTimer m_stepTimeout;
    QElapsedTimer m_step;
    QString m_host;
    QString m_inFlight; // the step waiting for an answer
    quint16 m_port = 0;
    bool m_https = false;
    bool m_running = false;
    bool m_metricsAsked = false;
    bool m_reuseSecurityServer = true;
    bool m_securityServerAsked = false;
    bool m_socketConnected = false;
    int m_lookupId = -1;
    ClientError::TlsProblem m_tlsProblem = ClientError::TlsProblem::None;
    QString m_tlsDetail;
    bool m_trustedByPin = false;
};

} // namespace lgsp::client
