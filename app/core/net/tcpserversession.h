#pragma once

#include "clientstate.h"
#include "session.h"
#include "tcpconnection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTimer>

namespace Sockpit {


/// Accepts connections on QTcpServer's behalf without wrapping them in a
/// QTcpSocket: the session drives each descriptor itself (see TcpConnection).
class TcpListener : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

signals:
    void accepted(qintptr descriptor);

protected:
    void incomingConnection(qintptr descriptor) override { emit accepted(descriptor); }
};

/// A TCP server with many clients: listen on [HOST:]PORT, talk to one, some or
/// all clients, and keep the server healthy with a client limit, a per-IP limit
/// and an idle timeout (all off by default).
///
/// Stopping listening keeps the clients already connected; disconnectAll() is
/// a separate action. Every client is a Peer with an id unique in the session.
class TcpServerSession : public Session
{
    Q_OBJECT
public:
    enum class AutoReply { Off, Echo, Fixed };
    Q_ENUM(AutoReply)

    /// send() skips a client that has this much waiting to leave already.
    static constexpr qint64 MaxPendingBytesPerClient = 16 * 1024 * 1024;
    /// A client we close gets this long to take its queued data before it is cut off.
    static constexpr int CloseGraceMs = 5000;
    /// Accepted clients set up per event-loop pass: a burst of thousands must not freeze a window.
    static constexpr int AdmitBatch = 100;

    /// How often each defence stepped in since the session was made.
    struct DefenceCounters
    {
        quint64 refusedByLimit = 0;
        quint64 refusedByPerIp = 0;
        quint64 closedIdle = 0;
    };

    explicit TcpServerSession(QObject *parent = nullptr);
    ~TcpServerSession() override;

    /// Starts listening; QHostAddress::Any accepts IPv4 and IPv6 clients, AnyIPv4
    /// and AnyIPv6 one family. Returns false, having emitted errorOccurred, on failure.
    bool listen(const QHostAddress &address, quint16 port);
    /// The same for "[HOST:]PORT" as typed (see EndpointParser::parseBindSpec).
    bool listen(const QString &bindSpec);
    /// Stops listening; clients already connected stay.
    void stop() override;
    bool isListening() const { return m_server.isListening(); }
    QHostAddress listenAddress() const { return m_server.serverAddress(); }
    quint16 listenPort() const { return m_server.serverPort(); }
    /// "port 7788 (every address)", "127.0.0.1:7788", "[::]:7788".
    QString listenText() const;
    /// The message of the last failure to listen, send or accept.
    QString errorString() const { return m_errorString; }

    /// Sends to every connected client.
    bool send(const QByteArray &data) override;
    /// Sends to the given clients. Returns false (errorOccurred says why) when it
    /// reached none of them; clients that left are named in the error.
    bool sendTo(const QList<quint64> &peerIds, const QByteArray &data);
    /// Closes these clients after their queued data has left.
    void disconnectPeers(const QList<quint64> &peerIds);
    void disconnectAll();

    /// 0: unlimited. Clients beyond the limit are refused and closed at once.
    void setMaxClients(int count) { m_maxClients = qMax(0, count); }
    int maxClients() const { return m_maxClients; }
    /// 0: unlimited. Connections from one IP address beyond this are refused.
    void setMaxPerIp(int count) { m_maxPerIp = qMax(0, count); }
    int maxPerIp() const { return m_maxPerIp; }
    /// 0: none. A client that sent nothing for this long is closed.
    void setIdleTimeout(int seconds);
    int idleTimeout() const { return m_idleTimeoutS; }
    /// What to answer to every chunk received: nothing, the chunk itself, or fixedReply.
    void setAutoReply(AutoReply mode, const QByteArray &fixedReply = QByteArray());
    AutoReply autoReply() const { return m_autoReply; }
    QByteArray fixedReply() const { return m_fixedReply; }

    int clientCount() const { return int(m_clients.size()); }
    /// Connected clients, in the order they joined.
    QList<Peer> clients() const;
    bool hasClient(quint64 peerId) const { return m_clients.contains(peerId); }
    Peer client(quint64 peerId) const;
    /// How many clients are connected from this address.
    int clientsFrom(const QHostAddress &address) const;

    /// Bytes queued on all clients together, still waiting to leave.
    qint64 pendingBytes() const override;

    const DefenceCounters &defenceCounters() const { return m_defences; }
    /// Unique peer ids come from here; the next client gets this one.
    quint64 nextPeerId() const { return m_nextPeerId; }

signals:
    /// A connection was refused by a limit (it is already closed).
    void clientRefused(const Sockpit::Peer &peer, const QString &reason);
    /// The number of connected clients changed.
    void clientCountChanged(int count);
    void defenceCountersChanged();
    /// A client started closing or has left (state and the reason).
    void clientStateChanged(quint64 peerId, Sockpit::ClientState state, const QString &detail);

private:
    struct Client
    {
        TcpConnection *connection = nullptr;
        Peer peer;
        qint64 lastReceivedMs = 0; ///< on m_clock
        qint64 closingSinceMs = -1;
        ClientState endState = ClientState::ClosedByPeer;
        QString endReason; ///< set when we close it, so the end says why
    };

    void onAccepted(qintptr descriptor);
    void admitQueued();
    void admit(qintptr descriptor);
    /// Deletes a connection once control is back in the event loop.
    void discard(TcpConnection *connection);
    void onAcceptError(QAbstractSocket::SocketError error);
    void onReceived(quint64 peerId, const QByteArray &data);
    void onEnded(quint64 peerId, TcpConnection::End end, const QString &detail);
    void onHousekeeping();
    void refuse(qintptr descriptor, const Peer &peer, const QString &reason);
    bool writeTo(Client &client, const QByteArray &data);
    /// Closes a client we chose to close; it leaves now or after its data has gone.
    void closeClient(quint64 peerId, ClientState state, const QString &reason);
    void finishClient(quint64 peerId, ClientState state, const QString &reason);
    void updateHousekeepingTimer();
    void resumeAcceptingSoon();
    void fail(const QString &message);
    static QHostAddress plainAddress(const QHostAddress &address);

    TcpListener m_server;
    ConnectionPoller m_poller; ///< every client's descriptor, in one epoll set
    QHash<quint64, Client> m_clients;
    QHash<QHostAddress, int> m_perIp;
    QTimer m_housekeeping;  ///< one timer for every client's idle check
    QTimer m_acceptRetry;   ///< accepting again after running out of descriptors
    QTimer m_admitTimer;    ///< admits accepted descriptors a batch per event-loop pass
    QList<qintptr> m_acceptedQueue;
    QTimer m_reaper;        ///< deletes ended connections outside their own signals
    QList<TcpConnection *> m_ended;
    QElapsedTimer m_clock;
    quint64 m_nextPeerId = 1;
    int m_maxClients = 0;
    int m_maxPerIp = 0;
    int m_idleTimeoutS = 0;
    AutoReply m_autoReply = AutoReply::Off;
    QByteArray m_fixedReply;
    DefenceCounters m_defences;
    bool m_descriptorsExhausted = false; ///< said once until accepting works again
    bool m_acceptPaused = false;
    int m_closing = 0; ///< clients we are closing gracefully
    QString m_errorString;
};

} // namespace Sockpit
