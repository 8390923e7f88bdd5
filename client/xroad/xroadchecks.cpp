#include "client/xroad/xroadchecks.h"

#include <QLocale>

#include <algorithm>
#include <optional>

namespace lgsp::client {

namespace {

using Status = ProbeCheck::Status;
constexpr auto worse = &ProbeCheck::worse;

ProbeCheck check(const QString &id, Status status, const QString &detail)
{
    ProbeCheck c;
    c.id = id;
    c.title = XRoadChecks::titleFor(id);
    c.status = status;
    c.detail = detail;
    return c;
}

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat)
                       : XRoadChecks::tr("unknown");
}

ProbeCheck notReported(const QString &id)
{
    return check(id, Status::Skipped,
                 XRoadChecks::tr("Not known: this version of the security server does not "
                                 "report it."));
}

// The fewest days any certificate of the check has left, for alerts at 30, 14 and 7 days.
ProbeCheck withDaysLeft(ProbeCheck c, std::optional<qint64> days)
{
    if (days)
        c.serverParams.insert(QStringLiteral("daysLeft"), double(*days));
    return c;
}

QString reason(const XRoadState::Diagnostic &d)
{
    return d.code.isEmpty() ? d.statusClass : d.statusClass + QStringLiteral(": ") + d.code;
}

ProbeCheck globalConf(const XRoadState &s, const QDateTime &now)
{
    const QString id = QStringLiteral("ndxp.globalconf");
    if (s.alerts && s.alerts->globalConfValid == false)
        return check(id, Status::Fail,
                     XRoadChecks::tr("The global configuration has expired: the security "
                                     "server cannot exchange messages with NDXP."));
    if (!s.globalConf)
        return notReported(id);
    const XRoadState::Diagnostic &g = *s.globalConf;
    if (g.statusClass == QLatin1String("FAIL"))
        return check(id, Status::Fail,
                     XRoadChecks::tr("The last download of the global configuration failed "
                                     "(%1); last success %2.")
                         .arg(reason(g), when(g.prevUpdate)));
    if (g.statusClass == QLatin1String("WAITING"))
        return check(id, Status::Warn,
                     XRoadChecks::tr("The global configuration has not been downloaded yet."));
    if (g.nextUpdate.isValid() && g.nextUpdate.secsTo(now) > XRoadChecks::kGlobalConfLateSeconds)
        return check(id, Status::Warn,
                     XRoadChecks::tr("The global configuration was due at %1 and has not been "
                                     "downloaded since %2.")
                         .arg(when(g.nextUpdate), when(g.prevUpdate)));
    return check(id, Status::Ok,
                 XRoadChecks::tr("Downloaded at %1; next at %2.")
                     .arg(when(g.prevUpdate), when(g.nextUpdate)));
}

ProbeCheck timestamping(const XRoadState &s)
{
    const QString id = QStringLiteral("ndxp.timestamping");
    if (!s.timestamping)
        return notReported(id);
    if (s.timestamping->isEmpty())
        return check(id, Status::Fail,
                     XRoadChecks::tr("No timestamping service is configured: messages cannot be "
                                     "logged, so none are sent."));
    int failing = 0;
    QStringList notes;
    Status status = Status::Ok;
    for (const XRoadState::Diagnostic &d : *s.timestamping) {
        if (d.statusClass == QLatin1String("FAIL")) {
            ++failing;
            notes << QStringLiteral("%1 (%2)").arg(d.url, reason(d));
        } else if (d.statusClass == QLatin1String("WAITING")) {
            status = worse(status, Status::Warn);
            notes << QStringLiteral("%1 (%2)").arg(d.url, reason(d));
        }
    }
    const int total = int(s.timestamping->size());
    if (failing == total)
        return check(id, Status::Fail,
                     XRoadChecks::tr("Every timestamping service fails: %1")
                         .arg(notes.join(QStringLiteral("; "))));
    if (failing > 0)
        status = Status::Warn;
    if (status == Status::Ok)
        return check(id, Status::Ok,
                     XRoadChecks::tr("%n timestamping services answer.", nullptr, total));
    return check(id, status,
                 XRoadChecks::tr("%1 of %2 timestamping services do not answer: %3")
                     .arg(notes.size())
                     .arg(total)
                     .arg(notes.join(QStringLiteral("; "))));
}

