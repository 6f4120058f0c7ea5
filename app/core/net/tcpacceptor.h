#pragma once

#include "poller.h"
#include "socketio.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Sockpit {

/// Takes the connections waiting on a listening descriptor (QTcpServer binds
/// it and says why a listen failed; this accepts instead of it).
///
/// Out of file descriptors, accept() fails with EMFILE while the connection
/// stays queued, so a level-triggered listener is ready again at once: Qt 6.4
/// counts that error as temporary, and was measured calling accept() 34,000
/// times a second.
/// Here the acceptor stops watching, says so once, and tries again when told
/// a descriptor was freed (retrySoon()) or after RetryMs. The peer's address
/// comes from accept() itself, so it is known even for a peer that has reset
/// the connection since.
class TcpAcceptor : public QObject, private PollTarget
{
    Q_OBJECT
public:
    /// Accepts per readiness: a burst of thousands does not hold up the event loop.
    static constexpr int MaxAcceptsPerPass = 256;
    static constexpr int RetryMs = 1000;

    explicit TcpAcceptor(Poller *poller, QObject *parent = nullptr);
    ~TcpAcceptor() override;

    /// Starts accepting on listenFd (which stays the caller's). False when it cannot be watched.
    bool start(int listenFd);
    /// Stops accepting; call before the listening descriptor closes.
    void stop();
    bool isAccepting() const { return m_fd >= 0; }
    /// Whether accepting waits for a free descriptor.
    bool isOutOfDescriptors() const { return m_outOfDescriptors; }
    /// A descriptor was freed: if accepting waits for one, try again in this pass.
    void retrySoon();
    /// accept() calls so far, failed ones included (to tell a pause from a spin).
    quint64 acceptCalls() const { return m_calls; }

signals:
    /// A new connection: the receiver owns the non-blocking descriptor.
    void accepted(qintptr descriptor, const QHostAddress &address, quint16 port);
    /// The process or the system ran out of descriptors (once until acceptingAgain()).
    void outOfDescriptors();
    /// Every connection that waited meanwhile has been accepted.
    void acceptingAgain();
    /// Another error; accepting is tried again after RetryMs.
    void failed(Sockpit::IoError error, const QString &detail);

private:
    void pollReadable() override;
    void pollWritable() override {}
    void pause();
    void resume();

    QPointer<Poller> m_poller;
    QTimer m_retry;
    int m_fd = -1;
    bool m_paused = false;
    bool m_outOfDescriptors = false;
    quint64 m_calls = 0;
};

} // namespace Sockpit
