// The pcapng encoder byte by byte, the IP/TCP/UDP headers it makes up, and
// the streams' sequence numbers, handshakes, cuts and local ends.

#include "pcapngstreams.h"
#include "pcapngwriter.h"

#include "common/pcapngwalker.h"

#include <QtTest>

using namespace Sockpit;
namespace Walker = SockpitTest::PcapngWalker;

namespace {

Peer peerAt(quint64 id, const char *address, quint16 port)
{
    return Peer{id, QHostAddress(QString::fromLatin1(address)), port};
}

QList<Walker::Packet> walk(const QByteArray &file)
{
    QString error;
    const auto packets = Walker::packets(file, &error);
    if (!packets)
        qWarning("%s", qPrintable(error));
    return packets.value_or(QList<Walker::Packet>());
}

/// The TCP (or UDP) checksum checked from scratch: the sum over pseudo-header and segment is 0xFFFF.
bool transportChecksumOk(const Walker::Packet &p)
{
    const QByteArray segment = p.ip.mid(p.version == 4 ? 20 : 40);
    QByteArray pseudo;
    const auto put32 = [&pseudo](quint32 v) {
        pseudo.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
    };
    if (p.version == 4) {
        put32(p.source.toIPv4Address());
        put32(p.destination.toIPv4Address());
        put32(quint32(p.protocol) << 16 | quint32(segment.size()));
    } else {
        const Q_IPV6ADDR a = p.source.toIPv6Address();
        const Q_IPV6ADDR b = p.destination.toIPv6Address();
        pseudo.append(reinterpret_cast<const char *>(a.c), 16).append(reinterpret_cast<const char *>(b.c), 16);
        put32(quint32(segment.size()));
        put32(quint32(p.protocol));
    }
    return Pcapng::internetChecksum(pseudo + segment) == 0;
}

} // namespace

class TestPcapngWriter : public QObject
{
    Q_OBJECT
private slots:
    void sectionHeaderByteByByte()
    {
        const QByteArray shb = Pcapng::sectionHeaderBlock();
        const QByteArray app = "Sockpit " SOCKPIT_VERSION;
        const qsizetype padded = (app.size() + 3) / 4 * 4;
        QByteArray expected = QByteArray::fromHex("0a0d0d0a") + QByteArray(4, 0) // length, below
                              + QByteArray::fromHex("4d3c2b1a" "0100" "0000" "ffffffffffffffff")
                              + QByteArray::fromHex("0400") + char(app.size()) + '\0' + app
                              + QByteArray(padded - app.size(), 0) + QByteArray(4, 0) + QByteArray(4, 0);
        const char total = char(expected.size());
        expected[4] = total;
        expected[expected.size() - 4] = total;
        QCOMPARE(shb.toHex(), expected.toHex());
    }

    void interfaceByteByByte()
    {
        QCOMPARE(Pcapng::interfaceDescriptionBlock().toHex(),
                 QByteArray("01000000" "20000000" "6500" "0000" "00000000" "0900" "0100" "06000000" "00000000"
                            "20000000"));
    }

    void packetBlockByteByByte()
    {
        // 0x0000'0001'0000'0002 µs, 3 bytes padded to 4, one comment of 2 bytes padded to 4.
        const QByteArray epb = Pcapng::enhancedPacketBlock(0x100000002LL, "abc", {QStringLiteral("hi")});
        QCOMPARE(epb.toHex(), QByteArray("06000000" "30000000" "00000000" "01000000" "02000000" "03000000"
                                         "03000000" "61626300" "0100" "0200" "68690000" "00000000" "30000000"));
        // No comment: no options at all.
        QCOMPARE(Pcapng::enhancedPacketBlock(0, "abcd").size(), 32 + 4);
    }

    void internetChecksumOfAKnownHeader()
    {
        // An IPv4 header with its checksum (0xb861) zeroed.
        const QByteArray header = QByteArray::fromHex("450000730000400040110000c0a80001c0a800c7");
        QCOMPARE(Pcapng::internetChecksum(header), quint16(0xb861));
        QCOMPARE(Pcapng::internetChecksum(QByteArray::fromHex("01")), quint16(~0x0100));
    }