ProbeCheck ocsp(const XRoadState &s, const QDateTime &now)
{
    const QString id = QStringLiteral("ndxp.ocsp");
    if (!s.ocsp)
        return notReported(id);
    Status status = Status::Ok;
    QStringList notes;
    for (const XRoadState::Diagnostic &d : *s.ocsp) {
        if (d.statusClass == QLatin1String("FAIL")) {
            status = Status::Fail;
            notes << XRoadChecks::tr("%1 fails (%2)").arg(d.url, reason(d));
        } else if (d.statusClass == QLatin1String("WAITING")) {
            status = worse(status, Status::Warn);
            notes << XRoadChecks::tr("%1 has not answered yet").arg(d.url);
        } else if (d.prevUpdate.isValid() &&
                   d.prevUpdate.secsTo(now) > XRoadChecks::kOcspFreshSeconds) {
            status = worse(status, Status::Warn);
            notes << XRoadChecks::tr("%1 last answered at %2, more than an hour ago (check the "
                                     "clocks)")
                         .arg(d.url, when(d.prevUpdate));
        }
    }
    if (status == Status::Ok)
        return check(id, Status::Ok,
                     XRoadChecks::tr("%n OCSP responders answer.", nullptr, int(s.ocsp->size())));
    return check(id, status, notes.join(QStringLiteral("; ")));
}

ProbeCheck certificates(const XRoadState &s, const QDateTime &now)
{
    const QString id = QStringLiteral("ndxp.certificates");
    Status status = Status::Ok;
    QStringList notes;
    if (s.alerts && s.alerts->softTokenPinEntered == false) {
        status = Status::Fail;
        notes << XRoadChecks::tr("The software token is not logged in: nothing can be signed.");
    }
    if (!s.certificates) {
        if (notes.isEmpty())
            return check(id, Status::Skipped,
                         XRoadChecks::tr("Not known: the tokens could not be read."));
        return check(id, status, notes.join(QLatin1Char(' ')));
    }
    int counted = 0;
    std::optional<qint64> leastDays;
    for (const XRoadState::Certificate &c : *s.certificates) {
        if (!c.active)
            continue;
        ++counted;
        if (c.notAfter.isValid()) {
            const qint64 left = std::max<qint64>(0, now.secsTo(c.notAfter) / 86400);
            leastDays = leastDays ? std::min(*leastDays, left) : left;
        }
        const QString name = c.subject.isEmpty() ? c.ownerId : c.subject;
        const QString kind = c.usage == QLatin1String("AUTHENTICATION")
                                 ? XRoadChecks::tr("authentication certificate")
                             : c.usage == QLatin1String("SIGNING")
                                 ? XRoadChecks::tr("signing certificate")
                                 : XRoadChecks::tr("certificate");
        if (c.notAfter.isValid()) {
            const qint64 days = now.secsTo(c.notAfter) / 86400;
            if (c.notAfter <= now) {
                status = Status::Fail;
                notes << XRoadChecks::tr("The %1 of %2 expired on %3.")
                             .arg(kind, name, when(c.notAfter));
            } else if (days < 7) {
                status = Status::Fail;
                notes << XRoadChecks::tr("The %1 of %2 expires on %3, in %n days.", nullptr,
                                         int(days))
                             .arg(kind, name, when(c.notAfter));
            } else if (days < 30) {
                status = worse(status, Status::Warn);
                notes << XRoadChecks::tr("The %1 of %2 expires on %3, in %n days.", nullptr,
                                         int(days))
                             .arg(kind, name, when(c.notAfter));
            }
        }
        if (c.ocspStatus == QLatin1String("OCSP_RESPONSE_REVOKED")) {
            status = Status::Fail;
            notes << XRoadChecks::tr("The %1 of %2 is revoked.").arg(kind, name);
        } else if (!c.ocspStatus.isEmpty() && c.ocspStatus != QLatin1String("OCSP_RESPONSE_GOOD")) {
            status = worse(status, Status::Warn);
            notes << XRoadChecks::tr("The OCSP status of the %1 of %2 is %3.")
                         .arg(kind, name, c.ocspStatus);
        }
    }
    if (s.alerts &&
        (s.alerts->authCertificatesWithErrors + s.alerts->signCertificatesWithErrors) > 0) {
        status = worse(status, Status::Warn);
        notes << XRoadChecks::tr("The server reports %n certificates with errors.", nullptr,
                                 s.alerts->authCertificatesWithErrors +
                                     s.alerts->signCertificatesWithErrors);
    }
    if (s.alerts && s.alerts->certificateRenewalOk == false) {
        status = worse(status, Status::Warn);
        notes << XRoadChecks::tr("The last automatic certificate renewal failed.");
    }
    if (status == Status::Ok)
        return withDaysLeft(check(id, Status::Ok,
                                  XRoadChecks::tr("%n active certificates, none expiring within "
                                                  "30 days.",
                                                  nullptr, counted)),
                            leastDays);
    return withDaysLeft(check(id, status, notes.join(QLatin1Char(' '))), leastDays);
}

