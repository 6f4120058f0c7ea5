#pragma once

#include "result.h"
#include "session.h"
#include "udpreceiver.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QNetworkInterface>
#include <QUdpSocket>

#include <vector>

class QHostInfo;

namespace Sockpit {

/// A joined multicast group and the interface it was joined on (invalid: the system's choice).
struct MulticastMembership
{
    QHostAddress group;
    QNetworkInterface interface;

    /// "239.1.2.3" or "239.1.2.3 on eth0".
    QString toString() const;
};

/// UDP: a port that receives datagrams from anyone and sends them to a target
/// (or back to a sender), with broadcast and multicast. Each datagram is one
/// received() or sent() signal; nothing is merged or cut.
///
/// Datagrams are read in passes bounded in time (see UdpReceiver). Those the
/// system drops because they came faster than they were read are counted where
/// the platform says so and reported (errorOccurred, at most once a second).
///
/// Sending without bind() first takes a port the system chooses, so replies
/// to that port are received too (as a Python socket does after sendto()).
class UdpSession : public Session
{
    Q_OBJECT
public:
    /// 65,535 minus the IPv4 (20) and UDP (8) headers.
    static constexpr qsizetype MaxIPv4Payload = 65507;
    /// 65,535 minus the UDP header; the IPv6 header is not counted in its length field.
    static constexpr qsizetype MaxIPv6Payload = 65527;
    /// Asked of the system so that a burst waits in the kernel while the GUI paints.
    static constexpr int ReceiveBufferBytes = 8 * 1024 * 1024;
    /// Datagrams kept while the target's host name is being looked up.
    static constexpr int MaxQueuedWhileResolving = 1024;
    /// Distinct senders remembered for stable peer ids before the table starts over.
    static constexpr int MaxRememberedPeers = 65536;

    explicit UdpSession(QObject *parent = nullptr);
    ~UdpSession() override;

    // Local side
    /// Binds address:port (port 0: the system chooses; QHostAddress::Any: every IPv4 and IPv6
    /// address). Returns false, having emitted errorOccurred with the reason, when it cannot.
    bool bind(const QHostAddress &address, quint16 port);
    /// Parses "[HOST:]PORT" and binds; a parse error is reported like a bind error.
    bool bind(const QString &bindSpec);
    /// Closes the port; joined groups are left. Idle is reached at once.
    void stop() override;
    bool isBound() const { return m_socket.state() == QAbstractSocket::BoundState; }
    /// True when the port was taken by the system for sending rather than bound by the user.
    bool isEphemeral() const { return isBound() && m_ephemeral; }
    QHostAddress localAddress() const { return m_socket.localAddress(); }
    quint16 localPort() const { return m_socket.localPort(); }
    /// "0.0.0.0:7788", "[::]:7788" or "*:7788" for every IPv4 and IPv6 address.
    QString localText() const;

    // Remote side
    /// Sets the default destination of send(). A host name is looked up in the
    /// background; datagrams sent meanwhile wait and leave once it is known.
    void setTarget(const QString &host, quint16 port);
    /// Parses "HOST:PORT" and sets the target; returns the error (also emitted) or "".
    QString setTarget(const QString &hostPort);
    void clearTarget();
    QString targetText() const;
    /// The resolved target (with its peer id), or an invalid peer while resolving or unset.
    Peer target() const { return m_target; }
    bool isResolvingTarget() const { return m_lookupId >= 0; }

    /// Sends one datagram to the target.
    bool send(const QByteArray &data) override;
    /// Sends one datagram to peer ("reply to sender").
    bool sendTo(const Peer &peer, const QByteArray &data);

    /// The peer (with its stable id) for an address and port.
    Peer peerFor(const QHostAddress &address, quint16 port);

    // Broadcast
    /// Allows sending to broadcast addresses (255.255.255.255, a subnet's last address).
    void setBroadcastEnabled(bool enabled);
    bool isBroadcastEnabled() const { return m_broadcast; }

