#include "tcpresetwitness.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace Sockpit {

void TcpResetWitness::watch(qintptr descriptor)
{
    release();
#ifdef Q_OS_UNIX
    if (descriptor >= 0)
        m_descriptor = ::dup(int(descriptor));
#else
    Q_UNUSED(descriptor);
#endif
}

void TcpResetWitness::release()
{
#ifdef Q_OS_UNIX
    if (m_descriptor >= 0)
        ::close(m_descriptor);
#endif
    m_descriptor = -1;
}

bool TcpResetWitness::peerReset()
{
    bool reset = false;
#ifdef Q_OS_LINUX
    tcp_info info{};
    socklen_t length = sizeof info;
    if (m_descriptor >= 0 && ::getsockopt(m_descriptor, IPPROTO_TCP, TCP_INFO, &info, &length) == 0)
        reset = info.tcpi_state == TCP_CLOSE;
#endif
    release();
    return reset;
}

} // namespace Sockpit
