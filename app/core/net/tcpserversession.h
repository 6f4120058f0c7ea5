#pragma once

#include "backpressure.h"
#include "clientstate.h"
#include "connectionend.h"
#include "session.h"
#include "tcplistener.h"
#include "tlsconnection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSslConfiguration>
#include <QTimer>

#include <optional>

namespace Sockpit {

class Connection;
class Poller;

/// One client of a TcpServerSession, as a plain value: what the client list
/// shows, for front ends without a view model (the headless runner).
struct ServerClient
{
    Peer peer;
    qint64 connectedAt = 0;  ///< ms since the epoch
    qint64 lastActivity = 0; ///< ms since the epoch of the last data from the client; 0: none yet
    quint64 rxBytes = 0;
    quint64 txBytes = 0;
    qint64 bytesToWrite = 0; ///< queued for the client, not sent yet
    ClientState state = ClientState::Connected; ///< Connected or Closing
    bool sendingClosed = false; ///< we sent our FIN (closeSending())
    bool tls = false;           ///< came in on a TLS listener
    bool secured = false;       ///< its TLS handshake is done
    QString tlsSession;         ///< "TLS 1.3, TLS_AES_256_GCM_SHA384 (256-bit)" once secured
    QString certificateSubject; ///< its client certificate's subject; empty: it sent none
};

/// A TCP server with many clients: listen on [HOST:]PORT, talk to one, some or
/// all clients, and keep the server healthy with a client limit, a per-IP limit
/// and an idle timeout (all off by default).
///
/// Stopping listening keeps the clients already connected; disconnectAll() is
/// a separate action. Every client is a Peer with an id unique in the session,
/// carried by a Connection (TcpConnection on a raw descriptor), all of them
/// watched by one Poller. A TcpListener listens and accepts.
class TcpServerSession : public Session
{
    Q_OBJECT
public:
    enum class AutoReply { Off, Echo, Fixed };
    Q_ENUM(AutoReply)

    /// send() skips a client that has this much waiting to leave already: a
    /// last safety net behind isBackedUp() for producers that do not wait.
    static constexpr qint64 MaxPendingBytesPerClient = 16 * 1024 * 1024;
    /// A client we close gets this long to take its queued data before it is cut off.
    static constexpr int CloseGraceMs = 5000;
    /// Accepted clients set up per event-loop pass: a burst of thousands must not freeze a
    /// window (10,000 into the window: the longest stall 85 ms at 100 a pass, about 30 at 25).
    static constexpr int AdmitBatch = 25;
    /// Clients closed by the idle timeout (or cut off after their grace) per
    /// event-loop pass: 10,000 that expire together must not freeze a window
    /// either (in the window: the longest stall 182 ms all at once, about 30 at 100).
    static constexpr int ExpireBatch = 100;

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
    bool isListening() const { return m_listener.isListening(); }
    QHostAddress listenAddress() const { return m_listener.address(); }
    quint16 listenPort() const { return m_listener.port(); }
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
    /// Half-close: sends this client our FIN once its queued data has left, and
    /// keeps reading until it closes. Sending to it is refused from then on.
    void closeSending(quint64 peerId);

    /// TLS for every client accepted from now on (std::nullopt: plain TCP). A
    /// client's data flows once its handshake is done; a client that fails the
    /// handshake (plain TCP on the TLS port, a missing or untrusted client
    /// certificate) leaves with the reason, and one that does not finish it
    /// within handshakeTimeoutMs is closed.
    void setTls(const std::optional<QSslConfiguration> &configuration,
                int handshakeTimeoutMs = TlsConnection::DefaultServerHandshakeTimeoutMs);
    bool isTls() const { return m_tls.has_value(); }
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
    /// The same with their counters and state.
    QList<ServerClient> clientList() const;
    /// One client's counters and state; std::nullopt when it is not connected.
    std::optional<ServerClient> clientInfo(quint64 peerId) const;
    bool hasClient(quint64 peerId) const { return m_clients.contains(peerId); }
    /// The client is connected and takes data (not closing, not half-closed by us).
    bool canSendTo(quint64 peerId) const;
    Peer client(quint64 peerId) const;
    /// How many clients are connected from this address.
    int clientsFrom(const QHostAddress &address) const;

