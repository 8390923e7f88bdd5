#include "client/health/healthprobe.h"

#include "client/auth/credentialauthenticator.h"
#include "client/backend/backend.h"
#include "client/connection.h"
#include "client/health/metricsourcecheck.h"
#include "client/health/serverchecktext.h"
#include "client/logging.h"
#include "client/net/transport.h"
#include "client/xroad/xroadchecks.h"
#include "client/xroad/xroadclient.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QLocale>
#include <QSslCipher>
#include <QSslSocket>

namespace lgsp::client {

namespace {

using Status = ProbeCheck::Status;

// The steps in order, so unreached ones can be listed as not checked.
const QStringList kSteps = {QStringLiteral("dns"),     QStringLiteral("connect"),
                            QStringLiteral("tls"),     QStringLiteral("certificate"),
                            QStringLiteral("version"), QStringLiteral("clock"),
                            QStringLiteral("auth"),    QStringLiteral("server")};

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
}

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 1);
}

Status serverStatus(const QString &status)
{
    if (status == QLatin1String("ok"))
        return Status::Ok;
    if (status == QLatin1String("fail"))
        return Status::Fail;
    if (status == QLatin1String("skipped")) // a check the server could not make (WSO2)
        return Status::Skipped;
    return Status::Warn;
}

} // namespace

HealthProbe::HealthProbe(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_stepTimeout.setSingleShot(true);
}

HealthProbe::~HealthProbe()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

void HealthProbe::start()
{
    if (m_running)
        return;
    m_running = true;
    const QUrl url = m_connection->baseUrl();
    m_report = {};
    m_report.profileId = m_connection->profile().id;
    m_report.profileName = m_connection->profile().name;
    m_report.url = url;
    m_report.startedAt = m_clock();
    m_host = url.host();
    m_https = url.scheme() == QLatin1String("https");
    m_port = quint16(url.port(m_https ? 443 : 80));
    m_tlsProblem = ClientError::TlsProblem::None;
    m_tlsDetail.clear();
    m_trustedByPin = false;
    m_socketConnected = false;
    m_inFlight.clear();
    m_step.invalidate();
    m_metricsAsked = false;

    if (!m_connection->configurationError().isNull()) {
        // The profile itself is unusable (a CA file is missing…): say so first.
        add(QStringLiteral("connect"), Status::Fail, m_connection->configurationError().message());
        giveUp();
        return;
    }
    resolve();
}

void HealthProbe::add(const QString &id, Status status, const QString &detail, qint64 elapsedMs)
{
    ProbeCheck check;
    check.id = id;
    check.title = titleFor(id);
    check.status = status;
    check.detail = detail;
    check.elapsedMs = elapsedMs;
    add(std::move(check));
}

void HealthProbe::add(ProbeCheck check)
{
    check.checkedAt = m_clock();
    m_report.checks.append(check);
    Q_EMIT checkDone(check);
}

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
                .arg(seconds(m_connection->transport()->timeout().count())),
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
            tr("No answer within %1 s.").arg(seconds(m_connection->transport()->timeout().count())),
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

