#pragma once

#include <QHostAddress>
#include <QString>

class QUdpSocket;

namespace Sockpit {

/// Socket options Qt does not offer, set on a bound QUdpSocket's descriptor.
/// Each returns an empty string or the system's reason for refusing.
namespace UdpSocketOptions {

/// Qt turns SO_BROADCAST on for every UDP socket; this lets the user's switch decide.
QString setBroadcast(QUdpSocket *socket, bool enabled);

/// True where an IPv4 group can be joined on a socket bound to every IPv4 and
/// IPv6 address (Linux); Qt refuses it everywhere.
bool dualStackIPv4Multicast();
/// Joins or leaves an IPv4 group on a dual-stack socket; interfaceIndex 0 lets the system choose.
QString changeIPv4Membership(QUdpSocket *socket, const QHostAddress &group, int interfaceIndex, bool join);
/// TTL, loopback and outgoing interface for IPv4 multicast on a dual-stack socket
/// (Qt sets only the IPv6 options there).
QString setIPv4Multicast(QUdpSocket *socket, int ttl, bool loopback, int interfaceIndex);

} // namespace UdpSocketOptions
} // namespace Sockpit
