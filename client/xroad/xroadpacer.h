#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <chrono>
#include <deque>

namespace lgsp::client {

// Keeps the console's requests to each X-Road security server under the server's limits
// (20 requests a second and 600 a minute per client address) with room to spare for the
// server's own UI and other tools on the same address: by default at most 10 a second and 300
// a minute per host. Every request reserves its turn first and is sent when the turn comes.
// Used from one thread (the one the clients live in).
class XRoadPacer
{
public:
    static constexpr int kDefaultPerSecond = 10;
    static constexpr int kDefaultPerMinute = 300;
    static constexpr qint64 kSlackMs = 100;

    XRoadPacer();

    // The process's pacer, shared by every security server client.
    static XRoadPacer &shared();

    // Reserves the next turn for a request to `host` and says how long to wait for it.
    std::chrono::milliseconds reserve(const QString &host);
    // Reserves at `nowMs` on the pacer's own clock (for tests that check the schedule).
    qint64 reserveAt(const QString &host, qint64 nowMs);
    void setLimits(int perSecond, int perMinute);
    int perSecond() const { return m_perSecond; }
    int perMinute() const { return m_perMinute; }

private:
    QElapsedTimer m_clock;
    QHash<QString, std::deque<qint64>> m_turns; // per host, the turns of the last minute (ms)
    int m_perSecond = kDefaultPerSecond;
    int m_perMinute = kDefaultPerMinute;
};

} // namespace lgsp::client
