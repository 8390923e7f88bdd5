#pragma once

#include <QSqlDatabase>
#include <QString>

namespace lgsp::sandbox {

// Deterministic past traffic for reports: for each of the `days` whole days (UTC) before the
// current one, calls of every published service by its consumers — more on weekdays and in
// office hours (Vietnam's, UTC+7), a few failing with LGSP error codes, latencies spread like
// a real gateway's — written to the transaction log and to the per-minute (kept 30 days) and
// per-hour (kept 400 days) metrics, as the gateway would have recorded them. The same
// services and the same day give the same calls on any machine. Recording is marked as
// having begun at the first of those days, so earlier days read as missing, not as zero.
class HistorySeed final
{
public:
    static constexpr int kMaxDays = 400;

    // Returns the number of transactions written, or -1 with the reason in *error.
    static qint64 write(QSqlDatabase db, int days, qint64 nowSeconds, QString *error);
};

} // namespace lgsp::sandbox
