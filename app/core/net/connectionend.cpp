#include "connectionend.h"

#include "socketerrors.h"

#include <QCoreApplication>

namespace Sockpit {

namespace {
// The words keep the translation contexts they were first translated in: the
// client's in TcpClientSession, the server's in TcpServerSession.
QString towardsServer(const ConnectionEnd &end, const QString &target)
{
    using Kind = ConnectionEnd::Kind;
    switch (end.kind) {
    case Kind::ClosedByPeer:
        return QCoreApplication::translate("Sockpit::TcpClientSession", "closed by the peer");
    case Kind::ResetByPeer:
        return QCoreApplication::translate("Sockpit::TcpClientSession", "reset by the peer");
    case Kind::Failed:
        return socketErrorMessage(end.error, target, end.detail);
    case Kind::IdleTimeout:
        return QCoreApplication::translate("Sockpit::TcpClientSession", "short connection closed after waiting %1 ms for more data")
            .arg(end.idleMs);
    case Kind::ClosedByUs:
        return QCoreApplication::translate("Sockpit::TcpClientSession", "disconnected");
    case Kind::AbortedByUs:
        return QCoreApplication::translate("Sockpit::TcpClientSession", "connection aborted");
    }
    return QString();
}

QString towardsClient(const ConnectionEnd &end)
{
    using Kind = ConnectionEnd::Kind;
    // Kept out of the translate() call: lupdate's parser loops on a division among its arguments.
    const int idleSeconds = int(end.idleMs / 1000);
    switch (end.kind) {
    case Kind::ClosedByPeer:
        return QCoreApplication::translate("Sockpit::TcpServerSession", "closed by the client");
    case Kind::ResetByPeer:
        return QCoreApplication::translate("Sockpit::TcpServerSession", "connection reset by the client");
    case Kind::Failed:
        return QCoreApplication::translate("Sockpit::TcpServerSession", "connection error: %1").arg(end.detail);
    case Kind::IdleTimeout:
        return QCoreApplication::translate("Sockpit::TcpServerSession", "closed by the idle timeout: nothing received for %n second(s)", nullptr, idleSeconds);
    case Kind::ClosedByUs:
    case Kind::AbortedByUs:
        return QCoreApplication::translate("Sockpit::TcpServerSession", "disconnected by you");
    }
    return QString();
}
} // namespace

ClientState ConnectionEnd::clientState() const
{
    switch (kind) {
    case Kind::ClosedByPeer:
        return ClientState::ClosedByPeer;
    case Kind::ResetByPeer:
        return ClientState::Reset;
    case Kind::Failed:
        return ClientState::Failed;
    case Kind::IdleTimeout:
        return ClientState::IdleTimeout;
    case Kind::ClosedByUs:
    case Kind::AbortedByUs:
        return ClientState::Disconnected;
    }
    return ClientState::Failed;
}

QString describeEnd(const ConnectionEnd &end, PeerRole role, const QString &target)
{
    const QString words = role == PeerRole::Server ? towardsServer(end, target) : towardsClient(end);
    if (end.droppedBytes <= 0)
        return words;
    if (role == PeerRole::Client) {
        return QCoreApplication::translate("Sockpit::TcpServerSession", "%1; %2 queued bytes were dropped because the client did not take them")
            .arg(words)
            .arg(end.droppedBytes);
    }
    return QCoreApplication::translate("Sockpit::TcpClientSession", "%1; %2 queued bytes were dropped because the server did not take them")
        .arg(words)
        .arg(end.droppedBytes);
}

QString endErrorMessage(const ConnectionEnd &end, const QString &target)
{
    switch (end.kind) {
    case ConnectionEnd::Kind::ResetByPeer:
        return QCoreApplication::translate("Sockpit::TcpClientSession", "connection to %1 reset by the peer").arg(target);
    case ConnectionEnd::Kind::Failed:
        return socketErrorMessage(end.error, target, end.detail);
    default:
        return QString();
    }
}

} // namespace Sockpit