ProbeCheck tlsCertificate(const XRoadState &s, const QDateTime &now)
{
    const QString id = QStringLiteral("ndxp.tls");
    if (!s.tlsCertificate)
        return notReported(id);
    const XRoadState::TlsCertificate &c = *s.tlsCertificate;
    const qint64 days = std::max<qint64>(0, now.secsTo(c.notAfter) / 86400);
    if (c.notAfter <= now)
        return withDaysLeft(
            check(id, Status::Fail,
                  XRoadChecks::tr("The TLS certificate of %1 expired on %2: information systems "
                                  "cannot connect to the security server.")
                      .arg(c.subject, when(c.notAfter))),
            0);
    if (days < 30)
        return withDaysLeft(check(id, days < 7 ? Status::Fail : Status::Warn,
                                  XRoadChecks::tr("The TLS certificate of %1 expires on %2, in %n "
                                                  "days.",
                                                  nullptr, int(days))
                                      .arg(c.subject, when(c.notAfter))),
                            days);
    return withDaysLeft(check(id, Status::Ok,
                              XRoadChecks::tr("The TLS certificate of %1 is valid until %2.")
                                  .arg(c.subject, when(c.notAfter))),
                        days);
}

ProbeCheck addons(const XRoadState &s)
{
    const QString id = QStringLiteral("ndxp.addons");
    const bool known =
        s.addons && (s.addons->messageLog || s.addons->opMonitoring || s.addons->backupEncryption);
    if (!known)
        return check(id, Status::Skipped,
                     XRoadChecks::tr("Not known: X-Road reports its add-ons and backup "
                                     "encryption from version 7.1."));
    const XRoadState::Addons &a = *s.addons;
    QStringList warnings;
    QStringList notes;
    if (a.messageLog == false)
        warnings << XRoadChecks::tr("The message log is off: no signed record of the exchanges "
                                    "is kept.");
    else if (a.messageLog == true)
        notes << XRoadChecks::tr("The message log is on.");
    if (a.backupEncryption == false)
        warnings << XRoadChecks::tr("Backups are not encrypted: they hold the server's keys "
                                    "and configuration in the clear.");
    else if (a.backupEncryption == true)
        notes << XRoadChecks::tr("Backups are encrypted.");
    if (a.opMonitoring == false)
        notes << XRoadChecks::tr("Operational monitoring is off.");
    else if (a.opMonitoring == true)
        notes << XRoadChecks::tr("Operational monitoring is on.");
    if (!warnings.isEmpty())
        return check(id, Status::Warn, (warnings + notes).join(QLatin1Char(' ')));
    return check(id, Status::Ok, notes.join(QLatin1Char(' ')));
}

