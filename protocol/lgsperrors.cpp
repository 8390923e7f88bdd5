#include "protocol/lgsperrors.h"

#include <QHash>

namespace lgsp::protocol {

QString lgspErrorName(const QString &code)
{
    static const QHash<QString, QString> names{
        {LgspError::AuthenticationFailed, QStringLiteral("AUTHEN_ERROR")},
        {LgspError::IpDisallowed, QStringLiteral("IP_DISALLOWED")},
        {LgspError::AgencyIdIncorrect, QStringLiteral("AGENCY_ID_INCORRECT")},
        {LgspError::ProvinceIdIncorrect, QStringLiteral("PROVINCE_ID_INCORRECT")},
        {LgspError::RecordIncomplete, QStringLiteral("RECORD_UNCOMPLETE")},
        {LgspError::RecordNotFound, QStringLiteral("RECORD_NOT_FOUND")},
        {LgspError::DataTypeInvalid, QStringLiteral("DATA_TYPE_INVALID")},
        {LgspError::DataIncorrect, QStringLiteral("DATA_INCORRECT")},
        {LgspError::GatewayTimeout, QStringLiteral("UPSTREAM_TIMEOUT")},
        {LgspError::GatewayUnreachable, QStringLiteral("UPSTREAM_UNREACHABLE")},
        {LgspError::GatewayRateLimited, QStringLiteral("RATE_LIMITED")},
        {LgspError::GatewayNotAllowed, QStringLiteral("CONSUMER_NOT_ALLOWED")},
        {LgspError::GatewayUpstreamError, QStringLiteral("UPSTREAM_ERROR")},
    };
    return names.value(code);
}

} // namespace lgsp::protocol
