#pragma once

#include "connectionend.h"
#include "session.h"
#include "tcplistener.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QTimer>

namespace Sockpit {

class Connection;
class Poller;
class TcpConnector;

/// A TCP relay: listens on [HOST:]PORT and, for each client that connects,
/// opens a connection of its own to the target and forwards both ways. Every
/// client and its upstream connection make a pair; each leg is a Peer of its
/// own (Peer::Leg, Peer::pairId), so the log shows both directions of every
/// pair: received() carries what came from a leg (from the Client leg: client
/// → target), sent() what the user injected into one.
///
/// Back-pressure per direction: while the leg written to is backed up, the
/// other is not read, so the sender waits on its own full window; nothing is
/// dropped and memory stays bounded (MaxEarlyBytes before the target answers,
/// about BackPressure::HighWaterMark plus one read per direction after).
/// Pausing a direction does the same on purpose. A half-close is passed on (our
/// FIN to the other side, the other direction goes on), a reset as a reset; a
/// target that refuses, cannot be found or does not answer in time closes its
/// client, and the reason is said.
class RelaySession : public Session
{
    Q_OBJECT
public:
    static constexpr int DefaultConnectTimeoutMs = 5000;
    /// What a client may send before its target has answered; then it waits.
    static constexpr qint64 MaxEarlyBytes = BackPressure::HighWaterMark;

    /// The two directions of a pair, named by where the data comes from.
    enum class Flow : quint8 { ClientToTarget, TargetToClient };
    Q_ENUM(Flow)

    enum class PairState : quint8 {
        Connecting, ///< the client is in, its target not yet
        Open,       ///< both legs connected
        Closing,    ///< one side is gone or finished; the rest is on its way
    };
    Q_ENUM(PairState)

    /// One direction of a pair.
    struct FlowCounters
    {
        quint64 bytes = 0;         ///< forwarded (received from the source)
        quint64 chunks = 0;        ///< reads that came from the source
        quint64 injectedBytes = 0; ///< sent by the user towards the destination
        qint64 pendingBytes = 0;   ///< waiting to leave towards the destination
        bool paused = false;       ///< paused by the user
        bool finished = false;     ///< the source sent its FIN (passed on)
    };

    /// A pair as a plain value, for the pair table and the headless runner.
    struct PairInfo
    {
        quint64 id = 0;
        Peer client;
        Peer target; ///< not valid while Connecting
        quint16 targetLocalPort = 0; ///< our port on the connection to the target
        PairState state = PairState::Connecting;
        FlowCounters toTarget; ///< client → target
        FlowCounters toClient; ///< target → client
    };

    explicit RelaySession(QObject *parent = nullptr);
    ~RelaySession() override;

    /// Where new pairs connect; host is an IP literal or a name. Pairs already
    /// open keep their target.
    void setTarget(const QString &host, quint16 port);
    QString targetHost() const { return m_targetHost; }
    quint16 targetPort() const { return m_targetPort; }
    /// "host:port", with brackets around an IPv6 literal.
    QString targetText() const;
    void setConnectTimeout(int ms) { m_connectTimeoutMs = qMax(1, ms); }
    int connectTimeout() const { return m_connectTimeoutMs; }

    /// Starts listening (set the target first). False, having emitted
    /// errorOccurred (errorString() says it too), when it cannot: the port in
    /// use, not an address of this machine, or the target is this relay itself.
    bool listen(const QHostAddress &address, quint16 port);
    /// Stops listening and closes every pair (queued data leaves first).
    void stop() override;
    bool isListening() const { return m_listener.isListening(); }
    QHostAddress listenAddress() const { return m_listener.address(); }
    quint16 listenPort() const { return m_listener.port(); }
    QString listenText() const { return m_listener.text(); }
    QString errorString() const { return m_errorString; }

    /// Injects data towards the target of every open pair.
    bool send(const QByteArray &data) override;
    /// Injects data into pair pairId (0: every open pair) towards to (the
    /// Client or Target leg). False, errorOccurred saying why, when it reached none.
    bool inject(quint64 pairId, Peer::Leg to, const QByteArray &data);

    /// Pauses or resumes one direction of pair pairId (0: every pair, and the
    /// pairs still to come).
    void setPaused(quint64 pairId, Flow flow, bool paused);
    bool isPaused(quint64 pairId, Flow flow) const;
    /// Closes a pair: both legs, gracefully (reset: both with a reset).
    void closePair(quint64 pairId, bool reset = false);