    /// Bytes queued on all clients together, still waiting to leave.
    qint64 pendingBytes() const override { return m_pendingBytes; }
    /// Bytes queued for one client; 0 for a client that is not connected.
    qint64 bytesToWrite(quint64 peerId) const;
    /// The Poller backend carrying the clients ("epoll" or "portable").
    QString pollerBackend() const;

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
    /// One client's backlog fell to BackPressure::LowWaterMark after reaching
    /// the high mark (drained() speaks for all clients together).
    void clientDrained(quint64 peerId);
    /// A TLS client's handshake is done (ServerClient says how, and who it is).
    void clientSecured(quint64 peerId);

private:
    struct Client
    {
        Connection *connection = nullptr;
        Peer peer;
        qint64 connectedAtMs = 0;    ///< on m_clock
        qint64 lastReceivedMs = -1;  ///< on m_clock; -1: nothing yet
        qint64 idleSinceMs = 0;      ///< on m_clock: the idle timeout counts from here
        qint64 closingSinceMs = -1;
        quint64 rxBytes = 0;
        quint64 txBytes = 0;
        bool sendingClosed = false;
        bool countsWrites = false; ///< bytesWritten is followed (since the first backlog)
        bool tls = false;
        bool secured = false;
        QString tlsSession;
        QString certificateSubject;
        BacklogGauge backlog; ///< for clientDrained()
        /// Set when we close it, so the end says why (kept small: there may be 10,000 clients).
        struct Closing
        {
            ConnectionEnd::Kind kind = ConnectionEnd::Kind::ClosedByUs;
            qint32 idleMs = 0;
            ConnectionEnd end() const
            {
                return kind == ConnectionEnd::Kind::IdleTimeout ? ConnectionEnd::idle(idleMs) : ConnectionEnd::of(kind);
            }
        };
        std::optional<Closing> closingFor;
    };

    /// An accepted connection waiting to be admitted.
    struct Newcomer
    {
        qintptr descriptor = -1;
        Peer peer; ///< address and port from accept(); no id yet
    };

    void onAccepted(qintptr descriptor, const QHostAddress &address, quint16 port);
    void admitQueued();
    void admit(const Newcomer &newcomer);
    /// Why newcomer is to be refused by a limit; empty when it may come in.
    QString refusalOf(const Peer &newcomer, bool *byPerIp) const;
    /// Lets ends that have already arrived (closes, resets) free their places.
    void takeInPendingEnds(const Peer &newcomer);
    void watchClient(quint64 id, Connection *connection);
    Connection *makeConnection(qintptr descriptor, quint64 id);
    void onSecured(quint64 peerId);
    ServerClient describe(const Client &client) const;
    /// Deletes a connection once control is back in the event loop.
    void discard(Connection *connection);
    void onOutOfDescriptors();
    void onReceived(quint64 peerId, const QByteArray &data);
    void onEnded(quint64 peerId, const ConnectionEnd &end);
    void onBytesWritten(quint64 peerId, qint64 bytes);
    void onHousekeeping();
    void refuse(const Newcomer &newcomer, const QString &reason);
    bool writeTo(Client &client, const QByteArray &data);
    /// Closes a client we chose to close; it leaves now or after its data has gone.
    void closeClient(quint64 peerId, const ConnectionEnd &why);
    void finishClient(quint64 peerId, const ConnectionEnd &end);
    void updateHousekeepingTimer();
    void fail(const QString &message);
    qint64 epochMs(qint64 clockMs) const { return m_clockStartEpochMs + clockMs; }

    Poller *m_poller; ///< every client's descriptor, and the listener's
    TcpListener m_listener;
    QHash<quint64, Client> m_clients;
    QHash<QHostAddress, int> m_perIp;
    QTimer m_housekeeping;  ///< one timer for every client's idle check
    QTimer m_expireMore;    ///< the next batch of expired clients, in the next pass
    QTimer m_admitTimer;    ///< admits accepted descriptors a batch per event-loop pass
    QList<Newcomer> m_acceptedQueue;
    QTimer m_reaper;        ///< deletes ended connections outside their own signals
    QList<Connection *> m_ended;
    QElapsedTimer m_clock;
    qint64 m_clockStartEpochMs = 0;
    quint64 m_nextPeerId = 1;
    int m_maxClients = 0;
    int m_maxPerIp = 0;
    int m_idleTimeoutS = 0;
    std::optional<QSslConfiguration> m_tls;
    int m_handshakeTimeoutMs = TlsConnection::DefaultServerHandshakeTimeoutMs;
    AutoReply m_autoReply = AutoReply::Off;
    QByteArray m_fixedReply;
    DefenceCounters m_defences;
    QString m_exhaustionMessage; ///< the error said when descriptors ran out, until they are back
    int m_closing = 0; ///< clients we are closing gracefully
    qint64 m_pendingBytes = 0; ///< every client's backlog together
    BacklogGauge m_backlog;
    QString m_errorString;
};

} // namespace Sockpit
