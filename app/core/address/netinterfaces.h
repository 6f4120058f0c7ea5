#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace Sockpit {

/// One address of an interface.
struct InterfaceAddress
{
    QHostAddress ip;         ///< without the scope id
    int prefixLength = -1;   ///< -1 when the platform does not say
    QHostAddress broadcast;  ///< IPv4 only; null when none

    /// "192.168.1.5/24", ready for the calculator.
    QString toCidr() const;
};

/// A default route: where packets for other networks go.
struct DefaultGateway
{
    QString interfaceName;
    QHostAddress gateway;
    quint32 metric = 0;
};

/// A network interface of this machine, as the calculator lists it.
struct InterfaceInfo
{
    QString name;            ///< "eth0", "lo"
    QString humanName;       ///< the platform's display name (Windows); may equal name
    bool up = false;
    bool running = false;
    bool loopback = false;
    QString mac;             ///< empty when the interface has none
    QList<InterfaceAddress> addresses;
    QList<DefaultGateway> gateways;
};

/// This machine's interfaces and default gateways. Reads QNetworkInterface and,
/// on Linux, the kernel routing tables in /proc/net; runs no commands.
namespace NetInterfaces {

/// Every interface, with its default gateways attached; loopback first.
QList<InterfaceInfo> list();

/// The default routes in /proc/net/route text (IPv4). Fields are hex in the
/// byte order of the machine that wrote them, as the kernel prints them.
QList<DefaultGateway> parseIpv4Routes(const QByteArray &content);
/// The default routes in /proc/net/ipv6_route text.
QList<DefaultGateway> parseIpv6Routes(const QByteArray &content);
/// Both tables of this machine; empty where the platform does not expose them.
QList<DefaultGateway> defaultGateways();

} // namespace NetInterfaces
} // namespace Sockpit