    // Multicast
    /// Joins group on iface (an invalid interface lets the system choose). Needs a bound port.
    bool joinGroup(const QHostAddress &group, const QNetworkInterface &iface = QNetworkInterface());
    bool leaveGroup(const QHostAddress &group, const QNetworkInterface &iface = QNetworkInterface());
    QList<MulticastMembership> joinedGroups() const { return m_groups; }
    /// TTL (IPv4) and hop limit (IPv6) of multicast datagrams sent, 0–255.
    void setMulticastTtl(int ttl);
    int multicastTtl() const { return m_ttl; }
    /// Whether multicast datagrams sent are also delivered to this machine.
    void setMulticastLoopback(bool enabled);
    bool multicastLoopback() const { return m_loopback; }
    /// The interface multicast datagrams leave by (invalid: the system's choice).
    void setMulticastInterface(const QNetworkInterface &iface);
    QNetworkInterface multicastInterface() const { return m_multicastInterface; }

    /// The directed broadcast addresses of iface (of every interface that is up when invalid);
    /// Address::broadcastAddresses() under the name the panel knows.
    static QList<QHostAddress> broadcastAddresses(const QNetworkInterface &iface = QNetworkInterface());
    /// The largest payload one datagram to destination can carry.
    static qsizetype maxPayload(const QHostAddress &destination);
    /// Validates a multicast group: IPv4 224.0.0.0/4 or IPv6 ff00::/8.
    static Result<QHostAddress> parseGroup(const QString &text);

    QUdpSocket *socket() { return &m_socket; }
    UdpReceiver *receiver() { return &m_receiver; }
    /// How datagrams are read: "recvmmsg" or "QUdpSocket" (see UdpDatagramReader).
    QString readerName() const { return m_receiver.readerName(); }
    /// Datagrams the system dropped on this port (receive buffer full), as far as it says.
    quint64 droppedBySystem() const { return m_receiver.droppedBySystem(); }

signals:
    /// A sender not heard from before (by ip:port) sent its first datagram.
    void senderSeen(const Sockpit::Peer &peer);
    /// The target changed or its host name was resolved.
    void targetChanged();
    void groupsChanged();

private:
    enum class Family { Any, IPv4, IPv6 };

    struct PeerKey
    {
        QHostAddress address;
        quint16 port = 0;
        bool operator==(const PeerKey &other) const { return port == other.port && address == other.address; }
    };
    friend size_t qHash(const PeerKey &key, size_t seed = 0) { return qHashMulti(seed, key.address, key.port); }
    struct PeerRecord
    {
        quint64 id = 0;
        bool heard = false; ///< has sent us a datagram (senderSeen was emitted)
    };

    /// Emits senderSeen (new senders) and received, datagram by datagram.
    void deliver(std::vector<ReceivedDatagram> &batch);
    Peer heardPeer(const QHostAddress &sender, quint16 port);
    void closeSocket();
    void onLookedUp(const QHostInfo &info);
    bool bindSocket(const QHostAddress &address, quint16 port, bool ephemeral);
    bool ensureBoundFor(const QHostAddress &destination);
    bool writeTo(const Peer &peer, const QByteArray &data);
    void setResolvedTarget(const QHostAddress &address);
    void applySocketOptions();
    void applyMulticastOptions();
    bool changeMembership(const QHostAddress &group, const QNetworkInterface &iface, bool join);
    Family socketFamily() const;
    void abortLookup();

    QUdpSocket m_socket;
    UdpReceiver m_receiver;
    bool m_ephemeral = false;

    QString m_targetHost;
    quint16 m_targetPort = 0;
    Peer m_target;
    bool m_targetIsBroadcast = false;
    int m_lookupId = -1;
    QList<QByteArray> m_queued; ///< waiting for the target's name to resolve

    QHash<PeerKey, PeerRecord> m_peers;
    quint64 m_nextPeerId = 1;
    Peer m_lastSender; ///< the sender of the last datagram (a flood has few): no lookup for the next one

    bool m_broadcast = false;
    QList<MulticastMembership> m_groups;
    int m_ttl = 1;
    bool m_loopback = true;
    QNetworkInterface m_multicastInterface;
};

} // namespace Sockpit
