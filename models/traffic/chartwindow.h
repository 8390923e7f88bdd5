#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lgsp::models {

// The time windows of the Transactions page: how far back, how many seconds per slot and the
// unit throughput is shown in (calls per second for short windows, per minute for long ones).
// Slots stay under the server's 1,500 buckets per request.
struct ChartWindow
{
    Q_DECLARE_TR_FUNCTIONS(ChartWindow)

public:
    enum Kind { FiveMinutes, OneHour, SixHours, OneDay, SevenDays, ThirtyDays, Custom };

    Kind kind = OneHour;
    qint64 seconds = 3600;
    qint64 step = 1;
    qint64 ratePer = 1;  // throughput is calls per `ratePer` seconds (1 or 60)
    qint64 customTo = 0; // Custom only: the end of the range (seconds); 0 for the others

    static ChartWindow preset(Kind kind);
    // A custom range [from, to): the finest step that keeps it within 1,500 slots.
    static ChartWindow custom(qint64 from, qint64 to);
    static QList<Kind> presets();
    static QString name(Kind kind);

    // The range shown at `now`: the last `seconds` for presets, the fixed range for Custom.
    qint64 end(qint64 now) const { return kind == Custom ? customTo : now + 1; }
    qint64 start(qint64 now) const { return end(now) - seconds; }
    bool isLive() const { return kind != Custom; }
    // "calls/s" or "calls/min", translated.
    QString rateUnit() const;
};

} // namespace lgsp::models
