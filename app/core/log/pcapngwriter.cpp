#include "pcapngwriter.h"

#include <QtEndian>

namespace Sockpit::Pcapng {

namespace {

constexpr quint16 OptEndOfOpt = 0;
constexpr quint16 OptComment = 1;
constexpr quint16 OptShbUserAppl = 4;
constexpr quint16 OptIfTsresol = 9;
constexpr quint8 TcpOptNop = 1;
constexpr quint8 TcpOptWindowScale = 3;

/// v little-endian (the blocks) or in network order (the packets' headers).
template<typename T>
void put(QByteArray &out, T v, bool network)
{
    char bytes[sizeof(T)];
    if (network)
        qToBigEndian(v, bytes);
    else
        qToLittleEndian(v, bytes);
    out.append(bytes, qsizetype(sizeof(T)));
}

void putLe16(QByteArray &out, quint16 v) { put(out, v, false); }
void putLe32(QByteArray &out, quint32 v) { put(out, v, false); }
void putBe16(QByteArray &out, quint16 v) { put(out, v, true); }
void putBe32(QByteArray &out, quint32 v) { put(out, v, true); }

void padTo4(QByteArray &out)
{
    while (out.size() % 4)
        out.append('\0');
}

/// One option: code, length, value padded to 32 bits.
void putOption(QByteArray &out, quint16 code, QByteArrayView value)
{
    putLe16(out, code);
    putLe16(out, quint16(value.size()));
    out.append(value.data(), value.size());
    padTo4(out);
}

/// type, total length, body, total length again: the frame of every block.
QByteArray block(quint32 type, const QByteArray &body)
{
    const quint32 total = quint32(12 + body.size());
    QByteArray out;
    out.reserve(qsizetype(total));
    putLe32(out, type);
    putLe32(out, total);
    out += body;
    putLe32(out, total);
    return out;
}

void putAddress(QByteArray &out, const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        putBe32(out, address.toIPv4Address());
    } else {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        out.append(reinterpret_cast<const char *>(v6.c), 16);
    }
}

bool isIpv4(const Addresses &ends)
{
    return ends.source.protocol() == QAbstractSocket::IPv4Protocol;
}

/// The pseudo-header's sum for a TCP or UDP checksum.
quint32 pseudoHeaderSum(const Addresses &ends, quint8 protocol, quint32 length)
{
    QByteArray pseudo;
    putAddress(pseudo, ends.source);
    putAddress(pseudo, ends.destination);
    if (isIpv4(ends)) {
        pseudo.append('\0');
        pseudo.append(char(protocol));
        putBe16(pseudo, quint16(length));
    } else {
        putBe32(pseudo, length);
        pseudo.append(3, '\0');
        pseudo.append(char(protocol));
    }
    quint32 sum = 0;
    for (qsizetype i = 0; i + 1 < pseudo.size(); i += 2)
        sum += quint32(quint8(pseudo[i])) << 8 | quint8(pseudo[i + 1]);
    return sum;
}

/// The IP header in front of a transport segment (whose checksum is already set).
QByteArray ipPacket(const Addresses &ends, quint8 protocol, const QByteArray &segment, quint16 ipId)
{
    QByteArray out;
    if (isIpv4(ends)) {
        out.reserve(Ipv4HeaderBytes + segment.size());
        out.append(char(0x45)); // version 4, 5 words of header
        out.append('\0');
        putBe16(out, quint16(Ipv4HeaderBytes + segment.size()));
        putBe16(out, ipId);
        putBe16(out, 0x4000); // don't fragment
        out.append(char(64)); // TTL
        out.append(char(protocol));
        putBe16(out, 0);
        putAddress(out, ends.source);
        putAddress(out, ends.destination);
        qToBigEndian(internetChecksum(out), out.data() + 10);
    } else {
        out.reserve(Ipv6HeaderBytes + segment.size());
        putBe32(out, 0x60000000); // version 6, no class, no flow label
        putBe16(out, quint16(segment.size()));
        out.append(char(protocol));
        out.append(char(64)); // hop limit
        putAddress(out, ends.source);
        putAddress(out, ends.destination);
    }
    out += segment;
    return out;
}

} // namespace

QByteArray sectionHeaderBlock()
{
    QByteArray body;
    putLe32(body, ByteOrderMagic);
    putLe16(body, 1); // version 1.0
    putLe16(body, 0);
    putLe32(body, 0xFFFFFFFF); // section length not given
    putLe32(body, 0xFFFFFFFF);
    putOption(body, OptShbUserAppl, "Sockpit " SOCKPIT_VERSION);
    putOption(body, OptEndOfOpt, {});
    return block(SectionHeaderType, body);
}

