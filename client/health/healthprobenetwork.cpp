// The probe's network steps: name resolution, the TCP connection, the TLS handshake and the
// certificate, before the API is asked anything (healthprobe.cpp).
#include "client/health/healthprobe.h"

#include "client/connection.h"
#include "client/logging.h"
#include "client/net/transport.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QSslCipher>
#include <QSslSocket>

namespace lgsp::client {

namespace {

using Status = ProbeCheck::Status;

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
}

} // namespace

void HealthProbe::resolve()
{
    const QNetworkProxy proxy = m_connection->transport()->proxyFor(m_connection->baseUrl());
    if (proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::DefaultProxy) {
        add(QStringLiteral("dns"), Status::Skipped,
            tr("The proxy %1:%2 resolves the name.").arg(proxy.hostName()).arg(proxy.port()));
        connectSocket();
        return;
    }
    if (!QHostAddress(m_host).isNull()) {
        add(QStringLiteral("dns"), Status::Ok,
            tr("%1 is an address; nothing to resolve.").arg(m_host), 0);
        connectSocket();
        return;
    }
    m_step.start();
    m_inFlight = QStringLiteral("dns");
    m_stepTimeout.disconnect();
    connect(&m_stepTimeout, &QTimer::timeout, this, [this] {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
        add(QStringLiteral("dns"), Status::Fail,
            tr("No answer from the name server within %1 s.")
                .arg(secondsText(m_connection->transport()->timeout().count())),
            m_step.elapsed());
        giveUp();
    });
    m_stepTimeout.start(m_connection->transport()->timeout());
    m_lookupId = QHostInfo::lookupHost(m_host, this, &HealthProbe::onResolved);
}

void HealthProbe::onResolved(const QHostInfo &info)
{
    m_stepTimeout.stop();
    m_lookupId = -1;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        add(QStringLiteral("dns"), Status::Fail,
            tr("%1 does not resolve: %2").arg(m_host, info.errorString()), m_step.elapsed());
        giveUp();
        return;
    }
    QStringList addresses;
    for (const QHostAddress &a : info.addresses().mid(0, 4))
        addresses << a.toString();
    add(QStringLiteral("dns"), Status::Ok,
        tr("%1 resolves to %2.").arg(m_host, addresses.join(QStringLiteral(", "))),
        m_step.elapsed());
    connectSocket();
}

void HealthProbe::connectSocket()
{
    m_socket = std::make_unique<QSslSocket>();
    m_socket->setProxy(m_connection->transport()->proxyFor(m_connection->baseUrl()));
    connect(m_socket.get(), &QSslSocket::connected, this, &HealthProbe::onConnected);
    connect(m_socket.get(), &QSslSocket::encrypted, this, &HealthProbe::onEncrypted);
    connect(m_socket.get(), &QSslSocket::errorOccurred, this, &HealthProbe::onSocketError);
    connect(m_socket.get(), &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        const TlsPolicy &tls = m_connection->transport()->tlsPolicy();
        const QSslCertificate peer = m_socket->peerCertificate();
        if (tls.hasPin() && !tls.pinMatches(peer)) {
            m_tlsProblem = ClientError::TlsProblem::PinMismatch;
            m_tlsDetail = tr("the server presented %1").arg(TlsPolicy::fingerprint(peer));
            return;
        }
        if (tls.mayIgnore(errors, peer, &m_tlsProblem, &m_tlsDetail)) {
            m_trustedByPin = true;
            m_socket->ignoreSslErrors(errors);
        }
    });
    m_stepTimeout.disconnect();
    connect(&m_stepTimeout, &QTimer::timeout, this, [this] {
        const QString id = m_socketConnected ? QStringLiteral("tls") : QStringLiteral("connect");
        add(id, Status::Fail,
            tr("No answer within %1 s.")
                .arg(secondsText(m_connection->transport()->timeout().count())),
            m_step.elapsed());
        m_socket->disconnect(this);
        m_socket->abort();
        giveUp();
    });
    m_step.start();
    m_inFlight = QStringLiteral("connect");
    m_stepTimeout.start(m_connection->transport()->timeout());
    m_socket->connectToHost(m_host, m_port);
}

void HealthProbe::onConnected()
{
    m_socketConnected = true;
    add(QStringLiteral("connect"), Status::Ok,
        tr("Port %1 of %2 answers.").arg(m_port).arg(m_socket->peerAddress().toString()),
        m_step.elapsed());
    if (!m_https) {
        m_stepTimeout.stop();
        m_socket->disconnect(this);
        m_socket->disconnectFromHost();
        checkTlsPlain();
        askInfo();
        return;
    }
    m_step.start();
    m_inFlight = QStringLiteral("tls");
    m_socket->setSslConfiguration(m_connection->transport()->tlsPolicy().configuration());
    m_socket->setPeerVerifyName(m_host);
    m_socket->startClientEncryption();
}

