#pragma once

#include "client/health/probereport.h"
#include "client/xroad/xroadstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace lgsp::client {

// The "Link to NDXP" checks of an LGSP's security server, each OK, WARN or FAIL by these
// rules (README, "The link to NDXP"):
// - ndxp.version: WARN below 7.0 (X-Road 6 is no longer maintained), else OK; with the node.
// - ndxp.globalconf: FAIL when the server's alerts say the global configuration is not valid
//   (expired) or its diagnostic is FAIL; WARN when WAITING or when its next update is more
//   than kGlobalConfLateSeconds overdue; else OK.
// - ndxp.timestamping: FAIL when none is configured or every one fails; WARN when some fail
//   or wait; else OK.
// - ndxp.ocsp: FAIL when a responder fails; WARN when one waits or its last answer is older
//   than kOcspFreshSeconds (X-Road's default OCSP freshness); else OK.
// - ndxp.certificates: FAIL for an active signing or authentication certificate that has
//   expired, expires within 7 days or is revoked, or when the software token is not logged
//   in; WARN within 30 days (14 and 30 are levels of it), for an OCSP status other than good,
//   or when the server reports certificates with errors or a failed renewal; else OK.
// - ndxp.tls: the internal TLS certificate (/system/certificate), FAIL when expired or within
//   7 days, WARN within 30; else OK.
// - ndxp.clients: FAIL when no member or subsystem is on the server or one is missing from the
//   global configuration (GLOBAL_ERROR); WARN when one is disabled or not registered (saved,
//   registration or deletion in progress); else OK.
// - ndxp.addons (7.1+): WARN when the message log is off or backups are not encrypted; else OK.
// - ndxp.exchanges (7.7+): the last hour's exchanges from operational monitoring; with at least
//   kExchangesMinimum of them, FAIL above kExchangesFailPercent failed, WARN above
//   kExchangesWarnPercent; else OK.
// Certificate checks carry their fewest days left in serverParams["daysLeft"] (alerts at 30,
// 14 and 7 days). What the server's version does not say is "not known", never OK.
class XRoadChecks
{
    Q_DECLARE_TR_FUNCTIONS(XRoadChecks)

public:
    static constexpr qint64 kGlobalConfLateSeconds = 10 * 60;
    static constexpr qint64 kOcspFreshSeconds = 3600;
    static constexpr qint64 kExchangesMinimum = 20;
    static constexpr double kExchangesWarnPercent = 5;
    static constexpr double kExchangesFailPercent = 25;

    static QList<ProbeCheck> evaluate(const XRoadState &state, const QDateTime &now);
    // The check every other check becomes when the server cannot be read at all.
    static ProbeCheck unreachable(const QString &where, const QString &why);
    static QString titleFor(const QString &id);
    // Every check's id, in the order evaluate() gives them.
    static QStringList ids();
    // A client's status (REGISTERED, SAVED, GLOBAL_ERROR, DISABLED…) in words.
    static QString memberStatusText(const QString &status);
};

} // namespace lgsp::client
