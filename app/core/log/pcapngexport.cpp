#include "pcapngexport.h"

#include "relaysession.h"
#include "replacingfile.h"
#include "tcpclientsession.h"
#include "tcpserversession.h"
#include "trafficlog.h"
#include "udpsession.h"

#include <QCoreApplication>

namespace Sockpit::PcapngExport {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::PcapngExport)
};

/// One log entry into packets: payloads as they are, a connection's first
/// notice opens it and its next one closes it (what TrafficRecorder logs for
/// peerJoined and peerLeft), anything else is a message.
void encodeEntry(PcapngStreams &streams, const LogEntry &entry, QByteArray &out)
{
    const qint64 usecs = entry.msecsSinceEpoch * 1000;
    if (entry.isPayload()) {
        streams.payload(entry.direction, entry.peer, entry.data, entry.datagram, usecs, out);
    } else if (entry.direction == Direction::Info && entry.peer.isValid()) {
        if (streams.isOpen(entry.peer.id))
            streams.close(entry.peer, usecs, entry.text, out);
        else
            streams.open(entry.peer, usecs, entry.text, out);
    } else {
        streams.message(entry.direction, entry.text, usecs, out);
    }
}

} // namespace

LocalEndpoint localEndpointOf(const Session *session)
{
    LocalEndpoint local;
    if (const auto *client = qobject_cast<const TcpClientSession *>(session)) {
        local.opensConnections = true;
        if (client->localPort())
            local.portsByPeer.insert(client->peer().id, client->localPort());
    } else if (const auto *server = qobject_cast<const TcpServerSession *>(session)) {
        local.address = server->listenAddress();
        local.port = server->listenPort();
    } else if (const auto *relay = qobject_cast<const RelaySession *>(session)) {
        local.address = relay->listenAddress(); // the client legs'; the target legs are ours
        local.port = relay->listenPort();
    } else if (const auto *udp = qobject_cast<const UdpSession *>(session)) {
        local.transport = LocalEndpoint::Transport::Udp;
        local.address = udp->localAddress();
        local.port = udp->localPort();
    }
    return local;
}

Status exportLog(const TrafficLog &log, const LocalEndpoint &local, const QString &path)
{
    ReplacingFile file(path);
    if (!file.open())
        return Status::failure(Text::tr("cannot create the pcapng file '%1': %2").arg(path, file.errorString()));
    const auto failed = [&file, &path] {
        return Status::failure(Text::tr("writing the pcapng file '%1' failed: %2").arg(path, file.errorString()));
    };
    PcapngStreams streams(local);
    QByteArray out = PcapngStreams::fileHeader();
    // Written in pieces, so that a full log is never held twice in memory.
    constexpr qsizetype PieceBytes = 1024 * 1024;
    for (quint64 seq = log.firstSeq(); seq < log.endSeq(); ++seq) {
        // Payload text is not needed (peekAt leaves it undecoded); a message's is.
        LogEntry entry = log.peekAt(seq);
        if (!entry.isPayload())
            entry = log.at(seq);
        encodeEntry(streams, entry, out);
        if (out.size() >= PieceBytes) {
            if (!file.write(out))
                return failed();
            out.clear();
        }
    }
    if (!file.write(out) || !file.commit())
        return failed();
    return Status::success();
}

} // namespace Sockpit::PcapngExport
