#include "address.h"

namespace Sockpit {
namespace Address {

QString withoutBrackets(const QString &host)
{
    const QString trimmed = host.trimmed();
    if (trimmed.startsWith(u'[') && trimmed.endsWith(u']'))
        return trimmed.mid(1, trimmed.size() - 2).trimmed();
    return trimmed;
}

QString bracketed(const QString &host)
{
    return host.contains(u':') ? u'[' + host + u']' : host;
}

QString hostPort(const QString &host, quint16 port)
{
    return bracketed(host) + u':' + QString::number(port);
}

QString hostPort(const QHostAddress &address, quint16 port)
{
    if (address.isNull())
        return QString();
    const QHostAddress plain = unmapped(address);
    if (plain.protocol() == QAbstractSocket::IPv4Protocol)
        return plain.toString() + u':' + QString::number(port);
    QHostAddress bare = plain;
    bare.setScopeId(QString());
    QString text = bare.toString();
    if (!plain.scopeId().isEmpty())
        text += u'%' + plain.scopeId();
    return u'[' + text + QStringLiteral("]:") + QString::number(port);
}

QHostAddress unmapped(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

bool isAny(const QHostAddress &address)
{
    return address == QHostAddress(QHostAddress::Any) || address == QHostAddress(QHostAddress::AnyIPv4)
           || address == QHostAddress(QHostAddress::AnyIPv6);
}

QHostAddress broadcastOf(const QHostAddress &ip, int prefixLength)
{
    if (ip.protocol() != QAbstractSocket::IPv4Protocol || prefixLength <= 0 || prefixLength >= 31)
        return QHostAddress();
    return QHostAddress(ip.toIPv4Address() | (0xffffffffu >> prefixLength));
}

QList<QHostAddress> broadcastAddresses(const QNetworkInterface &iface)
{
    QList<QHostAddress> addresses;
    const QList<QNetworkInterface> interfaces = iface.isValid() ? QList<QNetworkInterface>{iface}
                                                                : QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &each : interfaces) {
        if (!(each.flags() & QNetworkInterface::IsUp))
            continue;
        const QList<QNetworkAddressEntry> entries = each.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            QHostAddress broadcast = entry.broadcast();
            if (broadcast.isNull())
                broadcast = broadcastOf(entry.ip(), entry.prefixLength());
            if (!broadcast.isNull() && !addresses.contains(broadcast))
                addresses.append(broadcast);
        }
    }
    return addresses;
}

bool isLocalBroadcast(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    if (address == QHostAddress(QHostAddress::Broadcast))
        return true;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        const QList<QNetworkAddressEntry> entries = iface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            // Loopback has no broadcast flag, yet 127.255.255.255 is one.
            if (entry.broadcast() == address || broadcastOf(entry.ip(), entry.prefixLength()) == address)
                return true;
        }
    }
    return false;
}

} // namespace Address
} // namespace Sockpit
