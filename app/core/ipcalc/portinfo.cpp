#include "portinfo.h"

#include <QFile>
#include <QList>

namespace Sockpit {

namespace {

struct Service
{
    quint16 port;
    const char *name;
    const char *description;
};

} // namespace

PortInfo::Range PortInfo::range(quint16 port)
{
    if (port <= 1023)
        return Range::WellKnown;
    if (port <= 49151)
        return Range::Registered;
    return Range::Dynamic;
}

QString PortInfo::rangeToken(Range r)
{
    switch (r) {
    case Range::WellKnown: return QStringLiteral("well-known");
    case Range::Registered: return QStringLiteral("registered");
    case Range::Dynamic: return QStringLiteral("dynamic");
    }
    return QString();
}

QString PortInfo::describeRange(quint16 port)
{
    switch (range(port)) {
    case Range::WellKnown:
        return tr("well-known port (0–1023): kept for standard services; listening on it usually needs administrator rights");
    case Range::Registered:
        return tr("registered port (1024–49151): registered with IANA for applications; the tutorial calls every port from 1024 up dynamic");
    case Range::Dynamic:
        return tr("dynamic or private port (49152–65535): free for temporary use; the tutorial calls every port from 1024 up dynamic");
    }
    return QString();
}

static const Service *findService(quint16 port)
{
    // Ports every network tutorial meets; names are protocol names and stay as they are.
    static const Service services[] = {
        {7, "Echo", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "sends back what it receives")},
        {9, "Discard", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "drops what it receives")},
        {13, "Daytime", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "the date and time as text")},
        {20, "FTP-data", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "file transfer, active-mode data")},
        {21, "FTP", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "file transfer")},
        {22, "SSH", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "secure shell, remote login")},
        {23, "Telnet", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "remote login, unencrypted")},
        {25, "SMTP", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "sending mail")},
        {37, "Time", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "the time as a number")},
        {43, "WHOIS", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "domain registration lookup")},
        {53, "DNS", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "name resolution")},
        {67, "DHCP", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "address assignment, server side")},
        {68, "DHCP", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "address assignment, client side")},
        {69, "TFTP", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "trivial file transfer")},
        {80, "HTTP", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "web pages")},
        {88, "Kerberos", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "network authentication")},
        {110, "POP3", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "fetching mail")},
        {119, "NNTP", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "news groups")},
        {123, "NTP", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "clock synchronisation")},
        {135, "MS-RPC", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "Windows remote procedure calls")},
        {137, "NetBIOS", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "Windows name service")},
        {138, "NetBIOS", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "Windows datagram service")},
        {139, "NetBIOS", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "Windows session service")},
        {143, "IMAP", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "reading mail on the server")},
        {161, "SNMP", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "network device management")},
        {162, "SNMP-trap", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "network device alerts")},
        {179, "BGP", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "routing between networks")},
        {389, "LDAP", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "directory service")},
        {443, "HTTPS", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "web pages over TLS")},
        {445, "SMB", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "Windows file sharing")},
        {465, "SMTPS", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "sending mail over TLS")},
        {500, "IKE", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "IPsec VPN key exchange")},
        {502, "Modbus/TCP", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "industrial device control")},
        {514, "Syslog", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "system logs")},
        {515, "LPD", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "printing")},
        {520, "RIP", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "routing inside a network")},
        {546, "DHCPv6", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "address assignment, client side")},
        {547, "DHCPv6", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "address assignment, server side")},
        {554, "RTSP", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "streaming media control")},
        {587, "SMTP", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "mail submission")},
        {631, "IPP", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "printing")},
        {636, "LDAPS", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "directory service over TLS")},
        {853, "DNS over TLS", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "encrypted name resolution")},
        {873, "rsync", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "file synchronisation")},
        {989, "FTPS-data", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "file transfer over TLS, data")},
        {990, "FTPS", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "file transfer over TLS")},
        {993, "IMAPS", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "reading mail over TLS")},
        {995, "POP3S", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "fetching mail over TLS")},
        {1080, "SOCKS", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "proxy")},
        {1194, "OpenVPN", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "VPN")},
        {1433, "SQL Server", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "database")},
        {1521, "Oracle", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "database")},
        {1883, "MQTT", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "IoT messaging")},
        {1900, "SSDP", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "UPnP device discovery")},
        {2049, "NFS", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "network file system")},
        {3306, "MySQL", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "database")},
        {3389, "RDP", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "Windows remote desktop")},
        {5060, "SIP", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "voice over IP signalling")},
        {5353, "mDNS", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "name resolution on the local network")},
        {5432, "PostgreSQL", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "database")},
        {5672, "AMQP", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "message queues")},
        {5900, "VNC", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "remote desktop")},
        {6379, "Redis", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "in-memory database")},
        {8080, "HTTP-alt", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "web pages, often a proxy or a development server")},
        {8443, "HTTPS-alt", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "web pages over TLS, alternative port")},
        {8883, "MQTTS", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "IoT messaging over TLS")},
        {11211, "memcached", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "cache")},
        {27017, "MongoDB", QT_TRANSLATE_NOOP("Sockpit::PortInfo", "database")},
    };
    for (const Service &s : services) {
        if (s.port == port)
            return &s;
    }
    return nullptr;
}

QString PortInfo::serviceName(quint16 port)
{
    const Service *s = findService(port);
    return s ? QString::fromLatin1(s->name) : QString();
}

QString PortInfo::service(quint16 port)
{
    const Service *s = findService(port);
    if (!s)
        return QString();
    return tr("%1 (%2)").arg(QString::fromLatin1(s->name), tr(s->description));
}

PortInfo::EphemeralRange PortInfo::parseEphemeralRange(const QByteArray &content)
{
    const QList<QByteArray> fields = content.simplified().split(' ');
    if (fields.size() != 2)
        return {};
    bool firstOk = false;
    bool lastOk = false;
    const int first = fields.at(0).toInt(&firstOk);
    const int last = fields.at(1).toInt(&lastOk);
    if (!firstOk || !lastOk || first < 1 || last > 65535 || first > last)
        return {};
    return {first, last};
}

PortInfo::EphemeralRange PortInfo::systemEphemeralRange()
{
    QFile file(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseEphemeralRange(file.read(64));
}

} // namespace Sockpit
