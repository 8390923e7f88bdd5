#include "protocol/timestamps.h"

#include <QTimeZone>

namespace lgsp::protocol {

QString formatTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTimestamp(const QString &text)
{
    // RFC 3339 requires a time zone; a bare local time is ambiguous and is refused.
    const bool hasZone = text.endsWith(QLatin1Char('Z')) || text.endsWith(QLatin1Char('z')) ||
                         (text.size() > 6 && (text.at(text.size() - 6) == QLatin1Char('+') ||
                                              text.at(text.size() - 6) == QLatin1Char('-')));
    if (!hasZone)
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    return parsed.toUTC();
}

} // namespace lgsp::protocol
