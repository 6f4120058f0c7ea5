#include "tcpconnection.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Sockpit {

namespace {
// One readiness notification reads at most this much, so one fast client
// cannot starve the others on the same event loop.
constexpr qsizetype ReadChunk = 64 * 1024;
constexpr qsizetype MaxReadPerWakeup = 1024 * 1024;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
} // namespace

ConnectionPoller::ConnectionPoller(QObject *parent)
    : QObject(parent)
    , m_epoll(::epoll_create1(EPOLL_CLOEXEC))
{
    if (m_epoll < 0)
        return;
    m_notifier = new QSocketNotifier(m_epoll, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ConnectionPoller::onReady);
    m_writeTimer.setSingleShot(true);
    m_writeTimer.setInterval(0);
    connect(&m_writeTimer, &QTimer::timeout, this, &ConnectionPoller::flushQueued);
}

ConnectionPoller::~ConnectionPoller()
{
    delete m_notifier; // before the descriptor it watches goes
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool ConnectionPoller::watch(TcpConnection *connection, int fd)
{
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.fd = fd;
    if (m_epoll < 0 || ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) != 0)
        return false;
    m_connections.insert(fd, connection);
    return true;
}

void ConnectionPoller::setWriteInterest(int fd, bool wanted)
{
    epoll_event event{};
    event.events = EPOLLIN | (wanted ? EPOLLOUT : 0u);
    event.data.fd = fd;
    ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event);
}

void ConnectionPoller::unwatch(int fd)
{
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
    m_connections.remove(fd);
}

bool ConnectionPoller::takeWriteTurn()
{
    if (m_writesThisPass++ == 0)
        QMetaObject::invokeMethod(this, [this] { m_writesThisPass = 0; }, Qt::QueuedConnection);
    return m_writesThisPass <= MaxEventsPerPass;
}

void ConnectionPoller::queueWrite(TcpConnection *connection, int fd)
{
    m_writeQueue.emplace_back(fd, connection);
    if (!m_writeTimer.isActive())
        m_writeTimer.start();
}

void ConnectionPoller::flushQueued()
{
    for (int i = 0; i < MaxEventsPerPass && !m_writeQueue.empty(); ++i) {
        const auto [fd, connection] = m_writeQueue.front();
        m_writeQueue.pop_front();
        // Skip a connection closed meanwhile.
        if (m_connections.value(fd) != connection || !connection->m_writeQueued)
            continue;
        connection->m_writeQueued = false;
        connection->flush();
    }
    if (!m_writeQueue.empty())
        m_writeTimer.start();
}

void ConnectionPoller::onReady()
{
    // Level-triggered: what is left over keeps the epoll set readable, and the
    // event loop brings us back after it has painted and run its timers.
    epoll_event events[MaxEventsPerPass];
    int n = 0;
    do {
        n = ::epoll_wait(m_epoll, events, MaxEventsPerPass, 0);
    } while (n < 0 && errno == EINTR);
    for (int i = 0; i < n; ++i) {
        const int fd = events[i].data.fd;
        // A connection served earlier in this pass may have closed this one.
        TcpConnection *connection = m_connections.value(fd);
        if (!connection)
            continue;
        if (events[i].events & EPOLLOUT)
            connection->onWritable();
        if ((events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)) && m_connections.value(fd) == connection)
            connection->onReadable();
    }
}

TcpConnection::TcpConnection(qintptr fd, QObject *parent)
    : TcpConnection(fd, nullptr, parent)
{
}

TcpConnection::TcpConnection(qintptr fd, ConnectionPoller *poller, QObject *parent)
    : QObject(parent)
    , m_fd(int(fd))
{
    const int flags = ::fcntl(m_fd, F_GETFL);
    if (flags >= 0 && !(flags & O_NONBLOCK))
        ::fcntl(m_fd, F_SETFL, flags | O_NONBLOCK);

    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(m_fd, reinterpret_cast<sockaddr *>(&address), &length) == 0) {
        m_peerAddress = QHostAddress(reinterpret_cast<const sockaddr *>(&address));
        if (address.ss_family == AF_INET6)
            m_peerPort = ntohs(reinterpret_cast<const sockaddr_in6 *>(&address)->sin6_port);
        else if (address.ss_family == AF_INET)
            m_peerPort = ntohs(reinterpret_cast<const sockaddr_in *>(&address)->sin_port);
    }

    if (poller && poller->watch(this, m_fd)) {
        m_poller = poller;
        return;
    }
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &TcpConnection::onReadable);
}

