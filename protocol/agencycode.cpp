#include "protocol/agencycode.h"

#include <QRegularExpression>

namespace lgsp::protocol {

AgencyCodeScheme agencyCodeScheme(const QString &code)
{
    static const QRegularExpression qcvn(
        QStringLiteral("^[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9]{2}$"));
    // Groups of letters and digits separated by single dots, starting with a letter.
    static const QRegularExpression extended(QStringLiteral("^[A-Z][0-9A-Z]*(\\.[0-9A-Z]+)*$"));
    if (qcvn.match(code).hasMatch())
        return AgencyCodeScheme::Qcvn102;
    if (code.size() <= 35 && extended.match(code).hasMatch())
        return AgencyCodeScheme::Extended;
    return AgencyCodeScheme::Invalid;
}

QString ndxpMemberId(const QString &code, const QString &subsystem)
{
    return QStringLiteral("VN:GOV:%1:%2").arg(code, subsystem);
}

} // namespace lgsp::protocol
