#pragma once

#include "peer.h"
#include "pcapngwriter.h"
#include "trafficlog.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>

namespace Sockpit {

/// Our end of a session's traffic, as far as it is known when packets are made up.
///
/// The address: used when it is a concrete address of the peer's family;
/// otherwise (unknown, or a bind to every address) the loopback address for a
/// loopback peer and the unspecified address (0.0.0.0 or ::) for others.
/// The port: portsByPeer for a connection whose local port is known (a TCP
/// client's connection), else port (a server's listen port, a UDP session's
/// bound port; not for a TCP client, whose connections each had their own),
/// else a made-up one: 49152 plus the stream's number, so that each stream
/// keeps its own (UDP: 49152).
struct LocalEndpoint
{
    enum class Transport { Tcp, Udp };

    Transport transport = Transport::Tcp;
    QHostAddress address;
    quint16 port = 0;
    /// A TCP client: our end sends the SYN (a server's peers do).
    bool opensConnections = false;
    QHash<quint64, quint16> portsByPeer;
};

/// Turns a session's traffic into pcapng packets, in order: TCP connections
/// get a handshake when they open and FINs when they end, data segments carry
/// sequence and acknowledgement numbers that follow the bytes both ways (so a
/// reader reassembles each stream), payloads too large for one IP packet are
/// cut into several, and each UDP payload is one datagram.
///
/// A relay's two legs are two TCP streams: the client's to the listen port
/// (the client opened it), ours to the target (we opened it, from our port on
/// it or a made-up one). What a leg received was forwarded on the other leg,
/// so it is also sent there, and what the client sent before the target
/// answered goes to the target after its handshake. A leg's end is its peer's
/// FIN, passed on as our FIN on the other leg; each stream ends with both.
///
/// Notices and errors become packet comments: on the SYN or FIN of the
/// connection they are about, else on a syslog message of their own (UDP to
/// port 514 on our own address, at the message's time), since a pcapng
/// comment needs a packet to carry it and a packet without bytes reads as malformed.
class PcapngStreams
{
public:
    static constexpr quint16 FirstMadeUpPort = 49152;
    static constexpr quint16 SyslogPort = 514;
    /// The window scale both ends announce, so that a large stream never fills the window.
    static constexpr int WindowScale = 14;

    explicit PcapngStreams(LocalEndpoint local);

    /// The blocks every file starts with (section header, interface).
    static QByteArray fileHeader();

    /// A known local port for a connection (before its first packet).
    void setLocalPort(quint64 peerId, quint16 port);

    /// A TCP connection opened: the handshake, the SYN carrying comment. Appends
    /// to out. Over UDP (no connections) the comment is a message.
    void open(const Peer &peer, qint64 usecs, const QString &comment, QByteArray &out);
    /// Bytes sent (Tx) or received (Rx); a connection not open yet opens first.
    /// Datagrams (or any payload over UDP): one UDP datagram each.
    void payload(Direction direction, const Peer &peer, QByteArrayView data, bool datagram, qint64 usecs,
                 QByteArray &out);
    /// A TCP connection ended: FIN both ways, the first carrying comment. A
    /// connection that is not open gets the comment as a message.
    void close(const Peer &peer, qint64 usecs, const QString &comment, QByteArray &out);
    /// A notice or error: a comment on a syslog message of its own.
    void message(Direction direction, const QString &text, qint64 usecs, QByteArray &out);

    bool isOpen(quint64 peerId) const;
    bool isKnown(quint64 peerId) const { return m_streams.contains(peerId); }
    quint64 packetCount() const { return m_packets; }

private:
    struct Stream
    {
        Pcapng::Addresses fromLocal; ///< ports and addresses as our packets carry them
        quint32 localNext = 0;       ///< the sequence number of our next byte
        quint32 peerNext = 0;
        bool established = false;
        bool peerFinished = false;  ///< a relay leg: its peer's FIN is written
        bool localFinished = false; ///< a relay leg: ours (the other side's, passed on)
    };

    Stream &streamFor(const Peer &peer);
    bool localOpens(const Peer &peer) const;
    void forward(const Peer &from, QByteArrayView data, qint64 usecs, QByteArray &out);
    /// data as segments of at most one packet's payload each.
    void dataSegments(Stream &stream, bool fromLocal, QByteArrayView data, qint64 usecs, QByteArray &out);
    void relayLegFinished(const Peer &peer, qint64 usecs, const QStringList &comments, QByteArray &out);
    void finishOnce(Stream &stream, bool fromLocal, qint64 usecs, const QStringList &comments, QByteArray &out);
    Pcapng::Addresses endsFor(const Peer &peer, quint16 localPort) const;
    QHostAddress localAddressFor(const QHostAddress &peerAddress) const;
    void segment(Stream &stream, bool fromLocal, quint8 flags, QByteArrayView data, qint64 usecs,
                 const QStringList &comments, QByteArray &out);
    void udpDatagram(const Pcapng::Addresses &ends, QByteArrayView data, qint64 usecs, const QStringList &comments,
                  QByteArray &out);
    void packet(qint64 usecs, const QByteArray &ipPacket, const QStringList &comments, QByteArray &out);

    LocalEndpoint m_local;
    QHash<quint64, Stream> m_streams; ///< TCP connections by peer id
    /// A relay's client bytes for a target leg not open yet, by its peer id
    /// (bounded: the relay stops reading a client while they wait).
    QHash<quint64, QByteArray> m_early;
    quint32 m_streamCount = 0;
    quint16 m_ipId = 0;
    quint64 m_packets = 0;
};

} // namespace Sockpit
