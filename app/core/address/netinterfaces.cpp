#include "netinterfaces.h"

#include <QFile>
#include <QNetworkInterface>
#include <QtEndian>

#include <algorithm>

namespace Sockpit {

namespace {

// Route flags from <linux/route.h>.
constexpr quint32 RouteUp = 0x0001;
constexpr quint32 RouteGateway = 0x0002;

QByteArray readProcFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    // /proc files report size 0; readAll reads until the end anyway.
    return file.readAll();
}

bool parseHex32(const QByteArray &text, quint32 *out)
{
    bool ok = false;
    const uint value = text.toUInt(&ok, 16);
    if (ok)
        *out = value;
    return ok && text.size() == 8;
}

} // namespace

QString InterfaceAddress::toCidr() const
{
    QHostAddress bare = ip;
    bare.setScopeId(QString());
    const QString text = bare.toString();
    return prefixLength >= 0 ? text + u'/' + QString::number(prefixLength) : text;
}

namespace NetInterfaces {

QList<DefaultGateway> parseIpv4Routes(const QByteArray &content)
{
    // Iface Destination Gateway Flags RefCnt Use Metric Mask MTU Window IRTT
    QList<DefaultGateway> gateways;
    const QList<QByteArray> rows = content.split('\n');
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QList<QByteArray> f = rows.at(i).simplified().split(' ');
        if (f.size() < 8)
            continue;
        quint32 destination = 0;
        quint32 gateway = 0;
        quint32 flags = 0;
        quint32 mask = 0;
        if (!parseHex32(f.at(1), &destination) || !parseHex32(f.at(2), &gateway)
            || !parseHex32(f.at(3).rightJustified(8, '0'), &flags) || !parseHex32(f.at(7), &mask))
            continue;
        if (destination != 0 || mask != 0 || gateway == 0 || (flags & RouteUp) == 0
            || (flags & RouteGateway) == 0)
            continue;
        // The kernel prints the network-order word as a host integer: its bytes
        // in memory, in host order, are the address in network order.
        uchar bytes[4];
        qToUnaligned(gateway, bytes);
        bool metricOk = false;
        const quint32 metric = f.at(6).toUInt(&metricOk);
        gateways << DefaultGateway{QString::fromLocal8Bit(f.at(0)),
                                   QHostAddress(qFromBigEndian<quint32>(bytes)),
                                   metricOk ? metric : 0};
    }
    return gateways;
}

QList<DefaultGateway> parseIpv6Routes(const QByteArray &content)
{
    // dest dest_len src src_len next_hop metric refcnt use flags device
    QList<DefaultGateway> gateways;
    const QList<QByteArray> rows = content.split('\n');
    for (const QByteArray &row : rows) {
        const QList<QByteArray> f = row.simplified().split(' ');
        if (f.size() < 10 || f.at(0).size() != 32 || f.at(4).size() != 32)
            continue;
        const QByteArray destination = QByteArray::fromHex(f.at(0));
        const QByteArray nextHop = QByteArray::fromHex(f.at(4));
        bool ok = false;
        const uint prefix = f.at(1).toUInt(&ok, 16);
        quint32 flags = 0;
        if (!ok || !parseHex32(f.at(8), &flags) || destination.size() != 16 || nextHop.size() != 16)
            continue;
        const bool defaultRoute = prefix == 0 && destination.count('\0') == 16;
        if (!defaultRoute || nextHop.count('\0') == 16 || (flags & RouteUp) == 0
            || (flags & RouteGateway) == 0)
            continue;
        Q_IPV6ADDR hop;
        std::copy(nextHop.cbegin(), nextHop.cend(), hop.c);
        quint32 metric = 0;
        parseHex32(f.at(5), &metric);
        gateways << DefaultGateway{QString::fromLocal8Bit(f.at(9)), QHostAddress(hop), metric};
    }
    return gateways;
}

QList<DefaultGateway> defaultGateways()
{
    QList<DefaultGateway> gateways = parseIpv4Routes(readProcFile(QStringLiteral("/proc/net/route")));
    gateways << parseIpv6Routes(readProcFile(QStringLiteral("/proc/net/ipv6_route")));
    return gateways;
}

QList<InterfaceInfo> list()
{
    const QList<DefaultGateway> gateways = defaultGateways();
    QList<InterfaceInfo> result;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        InterfaceInfo info;
        info.name = iface.name();
        info.humanName = iface.humanReadableName();
        const QNetworkInterface::InterfaceFlags flags = iface.flags();
        info.up = flags.testFlag(QNetworkInterface::IsUp);
        info.running = flags.testFlag(QNetworkInterface::IsRunning);
        info.loopback = flags.testFlag(QNetworkInterface::IsLoopBack);
        info.mac = info.loopback ? QString() : iface.hardwareAddress();
        const QList<QNetworkAddressEntry> entries = iface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            QHostAddress ip = entry.ip();
            ip.setScopeId(QString());
            info.addresses << InterfaceAddress{ip, entry.prefixLength(), entry.broadcast()};
        }
        // IPv4 first, then IPv6; each in the order the system gave.
        std::stable_sort(info.addresses.begin(), info.addresses.end(),
                         [](const InterfaceAddress &a, const InterfaceAddress &b) {
                             return a.ip.protocol() == QAbstractSocket::IPv4Protocol
                                    && b.ip.protocol() != QAbstractSocket::IPv4Protocol;
                         });
        for (const DefaultGateway &g : gateways) {
            if (g.interfaceName == info.name)
                info.gateways << g;
        }
        result << info;
    }
    std::stable_sort(result.begin(), result.end(), [](const InterfaceInfo &a, const InterfaceInfo &b) {
        return a.loopback && !b.loopback;
    });
    return result;
}

} // namespace NetInterfaces
} // namespace Sockpit
