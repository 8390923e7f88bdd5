#pragma once

#include <QList>
#include <QtGlobal>

namespace lgsp::test {

// A loopback port that never accepts: a listening socket whose queue of waiting connections
// is full, so the kernel drops every new SYN and the caller's connect() waits. Unix only;
// elsewhere isFull() is false.
class FullBacklog
{
public:
    FullBacklog();
    ~FullBacklog();
    Q_DISABLE_COPY_MOVE(FullBacklog)

    bool isFull() const { return m_full; }
    quint16 port() const { return m_port; }

private:
    int m_listener = -1;
    QList<int> m_fillers;
    quint16 m_port = 0;
    bool m_full = false;
};

} // namespace lgsp::test
