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

#include <QHostInfo>
#include <QLocale>
#include <QSslSocket>

namespace lgsp::client {

namespace {

using Status = ProbeCheck::Status;

// The steps in order, so unreached ones can be listed as not checked.
const QStringList kSteps = {QStringLiteral("dns"),     QStringLiteral("connect"),
                            QStringLiteral("tls"),     QStringLiteral("certificate"),
                            QStringLiteral("version"), QStringLiteral("clock"),
                            QStringLiteral("auth"),    QStringLiteral("server")};

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

QString HealthProbe::secondsText(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 1);
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
        const QString amount = secondsText(size);
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
        tr("No complete answer after %1 s: %2").arg(secondsText(waited), why), waited);
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
