#pragma once

#include "clientstate.h"
#include "socketio.h"

#include <QMetaType>
#include <QString>

namespace Sockpit {

/// How a TCP connection ended, whichever side ended it. Every connection
/// (client, server's clients, later relay legs and TLS) reports its end as
/// one of these, and describe() below is the one place that puts an end
/// into the user's words.
struct ConnectionEnd
{
    enum class Kind : quint8 {
        ClosedByPeer, ///< the peer closed (its FIN, and we had sent ours or were not asked to wait)
        ResetByPeer,  ///< the peer reset the connection (RST): what was in flight may be lost
        Failed,       ///< another error (error, detail)
        IdleTimeout,  ///< we closed it after idleMs without data from the peer
        ClosedByUs,   ///< our graceful close: queued data left first
        AbortedByUs,  ///< our abort: queued data dropped, the peer sees a reset
    };

    Kind kind = Kind::ClosedByPeer;
    IoError error = IoError::None; ///< Failed: what went wrong
    QString detail;                ///< Failed: the system's own words
    qint64 idleMs = 0;             ///< IdleTimeout: how long nothing came
    qint64 droppedBytes = 0;       ///< queued bytes that never left

    static ConnectionEnd of(Kind kind) { return ConnectionEnd{kind, IoError::None, QString(), 0, 0}; }
    static ConnectionEnd failed(IoError error, const QString &detail)
    {
        return ConnectionEnd{Kind::Failed, error, detail, 0, 0};
    }
    static ConnectionEnd idle(qint64 ms) { return ConnectionEnd{Kind::IdleTimeout, IoError::None, QString(), ms, 0}; }

    /// An end the user must hear about as an error: a reset or a failure.
    bool isError() const { return kind == Kind::ResetByPeer || kind == Kind::Failed; }
    /// The matching state in a server's client list.
    ClientState clientState() const;
};

/// Who the peer is to the user: the TCP client talks to a Server, the TCP
/// server to its Clients. The words differ ("closed by the peer", "closed by
/// the client"); the rule is the same.
enum class PeerRole : quint8 { Server, Client };

/// Why the connection ended, as peerLeft and the client list say it
/// ("closed by the peer", "connection reset by the client", "disconnected by you").
/// target names the other end ("127.0.0.1:7788") where the words need it.
QString describeEnd(const ConnectionEnd &end, PeerRole role, const QString &target);
/// The error sentence for an end that isError() ("connection to 127.0.0.1:7788
/// reset by the peer"); empty for an orderly end.
QString endErrorMessage(const ConnectionEnd &end, const QString &target);

} // namespace Sockpit

Q_DECLARE_METATYPE(Sockpit::ConnectionEnd)
