#pragma once

// A TCP end driven by hand on a raw descriptor, for what QTcpSocket cannot do:
// half-close and keep reading, keep sending after the other side's FIN, reset
// on demand, and not read at all until told to. Loopback only (127.0.0.1, ::1).
// Header-only and without Q_OBJECT, so any test can include it as is.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QObject>
#include <QSocketNotifier>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <memory>

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace SockpitTest {

namespace RawSocket {

inline socklen_t toSockaddr(const QHostAddress &address, quint16 port, sockaddr_storage *storage)
{
    *storage = sockaddr_storage{};
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *v6 = reinterpret_cast<sockaddr_in6 *>(storage);
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&v6->sin6_addr, bytes.c, sizeof bytes.c);
        return sizeof(sockaddr_in6);
    }
    auto *v4 = reinterpret_cast<sockaddr_in *>(storage);
    v4->sin_family = AF_INET;
    v4->sin_port = htons(port);
    v4->sin_addr.s_addr = htonl(address.toIPv4Address());
    return sizeof(sockaddr_in);
}

/// A non-blocking TCP socket with a small receive buffer when asked (set before
/// connecting or listening, so the window is small from the start).
inline int makeSocket(const QHostAddress &address, int receiveBuffer)
{
    const int family = address.protocol() == QAbstractSocket::IPv6Protocol ? AF_INET6 : AF_INET;
    const int fd = ::socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd >= 0 && receiveBuffer > 0)
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
    return fd;
}

} // namespace RawSocket

class RawTcpPeer
{
public:
    explicit RawTcpPeer(int fd)
        : m_fd(fd)
    {
    }
    ~RawTcpPeer() { close(); }
    RawTcpPeer(const RawTcpPeer &) = delete;
    RawTcpPeer &operator=(const RawTcpPeer &) = delete;

