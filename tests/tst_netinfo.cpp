// What the calculator says about ports, and the default gateways and interfaces it reads from the system.
#include "common/ipcalcinputs.h"
#include "netinterfaces.h"
#include "portinfo.h"

#include <QTest>
#include <QtEndian>

using namespace Sockpit;
using namespace Sockpit::IpCalc;
using namespace IpCalcInputs;

Q_DECLARE_METATYPE(Sockpit::PortInfo::Range)

namespace {

// The word /proc/net/route prints for an address: the network-order bytes read
// as a host integer, in hex.
QByteArray routeWord(const char *address)
{
    uchar bytes[4];
    qToBigEndian(v4(address), bytes);
    return QByteArray::number(qFromUnaligned<quint32>(bytes), 16).rightJustified(8, '0').toUpper();
}

} // namespace

class TstNetInfo : public QObject
{
    Q_OBJECT
private slots:
    void portRanges_data();
    void portRanges();
    void portServices_data();
    void portServices();
    void ephemeralRange_data();
    void ephemeralRange();
    void ipv4Routes();
    void ipv6Routes();
    void localInterfaces();
};

// ---- ports ---------------------------------------------------------------------

void TstNetInfo::portRanges_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<PortInfo::Range>("range");
    QTest::addColumn<QString>("token");

    QTest::newRow("0") << 0 << PortInfo::Range::WellKnown << "well-known";
    QTest::newRow("80") << 80 << PortInfo::Range::WellKnown << "well-known";
    QTest::newRow("1023") << 1023 << PortInfo::Range::WellKnown << "well-known";
    QTest::newRow("1024") << 1024 << PortInfo::Range::Registered << "registered";
    QTest::newRow("49151") << 49151 << PortInfo::Range::Registered << "registered";
    QTest::newRow("49152") << 49152 << PortInfo::Range::Dynamic << "dynamic";
    QTest::newRow("65535") << 65535 << PortInfo::Range::Dynamic << "dynamic";
}

void TstNetInfo::portRanges()
{
    QFETCH(int, port);
    QFETCH(PortInfo::Range, range);
    QFETCH(QString, token);
    QCOMPARE(PortInfo::range(quint16(port)), range);
    QCOMPARE(PortInfo::rangeToken(range), token);
    const QString text = PortInfo::describeRange(quint16(port));
    QVERIFY2(text.startsWith(range == PortInfo::Range::Dynamic ? QStringLiteral("dynamic") : token), qPrintable(text));
    // From 1024 up the tutorial's word is "dynamic"; the text says so.
    QCOMPARE(text.contains(QStringLiteral("the tutorial calls every port from 1024 up dynamic")), port >= 1024);
}

void TstNetInfo::portServices_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("name");

    QTest::newRow("21") << 21 << "FTP";
    QTest::newRow("22") << 22 << "SSH";
    QTest::newRow("23") << 23 << "Telnet";
    QTest::newRow("25") << 25 << "SMTP";
    QTest::newRow("53") << 53 << "DNS";
    QTest::newRow("80") << 80 << "HTTP";
    QTest::newRow("443") << 443 << "HTTPS";
    QTest::newRow("3306") << 3306 << "MySQL";
    QTest::newRow("0") << 0 << "";
    QTest::newRow("1") << 1 << "";
    QTest::newRow("7788") << 7788 << "";
    QTest::newRow("65535") << 65535 << "";
}

void TstNetInfo::portServices()
{
    QFETCH(int, port);
    QFETCH(QString, name);
    QCOMPARE(PortInfo::serviceName(quint16(port)), name);
    const QString service = PortInfo::service(quint16(port));
    QCOMPARE(service.isEmpty(), name.isEmpty());
    if (!name.isEmpty())
        QVERIFY2(service.startsWith(name + QStringLiteral(" (")), qPrintable(service));
    if (port == 80)
        QCOMPARE(service, QStringLiteral("HTTP (web pages)"));
}

void TstNetInfo::ephemeralRange_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");

    QTest::newRow("linux default") << QByteArray("32768\t60999\n") << 32768 << 60999;
    QTest::newRow("spaces") << QByteArray("  1024   65535 ") << 1024 << 65535;
    QTest::newRow("empty") << QByteArray() << 0 << 0;
    QTest::newRow("words") << QByteArray("abc def") << 0 << 0;
    QTest::newRow("reversed") << QByteArray("60999 32768") << 0 << 0;
    QTest::newRow("three") << QByteArray("1 2 3") << 0 << 0;
    QTest::newRow("over") << QByteArray("1024 70000") << 0 << 0;
}

void TstNetInfo::ephemeralRange()
{
    QFETCH(QByteArray, content);
    QFETCH(int, first);
    QFETCH(int, last);
    const PortInfo::EphemeralRange r = PortInfo::parseEphemeralRange(content);
    QCOMPARE(r.isValid(), first > 0);
    QCOMPARE(r.first, first);
    QCOMPARE(r.last, last);
    if (r.isValid()) {
        QVERIFY(r.contains(first) && r.contains(last));
        QVERIFY(!r.contains(first - 1) && !r.contains(last + 1));
    }
}

