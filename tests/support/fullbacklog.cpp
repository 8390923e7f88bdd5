#include "fullbacklog.h"

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace lgsp::test {

#ifdef Q_OS_UNIX
FullBacklog::FullBacklog()
{
    m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), size) != 0 ||
        ::listen(m_listener, 0) != 0 ||
        ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &size) != 0)
        return;
    m_port = ntohs(address.sin_port);
    // Fill the queue until a connection no longer completes.
    for (int i = 0; i < 8; ++i) {
        const int filler = ::socket(AF_INET, SOCK_STREAM, 0);
        ::fcntl(filler, F_SETFL, O_NONBLOCK);
        m_fillers.append(filler);
        ::connect(filler, reinterpret_cast<sockaddr *>(&address), sizeof address);
        pollfd wait{filler, POLLOUT, 0};
        if (::poll(&wait, 1, 300) == 0) {
            m_full = true;
            return;
        }
    }
}

FullBacklog::~FullBacklog()
{
    for (const int fd : std::as_const(m_fillers))
        ::close(fd);
    if (m_listener >= 0)
        ::close(m_listener);
}
#else
FullBacklog::FullBacklog() = default;
FullBacklog::~FullBacklog() = default;
#endif

} // namespace lgsp::test
