#include "client/xroad/xroadpacer.h"

#include <algorithm>

namespace lgsp::client {

XRoadPacer::XRoadPacer()
{
    m_clock.start();
}

XRoadPacer &XRoadPacer::shared()
{
    static XRoadPacer pacer;
    return pacer;
}

void XRoadPacer::setLimits(int perSecond, int perMinute)
{
    m_perSecond = std::max(1, perSecond);
    m_perMinute = std::max(1, perMinute);
}

qint64 XRoadPacer::reserveAt(const QString &host, qint64 nowMs)
{
    std::deque<qint64> &turns = m_turns[host];
    while (!turns.empty() && turns.front() <= nowMs - 60000 - kSlackMs)
        turns.pop_front();
    // At most perSecond turns in any second and perMinute in any minute: a turn comes a second
    // after the perSecond-th last one, a minute after the perMinute-th last one, each with
    // kSlackMs more, since a request reaches the server up to some tens of milliseconds after
    // its turn (a connection to open, a busy thread) and bunches with later ones there.
    qint64 turn = std::max(nowMs, turns.empty() ? nowMs : turns.back());
    if (int(turns.size()) >= m_perSecond)
        turn = std::max(turn, turns[turns.size() - size_t(m_perSecond)] + 1000 + kSlackMs);
    if (int(turns.size()) >= m_perMinute)
        turn = std::max(turn, turns[turns.size() - size_t(m_perMinute)] + 60000 + kSlackMs);
    turns.push_back(turn);
    return turn;
}

std::chrono::milliseconds XRoadPacer::reserve(const QString &host)
{
    const qint64 now = m_clock.elapsed();
    return std::chrono::milliseconds(reserveAt(host, now) - now);
}

} // namespace lgsp::client