    void ipv4AndTcpHeaders()
    {
        const Pcapng::Addresses ends{QHostAddress(QStringLiteral("127.0.0.1")), 40000,
                                     QHostAddress(QStringLiteral("127.0.0.2")), 7788};
        const QByteArray ip = Pcapng::tcpPacket(ends, Pcapng::TcpFields{1000, 2000, Pcapng::Psh | Pcapng::Ack, -1},
                                                "hello", 7);
        QCOMPARE(ip.size(), 20 + 20 + 5);
        QCOMPARE(ip.left(12).toHex(), QByteArray("4500002d00074000" "4006").append(ip.mid(10, 2).toHex()));
        QCOMPARE(Pcapng::internetChecksum(ip.left(20)), quint16(0)); // a header with its checksum sums to 0
        const auto p = Walker::packet(Pcapng::enhancedPacketBlock(0, ip).mid(8, -1).chopped(4));
        QVERIFY(p);
        QCOMPARE(p->source, ends.source);
        QCOMPARE(p->destinationPort, quint16(7788));
        QCOMPARE(p->seq, 1000u);
        QCOMPARE(p->ack, 2000u);
        QCOMPARE(p->flags, quint8(0x18));
        QCOMPARE(p->payload, QByteArray("hello"));
        QVERIFY(p->ipLengthOk);
        QVERIFY(transportChecksumOk(*p));
    }

    void ipv6AndUdpHeaders()
    {
        const Pcapng::Addresses ends{QHostAddress(QStringLiteral("::1")), 5000, QHostAddress(QStringLiteral("::1")),
                                     6000};
        const QByteArray ip = Pcapng::udpPacket(ends, "datagram");
        QCOMPARE(ip.size(), 40 + 8 + 8);
        QCOMPARE(ip.left(8).toHex(), QByteArray("6000000000101140"));
        const auto p = Walker::packet(Pcapng::enhancedPacketBlock(0, ip).mid(8, -1).chopped(4));
        QVERIFY(p);
        QCOMPARE(p->version, 6);
        QCOMPARE(p->protocol, 17);
        QCOMPARE(p->payload, QByteArray("datagram"));
        QVERIFY(p->ipLengthOk);
        QVERIFY(transportChecksumOk(*p));
    }

    void sequenceNumbersFollowBothDirections()
    {
        LocalEndpoint local;
        local.address = QHostAddress(QStringLiteral("127.0.0.1"));
        local.port = 7788;
        PcapngStreams streams(local);
        QByteArray file = PcapngStreams::fileHeader();
        const Peer peer = peerAt(1, "127.0.0.1", 50000);
        streams.open(peer, 1000, QStringLiteral("connected"), file);
        streams.payload(Direction::Rx, peer, "request", false, 2000, file);
        streams.payload(Direction::Tx, peer, "answer!", false, 3000, file);
        streams.payload(Direction::Rx, peer, "more", false, 4000, file);
        streams.close(peer, 5000, QStringLiteral("closed by peer"), file);
        const QList<Walker::Packet> p = walk(file);
        QCOMPARE(p.size(), 3 + 3 + 3);
        QCOMPARE(streams.packetCount(), 9u);
        // The peer opens (we are a server): SYN from it, with the comment.
        QCOMPARE(p[0].flags, quint8(Pcapng::Syn));
        QCOMPARE(p[0].sourcePort, quint16(50000));
        QCOMPARE(p[0].comments, QStringList{QStringLiteral("INFO: connected")});
        QCOMPARE(p[1].flags, quint8(Pcapng::Syn | Pcapng::Ack));
        QCOMPARE(p[1].ack, p[0].seq + 1);
        QCOMPARE(p[2].seq, p[0].seq + 1);
        QCOMPARE(p[2].ack, p[1].seq + 1);
        const quint32 peerIsn = p[0].seq + 1;
        const quint32 ourIsn = p[1].seq + 1;
        QCOMPARE(p[3].seq, peerIsn);
        QCOMPARE(p[3].ack, ourIsn);
        QCOMPARE(p[4].seq, ourIsn);
        QCOMPARE(p[4].ack, peerIsn + 7);
        QCOMPARE(p[4].sourcePort, quint16(7788));
        QCOMPARE(p[5].seq, peerIsn + 7);
        QCOMPARE(p[5].ack, ourIsn + 7);
        QCOMPARE(p[6].flags, quint8(Pcapng::Fin | Pcapng::Ack));
        QCOMPARE(p[6].seq, peerIsn + 11);
        QCOMPARE(p[6].comments, QStringList{QStringLiteral("INFO: closed by peer")});
        QCOMPARE(p[7].ack, peerIsn + 12);
        QCOMPARE(p[8].ack, ourIsn + 8);
        QCOMPARE(p[3].usecs, 2000u);
        QVERIFY(!streams.isOpen(1));
    }