// ---- interfaces and routes --------------------------------------------------------

void TstNetInfo::ipv4Routes()
{
    const QByteArray table =
        "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
        "eth0\t00000000\t" + routeWord("192.0.2.1") + "\t0003\t0\t0\t100\t00000000\t0\t0\t0\n"
        "eth0\t" + routeWord("192.0.2.0") + "\t00000000\t0001\t0\t0\t0\t" + routeWord("255.255.255.0") + "\t0\t0\t0\n"
        // A default route without a gateway (a point-to-point device) and one that is down.
        "ppp0\t00000000\t00000000\t0001\t0\t0\t50\t00000000\t0\t0\t0\n"
        "wlan0\t00000000\t" + routeWord("198.51.100.1") + "\t0002\t0\t0\t600\t00000000\t0\t0\t0\n"
        "wlan1\t00000000\t" + routeWord("203.0.113.1") + "\t0003\t0\t0\t700\t00000000\t0\t0\t0\n"
        "garbage line\n";
    const QList<DefaultGateway> gateways = NetInterfaces::parseIpv4Routes(table);
    QCOMPARE(gateways.size(), 2);
    QCOMPARE(gateways.at(0).interfaceName, QStringLiteral("eth0"));
    QCOMPARE(gateways.at(0).gateway, QHostAddress(QStringLiteral("192.0.2.1")));
    QCOMPARE(gateways.at(0).metric, 100u);
    QCOMPARE(gateways.at(1).interfaceName, QStringLiteral("wlan1"));
    QCOMPARE(gateways.at(1).gateway, QHostAddress(QStringLiteral("203.0.113.1")));

#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    // A line as an x86 kernel writes it.
    const QList<DefaultGateway> real = NetInterfaces::parseIpv4Routes(
        "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\n"
        "eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0\n");
    QCOMPARE(real.size(), 1);
    QCOMPARE(real.at(0).gateway, QHostAddress(QStringLiteral("192.0.2.1")));
#endif
    QVERIFY(NetInterfaces::parseIpv4Routes(QByteArray()).isEmpty());
}

void TstNetInfo::ipv6Routes()
{
    const QByteArray table =
        "fd000000000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0\n"
        "00000000000000000000000000000000 00 00000000000000000000000000000000 00 fd000000000000000000000000000001 00000400 00000002 00000000 00000003     eth0\n"
        "00000000000000000000000000000001 80 00000000000000000000000000000000 00 00000000000000000000000000000000 00000000 00000004 00000000 80200001       lo\n"
        // The kernel's unreachable default in the local table: no next hop, reject flag.
        "00000000000000000000000000000000 00 00000000000000000000000000000000 00 00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo\n"
        "00000000000000000000000000000000 00 00000000000000000000000000000000 00 fe800000000000000000000000000001 00000064 00000002 00000000 00000001     eth1\n"
        "short line\n";
    const QList<DefaultGateway> gateways = NetInterfaces::parseIpv6Routes(table);
    QCOMPARE(gateways.size(), 1);
    QCOMPARE(gateways.at(0).interfaceName, QStringLiteral("eth0"));
    QCOMPARE(gateways.at(0).gateway, QHostAddress(QStringLiteral("fd00::1")));
    QCOMPARE(gateways.at(0).metric, 1024u);
}

void TstNetInfo::localInterfaces()
{
    const QList<InterfaceInfo> interfaces = NetInterfaces::list();
    auto loopback = std::find_if(interfaces.cbegin(), interfaces.cend(),
                                 [](const InterfaceInfo &i) { return i.loopback; });
    if (loopback == interfaces.cend())
        QSKIP("this machine has no loopback interface to look at");
    QVERIFY(interfaces.first().loopback);
    QVERIFY(loopback->mac.isEmpty());
    const bool has127 = std::any_of(loopback->addresses.cbegin(), loopback->addresses.cend(),
                                    [](const InterfaceAddress &a) { return a.toCidr() == QStringLiteral("127.0.0.1/8"); });
    if (loopback->up)
        QVERIFY2(has127, "the loopback interface is up but has no 127.0.0.1/8");
    // IPv4 addresses come before IPv6 ones.
    for (const InterfaceInfo &iface : interfaces) {
        bool seenV6 = false;
        for (const InterfaceAddress &a : iface.addresses) {
            const bool isV6 = a.ip.protocol() == QAbstractSocket::IPv6Protocol;
            QVERIFY(!(seenV6 && !isV6));
            seenV6 = seenV6 || isV6;
            QVERIFY(parseInput(a.toCidr()).ok());
        }
    }
}

QTEST_GUILESS_MAIN(TstNetInfo)
#include "tst_netinfo.moc"