void HealthProbe::askInfo()
{
    startApiStep(QStringLiteral("version"));
    const QDateTime sentAt = m_clock();
    m_connection->backend()->info(this, [this, sentAt](const Result<protocol::InstanceInfo> &r) {
        if (!m_running || m_inFlight != QLatin1String("version"))
            return; // cut meanwhile
        const qint64 elapsed = m_step.elapsed();
        m_report.latencyMs = elapsed;
        if (!r.ok() && r.error.kind != ClientError::Kind::Incompatible) {
            add(QStringLiteral("version"), Status::Fail, r.error.message(), elapsed);
            giveUp();
            return;
        }
        m_report.serverName = r.value.name;
        m_report.serverVersion = r.value.version;
        m_report.apiVersion = r.value.apiVersion;
        if (!r.ok()) {
            add(QStringLiteral("version"), Status::Fail, r.error.message(), elapsed);
            giveUp();
            return;
        }
        add(QStringLiteral("version"), Status::Ok,
            r.value.version.isEmpty() ? tr("%1, API %2 (the server does not tell its version).")
                                            .arg(r.value.name, r.value.apiVersion)
                                      : tr("%1, server %2, API %3.")
                                            .arg(r.value.name, r.value.version, r.value.apiVersion),
            elapsed);
        if (!r.value.time.isValid()) {
            add(QStringLiteral("clock"), Status::Skipped,
                tr("The server does not tell its time; its clock cannot be compared."));
            askHealth();
            return;
        }

        // The server stamped its time somewhere within the round trip: compare with its middle.
        const QDateTime middle = sentAt.addMSecs(elapsed / 2);
        const qint64 skew = middle.msecsTo(r.value.time);
        m_report.clockSkewMs = skew;
        const qint64 size = qAbs(skew);
        const Status status = size >= kSkewFailMs   ? Status::Fail
                              : size >= kSkewWarnMs ? Status::Warn
                                                    : Status::Ok;
        const QString amount = seconds(size);
        add(QStringLiteral("clock"), status,
            size < 1000 ? tr("The server's clock agrees with this computer's (within 1 s).")
            : skew > 0  ? tr("The server's clock is %1 s ahead of this computer's.").arg(amount)
                        : tr("The server's clock is %1 s behind this computer's.").arg(amount));
        askHealth();
    });
}

void HealthProbe::askHealth()
{
    if (m_connection->profile().isSecurityServer()) {
        // A security server alone: its version was read with the key, so the key is good;
        // its own checks come with the security server's step.
        add(QStringLiteral("auth"), Status::Ok, tr("The security server accepts the API key."));
        finish();
        return;
    }
    startApiStep(QStringLiteral("auth"));
    m_connection->backend()->health(this, [this](const Result<protocol::HealthReport> &r) {
        if (!m_running || m_inFlight != QLatin1String("auth"))
            return; // cut meanwhile
        const qint64 elapsed = m_step.elapsed();
        using Kind = ClientError::Kind;
        const CredentialAuthenticator *auth = m_connection->authenticator();
        const bool refused = r.error.kind == Kind::Unauthorized || r.error.kind == Kind::Forbidden;
        if (auth->scheme() == CredentialAuthenticator::Scheme::None && !refused) {
            add(QStringLiteral("auth"), Status::Skipped, tr("The profile uses no credential."));
        } else if (refused) {
            add(QStringLiteral("auth"), Status::Fail, r.error.message(), elapsed);
            giveUp();
            return;
        } else if (r.ok() || r.error.httpStatus > 0) {
            add(QStringLiteral("auth"), Status::Ok,
                auth->scheme() == CredentialAuthenticator::Scheme::ApiKey
                    ? tr("The API key is accepted.")
                    : tr("The client credential is accepted; the token is valid until %1.")
                          .arg(QLocale().toString(auth->tokenExpiry().toLocalTime().time(),
                                                  QLocale::ShortFormat)),
                elapsed);
        }
        if (!r.ok()) {
            add(QStringLiteral("server"), Status::Fail, r.error.message(), elapsed);
            finish();
            return;
        }
        if (r.value.checks.isEmpty())
            add(QStringLiteral("server"), Status::Warn, tr("The server reports no checks."));
        for (const protocol::HealthReport::Check &c : r.value.checks) {
            add(QStringLiteral("server.") + c.name, serverStatus(c.status),
                ServerCheckText::describe(c));
            m_report.checks.last().checkedAt = c.lastCheckedAt;
            m_report.checks.last().serverCode = c.code;
            m_report.checks.last().serverParams = c.params;
        }
        finish();
    });
}

