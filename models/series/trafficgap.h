#pragma once

#include <QtGlobal>

namespace lgsp::models {

// Seconds with no data, and why: drawn as a labelled gap, never interpolated.
struct TrafficGap
{
    enum class Reason {
        StreamLost,   // the stream dropped and the missed seconds could not be recovered
        InstanceDown, // the instance was not running (it restarted after that time)
        Reconnecting, // the link is down now: open at the live edge
    };
    qint64 from = 0; // first second without data
    qint64 to = 0;   // first second after the gap
    Reason reason = Reason::StreamLost;

    friend bool operator==(const TrafficGap &a, const TrafficGap &b)
    {
        return a.from == b.from && a.to == b.to && a.reason == b.reason;
    }
};

} // namespace lgsp::models