    void largePayloadIsCut()
    {
        PcapngStreams streams(LocalEndpoint{});
        QByteArray file = PcapngStreams::fileHeader();
        QByteArray data(200000, 'x');
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char(i * 7);
        streams.payload(Direction::Tx, peerAt(1, "127.0.0.1", 7788), data, false, 0, file);
        const QList<Walker::Packet> p = walk(file);
        QCOMPARE(p.size(), 3 + 4); // implicit handshake, then 200000 / 65495 rounded up
        QByteArray joined;
        for (qsizetype i = 3; i < p.size(); ++i) {
            QCOMPARE(p[i].seq, p[3].seq + quint32(joined.size()));
            QVERIFY(p[i].ip.size() <= 65535);
            QVERIFY(p[i].ipLengthOk);
            joined += p[i].payload;
        }
        QCOMPARE(joined, data);
    }

    void localEndpointRules()
    {
        // A TCP client: we send the SYN; a known local port is used, others are made up.
        LocalEndpoint client;
        client.opensConnections = true;
        client.portsByPeer.insert(2, 41000);
        PcapngStreams streams(client);
        QByteArray file = PcapngStreams::fileHeader();
        streams.payload(Direction::Tx, peerAt(1, "::ffff:127.0.0.1", 7788), "a", false, 0, file);
        streams.payload(Direction::Tx, peerAt(2, "::1", 7788), "b", false, 0, file);
        streams.payload(Direction::Tx, peerAt(3, "192.0.2.1", 7788), "c", false, 0, file);
        const QList<Walker::Packet> p = walk(file);
        QCOMPARE(p.size(), 12);
        QCOMPARE(p[0].version, 4); // IPv4-mapped peer written as IPv4
        QCOMPARE(p[0].source, QHostAddress(QStringLiteral("127.0.0.1")));
        QCOMPARE(p[0].destination, QHostAddress(QStringLiteral("127.0.0.1")));
        QCOMPARE(p[0].sourcePort, PcapngStreams::FirstMadeUpPort);
        QCOMPARE(p[0].destinationPort, quint16(7788));
        QCOMPARE(p[4].version, 6);
        QCOMPARE(p[4].source, QHostAddress(QStringLiteral("::1")));
        QCOMPARE(p[4].sourcePort, quint16(41000));
        QCOMPARE(p[8].source, QHostAddress(QStringLiteral("0.0.0.0"))); // not loopback: unspecified
        QCOMPARE(p[8].sourcePort, quint16(PcapngStreams::FirstMadeUpPort + 2));

        // A server on every address: the listen port, loopback for a loopback peer.
        LocalEndpoint server;
        server.address = QHostAddress(QHostAddress::Any);
        server.port = 7788;
        PcapngStreams serverStreams(server);
        QByteArray serverFile = PcapngStreams::fileHeader();
        serverStreams.payload(Direction::Rx, peerAt(1, "::1", 50000), "x", false, 0, serverFile);
        const QList<Walker::Packet> s = walk(serverFile);
        QCOMPARE(s[3].destination, QHostAddress(QStringLiteral("::1")));
        QCOMPARE(s[3].destinationPort, quint16(7788));
        QCOMPARE(s[0].flags, quint8(Pcapng::Syn));
        QCOMPARE(s[0].sourcePort, quint16(50000)); // the client opened
    }

    void datagramsAndMessages()
    {
        LocalEndpoint udp;
        udp.transport = LocalEndpoint::Transport::Udp;
        udp.address = QHostAddress(QStringLiteral("127.0.0.1"));
        udp.port = 9000;
        PcapngStreams streams(udp);
        QByteArray file = PcapngStreams::fileHeader();
        const Peer peer = peerAt(1, "127.0.0.1", 9001);
        streams.payload(Direction::Rx, peer, "one", true, 10, file);
        streams.payload(Direction::Tx, peer, "two", true, 20, file);
        streams.message(Direction::Error, QStringLiteral("bind failed"), 30, file);
        streams.open(peer, 40, QStringLiteral("joined"), file); // no connections over UDP: a message
        const QList<Walker::Packet> p = walk(file);
        QCOMPARE(p.size(), 4);
        QCOMPARE(p[0].sourcePort, quint16(9001));
        QCOMPARE(p[0].destinationPort, quint16(9000));
        QCOMPARE(p[0].payload, QByteArray("one"));
        QCOMPARE(p[1].sourcePort, quint16(9000));
        QCOMPARE(p[1].payload, QByteArray("two"));
        QCOMPARE(p[2].destinationPort, PcapngStreams::SyslogPort);
        QCOMPARE(p[2].payload, QByteArray("<11>Sockpit: bind failed"));
        QCOMPARE(p[2].comments, QStringList{QStringLiteral("ERROR: bind failed")});
        QCOMPARE(p[2].usecs, 30u);
        QCOMPARE(p[3].comments, QStringList{QStringLiteral("INFO: joined")});
    }
};

QTEST_GUILESS_MAIN(TestPcapngWriter)
#include "tst_pcapngwriter.moc"
