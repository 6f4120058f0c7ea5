#include "udpbatchreader.h"

#include <QNetworkInterface>
#include <QSocketNotifier>
#include <QUdpSocket>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Sockpit {

/// The message headers, sender names and data slots of one recvmmsg() call,
/// and the last sender's address (a flood comes from few senders: the address
/// is made once, not once per datagram).
struct UdpBatchReader::Buffers
{
    Buffers()
        : data(new char[size_t(BatchSize) * SlotBytes]) // not zeroed: pages are touched only as datagrams fill them
    {
        std::memset(headers, 0, sizeof headers);
        for (int i = 0; i < BatchSize; ++i) {
            vectors[i].iov_base = data.get() + size_t(i) * SlotBytes;
            vectors[i].iov_len = SlotBytes;
            headers[i].msg_hdr.msg_iov = &vectors[i];
            headers[i].msg_hdr.msg_iovlen = 1;
            headers[i].msg_hdr.msg_name = &names[i];
        }
    }

    const QHostAddress &senderOf(const sockaddr_storage &name, socklen_t length, quint16 *port);

    mmsghdr headers[BatchSize];
    iovec vectors[BatchSize];
    sockaddr_storage names[BatchSize];
    std::unique_ptr<char[]> data;

    sockaddr_storage lastName{};
    socklen_t lastLength = 0;
    QHostAddress lastAddress;
    quint16 lastPort = 0;
};

const QHostAddress &UdpBatchReader::Buffers::senderOf(const sockaddr_storage &name, socklen_t length, quint16 *port)
{
    if (length == lastLength && std::memcmp(&name, &lastName, length) == 0) {
        *port = lastPort;
        return lastAddress;
    }
    QHostAddress address;
    quint16 senderPort = 0;
    if (name.ss_family == AF_INET) {
        const auto &v4 = reinterpret_cast<const sockaddr_in &>(name);
        address.setAddress(ntohl(v4.sin_addr.s_addr));
        senderPort = ntohs(v4.sin_port);
    } else if (name.ss_family == AF_INET6) {
        const auto &v6 = reinterpret_cast<const sockaddr_in6 &>(name);
        senderPort = ntohs(v6.sin6_port);
        if (IN6_IS_ADDR_V4MAPPED(&v6.sin6_addr)) {
            // An IPv4 sender on a dual-stack socket, shown as IPv4 (as Address::unmapped does).
            quint32 v4 = 0;
            std::memcpy(&v4, v6.sin6_addr.s6_addr + 12, 4);
            address.setAddress(ntohl(v4));
        } else {
            address.setAddress(v6.sin6_addr.s6_addr);
            if (v6.sin6_scope_id != 0) {
                // As Qt names it: the interface, or its number when it is gone.
                const QString scope = QNetworkInterface::interfaceNameFromIndex(int(v6.sin6_scope_id));
                address.setScopeId(scope.isEmpty() ? QString::number(v6.sin6_scope_id) : scope);
            }
        }
    }
    std::memcpy(&lastName, &name, length);
    lastLength = length;
    lastAddress = address;
    lastPort = senderPort;
    *port = senderPort;
    return lastAddress;
}

UdpBatchReader::UdpBatchReader(QObject *parent)
    : UdpDatagramReader(parent)
{
}

UdpBatchReader::~UdpBatchReader()
{
    stop();
}

void UdpBatchReader::start(QUdpSocket *socket)
{
    stop();
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor < 0)
        return;
    // A descriptor of our own, so that our notifier is the only one on it.
    m_fd = ::fcntl(int(descriptor), F_DUPFD_CLOEXEC, 0);
    if (m_fd < 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &UdpDatagramReader::readyRead);
}

void UdpBatchReader::stop()
{
    m_notifier.reset();
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void UdpBatchReader::setPaused(bool paused)
{
    if (m_notifier)
        m_notifier->setEnabled(!paused);
}

Result<int> UdpBatchReader::read(std::vector<ReceivedDatagram> &out, int max)
{
    if (m_fd < 0)
        return Result<int>::success(0);
    if (!m_buffers)
        m_buffers = std::make_unique<Buffers>();
    Buffers &b = *m_buffers;
    int total = 0;
    while (total < max) {
        const int wanted = qMin(BatchSize, max - total);
        for (int i = 0; i < wanted; ++i)
            b.headers[i].msg_hdr.msg_namelen = sizeof(sockaddr_storage);
        int n = 0;
        do {
            n = ::recvmmsg(m_fd, b.headers, unsigned(wanted), MSG_DONTWAIT, nullptr);
        } while (n < 0 && errno == EINTR);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                break;
            // What was read before the failure is handed over with the reason.
            return Result<int>{total, qt_error_string(errno)};
        }
        for (int i = 0; i < n; ++i) {
            quint16 port = 0;
            const QHostAddress &sender = b.senderOf(b.names[i], b.headers[i].msg_hdr.msg_namelen, &port);
            const auto size = qsizetype(qMin<unsigned>(b.headers[i].msg_len, SlotBytes));
            out.emplace_back(sender, port, QByteArray(static_cast<const char *>(b.vectors[i].iov_base), size));
        }
        total += n;
        if (n < wanted)
            break; // the queue is empty (for now)
    }
    return Result<int>::success(total);
}

quint64 UdpBatchReader::droppedBySystem() const
{
    // The kernel counts what it drops for a full receive buffer (a new socket starts at 0).
    quint32 info[SK_MEMINFO_VARS] = {};
    socklen_t length = sizeof info;
    if (m_fd < 0 || ::getsockopt(m_fd, SOL_SOCKET, SO_MEMINFO, info, &length) != 0
        || length < socklen_t((SK_MEMINFO_DROPS + 1) * sizeof(quint32)))
        return 0;
    return info[SK_MEMINFO_DROPS];
}

std::unique_ptr<UdpDatagramReader> createPlatformUdpReader()
{
    return std::make_unique<UdpBatchReader>();
}

} // namespace Sockpit
