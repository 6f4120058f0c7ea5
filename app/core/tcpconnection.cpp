#include "tcpconnection.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <netinet/in.h>
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

TcpConnection::TcpConnection(qintptr fd, QObject *parent)
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
    flush();
    return true;
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
            if (!m_writeNotifier) {
                m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
                connect(m_writeNotifier, &QSocketNotifier::activated, this, &TcpConnection::onWritable);
            }
            m_writeNotifier->setEnabled(true);
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
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
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
    for (QSocketNotifier *notifier : {m_readNotifier, m_writeNotifier}) {
        if (notifier)
            notifier->setEnabled(false);
    }
    ::close(m_fd);
    m_fd = -1;
    m_pending.clear();
    m_pendingOffset = 0;
}

} // namespace Sockpit
