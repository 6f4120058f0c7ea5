#include "portablepoller.h"

#include "socketio.h"

#include <QSocketNotifier>

namespace Sockpit {

PortablePoller::PortablePoller(QObject *parent)
    : Poller(parent)
{
    m_reaper.setSingleShot(true);
    m_reaper.setInterval(0);
    connect(&m_reaper, &QTimer::timeout, this, [this] { qDeleteAll(std::exchange(m_retired, {})); });
}

PortablePoller::~PortablePoller()
{
    for (const Notifiers &notifiers : std::as_const(m_notifiers)) {
        delete notifiers.read;
        delete notifiers.write;
    }
    qDeleteAll(m_retired);
}

int PortablePoller::dispatchPending()
{
    QList<int> reading;
    for (auto it = m_notifiers.cbegin(); it != m_notifiers.cend(); ++it) {
        if (it->read->isEnabled())
            reading << it.key();
    }
    const QList<int> ready = SocketIo::readableNow(reading).mid(0, MaxEventsPerPass);
    for (const int fd : ready)
        dispatch(fd, true, false);
    return int(ready.size());
}

bool PortablePoller::addDescriptor(int fd, int interest)
{
    Notifiers notifiers;
    notifiers.read = new QSocketNotifier(fd, QSocketNotifier::Read);
    connect(notifiers.read, &QSocketNotifier::activated, this, [this, fd] { dispatch(fd, true, false); });
    m_notifiers.insert(fd, notifiers);
    updateDescriptor(fd, interest);
    return true;
}

void PortablePoller::updateDescriptor(int fd, int interest)
{
    const auto it = m_notifiers.find(fd);
    if (it == m_notifiers.end())
        return;
    it->read->setEnabled(interest & Read);
    if ((interest & Write) && !it->write) {
        it->write = new QSocketNotifier(fd, QSocketNotifier::Write);
        connect(it->write, &QSocketNotifier::activated, this, [this, fd] { dispatch(fd, false, true); });
    }
    if (it->write)
        it->write->setEnabled(interest & Write);
}

void PortablePoller::removeDescriptor(int fd)
{
    const Notifiers notifiers = m_notifiers.take(fd);
    for (QSocketNotifier *notifier : {notifiers.read, notifiers.write}) {
        if (!notifier)
            continue;
        // Disabled before the descriptor closes; deleted once back in the event loop.
        notifier->setEnabled(false);
        notifier->disconnect(this);
        m_retired << notifier;
    }
    if (!m_reaper.isActive())
        m_reaper.start();
}

} // namespace Sockpit
