#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <utility>

namespace Sockpit {

/// Something a Poller tells when its descriptor is ready.
class PollTarget
{
public:
    /// Data, the peer's FIN, or an error is waiting.
    virtual void pollReadable() = 0;
    /// There is room to send (or a connect has finished), or a write turn has come.
    virtual void pollWritable() = 0;

protected:
    ~PollTarget() = default;
};

/// Watches many raw descriptors for the event loop, so that the TCP transport
/// reads and writes them itself (told resets from closes, half-closes, counts
/// its backlog) instead of through a QTcpSocket each.
///
/// Two backends: the platform's (epoll on Linux, posix/epollpoller.cpp: the
/// event loop sees one descriptor however many clients there are) and a
/// portable one on QSocketNotifier that runs wherever Qt does. The portable
/// one is used when SOCKPIT_POLLER=portable is set, when the build was
/// configured with SOCKPIT_PORTABLE_POLLER=ON, or when the platform's cannot
/// be made.
///
/// Writes are paced: one pass of the event loop sends for at most
/// MaxEventsPerPass connections, so a message to 10,000 clients goes out over
/// several passes instead of freezing the window in one.
class Poller : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxEventsPerPass = 256;
    /// The environment variable that picks the portable backend ("portable").
    static constexpr char BackendVariable[] = "SOCKPIT_POLLER";

    enum Interest { Read = 1, Write = 2 };

    /// The backend for this run (see above).
    static Poller *create(QObject *parent = nullptr);
    /// The QSocketNotifier backend, whatever the platform.
    static Poller *createPortable(QObject *parent = nullptr);

    ~Poller() override;

    /// "epoll" or "portable".
    virtual QString backendName() const = 0;

    /// Starts watching fd for target with the given Interest flags. False when
    /// the system refused (the descriptor is then not watched).
    bool watch(int fd, PollTarget *target, int interest = Read);
    void setInterest(int fd, int interest);
    /// Stops watching fd; call before closing it.
    void unwatch(int fd);
    int watchedCount() const { return int(m_targets.size()); }

    /// Serves the descriptors that are ready now, at once, without waiting for
    /// the event loop (at most MaxEventsPerPass); returns how many it served.
    /// For decisions that must see what has already arrived (a client limit).
    virtual int dispatchPending() = 0;

    /// Whether one more connection may send in this pass of the event loop.
    bool takeWriteTurn();
    /// Calls target->pollWritable() in a later pass.
    void queueWrite(int fd, PollTarget *target);

protected:
    explicit Poller(QObject *parent = nullptr);

    virtual bool addDescriptor(int fd, int interest) = 0;
    virtual void updateDescriptor(int fd, int interest) = 0;
    virtual void removeDescriptor(int fd) = 0;

    /// For the backends: fd is ready. Safe when a target closes other
    /// descriptors meanwhile.
    void dispatch(int fd, bool readable, bool writable);

private:
    void flushQueuedWrites();

    QHash<int, PollTarget *> m_targets; ///< by descriptor
    int m_writesThisPass = 0;
    std::deque<std::pair<int, PollTarget *>> m_writeQueue;
    QTimer m_writeTimer;
};

namespace PollerBackend {
/// The platform's backend, or nullptr where there is none. Defined by the one
/// backend file the build picks (posix/epollpoller.cpp or portablebackend.cpp).
Poller *createPlatform(QObject *parent);
/// Its backendName() ("epoll"); empty where there is none.
QString platformName();
} // namespace PollerBackend

} // namespace Sockpit