TcpConnection::~TcpConnection()
{
    closeDescriptor();
}

bool TcpConnection::write(const QByteArray &data)
{
    if (m_fd < 0 || m_closing)
        return false;
    if (data.isEmpty())
        return true;
    m_pending += data;
    if (m_writeInterest || m_writeQueued)
        return true; // already waiting for room or for its turn
    // A message to thousands of clients goes out over several passes of the
    // event loop instead of one long one.
    if (m_poller && !m_poller->takeWriteTurn()) {
        m_writeQueued = true;
        m_poller->queueWrite(this, m_fd);
        return true;
    }
    flush();
    return true;
}

void TcpConnection::setWriteInterest(bool wanted)
{
    if (m_fd < 0 || wanted == m_writeInterest)
        return;
    m_writeInterest = wanted;
    if (m_poller) {
        m_poller->setWriteInterest(m_fd, wanted);
        return;
    }
    if (!m_writeNotifier) {
        m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &TcpConnection::onWritable);
    }
    m_writeNotifier->setEnabled(wanted);
}

void TcpConnection::flush()
{
    while (m_fd >= 0 && m_pendingOffset < m_pending.size()) {
        const ssize_t n = ::send(m_fd, m_pending.constData() + m_pendingOffset,
                                 size_t(m_pending.size() - m_pendingOffset), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            m_pendingOffset += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            setWriteInterest(true);
            return;
        }
        const int error = errno;
        // Reported from the event loop: the caller may be walking its client list.
        const End end = (error == EPIPE || error == ECONNRESET) ? End::Reset : End::Error;
        const QString detail = errnoText(error);
        closeDescriptor();
        QMetaObject::invokeMethod(this, [this, end, detail] { emit ended(end, detail); }, Qt::QueuedConnection);
        return;
    }
    m_pending.clear();
    m_pendingOffset = 0;
    setWriteInterest(false);
    if (m_closing && m_fd >= 0) {
        closeDescriptor();
        QMetaObject::invokeMethod(this, [this] { emit ended(End::Closed, QString()); }, Qt::QueuedConnection);
    }
}

void TcpConnection::onWritable()
{
    flush();
}

bool TcpConnection::closeGracefully()
{
    if (m_fd < 0)
        return true;
    if (bytesToWrite() == 0) {
        closeDescriptor();
        return true;
    }
    m_closing = true;
    return false;
}

void TcpConnection::abort()
{
    closeDescriptor();
}

void TcpConnection::onReadable()
{
    QByteArray data;
    bool eof = false;
    int error = 0;
    while (data.size() < MaxReadPerWakeup) {
        const qsizetype before = data.size();
        data.resize(before + ReadChunk);
        const ssize_t n = ::recv(m_fd, data.data() + before, size_t(ReadChunk), MSG_DONTWAIT);
        if (n > 0) {
            data.resize(before + n);
            if (n < ReadChunk)
                break; // drained; the next wakeup brings the rest
            continue;
        }
        data.resize(before);
        if (n == 0) {
            eof = true;
        } else if (errno == EINTR) {
            continue;
        } else if (errno != EAGAIN && errno != EWOULDBLOCK) {
            error = errno;
        }
        break;
    }
    if (!data.isEmpty()) {
        emit received(data);
        if (m_fd < 0)
            return; // a receiver closed the connection
    }
    if (eof) {
        closeDescriptor();
        emit ended(End::ClosedByPeer, QString());
    } else if (error) {
        closeDescriptor();
        emit ended(error == ECONNRESET ? End::Reset : End::Error, errnoText(error));
    }
}

void TcpConnection::closeDescriptor()
{
    if (m_fd < 0)
        return;
    // Notifiers stop watching before the descriptor closes. They are not deleted
    // here, as this may run inside one of their own signals: they go with this
    // object, and deleteLater() on thousands of them makes every later QObject
    // deletion scan a long queue of posted events.
    if (m_poller)
        m_poller->unwatch(m_fd);
    for (QSocketNotifier *notifier : {m_readNotifier, m_writeNotifier}) {
        if (notifier)
            notifier->setEnabled(false);
    }
    ::close(m_fd);
    m_fd = -1;
    m_writeInterest = false;
    m_writeQueued = false;
    m_pending.clear();
    m_pendingOffset = 0;
}

} // namespace Sockpit
