#pragma once

#include "client/health/probereport.h"
#include "client/xroad/xroadstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

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
// What the server's version does not say is "not known", never OK.
class XRoadChecks
{
    Q_DECLARE_TR_FUNCTIONS(XRoadChecks)

public:
    static constexpr qint64 kGlobalConfLateSeconds = 10 * 60;
    static constexpr qint64 kOcspFreshSeconds = 3600;

    static QList<ProbeCheck> evaluate(const XRoadState &state, const QDateTime &now);
    // The check every other check becomes when the server cannot be read at all.
    static ProbeCheck unreachable(const QString &where, const QString &why);
    static QString titleFor(const QString &id);
};

} // namespace lgsp::client
