#pragma once

#include <QDateTime>
#include <QString>

namespace lgsp::protocol {

// RFC 3339 UTC timestamps as the API writes them: 2026-11-26T19:04:05.123Z.
QString formatTimestamp(const QDateTime &time);
// Accepts any RFC 3339 form with an offset or Z; returns an invalid QDateTime otherwise.
QDateTime parseTimestamp(const QString &text);

} // namespace lgsp::protocol
