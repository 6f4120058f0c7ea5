#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <utility>

class QSocketNotifier;

namespace Sockpit {

class TcpConnection;

/// Watches the descriptors of many connections through one epoll set, so the
/// event loop sees one descriptor however many clients there are.
///
/// Measured with 10,000 clients (make bench): with a socket notifier each, the
/// glib event loop walks every notifier to remove one, so 10,000 clients
/// leaving froze the window for 150 ms and more, and a message to all of them
/// went out in one 120 ms pass. Here adding or removing a connection costs a
/// system call, one pass serves at most MaxEventsPerPass ready connections,
/// and connections written beyond MaxEventsPerPass in one pass send in the
/// next passes, MaxEventsPerPass at a time.
class ConnectionPoller : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxEventsPerPass = 256;

    explicit ConnectionPoller(QObject *parent = nullptr);
    ~ConnectionPoller() override;

    /// False when the system gave no epoll set: connections then use notifiers of their own.
    bool isValid() const { return m_epoll >= 0; }

private:
    friend class TcpConnection;
    bool watch(TcpConnection *connection, int fd);
    void setWriteInterest(int fd, bool wanted);
    void unwatch(int fd);
    /// Whether one more connection may send at once in this pass of the event loop.
    bool takeWriteTurn();
    /// Sends for connection in a later pass.
    void queueWrite(TcpConnection *connection, int fd);
    void onReady();
    void flushQueued();

    int m_epoll = -1;
    QSocketNotifier *m_notifier = nullptr;
    QHash<int, TcpConnection *> m_connections; ///< by descriptor
    int m_writesThisPass = 0;
    std::deque<std::pair<int, TcpConnection *>> m_writeQueue;
    QTimer m_writeTimer;
};

/// One accepted TCP connection, driven on its raw descriptor by a
/// ConnectionPoller (or by socket notifiers of its own).
///
/// QTcpSocket reports a reset by the peer as an orderly close; reading the
/// descriptor here tells recv() returning 0 (the peer closed) from ECONNRESET,
/// and costs a server with thousands of clients less than a QTcpSocket each.
class TcpConnection : public QObject
{
    Q_OBJECT
public:
    enum class End {
        ClosedByPeer, ///< recv() returned 0
        Reset,        ///< ECONNRESET / EPIPE
        Error,        ///< another socket error (detail says which)
        Closed,       ///< closeGracefully() finished sending and closed
    };
    Q_ENUM(End)

    /// Takes ownership of the connected descriptor fd. With a valid poller,
    /// readiness comes through it; without, through socket notifiers.
    explicit TcpConnection(qintptr fd, QObject *parent = nullptr);
    TcpConnection(qintptr fd, ConnectionPoller *poller, QObject *parent = nullptr);
    ~TcpConnection() override;

    bool isOpen() const { return m_fd >= 0; }
    bool isClosing() const { return m_closing; }
    QHostAddress peerAddress() const { return m_peerAddress; }
    quint16 peerPort() const { return m_peerPort; }

    /// Sends at once what the kernel takes and queues the rest; with a poller,
    /// past its share of writes in this pass, sends in a later pass. False when closed.
    bool write(const QByteArray &data);
    qint64 bytesToWrite() const { return m_pending.size() - m_pendingOffset; }

    /// Closes after the queued data has left. Returns true when it closed at once
    /// (nothing was queued); otherwise ended(Closed) follows.
    bool closeGracefully();
    /// Closes now, dropping queued data; emits nothing.
    void abort();

signals:
    /// Everything that was waiting on the socket when it became readable.
    void received(const QByteArray &data);
    /// The connection is over (emitted once; not after abort()).
    void ended(Sockpit::TcpConnection::End end, const QString &detail);

private:
    friend class ConnectionPoller;
    void onReadable();
    void onWritable();
    void flush();
    void setWriteInterest(bool wanted);
    void closeDescriptor();

    int m_fd = -1;
    QPointer<ConnectionPoller> m_poller;
    bool m_writeInterest = false;
    bool m_writeQueued = false; ///< waiting for its turn in the poller
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QByteArray m_pending;
    qsizetype m_pendingOffset = 0;
    bool m_closing = false;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
};

} // namespace Sockpit
