#pragma once

#include "poller.h"

class QSocketNotifier;

namespace Sockpit {

/// The Linux Poller: every descriptor in one epoll set, so the event loop
/// watches one descriptor however many connections there are.
///
/// Measured with 10,000 clients (make bench): with a socket notifier each, the
/// glib event loop walks every notifier to remove one, so 10,000 clients
/// leaving froze the window for 150 ms and more. Here adding or removing a
/// connection costs one system call, and one pass serves at most
/// MaxEventsPerPass ready descriptors (level-triggered: the rest come next pass).
class EpollPoller final : public Poller
{
    Q_OBJECT
public:
    explicit EpollPoller(QObject *parent = nullptr);
    ~EpollPoller() override;

    /// False when the system gave no epoll set.
    bool isValid() const { return m_epoll >= 0; }
    QString backendName() const override { return QStringLiteral("epoll"); }
    int dispatchPending() override { return serveReady(); }

protected:
    bool addDescriptor(int fd, int interest) override;
    void updateDescriptor(int fd, int interest) override;
    void removeDescriptor(int fd) override;

private:
    int serveReady();

    int m_epoll = -1;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Sockpit