void HealthProbe::startApiStep(const QString &id)
{
    m_step.start();
    m_inFlight = id;
    // One request timeout for the whole step, retries included: an instance that accepts and
    // never answers is reported within its timeout, not after every retry has timed out too.
    // (The metric source's and the security server's steps ask several questions and keep
    // their own timeouts.)
    m_stepTimeout.disconnect();
    connect(&m_stepTimeout, &QTimer::timeout, this,
            [this] { cut(ClientError::make(ClientError::Kind::Timeout, {}).message()); });
    m_stepTimeout.start(m_connection->transport()->timeout());
}

void HealthProbe::cut(const QString &why)
{
    if (!m_running)
        return;
    m_stepTimeout.stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    const qint64 waited = m_step.isValid() ? m_step.elapsed() : 0;
    const bool metrics = m_inFlight == QLatin1String("metrics");
    const bool securityServer = m_inFlight == QLatin1String("ndxp.version");
    add(m_inFlight.isEmpty() ? QStringLiteral("dns") : m_inFlight,
        metrics ? Status::Warn : Status::Fail,
        tr("No complete answer after %1 s: %2").arg(seconds(waited), why), waited);
    if (metrics || securityServer)
        complete();
    else
        giveUp();
}

void HealthProbe::giveUp()
{
    QStringList done;
    for (const ProbeCheck &c : std::as_const(m_report.checks))
        done << c.id.section(QLatin1Char('.'), 0, 0);
    for (const QString &step : kSteps) {
        if (!done.contains(step))
            add(step, Status::Skipped, tr("Not checked: an earlier step failed."));
    }
    finish();
}

void HealthProbe::finish()
{
    m_stepTimeout.stop();
    // The metric source is asked even when the instance failed: it is a server of its own.
    if (!m_metricsAsked) {
        m_metricsAsked = true;
        m_step.start();
        m_inFlight = QStringLiteral("metrics");
        const bool asked = MetricSourceCheck::run(
            m_connection->metricSource(), this, [this](Status status, const QString &detail) {
                if (!m_running || m_inFlight != QLatin1String("metrics"))
                    return; // cut meanwhile
                add(QStringLiteral("metrics"), status, detail, m_step.elapsed());
                askSecurityServer();
            });
        if (asked)
            return;
    }
    askSecurityServer();
}

void HealthProbe::askSecurityServer()
{
    // The security server is a server of its own too: asked even when the instance failed.
    XRoadClient *server = m_connection->securityServer();
    if (!server || m_securityServerAsked) {
        complete();
        return;
    }
    m_securityServerAsked = true;
    m_step.start();
    m_inFlight = QStringLiteral("ndxp.version");
    server->fetch(
        this,
        [this, where = server->location()](const Result<XRoadState> &r) {
            if (!m_running || m_inFlight != QLatin1String("ndxp.version"))
                return; // cut meanwhile
            const qint64 elapsed = m_step.elapsed();
            const QList<ProbeCheck> checks =
                r.ok() ? XRoadChecks::evaluate(r.value, m_clock())
                       : QList<ProbeCheck>{XRoadChecks::unreachable(where, r.error.message())};
            for (ProbeCheck c : checks) {
                c.elapsedMs = r.value.reused ? -1 : elapsed; // a reused read took no time
                add(std::move(c));
            }
            if (r.ok()) {
                m_report.securityServer = r.value.toJson();
                m_report.securityServer.insert(QStringLiteral("url"), where);
            }
            if (r.ok() && r.value.clients) {
                QHash<QString, QString> clients;
                for (const XRoadState::Member &m : *r.value.clients)
                    clients.insert(m.id, m.status);
                m_report.ndxpClients = clients;
            }
            complete();
        },
        m_reuseSecurityServer ? XRoadClient::kProbeReuse : std::chrono::milliseconds(0));
}

void HealthProbe::complete()
{
    m_stepTimeout.stop();
    m_running = false;
    m_report.finishedAt = m_clock();
    qCInfo(lcClient).noquote() << "health probe of" << m_report.profileName << "->"
                               << ProbeCheck::statusName(m_report.overall());
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket.release()->deleteLater();
    }
    Q_EMIT finished(m_report);
}

} // namespace lgsp::client
