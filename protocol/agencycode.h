#pragma once

#include <QString>

namespace lgsp::protocol {

// Agency identification codes (mã định danh).
//  - QCVN 102:2016/BTTTT: 13 characters "V1V2V3.Z1Z2.Y1Y2.H1H2H3", read right to left; the
//    rightmost group is the level-1 unit, one letter and two digits ("000.00.00.G12" is the
//    Ministry of Finance, "000.00.00.H30" a province). Unused levels are zeros.
//  - The newer scheme (Decision 20/2020/QĐ-TTg): up to 35 characters of [0-9A-Z.], groups
//    read left to right ("G12.18.C8").
enum class AgencyCodeScheme { Invalid, Qcvn102, Extended };

AgencyCodeScheme agencyCodeScheme(const QString &code);
inline bool isValidAgencyCode(const QString &code)
{
    return agencyCodeScheme(code) != AgencyCodeScheme::Invalid;
}
// The NDXP member identifier of an agency: VN:GOV:<code>:<subsystem>.
QString ndxpMemberId(const QString &code, const QString &subsystem);

} // namespace lgsp::protocol
