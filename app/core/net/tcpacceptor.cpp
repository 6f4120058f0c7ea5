#include "tcpacceptor.h"

namespace Sockpit {

namespace {
/// Errors of one waiting connection (Linux reports them at accept()): skip it, take the next.
bool isOneConnectionsError(IoError error)
{
    switch (error) {
    case IoError::Reset:
    case IoError::Refused:
    case IoError::TimedOut:
    case IoError::NetworkUnreachable:
    case IoError::HostUnreachable:
        return true;
    default:
        return false;
    }
}
} // namespace

TcpAcceptor::TcpAcceptor(Poller *poller, QObject *parent)
    : QObject(parent)
    , m_poller(poller)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &TcpAcceptor::resume);
}

TcpAcceptor::~TcpAcceptor()
{
    stop();
}

bool TcpAcceptor::start(int listenFd)
{
    stop();
    if (!m_poller || !m_poller->watch(listenFd, this, Poller::Read))
        return false;
    m_fd = listenFd;
    return true;
}

void TcpAcceptor::stop()
{
    m_retry.stop();
    if (m_fd >= 0 && m_poller)
        m_poller->unwatch(m_fd);
    m_fd = -1;
    m_paused = false;
    m_outOfDescriptors = false;
}

void TcpAcceptor::retrySoon()
{
    if (m_paused)
        m_retry.start(0); // once per pass, however many clients left in it
}

void TcpAcceptor::pollReadable()
{
    for (int i = 0; i < MaxAcceptsPerPass && m_fd >= 0 && !m_paused; ++i) {
        QHostAddress address;
        quint16 port = 0;
        ++m_calls;
        const IoResult result = SocketIo::accept(m_fd, &address, &port);
        if (result.ok()) {
            emit accepted(qintptr(result.bytes), address, port);
            continue;
        }
        if (result.error == IoError::WouldBlock) {
            // Caught up with the backlog: only now is the shortage over, so
            // clients trickling in as others leave do not repeat the news.
            if (std::exchange(m_outOfDescriptors, false))
                emit acceptingAgain();
            return;
        }
        if (isOneConnectionsError(result.error))
            continue;
        pause();
        if (result.error != IoError::OutOfDescriptors) {
            emit failed(result.error, SocketIo::errorText(result.code));
        } else if (!m_outOfDescriptors) {
            m_outOfDescriptors = true;
            emit outOfDescriptors();
        }
        return;
    }
}

void TcpAcceptor::pause()
{
    // The waiting connection keeps the listener readable: stop watching it.
    m_paused = true;
    m_poller->setInterest(m_fd, 0);
    m_retry.start(RetryMs);
}

void TcpAcceptor::resume()
{
    if (!m_paused || m_fd < 0)
        return;
    m_paused = false;
    m_poller->setInterest(m_fd, Poller::Read);
    pollReadable(); // level-triggered readiness would bring us here too; now is sooner
}

} // namespace Sockpit