ProbeCheck exchanges(const XRoadState &s)
{
    const QString id = QStringLiteral("ndxp.exchanges");
    if (!s.exchanges) {
        if (s.addons && s.addons->opMonitoring == false)
            return check(id, Status::Skipped,
                         XRoadChecks::tr("Not known: operational monitoring is off on the "
                                         "security server."));
        return check(id, Status::Skipped,
                     XRoadChecks::tr("Not known: X-Road reports its exchanges from version "
                                     "7.7."));
    }
    const XRoadState::Exchanges &e = *s.exchanges;
    const qint64 total = e.succeeded + e.failed;
    const QLocale locale;
    const QString counts = XRoadChecks::tr("%1 exchanges in the last hour, %2 of them failed.")
                               .arg(locale.toString(total), locale.toString(e.failed));
    if (total < XRoadChecks::kExchangesMinimum)
        return check(id, Status::Ok, counts);
    const double failedPercent = 100.0 * double(e.failed) / double(total);
    const QString share =
        XRoadChecks::tr("%1 % failed.").arg(locale.toString(failedPercent, 'f', 1));
    if (failedPercent > XRoadChecks::kExchangesFailPercent)
        return check(id, Status::Fail, counts + QLatin1Char(' ') + share);
    if (failedPercent > XRoadChecks::kExchangesWarnPercent)
        return check(id, Status::Warn, counts + QLatin1Char(' ') + share);
    return check(id, Status::Ok, counts);
}

ProbeCheck clients(const XRoadState &s)
{
    const QString id = QStringLiteral("ndxp.clients");
    if (!s.clients)
        return check(id, Status::Skipped,
                     XRoadChecks::tr("Not known: the clients could not be read."));
    if (s.clients->isEmpty())
        return check(id, Status::Fail,
                     XRoadChecks::tr("No member or subsystem is on this security server."));
    Status status = Status::Ok;
    QStringList notes;
    int registered = 0;
    for (const XRoadState::Member &m : *s.clients) {
        if (m.status == QLatin1String("REGISTERED")) {
            ++registered;
        } else if (m.status == QLatin1String("GLOBAL_ERROR")) {
            status = Status::Fail;
            notes << XRoadChecks::tr("%1 is missing from the global configuration: NDXP does "
                                     "not know it.")
                         .arg(m.id);
        } else if (m.status == QLatin1String("DISABLED") ||
                   m.status == QLatin1String("DISABLING_IN_PROGRESS")) {
            status = worse(status, Status::Warn);
            notes << XRoadChecks::tr("%1 is disabled: it neither sends nor answers.").arg(m.id);
        } else {
            status = worse(status, Status::Warn);
            notes << XRoadChecks::tr("%1 is not registered (%2).")
                         .arg(m.id, XRoadChecks::memberStatusText(m.status));
        }
    }
    // What the subsystems offer, where their service descriptions were read.
    int descriptions = 0;
    int disabled = 0;
    int services = 0;
    bool counted = false;
    for (const XRoadState::Member &m : *s.clients) {
        counted = counted || m.descriptions.has_value();
        descriptions += m.descriptions.value_or(0);
        disabled += m.disabledDescriptions.value_or(0);
        services += m.services.value_or(0);
    }
    const QString offer =
        !counted       ? QString()
        : disabled > 0 ? XRoadChecks::tr("They offer %1 services in %2 service descriptions, %3 "
                                         "of them disabled.")
                             .arg(services)
                             .arg(descriptions)
                             .arg(disabled)
                       : XRoadChecks::tr("They offer %1 services in %2 service descriptions.")
                             .arg(services)
                             .arg(descriptions);
    const auto withOffer = [&offer](const QString &text) {
        return offer.isEmpty() ? text : text + QLatin1Char(' ') + offer;
    };
    if (status == Status::Ok)
        return check(id, Status::Ok,
                     withOffer(XRoadChecks::tr("%n members and subsystems registered.", nullptr,
                                               registered)));
    return check(id, status, withOffer(notes.join(QLatin1Char(' '))));
}

} // namespace

