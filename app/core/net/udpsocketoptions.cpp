#include "udpsocketoptions.h"

#include <QUdpSocket>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#endif

namespace Sockpit::UdpSocketOptions {

#ifdef Q_OS_UNIX
namespace {

template<typename T>
QString setOption(QUdpSocket *socket, int level, int name, const T &value)
{
    const qintptr fd = socket->socketDescriptor();
    if (fd < 0)
        return qt_error_string(EBADF);
    if (::setsockopt(int(fd), level, name, &value, socklen_t(sizeof(value))) != 0)
        return qt_error_string(errno);
    return QString();
}

} // namespace
#endif

QString setBroadcast(QUdpSocket *socket, bool enabled)
{
#ifdef Q_OS_UNIX
    return setOption(socket, SOL_SOCKET, SO_BROADCAST, int(enabled));
#else
    Q_UNUSED(socket);
    Q_UNUSED(enabled);
    return QString();
#endif
}

bool dualStackIPv4Multicast()
{
#ifdef Q_OS_LINUX
    return true;
#else
    return false;
#endif
}

QString changeIPv4Membership(QUdpSocket *socket, const QHostAddress &group, int interfaceIndex, bool join)
{
#ifdef Q_OS_LINUX
    ip_mreqn request{};
    request.imr_multiaddr.s_addr = htonl(group.toIPv4Address());
    request.imr_address.s_addr = htonl(INADDR_ANY);
    request.imr_ifindex = interfaceIndex;
    return setOption(socket, IPPROTO_IP, join ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP, request);
#else
    Q_UNUSED(socket);
    Q_UNUSED(group);
    Q_UNUSED(interfaceIndex);
    Q_UNUSED(join);
    return qt_error_string(ENOTSUP);
#endif
}

QString setIPv4Multicast(QUdpSocket *socket, int ttl, bool loopback, int interfaceIndex)
{
#ifdef Q_OS_LINUX
    QString error = setOption(socket, IPPROTO_IP, IP_MULTICAST_TTL, ttl);
    if (error.isEmpty())
        error = setOption(socket, IPPROTO_IP, IP_MULTICAST_LOOP, int(loopback));
    if (error.isEmpty()) {
        ip_mreqn request{};
        request.imr_ifindex = interfaceIndex;
        error = setOption(socket, IPPROTO_IP, IP_MULTICAST_IF, request);
    }
    return error;
#else
    Q_UNUSED(socket);
    Q_UNUSED(ttl);
    Q_UNUSED(loopback);
    Q_UNUSED(interfaceIndex);
    return QString();
#endif
}

} // namespace Sockpit::UdpSocketOptions