QByteArray interfaceDescriptionBlock()
{
    QByteArray body;
    putLe16(body, LinkTypeRaw);
    putLe16(body, 0);  // reserved
    putLe32(body, 0);  // no snap length
    const char microseconds = 6;
    putOption(body, OptIfTsresol, QByteArrayView(&microseconds, 1));
    putOption(body, OptEndOfOpt, {});
    return block(InterfaceDescriptionType, body);
}

QByteArray enhancedPacketBlock(qint64 usecs, QByteArrayView packet, const QStringList &comments)
{
    QByteArray body;
    body.reserve(20 + packet.size() + 8);
    putLe32(body, 0); // interface 0
    const quint64 stamp = quint64(qMax<qint64>(usecs, 0));
    putLe32(body, quint32(stamp >> 32));
    putLe32(body, quint32(stamp));
    putLe32(body, quint32(packet.size()));
    putLe32(body, quint32(packet.size()));
    body.append(packet.data(), packet.size());
    padTo4(body);
    if (!comments.isEmpty()) {
        for (const QString &comment : comments)
            putOption(body, OptComment, comment.toUtf8().left(65535));
        putOption(body, OptEndOfOpt, {});
    }
    return block(EnhancedPacketType, body);
}

quint16 internetChecksum(QByteArrayView data, quint32 partialSum)
{
    quint64 sum = partialSum;
    const auto *bytes = reinterpret_cast<const quint8 *>(data.data());
    const qsizetype size = data.size();
    qsizetype i = 0;
    for (; i + 1 < size; i += 2)
        sum += quint32(bytes[i]) << 8 | bytes[i + 1];
    if (i < size)
        sum += quint32(bytes[i]) << 8;
    while (sum >> 16)
        sum = (sum & 0xFFFF) + (sum >> 16);
    return quint16(~sum);
}

QByteArray tcpPacket(const Addresses &ends, const TcpFields &tcp, QByteArrayView payload, quint16 ipId)
{
    const int optionBytes = tcp.windowScale >= 0 ? 4 : 0;
    QByteArray segment;
    segment.reserve(TcpHeaderBytes + optionBytes + payload.size());
    putBe16(segment, ends.sourcePort);
    putBe16(segment, ends.destinationPort);
    putBe32(segment, tcp.seq);
    putBe32(segment, (tcp.flags & Ack) ? tcp.ack : 0);
    segment.append(char(((TcpHeaderBytes + optionBytes) / 4) << 4));
    segment.append(char(tcp.flags));
    putBe16(segment, 0xFFFF); // window (scaled after a SYN with the option)
    putBe16(segment, 0);      // checksum, set below
    putBe16(segment, 0);      // urgent pointer
    if (optionBytes) {
        segment.append(char(TcpOptNop));
        segment.append(char(TcpOptWindowScale));
        segment.append(char(3));
        segment.append(char(tcp.windowScale));
    }
    segment.append(payload.data(), payload.size());
    const quint16 sum = internetChecksum(segment, pseudoHeaderSum(ends, ProtocolTcp, quint32(segment.size())));
    qToBigEndian(sum, segment.data() + 16);
    return ipPacket(ends, ProtocolTcp, segment, ipId);
}

QByteArray udpPacket(const Addresses &ends, QByteArrayView payload, quint16 ipId)
{
    QByteArray segment;
    segment.reserve(UdpHeaderBytes + payload.size());
    putBe16(segment, ends.sourcePort);
    putBe16(segment, ends.destinationPort);
    putBe16(segment, quint16(UdpHeaderBytes + payload.size()));
    putBe16(segment, 0);
    segment.append(payload.data(), payload.size());
    quint16 sum = internetChecksum(segment, pseudoHeaderSum(ends, ProtocolUdp, quint32(segment.size())));
    if (sum == 0)
        sum = 0xFFFF; // 0 would mean "no checksum"
    qToBigEndian(sum, segment.data() + 6);
    return ipPacket(ends, ProtocolUdp, segment, ipId);
}

QHostAddress plainAddress(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped && address.protocol() == QAbstractSocket::IPv6Protocol)
        return QHostAddress(v4);
    return address;
}

} // namespace Sockpit::Pcapng
