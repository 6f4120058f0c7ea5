#include "pcapngstreams.h"

namespace Sockpit {

namespace {

bool isUnspecified(const QHostAddress &address)
{
    return address.isNull() || address == QHostAddress(QHostAddress::AnyIPv4)
           || address == QHostAddress(QHostAddress::AnyIPv6) || address == QHostAddress(QHostAddress::Any);
}

QHostAddress familyAddress(QAbstractSocket::NetworkLayerProtocol family, bool loopback)
{
    if (family == QAbstractSocket::IPv6Protocol)
        return QHostAddress(loopback ? QHostAddress::LocalHostIPv6 : QHostAddress::AnyIPv6);
    return QHostAddress(loopback ? QHostAddress::LocalHost : QHostAddress::AnyIPv4);
}

/// The largest payload one IP packet of this family carries over this transport.
qsizetype maxPayload(const Pcapng::Addresses &ends, int transportHeader)
{
    const int ipHeader = ends.source.protocol() == QAbstractSocket::IPv4Protocol ? Pcapng::Ipv4HeaderBytes : 0;
    return 65535 - ipHeader - transportHeader; // IPv6 does not count its own header
}

/// Made-up initial sequence numbers: fixed per stream, so a file comes out the same each time.
quint32 initialSeq(quint32 streamNumber, bool local)
{
    return (streamNumber + 1) * 0x9E3779B1u ^ (local ? 0x10000000u : 0x20000000u);
}

QStringList commentsFor(Direction kind, const QString &text)
{
    if (text.isEmpty())
        return {};
    return {QStringLiteral("%1: %2").arg(TrafficLog::directionName(kind), text)};
}

} // namespace

PcapngStreams::PcapngStreams(LocalEndpoint local)
    : m_local(std::move(local))
{
}

QByteArray PcapngStreams::fileHeader()
{
    return Pcapng::sectionHeaderBlock() + Pcapng::interfaceDescriptionBlock();
}

void PcapngStreams::setLocalPort(quint64 peerId, quint16 port)
{
    m_local.portsByPeer.insert(peerId, port);
}

bool PcapngStreams::isOpen(quint64 peerId) const
{
    const auto it = m_streams.constFind(peerId);
    return it != m_streams.constEnd() && it->established;
}

QHostAddress PcapngStreams::localAddressFor(const QHostAddress &peerAddress) const
{
    const QHostAddress local = Pcapng::plainAddress(m_local.address);
    if (!isUnspecified(local) && local.protocol() == peerAddress.protocol())
        return local;
    return familyAddress(peerAddress.protocol(), peerAddress.isLoopback());
}

Pcapng::Addresses PcapngStreams::endsFor(const Peer &peer, quint16 localPort) const
{
    QHostAddress remote = Pcapng::plainAddress(peer.address);
    if (remote.protocol() != QAbstractSocket::IPv4Protocol && remote.protocol() != QAbstractSocket::IPv6Protocol)
        remote = QHostAddress(QHostAddress::AnyIPv4); // a payload with no peer (nothing to tell)
    return Pcapng::Addresses{localAddressFor(remote), localPort, remote, peer.port};
}

PcapngStreams::Stream &PcapngStreams::streamFor(const Peer &peer)
{
    auto it = m_streams.find(peer.id);
    if (it != m_streams.end())
        return *it;
    const quint32 number = m_streamCount++;
    quint16 port = m_local.portsByPeer.value(peer.id);
    if (!port)
        port = localOpens(peer) || !m_local.port ? quint16(FirstMadeUpPort + number % 16384) : m_local.port;
    Stream stream;
    stream.fromLocal = endsFor(peer, port);
    stream.localNext = initialSeq(number, true);
    stream.peerNext = initialSeq(number, false);
    return *m_streams.insert(peer.id, stream);
}

bool PcapngStreams::localOpens(const Peer &peer) const
{
    switch (peer.leg) {
    case Peer::Leg::Client: return false;
    case Peer::Leg::Target: return true;
    case Peer::Leg::None: break;
    }
    return m_local.opensConnections;
}

void PcapngStreams::open(const Peer &peer, qint64 usecs, const QString &comment, QByteArray &out)
{
    if (m_local.transport == LocalEndpoint::Transport::Udp) {
        if (!comment.isEmpty())
            message(Direction::Info, comment, usecs, out);
        return;
    }
    Stream &stream = streamFor(peer);
    if (stream.established) {
        if (!comment.isEmpty())
            message(Direction::Info, comment, usecs, out);
        return;
    }
    stream.established = true;
    const QStringList comments = commentsFor(Direction::Info, comment);
    // The handshake as the opening side saw it: SYN, SYN-ACK, ACK; each SYN takes one number.
    const bool opens = localOpens(peer);
    segment(stream, opens, Pcapng::Syn, {}, usecs, comments, out);
    segment(stream, !opens, Pcapng::Syn | Pcapng::Ack, {}, usecs, {}, out);
    segment(stream, opens, Pcapng::Ack, {}, usecs, {}, out);
    if (const QByteArray early = m_early.take(peer.id); !early.isEmpty())
        dataSegments(stream, true, early, usecs, out);
}

void PcapngStreams::forward(const Peer &from, QByteArrayView data, qint64 usecs, QByteArray &out)
{
    const auto other = m_streams.find(from.otherLegId());
    if (other != m_streams.end() && other->established)
        dataSegments(*other, true, data, usecs, out);
    else if (from.leg == Peer::Leg::Client)
        m_early[from.otherLegId()].append(data.data(), data.size());
}

void PcapngStreams::dataSegments(Stream &stream, bool fromLocal, QByteArrayView data, qint64 usecs, QByteArray &out)
{
    const qsizetype most = maxPayload(stream.fromLocal, Pcapng::TcpHeaderBytes);
    for (qsizetype at = 0; at < data.size(); at += most)
        segment(stream, fromLocal, Pcapng::Psh | Pcapng::Ack, data.sliced(at, qMin(most, data.size() - at)), usecs, {},
                out);
}

void PcapngStreams::payload(Direction direction, const Peer &peer, QByteArrayView data, bool datagram, qint64 usecs,
                            QByteArray &out)
{
    const bool fromLocal = direction == Direction::Tx;
    if (datagram || m_local.transport == LocalEndpoint::Transport::Udp) {
        quint16 port = m_local.portsByPeer.value(peer.id, m_local.port);
        Pcapng::Addresses ends = endsFor(peer, port ? port : FirstMadeUpPort);
        if (!fromLocal) {
            std::swap(ends.source, ends.destination);
            std::swap(ends.sourcePort, ends.destinationPort);
        }
        udpDatagram(ends, data, usecs, {}, out);
        return;
    }
    Stream &stream = streamFor(peer);
    if (!stream.established)
        open(peer, usecs, QString(), out);
    dataSegments(stream, fromLocal, data, usecs, out);
    if (!fromLocal && peer.isRelayLeg())
        forward(peer, data, usecs, out);
}

void PcapngStreams::close(const Peer &peer, qint64 usecs, const QString &comment, QByteArray &out)
{
    const auto it = m_streams.find(peer.id);
    m_early.remove(peer.id);
    if (it == m_streams.end() || !it->established) {
        if (!comment.isEmpty())
            message(Direction::Info, comment, usecs, out);
        return;
    }
    Stream &stream = *it;
    const QStringList comments = commentsFor(Direction::Info, comment);
    if (peer.isRelayLeg()) {
        relayLegFinished(peer, usecs, comments, out);
        return;
    }
    // Who closed first is not known here; the peer's FIN comes first, ours answers it.
    segment(stream, false, Pcapng::Fin | Pcapng::Ack, {}, usecs, comments, out);
    segment(stream, true, Pcapng::Fin | Pcapng::Ack, {}, usecs, {}, out);
    segment(stream, false, Pcapng::Ack, {}, usecs, {}, out);
    stream.established = false;
}

void PcapngStreams::relayLegFinished(const Peer &peer, qint64 usecs, const QStringList &comments, QByteArray &out)
{
    Stream &stream = m_streams[peer.id];
    finishOnce(stream, false, usecs, comments, out);
    // The relay passes the end on: our FIN on the other leg. With the other leg
    // gone already it closes this one too. (A target still connecting: not known yet.)
    const auto other = m_streams.find(peer.otherLegId());
    if (other == m_streams.end())
        return;
    if (other->established)
        finishOnce(*other, true, usecs, {}, out);
    else
        finishOnce(stream, true, usecs, {}, out);
}

void PcapngStreams::finishOnce(Stream &stream, bool fromLocal, qint64 usecs, const QStringList &comments,
                               QByteArray &out)
{
    bool &finished = fromLocal ? stream.localFinished : stream.peerFinished;
    if (finished)
        return;
    finished = true;
    segment(stream, fromLocal, Pcapng::Fin | Pcapng::Ack, {}, usecs, comments, out);
    if (stream.localFinished && stream.peerFinished) {
        segment(stream, !fromLocal, Pcapng::Ack, {}, usecs, {}, out); // the last FIN acknowledged
        stream.established = false;
    }
}

void PcapngStreams::message(Direction direction, const QString &text, qint64 usecs, QByteArray &out)
{
    QHostAddress self = Pcapng::plainAddress(m_local.address);
    if (isUnspecified(self))
        self = QHostAddress(QHostAddress::LocalHost);
    // RFC 3164: facility user (1), severity informational (6) or error (3).
    const int priority = 8 + (direction == Direction::Error ? 3 : 6);
    const QByteArray line = "<" + QByteArray::number(priority) + ">Sockpit: " + text.toUtf8();
    const Pcapng::Addresses ends{self, SyslogPort, self, SyslogPort};
    udpDatagram(ends, QByteArrayView(line).first(qMin(line.size(), maxPayload(ends, Pcapng::UdpHeaderBytes))), usecs,
                commentsFor(direction, text), out);
}

void PcapngStreams::segment(Stream &stream, bool fromLocal, quint8 flags, QByteArrayView data, qint64 usecs,
                            const QStringList &comments, QByteArray &out)
{
    Pcapng::Addresses ends = stream.fromLocal;
    quint32 &next = fromLocal ? stream.localNext : stream.peerNext;
    const quint32 acked = fromLocal ? stream.peerNext : stream.localNext;
    if (!fromLocal) {
        std::swap(ends.source, ends.destination);
        std::swap(ends.sourcePort, ends.destinationPort);
    }
    Pcapng::TcpFields tcp;
    tcp.seq = next;
    tcp.ack = acked;
    tcp.flags = flags;
    if (flags & Pcapng::Syn)
        tcp.windowScale = WindowScale;
    next += quint32(data.size()) + ((flags & (Pcapng::Syn | Pcapng::Fin)) ? 1 : 0);
    packet(usecs, Pcapng::tcpPacket(ends, tcp, data, m_ipId++), comments, out);
}

void PcapngStreams::udpDatagram(const Pcapng::Addresses &ends, QByteArrayView data, qint64 usecs,
                                const QStringList &comments, QByteArray &out)
{
    // A datagram larger than one packet holds cannot come from a socket; cut, not dropped.
    const qsizetype most = maxPayload(ends, Pcapng::UdpHeaderBytes);
    qsizetype at = 0;
    do {
        const QByteArrayView piece = data.sliced(at, qMin(most, data.size() - at));
        packet(usecs, Pcapng::udpPacket(ends, piece, m_ipId++), at == 0 ? comments : QStringList(), out);
        at += most;
    } while (at < data.size());
}

void PcapngStreams::packet(qint64 usecs, const QByteArray &ipPacket, const QStringList &comments, QByteArray &out)
{
    out += Pcapng::enhancedPacketBlock(usecs, ipPacket, comments);
    ++m_packets;
}

} // namespace Sockpit