void HealthProbe::onEncrypted()
{
    m_stepTimeout.stop();
    const TlsPolicy &tls = m_connection->transport()->tlsPolicy();
    if (tls.hasPin() && !tls.pinMatches(m_socket->peerCertificate())) {
        m_tlsProblem = ClientError::TlsProblem::PinMismatch;
        m_tlsDetail =
            tr("the server presented %1").arg(TlsPolicy::fingerprint(m_socket->peerCertificate()));
        onSocketError();
        return;
    }
    const QSslCipher cipher = m_socket->sessionCipher();
    add(QStringLiteral("tls"), Status::Ok,
        m_trustedByPin ? tr("%1, %2; trusted through the pinned certificate.")
                             .arg(cipher.protocolString(), cipher.name())
                       : tr("%1, %2.").arg(cipher.protocolString(), cipher.name()),
        m_step.elapsed());
    addCertificateCheck();
    m_socket->disconnect(this);
    m_socket->disconnectFromHost();
    askInfo();
}

void HealthProbe::addCertificateCheck()
{
    const QSslCertificate leaf = m_socket->peerCertificate();
    if (leaf.isNull()) {
        add(QStringLiteral("certificate"), Status::Fail, tr("The server sent no certificate."));
        return;
    }
    // The chain is as strong as its first certificate to expire.
    QDateTime expiry = leaf.expiryDate();
    for (const QSslCertificate &c : m_socket->peerCertificateChain()) {
        if (c.expiryDate() < expiry)
            expiry = c.expiryDate();
    }
    const int days = int(m_clock().secsTo(expiry) / 86400);
    m_report.certificateDaysLeft = days;
    m_report.certificateExpiry = expiry;
    const QString subject = leaf.subjectInfo(QSslCertificate::CommonName).value(0);
    const QString issuer = leaf.issuerInfo(QSslCertificate::CommonName).value(0);
    const QString when = QLocale().toString(expiry.toLocalTime().date(), QLocale::ShortFormat);
    if (m_tlsProblem != ClientError::TlsProblem::None && !m_trustedByPin) {
        ClientError error = ClientError::make(ClientError::Kind::Tls, m_tlsDetail);
        error.tls = m_tlsProblem;
        add(QStringLiteral("certificate"), Status::Fail,
            tr("%1 Certificate: %2, issued by %3, valid until %4.")
                .arg(error.summary(), subject, issuer, when));
        return;
    }
    const Status status = days < 0                      ? Status::Fail
                          : days < kCertificateWarnDays ? Status::Warn
                                                        : Status::Ok;
    add(QStringLiteral("certificate"), status,
        days < 0 ? tr("%1, issued by %2, expired on %3.").arg(subject, issuer, when)
                 : tr("%1, issued by %2, valid until %3 (%n day(s) left).", nullptr, days)
                       .arg(subject, issuer, when));
}

void HealthProbe::onSocketError()
{
    if (!m_running || !m_socket)
        return;
    m_stepTimeout.stop();
    if (!m_socketConnected) {
        // The common reasons in the interface's language (the socket's own text is English).
        QString why;
        switch (m_socket->error()) {
        case QAbstractSocket::ConnectionRefusedError:
            why = tr("connection refused (nothing listens on that port, or a firewall refuses)");
            break;
        case QAbstractSocket::HostNotFoundError:
            why = tr("host name not found");
            break;
        case QAbstractSocket::NetworkError:
            why = tr("network unreachable");
            break;
        default:
            why = m_socket->errorString();
        }
        add(QStringLiteral("connect"), Status::Fail,
            tr("Port %1 of %2 does not answer: %3").arg(m_port).arg(m_host, why), m_step.elapsed());
        m_socket->disconnect(this);
        giveUp();
        return;
    }
    ClientError error = ClientError::make(
        ClientError::Kind::Tls, m_tlsDetail.isEmpty() ? m_socket->errorString() : m_tlsDetail);
    error.tls = m_tlsProblem == ClientError::TlsProblem::None ? ClientError::TlsProblem::Handshake
                                                              : m_tlsProblem;
    add(QStringLiteral("tls"), Status::Fail, error.message(), m_step.elapsed());
    addCertificateCheck();
    m_socket->disconnect(this);
    m_socket->abort();
    giveUp();
}

void HealthProbe::checkTlsPlain()
{
    if (isLoopback(m_host)) {
        add(QStringLiteral("tls"), Status::Skipped,
            tr("Plain HTTP on this computer (loopback): nothing leaves the machine."));
    } else {
        add(QStringLiteral("tls"), Status::Warn,
            tr("Plain HTTP: the credential and the data travel unencrypted. Use HTTPS."));
    }
    add(QStringLiteral("certificate"), Status::Skipped, tr("No certificate over plain HTTP."));
}

} // namespace lgsp::client
