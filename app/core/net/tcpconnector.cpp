#include "tcpconnector.h"

#include <QHostInfo>

namespace Sockpit {

TcpConnector::TcpConnector(Poller *poller, QObject *parent)
    : QObject(parent)
    , m_poller(poller)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TcpConnector::onTimeout);
}

TcpConnector::~TcpConnector()
{
    cancel();
}

void TcpConnector::start(const QString &host, quint16 port, int timeoutMs)
{
    const QHostAddress literal(host);
    if (!literal.isNull()) {
        start(QList<QHostAddress>{literal}, port, timeoutMs);
        return;
    }
    cancel();
    m_port = port;
    m_timer.start(timeoutMs);
    m_lookupId = QHostInfo::lookupHost(host, this, &TcpConnector::onLookedUp);
    emit resolving();
}

void TcpConnector::start(const QList<QHostAddress> &addresses, quint16 port, int timeoutMs)
{
    cancel();
    m_port = port;
    m_addresses = addresses;
    m_lastFailure = IoResult{};
    m_lastFailure.error = IoError::AddressNotAvailable;
    m_timer.start(timeoutMs);
    tryNextAddress();
}

void TcpConnector::cancel()
{
    m_timer.stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    dropAttempt();
    m_addresses.clear();
}

void TcpConnector::onLookedUp(const QHostInfo &info)
{
    if (info.lookupId() != m_lookupId)
        return; // an aborted lookup
    m_lookupId = -1;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        m_timer.stop();
        emit hostNotFound(info.errorString());
        return;
    }
    m_addresses = info.addresses();
    m_lastFailure = IoResult{};
    tryNextAddress();
}

void TcpConnector::tryNextAddress()
{
    while (!m_addresses.isEmpty()) {
        const QHostAddress address = m_addresses.takeFirst();
        emit connecting(address);
        const IoResult started = SocketIo::startConnect(address, m_port);
        if (!started.ok()) {
            m_lastFailure = started;
            continue;
        }
        m_fd = int(started.bytes);
        // Writable once the handshake is done, or failed.
        if (m_poller && m_poller->watch(m_fd, this, Poller::Write))
            return;
        SocketIo::close(m_fd);
        m_fd = -1;
        m_lastFailure = IoResult{0, IoError::OutOfDescriptors, 0, false};
    }
    m_timer.stop();
    emit failed(m_lastFailure.error, m_lastFailure.code ? SocketIo::errorText(m_lastFailure.code) : QString());
}

void TcpConnector::checkConnect()
{
    const IoResult result = SocketIo::connectResult(m_fd);
    if (!result.ok()) {
        m_lastFailure = result;
        dropAttempt();
        tryNextAddress();
        return;
    }
    m_poller->unwatch(m_fd);
    const int fd = std::exchange(m_fd, -1);
    m_timer.stop();
    m_addresses.clear();
    emit connected(fd);
}

void TcpConnector::dropAttempt()
{
    if (m_fd < 0)
        return;
    if (m_poller)
        m_poller->unwatch(m_fd);
    SocketIo::close(m_fd);
    m_fd = -1;
}

void TcpConnector::onTimeout()
{
    if (!isBusy() && m_addresses.isEmpty())
        return;
    cancel();
    emit timedOut();
}

} // namespace Sockpit