    /// Connects to a loopback listener; the kernel finishes the handshake by
    /// itself, so this waits (at most 5 s) without the event loop.
    static std::unique_ptr<RawTcpPeer> connectTo(const QHostAddress &address, quint16 port, int receiveBuffer = 0)
    {
        const int fd = RawSocket::makeSocket(address, receiveBuffer);
        if (fd < 0)
            return nullptr;
        sockaddr_storage storage;
        const socklen_t length = RawSocket::toSockaddr(address, port, &storage);
        if (::connect(fd, reinterpret_cast<const sockaddr *>(&storage), length) != 0 && errno != EINPROGRESS) {
            ::close(fd);
            return nullptr;
        }
        pollfd done{fd, POLLOUT, 0};
        int error = 0;
        socklen_t errorLength = sizeof error;
        if (::poll(&done, 1, 5000) != 1 || ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &errorLength) != 0 || error) {
            ::close(fd);
            return nullptr;
        }
        return std::make_unique<RawTcpPeer>(fd);
    }

    bool isOpen() const { return m_fd >= 0; }
    int descriptor() const { return m_fd; }
    quint16 localPort() const
    {
        sockaddr_storage storage{};
        socklen_t length = sizeof storage;
        if (m_fd < 0 || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&storage), &length) != 0)
            return 0;
        return storage.ss_family == AF_INET6 ? ntohs(reinterpret_cast<sockaddr_in6 *>(&storage)->sin6_port)
                                             : ntohs(reinterpret_cast<sockaddr_in *>(&storage)->sin_port);
    }

    /// Sends what the kernel takes now; true when it took everything.
    bool send(const QByteArray &data)
    {
        if (m_fd < 0)
            return false;
        const ssize_t n = ::send(m_fd, data.constData(), size_t(data.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        return n == data.size();
    }

    /// Reads everything waiting now (no waiting). Returns this for use in QTRY_* conditions.
    RawTcpPeer &readAvailable()
    {
        char buffer[64 * 1024];
        while (m_fd >= 0 && !m_eof && !m_error) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n > 0) {
                m_received.append(buffer, n);
            } else if (n == 0) {
                m_eof = true;
            } else if (errno != EINTR) {
                if (errno != EAGAIN && errno != EWOULDBLOCK)
                    m_error = errno;
                break;
            }
        }
        return *this;
    }
    /// From now on reads whenever data arrives, from the event loop.
    void startReading()
    {
        if (m_fd < 0 || m_notifier)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] {
            readAvailable();
            if (m_eof || m_error)
                m_notifier->setEnabled(false);
        });
        readAvailable();
    }

    const QByteArray &received() const { return m_received; }
    /// The other side's FIN has been read.
    bool sawEndOfStream() const { return m_eof; }
    /// The errno a read failed with (ECONNRESET after the other side's reset), or 0.
    int readError() const { return m_error; }

    /// Our FIN; we can still read.
    void shutdownSending()
    {
        if (m_fd >= 0)
            ::shutdown(m_fd, SHUT_WR);
    }
    /// After shutdownSending(): waits at most ms, without the event loop, until
    /// the other side's kernel has acknowledged everything we sent and our FIN,
    /// so that the other end can read it all without another packet arriving.
    bool waitUntilFinAcknowledged(int ms = 5000) const
    {
        for (QDeadlineTimer deadline(ms); m_fd >= 0; ::poll(nullptr, 0, 1)) {
            tcp_info info{};
            socklen_t length = sizeof info;
            if (::getsockopt(m_fd, IPPROTO_TCP, TCP_INFO, &info, &length) != 0)
                return false;
            if (info.tcpi_state == TCP_FIN_WAIT2)
                return true;
            if (deadline.hasExpired())
                return false;
        }
        return false;
    }
    /// Closes with RST instead of FIN.
    void reset()
    {
        if (m_fd < 0)
            return;
        const linger noLinger{1, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
        close();
    }
    void close()
    {
        m_notifier.reset();
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_received;
    bool m_eof = false;
    int m_error = 0;
};

/// A listening raw socket on a loopback address; connections are taken by hand.
class RawTcpListener
{
public:
    explicit RawTcpListener(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost), int receiveBuffer = 0)
    {
        // Accepted sockets inherit the listener's receive buffer.
        m_fd = RawSocket::makeSocket(address, receiveBuffer);
        sockaddr_storage storage;
        socklen_t length = RawSocket::toSockaddr(address, 0, &storage);
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&storage), length) != 0 || ::listen(m_fd, 16) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&storage), &length) != 0) {
            close();
            return;
        }
        m_port = storage.ss_family == AF_INET6 ? ntohs(reinterpret_cast<sockaddr_in6 *>(&storage)->sin6_port)
                                               : ntohs(reinterpret_cast<sockaddr_in *>(&storage)->sin_port);
    }
    ~RawTcpListener() { close(); }
    RawTcpListener(const RawTcpListener &) = delete;
    RawTcpListener &operator=(const RawTcpListener &) = delete;

    bool isListening() const { return m_fd >= 0; }
    quint16 port() const { return m_port; }

    /// The next connection if one is waiting (no waiting): use in QTRY_VERIFY.
    std::unique_ptr<RawTcpPeer> take()
    {
        if (m_fd < 0)
            return nullptr;
        const int fd = ::accept4(m_fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        return fd < 0 ? nullptr : std::make_unique<RawTcpPeer>(fd);
    }
    /// The next connection, waiting for it at most ms with the event loop
    /// running (the code under test connects meanwhile); nullptr when none came.
    std::unique_ptr<RawTcpPeer> waitForConnection(int ms = 10000)
    {
        std::unique_ptr<RawTcpPeer> peer;
        return QTest::qWaitFor([&] { return bool(peer = take()); }, ms) ? std::move(peer) : nullptr;
    }

private:
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

    int m_fd = -1;
    quint16 m_port = 0;
};

} // namespace SockpitTest
