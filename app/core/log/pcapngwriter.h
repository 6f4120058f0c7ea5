#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QStringList>

namespace Sockpit {

/// The blocks of a pcapng file and the IP, TCP and UDP headers of the packets
/// in it, made up from traffic that was seen above the sockets. Pure encoding:
/// no state, no files. Everything is written little-endian (the byte-order
/// magic tells readers so); the headers inside packets are in network order.
///
/// One interface of link type RAW carries IPv4 and IPv6 alike (a reader tells
/// them by the version nibble), with microsecond timestamps.
namespace Pcapng {

constexpr quint32 SectionHeaderType = 0x0A0D0D0A;
constexpr quint32 InterfaceDescriptionType = 1;
constexpr quint32 EnhancedPacketType = 6;
constexpr quint32 ByteOrderMagic = 0x1A2B3C4D;
constexpr quint16 LinkTypeRaw = 101;
constexpr quint8 ProtocolTcp = 6;
constexpr quint8 ProtocolUdp = 17;

constexpr int Ipv4HeaderBytes = 20;
constexpr int Ipv6HeaderBytes = 40;
constexpr int TcpHeaderBytes = 20;
constexpr int UdpHeaderBytes = 8;
/// The most a segment carries so that any IP packet stays within 65,535 bytes.
constexpr int MaxTcpPayload = 65535 - Ipv4HeaderBytes - TcpHeaderBytes;
constexpr int MaxUdpPayload = 65535 - Ipv4HeaderBytes - UdpHeaderBytes;

/// TCP header flags.
enum TcpFlag : quint8 { Fin = 0x01, Syn = 0x02, Rst = 0x04, Psh = 0x08, Ack = 0x10 };

/// The Section Header Block, naming the program that wrote the file.
QByteArray sectionHeaderBlock();
/// The one Interface Description Block: link type RAW, no snap length, microseconds.
QByteArray interfaceDescriptionBlock();
/// An Enhanced Packet Block on interface 0 stamped usecs (since the epoch),
/// with one opt_comment per comment (UTF-8).
QByteArray enhancedPacketBlock(qint64 usecs, QByteArrayView packet, const QStringList &comments = {});

/// The Internet checksum (RFC 1071) over data, continuing from a partial sum.
quint16 internetChecksum(QByteArrayView data, quint32 partialSum = 0);

/// Both ends of a packet. Addresses of one family (IPv4-mapped IPv6 is made IPv4 first).
struct Addresses
{
    QHostAddress source;
    quint16 sourcePort = 0;
    QHostAddress destination;
    quint16 destinationPort = 0;
};

/// What a TCP segment carries besides its payload.
struct TcpFields
{
    quint32 seq = 0;
    quint32 ack = 0;
    quint8 flags = 0;
    /// A SYN's window scale option (RFC 7323); -1: none.
    int windowScale = -1;
};

/// An IPv4 or IPv6 packet (by the source's family) around a TCP segment, both checksums set.
QByteArray tcpPacket(const Addresses &ends, const TcpFields &tcp, QByteArrayView payload, quint16 ipId = 0);
/// An IPv4 or IPv6 packet around a UDP datagram, both checksums set.
QByteArray udpPacket(const Addresses &ends, QByteArrayView payload, quint16 ipId = 0);

/// An IPv4-mapped IPv6 address as IPv4; others unchanged.
QHostAddress plainAddress(const QHostAddress &address);

} // namespace Pcapng
} // namespace Sockpit
