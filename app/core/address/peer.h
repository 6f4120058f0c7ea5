#pragma once

#include <QHostAddress>
#include <QMetaType>
#include <QString>

namespace Sockpit {

/// One remote end of a session: a connection (TCP) or a sender/target (UDP).
/// The id is unique within a session; 0 means "no particular peer".
struct Peer
{
    quint64 id = 0;
    QHostAddress address;
    quint16 port = 0;

    bool isValid() const { return !address.isNull(); }
    /// "127.0.0.1:7788" or "[::1]:7788"; IPv4-mapped IPv6 addresses are shown as IPv4.
    QString toString() const;
};

} // namespace Sockpit

Q_DECLARE_METATYPE(Sockpit::Peer)
