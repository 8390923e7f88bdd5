#pragma once

#include <QString>

namespace lgsp::protocol {

// Error codes an LGSP reports for a failed call. The numeric ones are those published in a
// provincial LGSP's API guide; the GW- ones are the gateway's own (timeout, unreachable
// upstream, refused caller).
// Returns the code's symbolic name ("RECORD_NOT_FOUND"), or an empty string when unknown.
QString lgspErrorName(const QString &code);

namespace LgspError {
inline const QString AuthenticationFailed = QStringLiteral("100");
inline const QString IpDisallowed = QStringLiteral("101");
inline const QString AgencyIdIncorrect = QStringLiteral("106");
inline const QString ProvinceIdIncorrect = QStringLiteral("108");
inline const QString RecordIncomplete = QStringLiteral("200");
inline const QString RecordNotFound = QStringLiteral("201");
inline const QString DataTypeInvalid = QStringLiteral("302");
inline const QString DataIncorrect = QStringLiteral("500");
inline const QString GatewayTimeout = QStringLiteral("GW-TIMEOUT");
inline const QString GatewayUnreachable = QStringLiteral("GW-UNREACHABLE");
inline const QString GatewayRateLimited = QStringLiteral("GW-RATE-LIMIT");
inline const QString GatewayNotAllowed = QStringLiteral("GW-NOT-ALLOWED");
inline const QString GatewayUpstreamError = QStringLiteral("GW-UPSTREAM");
} // namespace LgspError

} // namespace lgsp::protocol
