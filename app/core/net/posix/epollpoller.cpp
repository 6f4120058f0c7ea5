#include "epollpoller.h"

#include <QSocketNotifier>

#include <cerrno>

#include <sys/epoll.h>
#include <unistd.h>

namespace Sockpit {

namespace {
quint32 epollEvents(int interest)
{
    return ((interest & Poller::Read) ? quint32(EPOLLIN) : 0u) | ((interest & Poller::Write) ? quint32(EPOLLOUT) : 0u);
}
} // namespace

Poller *PollerBackend::createPlatform(QObject *parent)
{
    auto *poller = new EpollPoller(parent);
    if (poller->isValid())
        return poller;
    delete poller;
    return nullptr;
}

QString PollerBackend::platformName()
{
    return QStringLiteral("epoll");
}

EpollPoller::EpollPoller(QObject *parent)
    : Poller(parent)
    , m_epoll(::epoll_create1(EPOLL_CLOEXEC))
{
    if (m_epoll < 0)
        return;
    m_notifier = new QSocketNotifier(m_epoll, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &EpollPoller::serveReady);
}

EpollPoller::~EpollPoller()
{
    delete m_notifier; // before the descriptor it watches goes
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool EpollPoller::addDescriptor(int fd, int interest)
{
    epoll_event event{};
    event.events = epollEvents(interest);
    event.data.fd = fd;
    return m_epoll >= 0 && ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) == 0;
}

void EpollPoller::updateDescriptor(int fd, int interest)
{
    epoll_event event{};
    event.events = epollEvents(interest);
    event.data.fd = fd;
    ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event);
}

void EpollPoller::removeDescriptor(int fd)
{
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
}

int EpollPoller::serveReady()
{
    // Level-triggered: what is left over keeps the epoll set readable, and the
    // event loop brings us back after it has painted and run its timers.
    epoll_event events[MaxEventsPerPass];
    int n = 0;
    do {
        n = ::epoll_wait(m_epoll, events, MaxEventsPerPass, 0);
    } while (n < 0 && errno == EINTR);
    for (int i = 0; i < n; ++i) {
        const quint32 ready = events[i].events;
        // A hang-up or an error is read out by the target: recv() says which.
        dispatch(events[i].data.fd, ready & (EPOLLIN | EPOLLHUP | EPOLLERR), ready & EPOLLOUT);
    }
    return qMax(n, 0);
}

} // namespace Sockpit