    int pairCount() const { return int(m_pairs.size()); }
    QList<quint64> pairIds() const;
    bool hasPair(quint64 pairId) const { return m_pairs.contains(pairId); }
    PairInfo pair(quint64 pairId) const;
    QList<PairInfo> pairs() const;

    /// Why relaying from listenAddress:listenPort to targetHost:targetPort would
    /// connect to itself (127.0.0.1, ::1, localhost or an address of this host on
    /// the listening port); empty when it would not. Other host names are
    /// checked once connected.
    static QString loopReason(const QHostAddress &listenAddress, quint16 listenPort, const QString &targetHost,
                              quint16 targetPort);

    /// Bytes read from one side and not yet given to the system on the other,
    /// plus injected bytes waiting, for every pair together.
    qint64 pendingBytes() const override { return m_pendingBytes; }
    /// The Poller backend carrying the legs ("epoll" or "portable").
    QString pollerBackend() const;

signals:
    /// A pair appeared, changed state or counters' flags (paused, finished), or left.
    void pairChanged(quint64 pairId);
    void pairRemoved(quint64 pairId);
    void pairCountChanged(int count);

private:
    /// One leg of a pair.
    struct Link
    {
        Connection *connection = nullptr;
        Peer peer;
        bool left = false;      ///< peerLeft said (its stream has ended)
    };
    struct Pair
    {
        quint64 id = 0;
        Link client;
        Link target;
        TcpConnector *connector = nullptr; ///< while connecting
        QList<QByteArray> early;           ///< from the client before the target answered
        qint64 earlyBytes = 0;
        FlowCounters toTarget;
        FlowCounters toClient;
        PairState state = PairState::Connecting;
    };

    void onAccepted(qintptr descriptor, const QHostAddress &address, quint16 port);
    void startConnect(Pair &pair);
    void onTargetConnected(quint64 pairId, qintptr descriptor);
    void onTargetFailed(quint64 pairId, const QString &why);
    Connection *makeLeg(qintptr descriptor, quint64 pairId, Peer::Leg leg);
    void onLegReceived(quint64 pairId, Peer::Leg from, const QByteArray &data);
    void onLegFinished(quint64 pairId, Peer::Leg from);
    void onLegEnded(quint64 pairId, Peer::Leg from, const ConnectionEnd &end);
    void onLegDrained(quint64 pairId, Peer::Leg leg);
    /// Writes to a leg, counted in pendingBytes.
    void writeTo(Link &link, const QByteArray &data);
    /// Reads from a leg only while its direction may flow: not paused by the
    /// user, the other leg not backed up, the target connected (or the early
    /// buffer not full).
    void updateReading(Pair &pair);
    /// A leg's stream has ended: said once, with the reason.
    void leave(Pair &pair, Peer::Leg which, const QString &reason);
    /// Removes the pair once both legs have ended.
    void removeIfDone(quint64 pairId);
    void removePair(quint64 pairId);
    /// Drops a leg's connection: reset (abort) or graceful close.
    void dropLeg(Link &link, bool reset);
    bool isLoopTarget(const Connection &target) const;
    void discard(QObject *object);
    void afterPendingShrank();
    void fail(const QString &message);
    Pair *find(quint64 pairId);
    static Link &legOf(Pair &pair, Peer::Leg which) { return which == Peer::Leg::Client ? pair.client : pair.target; }
    static Link &otherOf(Pair &pair, Peer::Leg which) { return which == Peer::Leg::Client ? pair.target : pair.client; }
    static FlowCounters &flowFrom(Pair &pair, Peer::Leg from)
    {
        return from == Peer::Leg::Client ? pair.toTarget : pair.toClient;
    }
    static PairInfo infoOf(const Pair &pair);

    Poller *m_poller;
    TcpListener m_listener;
    QHash<quint64, Pair> m_pairs;
    QString m_targetHost;
    quint16 m_targetPort = 0;
    int m_connectTimeoutMs = DefaultConnectTimeoutMs;
    quint64 m_nextPairId = 1;
    bool m_pauseAll[2] = {false, false}; ///< by Flow: for the pairs still to come
    qint64 m_pendingBytes = 0;
    BacklogGauge m_backlog;
    QTimer m_reaper; ///< deletes ended connections outside their own signals
    QList<QObject *> m_ended;
    QString m_errorString;
};

} // namespace Sockpit
