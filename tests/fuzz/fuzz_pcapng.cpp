// pcapng export: random traffic (directions, IPv4/IPv6/mapped peers, payload
// sizes, streams and datagrams, opens, closes, messages) through
// PcapngStreams; an independent block walker checks every block's two length
// fields and alignment, and that the payloads of each TCP or UDP flow, put
// together, are exactly the bytes given, with sequence numbers that follow them.
//
// Input: the first bytes steer (via Draw), all of it is the payload source.

#include "pcapngstreams.h"
#include "fuzzcheck.h"

#include "../common/pcapngwalker.h"

#include <QHash>

#include <map>

using namespace Sockpit;
namespace Walker = SockpitTest::PcapngWalker;

namespace {

constexpr int MaxEvents = 64;

QString flowKey(const QHostAddress &from, quint16 fromPort, const QHostAddress &to, quint16 toPort)
{
    return QStringLiteral("%1:%2>%3:%4").arg(from.toString()).arg(fromPort).arg(to.toString()).arg(toPort);
}

Peer peerNumber(quint32 n)
{
    static const char *const addresses[] = {"127.0.0.1", "::1", "::ffff:127.0.0.2", "192.0.2.7", "2001:db8::5"};
    return Peer{n + 1, QHostAddress(QString::fromLatin1(addresses[n % 5])), quint16(40000 + n)};
}

/// Sequence numbers follow the bytes: SYN and FIN take one, data its length.
void checkSequence(QHash<QString, quint32> &next, const QString &key, const Walker::Packet &p)
{
    if (p.flags & Pcapng::Syn) {
        next[key] = p.seq + 1;
        return;
    }
    FUZZ_CHECK(next.contains(key), key + QStringLiteral(": data before a SYN"));
    FUZZ_CHECK(p.seq == next[key], key + QStringLiteral(": seq %1, expected %2").arg(p.seq).arg(next[key]));
    next[key] += quint32(p.payload.size()) + ((p.flags & Pcapng::Fin) ? 1 : 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray source(reinterpret_cast<const char *>(data), qsizetype(size));
    Fuzz::Draw draw(data, size);
    LocalEndpoint local;
    local.transport = draw.below(3) == 0 ? LocalEndpoint::Transport::Udp : LocalEndpoint::Transport::Tcp;
    local.opensConnections = draw.below(2);
    local.port = draw.below(2) ? 7788 : 0;
    local.address = draw.below(2) ? QHostAddress(QHostAddress::Any) : QHostAddress(QStringLiteral("127.0.0.1"));
    PcapngStreams streams(local);
    QByteArray file = PcapngStreams::fileHeader();
    // Bytes given per peer and direction; mapped to flows once the file names them.
    std::map<std::pair<quint64, bool>, QByteArray> given;
    qsizetype at = 0;
    const int events = int(draw.below(MaxEvents)) + 1;
    for (int i = 0; i < events; ++i) {
        const Peer peer = peerNumber(draw.below(4));
        const qint64 usecs = qint64(draw.below(1u << 30)) * 1000;
        switch (draw.below(8)) {
        case 0: streams.open(peer, usecs, QStringLiteral("opened"), file); break;
        case 1: streams.close(peer, usecs, draw.below(2) ? QStringLiteral("closed") : QString(), file); break;
        case 2: streams.message(draw.below(2) ? Direction::Info : Direction::Error, Fuzz::utf8Text(data, qMin<size_t>(size, 40)), usecs, file); break;
        default: {
            const bool tx = draw.below(2);
            qsizetype length = draw.below(10) == 0 ? qsizetype(draw.below(140000)) : qsizetype(draw.below(64));
            QByteArray payload;
            while (payload.size() < length) {
                const QByteArray piece = source.mid(at % source.size(), length - payload.size());
                payload += piece;
                at += piece.size();
            }
            streams.payload(tx ? Direction::Tx : Direction::Rx, peer, payload, /*datagram*/ false, usecs, file);
            given[{peer.id, tx}] += payload;
        }
        }
    }

    QString error;
    const auto packets = Walker::packets(file, &error);
    FUZZ_CHECK(packets.has_value(), error);
    FUZZ_CHECK(quint64(packets->size()) == streams.packetCount(), QStringLiteral("packet count"));
    std::map<QString, QByteArray> flows;
    QHash<QString, quint32> next;
    for (const Walker::Packet &p : *packets) {
        FUZZ_CHECK(p.ipLengthOk && p.ip.size() <= 65535 + 40, QStringLiteral("IP length of a packet"));
        FUZZ_CHECK(p.protocol == Pcapng::ProtocolTcp || p.protocol == Pcapng::ProtocolUdp, QStringLiteral("protocol"));
        if (p.sourcePort == PcapngStreams::SyslogPort && p.destinationPort == PcapngStreams::SyslogPort)
            continue; // a message's carrier
        const QString key = flowKey(p.source, p.sourcePort, p.destination, p.destinationPort);
        if (p.protocol == Pcapng::ProtocolTcp && local.transport == LocalEndpoint::Transport::Tcp)
            checkSequence(next, key, p);
        flows[key] += p.payload;
    }
    // Each peer's bytes each way are one flow's, whatever ports and addresses it got.
    for (const auto &[peerAndDirection, bytes] : given) {
        if (bytes.isEmpty())
            continue;
        bool found = false;
        for (const auto &[key, flowBytes] : flows) {
            const QString port = QStringLiteral(":%1").arg(40000 + peerAndDirection.first - 1);
            const bool fromPeer = key.section(u'>', 0, 0).endsWith(port);
            const bool toPeer = key.section(u'>', 1, 1).endsWith(port);
            if ((peerAndDirection.second ? toPeer : fromPeer) && flowBytes == bytes)
                found = true;
        }
        FUZZ_CHECK(found, QStringLiteral("peer %1 %2: %3 bytes not found as one flow")
                              .arg(peerAndDirection.first)
                              .arg(peerAndDirection.second ? QStringLiteral("tx") : QStringLiteral("rx"))
                              .arg(bytes.size()));
    }
    return 0;
}