QString XRoadChecks::titleFor(const QString &id)
{
    if (id == QLatin1String("ndxp.version"))
        return tr("Security server");
    if (id == QLatin1String("ndxp.globalconf"))
        return tr("Global configuration");
    if (id == QLatin1String("ndxp.timestamping"))
        return tr("Timestamping services");
    if (id == QLatin1String("ndxp.ocsp"))
        return tr("OCSP responders");
    if (id == QLatin1String("ndxp.certificates"))
        return tr("Signing and authentication certificates");
    if (id == QLatin1String("ndxp.tls"))
        return tr("TLS certificate");
    if (id == QLatin1String("ndxp.addons"))
        return tr("Message log and backups");
    if (id == QLatin1String("ndxp.exchanges"))
        return tr("Exchanges in the last hour");
    if (id == QLatin1String("ndxp.clients"))
        return tr("Members and subsystems");
    return id;
}

QStringList XRoadChecks::ids()
{
    return {QStringLiteral("ndxp.version"),      QStringLiteral("ndxp.globalconf"),
            QStringLiteral("ndxp.timestamping"), QStringLiteral("ndxp.ocsp"),
            QStringLiteral("ndxp.certificates"), QStringLiteral("ndxp.tls"),
            QStringLiteral("ndxp.clients"),      QStringLiteral("ndxp.addons"),
            QStringLiteral("ndxp.exchanges")};
}

QString XRoadChecks::memberStatusText(const QString &status)
{
    if (status == QLatin1String("REGISTERED"))
        return tr("registered");
    if (status == QLatin1String("SAVED"))
        return tr("saved, not sent for registration");
    if (status == QLatin1String("REGISTRATION_IN_PROGRESS"))
        return tr("registration in progress");
    if (status == QLatin1String("DELETION_IN_PROGRESS"))
        return tr("deletion in progress");
    if (status == QLatin1String("GLOBAL_ERROR"))
        return tr("missing from the global configuration");
    if (status == QLatin1String("DISABLED"))
        return tr("disabled");
    if (status == QLatin1String("DISABLING_IN_PROGRESS"))
        return tr("being disabled");
    if (status == QLatin1String("ENABLING_IN_PROGRESS"))
        return tr("being enabled");
    return status;
}

ProbeCheck XRoadChecks::unreachable(const QString &where, const QString &why)
{
    return check(QStringLiteral("ndxp.version"), Status::Fail,
                 tr("The security server at %1 cannot be read: %2").arg(where, why));
}

QList<ProbeCheck> XRoadChecks::evaluate(const XRoadState &s, const QDateTime &now)
{
    QList<ProbeCheck> out;
    const QString version = s.version.isNull() ? s.versionText : s.version.toString();
    const QString nodeName = s.nodeType == QLatin1String("STANDALONE")  ? tr("standalone")
                             : s.nodeType == QLatin1String("PRIMARY")   ? tr("primary node")
                             : s.nodeType == QLatin1String("SECONDARY") ? tr("secondary node")
                                                                        : s.nodeType.toLower();
    const QString node = nodeName.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(nodeName);
    if (!s.version.isNull() && s.version < QVersionNumber(7))
        out << check(QStringLiteral("ndxp.version"), Status::Warn,
                     tr("X-Road Security Server %1%2: version 6 is no longer maintained.")
                         .arg(version, node));
    else
        out << check(QStringLiteral("ndxp.version"), Status::Ok,
                     tr("X-Road Security Server %1%2.").arg(version, node));
    out << globalConf(s, now) << timestamping(s) << ocsp(s, now) << certificates(s, now)
        << tlsCertificate(s, now) << clients(s) << addons(s) << exchanges(s);
    return out;
}

} // namespace lgsp::client
