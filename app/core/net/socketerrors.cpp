#include "socketerrors.h"

#include <QCoreApplication>

namespace Sockpit {

namespace {
// The context lupdate and the translator agree on.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::SocketErrors)
};
} // namespace

QString socketErrorMessage(QAbstractSocket::SocketError error, const QString &target, const QString &detail)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return Text::tr("connection to %1 refused: nothing is listening on that port").arg(target);
    case QAbstractSocket::RemoteHostClosedError:
        return Text::tr("connection to %1 closed by the peer").arg(target);
    case QAbstractSocket::HostNotFoundError:
        return Text::tr("host of %1 not found: check the name or the DNS settings").arg(target);
    case QAbstractSocket::SocketAccessError:
        return Text::tr("%1: permission denied (ports below 1024 need administrator rights)").arg(target);
    case QAbstractSocket::SocketResourceError:
        return Text::tr("%1: out of sockets or file descriptors").arg(target);
    case QAbstractSocket::SocketTimeoutError:
        return Text::tr("%1: the operation timed out").arg(target);
    case QAbstractSocket::DatagramTooLargeError:
        return Text::tr("%1: the datagram is larger than the system allows").arg(target);
    case QAbstractSocket::NetworkError:
        return Text::tr("%1: network error (%2)").arg(target, detail);
    case QAbstractSocket::AddressInUseError:
        return Text::tr("%1 is already in use by another program or socket").arg(target);
    case QAbstractSocket::SocketAddressNotAvailableError:
        return Text::tr("%1 is not an address of this machine").arg(target);
    case QAbstractSocket::UnsupportedSocketOperationError:
        return Text::tr("%1: not supported on this system (is IPv6 enabled?)").arg(target);
    default:
        return Text::tr("%1: %2").arg(target, detail);
    }
}

QString socketErrorMessage(IoError error, const QString &target, const QString &detail)
{
    using E = QAbstractSocket;
    switch (error) {
    case IoError::Refused:
        return socketErrorMessage(E::ConnectionRefusedError, target, detail);
    case IoError::Reset:
        return QCoreApplication::translate("Sockpit::TcpClientSession", "connection to %1 reset by the peer").arg(target);
    case IoError::BrokenPipe:
        return socketErrorMessage(E::RemoteHostClosedError, target, detail);
    case IoError::TimedOut:
        return socketErrorMessage(E::SocketTimeoutError, target, detail);
    case IoError::NetworkUnreachable:
        return Text::tr("connection to %1 failed: the network is unreachable (check the address and this "
                        "machine's network settings)")
            .arg(target);
    case IoError::HostUnreachable:
        return Text::tr("connection to %1 failed: no route to the host (is it switched on and on this network?)")
            .arg(target);
    case IoError::AddressInUse:
        return socketErrorMessage(E::AddressInUseError, target, detail);
    case IoError::AddressNotAvailable:
        return socketErrorMessage(E::SocketAddressNotAvailableError, target, detail);
    case IoError::AccessDenied:
        return socketErrorMessage(E::SocketAccessError, target, detail);
    case IoError::OutOfDescriptors:
        return socketErrorMessage(E::SocketResourceError, target, detail);
    case IoError::Unsupported:
        return socketErrorMessage(E::UnsupportedSocketOperationError, target, detail);
    case IoError::None:
    case IoError::WouldBlock:
    case IoError::Other:
        break;
    }
    return socketErrorMessage(E::UnknownSocketError, target, detail);
}

QString connectTimeoutMessage(const QString &target, int ms)
{
    return QCoreApplication::translate("Sockpit::TcpClientSession", "connection to %1 timed out after %2 ms")
        .arg(target)
        .arg(ms);
}

} // namespace Sockpit
