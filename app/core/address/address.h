#pragma once

#include <QHostAddress>
#include <QList>
#include <QNetworkInterface>
#include <QString>

namespace Sockpit {

/// The one home of small address helpers: nothing else strips brackets,
/// formats host:port, unwraps IPv4-mapped addresses or computes broadcasts.
namespace Address {

/// "[::1]" -> "::1"; other text trimmed and returned as it is.
QString withoutBrackets(const QString &host);
/// "::1" -> "[::1]" (any host with a colon); names and IPv4 as they are.
QString bracketed(const QString &host);
/// "host:port", with brackets around IPv6 hosts.
QString hostPort(const QString &host, quint16 port);
/// "127.0.0.1:7788" or "[fe80::1%eth0]:7788"; an IPv4-mapped IPv6 address is shown as IPv4.
QString hostPort(const QHostAddress &address, quint16 port);

/// ::ffff:a.b.c.d -> a.b.c.d (a dual-stack socket's IPv4 peers); others unchanged.
QHostAddress unmapped(const QHostAddress &address);
/// Any, AnyIPv4 or AnyIPv6.
bool isAny(const QHostAddress &address);

/// The IPv4 broadcast address of ip/prefix (prefix 1–30); null otherwise.
QHostAddress broadcastOf(const QHostAddress &ip, int prefixLength);
/// The IPv4 broadcast addresses of an interface (as the system states them, or computed).
QList<QHostAddress> broadcastAddresses(const QNetworkInterface &iface);
/// True when address is the broadcast address of a network of this machine.
bool isLocalBroadcast(const QHostAddress &address);

} // namespace Address
} // namespace Sockpit
