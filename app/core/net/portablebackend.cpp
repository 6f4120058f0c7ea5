// Built instead of posix/epollpoller.cpp with SOCKPIT_PORTABLE_POLLER=ON (and on
// a port to a system without epoll): every connection then runs on PortablePoller.
#include "poller.h"

namespace Sockpit {

Poller *PollerBackend::createPlatform(QObject *)
{
    return nullptr;
}

QString PollerBackend::platformName()
{
    return QString();
}

} // namespace Sockpit
