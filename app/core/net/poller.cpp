#include "poller.h"

#include "portablepoller.h"

namespace Sockpit {

Poller *Poller::create(QObject *parent)
{
    if (qEnvironmentVariable(BackendVariable) == u"portable")
        return createPortable(parent);
    if (Poller *platform = PollerBackend::createPlatform(parent))
        return platform;
    return createPortable(parent);
}

Poller *Poller::createPortable(QObject *parent)
{
    return new PortablePoller(parent);
}

Poller::Poller(QObject *parent)
    : QObject(parent)
{
    m_writeTimer.setSingleShot(true);
    m_writeTimer.setInterval(0);
    connect(&m_writeTimer, &QTimer::timeout, this, &Poller::flushQueuedWrites);
}

Poller::~Poller() = default;

bool Poller::watch(int fd, PollTarget *target, int interest)
{
    if (fd < 0 || m_targets.contains(fd) || !addDescriptor(fd, interest))
        return false;
    m_targets.insert(fd, target);
    return true;
}

void Poller::setInterest(int fd, int interest)
{
    if (m_targets.contains(fd))
        updateDescriptor(fd, interest);
}

void Poller::unwatch(int fd)
{
    if (m_targets.remove(fd))
        removeDescriptor(fd);
}

bool Poller::takeWriteTurn()
{
    if (m_writesThisPass++ == 0)
        QMetaObject::invokeMethod(this, [this] { m_writesThisPass = 0; }, Qt::QueuedConnection);
    return m_writesThisPass <= MaxEventsPerPass;
}

void Poller::queueWrite(int fd, PollTarget *target)
{
    m_writeQueue.emplace_back(fd, target);
    if (!m_writeTimer.isActive())
        m_writeTimer.start();
}

void Poller::flushQueuedWrites()
{
    for (int i = 0; i < MaxEventsPerPass && !m_writeQueue.empty(); ++i) {
        const auto [fd, target] = m_writeQueue.front();
        m_writeQueue.pop_front();
        // Skip a descriptor closed meanwhile.
        if (m_targets.value(fd) == target)
            target->pollWritable();
    }
    if (!m_writeQueue.empty())
        m_writeTimer.start();
}

void Poller::dispatch(int fd, bool readable, bool writable)
{
    // A target served earlier in this pass may have closed this one.
    PollTarget *target = m_targets.value(fd);
    if (!target)
        return;
    if (writable)
        target->pollWritable();
    if (readable && m_targets.value(fd) == target)
        target->pollReadable();
}

} // namespace Sockpit
