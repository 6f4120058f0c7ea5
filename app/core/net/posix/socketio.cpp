// The Linux (POSIX) side of SocketIo: BSD sockets on raw descriptors.
#include "socketio.h"

#include <cerrno>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

namespace Sockpit::SocketIo {

namespace {

IoResult failure(int code)
{
    IoResult result;
    result.error = classify(code);
    result.code = code;
    return result;
}

IoResult success(qint64 bytes)
{
    IoResult result;
    result.bytes = bytes;
    return result;
}

bool toSockaddr(const QHostAddress &address, quint16 port, sockaddr_storage *storage, socklen_t *length)
{
    *storage = sockaddr_storage{};
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *v4 = reinterpret_cast<sockaddr_in *>(storage);
        v4->sin_family = AF_INET;
        v4->sin_port = htons(port);
        v4->sin_addr.s_addr = htonl(address.toIPv4Address());
        *length = sizeof(sockaddr_in);
        return true;
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *v6 = reinterpret_cast<sockaddr_in6 *>(storage);
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&v6->sin6_addr, bytes.c, sizeof bytes.c);
        bool numeric = false;
        const uint scope = address.scopeId().toUInt(&numeric);
        v6->sin6_scope_id = numeric ? scope : 0;
        *length = sizeof(sockaddr_in6);
        return true;
    }
    return false;
}

bool fromSockaddr(const sockaddr_storage &storage, QHostAddress *address, quint16 *port)
{
    if (storage.ss_family == AF_INET) {
        *port = ntohs(reinterpret_cast<const sockaddr_in *>(&storage)->sin_port);
    } else if (storage.ss_family == AF_INET6) {
        *port = ntohs(reinterpret_cast<const sockaddr_in6 *>(&storage)->sin6_port);
    } else {
        return false;
    }
    *address = QHostAddress(reinterpret_cast<const sockaddr *>(&storage));
    return true;
}

} // namespace

IoResult startConnect(const QHostAddress &address, quint16 port)
{
    sockaddr_storage storage;
    socklen_t length = 0;
    if (!toSockaddr(address, port, &storage, &length))
        return failure(EAFNOSUPPORT);
    const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_TCP);
    if (fd < 0)
        return failure(errno);
    int result = 0;
    do {
        result = ::connect(fd, reinterpret_cast<const sockaddr *>(&storage), length);
    } while (result != 0 && errno == EINTR);
    if (result != 0 && errno != EINPROGRESS) {
        const int code = errno;
        ::close(fd);
        return failure(code);
    }
    return success(fd);
}

IoResult connectResult(int fd)
{
    int code = 0;
    socklen_t length = sizeof code;
    if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &code, &length) != 0)
        code = errno;
    return code == 0 ? success(0) : failure(code);
}

IoResult accept(int listenFd, QHostAddress *address, quint16 *port)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    for (;;) {
        const int fd = ::accept4(listenFd, reinterpret_cast<sockaddr *>(&storage), &length, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0) {
            if (!fromSockaddr(storage, address, port)) {
                *address = QHostAddress();
                *port = 0;
            }
            return success(fd);
        }
        if (errno != EINTR)
            return failure(errno);
    }
}

bool isResetPending(int fd)
{
    char byte = 0;
    return ::recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT) < 0 && errno == ECONNRESET;
}

QList<int> readableNow(const QList<int> &fds)
{
    std::vector<pollfd> polled;
    polled.reserve(size_t(fds.size()));
    for (const int fd : fds)
        polled.push_back(pollfd{fd, POLLIN, 0});
    QList<int> ready;
    if (::poll(polled.data(), nfds_t(polled.size()), 0) <= 0)
        return ready;
    for (const pollfd &entry : polled) {
        if (entry.revents & (POLLIN | POLLHUP | POLLERR))
            ready << entry.fd;
    }
    return ready;
}

IoResult receive(int fd, char *buffer, qint64 size)
{
    for (;;) {
        const ssize_t n = ::recv(fd, buffer, size_t(size), MSG_DONTWAIT);
        if (n > 0)
            return success(n);
        if (n == 0) {
            IoResult result;
            result.endOfStream = true;
            return result;
        }
        if (errno != EINTR)
            return failure(errno);
    }
}

IoResult send(int fd, const Chunk *chunks, int count)
{
    constexpr int MaxChunks = 64;
    iovec vectors[MaxChunks];
    const int used = qMin(count, MaxChunks);
    for (int i = 0; i < used; ++i) {
        vectors[i].iov_base = const_cast<char *>(chunks[i].data);
        vectors[i].iov_len = size_t(chunks[i].size);
    }
    msghdr message{};
    message.msg_iov = vectors;
    message.msg_iovlen = size_t(used);
    for (;;) {
        const ssize_t n = ::sendmsg(fd, &message, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n >= 0)
            return success(n);
        if (errno != EINTR)
            return failure(errno);
    }
}

IoResult shutdownSending(int fd)
{
    return ::shutdown(fd, SHUT_WR) == 0 ? success(0) : failure(errno);
}

void setNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0 && !(flags & O_NONBLOCK))
        ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

void close(int fd)
{
    ::close(fd);
}

int duplicate(int fd)
{
    return ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
}

void closeWithReset(int fd)
{
    // A zero linger time makes close() send RST and drop what is queued.
    const linger noLinger{1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
    ::close(fd);
}

bool peerAddress(int fd, QHostAddress *address, quint16 *port)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    return ::getpeername(fd, reinterpret_cast<sockaddr *>(&storage), &length) == 0
           && fromSockaddr(storage, address, port);
}

bool localAddress(int fd, QHostAddress *address, quint16 *port)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    return ::getsockname(fd, reinterpret_cast<sockaddr *>(&storage), &length) == 0
           && fromSockaddr(storage, address, port);
}

QString errorText(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

IoError classify(int code)
{
    switch (code) {
    case 0:
        return IoError::None;
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
        return IoError::WouldBlock;
    case ECONNREFUSED:
        return IoError::Refused;
    case ECONNRESET:
    case ECONNABORTED:
        return IoError::Reset;
    case EPIPE:
        return IoError::BrokenPipe;
    case ETIMEDOUT:
        return IoError::TimedOut;
    case ENETUNREACH:
    case ENETDOWN:
        return IoError::NetworkUnreachable;
    case EHOSTUNREACH:
    case EHOSTDOWN:
        return IoError::HostUnreachable;
    case EADDRINUSE:
        return IoError::AddressInUse;
    case EADDRNOTAVAIL:
        return IoError::AddressNotAvailable;
    case EACCES:
    case EPERM:
        return IoError::AccessDenied;
    case EMFILE:
    case ENFILE:
    case ENOBUFS:
    case ENOMEM:
        return IoError::OutOfDescriptors;
    case EAFNOSUPPORT:
    case EPROTONOSUPPORT:
        return IoError::Unsupported;
    default:
        return IoError::Other;
    }
}

} // namespace Sockpit::SocketIo
