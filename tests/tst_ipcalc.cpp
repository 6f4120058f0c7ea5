#include "ipcalc.h"
#include "ipcalcreport.h"
#include "netinterfaces.h"
#include "portinfo.h"

#include <QTest>
#include <QtEndian>

using namespace Sockpit;
using namespace Sockpit::IpCalc;

Q_DECLARE_METATYPE(Sockpit::IpCalc::Ipv4Range)
Q_DECLARE_METATYPE(Sockpit::IpCalc::Ipv6Type)
Q_DECLARE_METATYPE(Sockpit::PortInfo::Range)

namespace {

quint32 v4(const char *text)
{
    QHostAddress a;
    if (!a.setAddress(QString::fromLatin1(text)) || a.protocol() != QAbstractSocket::IPv4Protocol)
        qFatal("bad test address %s", text);
    return a.toIPv4Address();
}

Q_IPV6ADDR v6(const QString &text)
{
    QHostAddress a;
    if (!a.setAddress(text) || a.protocol() != QAbstractSocket::IPv6Protocol)
        qFatal("bad test address %s", qPrintable(text));
    return a.toIPv6Address();
}

Input input(const QString &text)
{
    const Result<Input> parsed = parseInput(text);
    if (!parsed.ok())
        qFatal("bad test input %s: %s", qPrintable(text), qPrintable(parsed.error));
    return parsed.value;
}

QMap<QString, QString> values(const QString &text)
{
    QMap<QString, QString> map;
    const QList<IpCalcLine> lines = IpCalcReport::describe(input(text));
    for (const IpCalcLine &line : lines) {
        if (map.contains(line.key))
            qFatal("duplicate key %s", qPrintable(line.key));
        map.insert(line.key, line.value);
    }
    return map;
}

QString str(const QHostAddress &a)
{
    if (a.isNull())
        return QString();
    if (a.protocol() == QAbstractSocket::IPv4Protocol)
        return ipv4ToString(a.toIPv4Address());
    return ipv6Compressed(a.toIPv6Address());
}

// The word /proc/net/route prints for an address: the network-order bytes read
// as a host integer, in hex.
QByteArray routeWord(const char *address)
{
    uchar bytes[4];
    qToBigEndian(v4(address), bytes);
    return QByteArray::number(qFromUnaligned<quint32>(bytes), 16).rightJustified(8, '0').toUpper();
}

} // namespace

class TstIpCalc : public QObject
{
    Q_OBJECT
private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void parseSecondAddress();

    void classes_data();
    void classes();
    void classReport_data();
    void classReport();

    void ranges_data();
    void ranges();

    void masks();
    void nonContiguousMasks_data();
    void nonContiguousMasks();
    void networks_data();
    void networks();
    void binary_data();
    void binary();
    void reportIpv4();
    void reportKeysAreStable();

    void ipv6Forms_data();
    void ipv6Forms();
    void ipv6Types_data();
    void ipv6Types();
    void ipv6Multicast_data();
    void ipv6Multicast();
    void ipv6Prefixes_data();
    void ipv6Prefixes();
    void reportIpv6();
    void powersOfTwo();

    void split_data();
    void split();
    void splitErrors_data();
    void splitErrors();

    void sameNetwork_data();
    void sameNetwork();
    void headline();

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

// ---- parsing ---------------------------------------------------------------------

void TstIpCalc::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("prefix");
    QTest::addColumn<bool>("fromMask");
    QTest::addColumn<QString>("scope");

    QTest::newRow("bare") << "192.168.1.10" << "192.168.1.10" << -1 << false << "";
    QTest::newRow("prefix") << "192.168.1.10/24" << "192.168.1.10" << 24 << false << "";
    QTest::newRow("space mask") << "192.168.1.10 255.255.255.0" << "192.168.1.10" << 24 << true << "";
    QTest::newRow("slash mask") << "192.168.1.10/255.255.255.0" << "192.168.1.10" << 24 << true << "";
    QTest::newRow("zero-padded prefix") << "192.168.1.10/024" << "192.168.1.10" << 24 << false << "";
    QTest::newRow("space slash") << "192.168.1.10 / 24" << "192.168.1.10" << 24 << false << "";
    QTest::newRow("surrounding spaces") << "  10.0.0.1/8  " << "10.0.0.1" << 8 << false << "";
    QTest::newRow("/0") << "0.0.0.0/0" << "0.0.0.0" << 0 << false << "";
    QTest::newRow("/32") << "255.255.255.255/32" << "255.255.255.255" << 32 << false << "";
    QTest::newRow("mask /0") << "8.8.8.8 0.0.0.0" << "8.8.8.8" << 0 << true << "";
    QTest::newRow("mask /32") << "8.8.8.8 255.255.255.255" << "8.8.8.8" << 32 << true << "";
    QTest::newRow("full-width") << QStringLiteral("１９２。１６８．１．１０／２４") << "192.168.1.10" << 24 << false << "";
    QTest::newRow("v6") << "2001:db8::1" << "2001:db8::1" << -1 << false << "";
    QTest::newRow("v6 prefix") << "2001:DB8::1/64" << "2001:db8::1" << 64 << false << "";
    QTest::newRow("v6 /0") << "::/0" << "::" << 0 << false << "";
    QTest::newRow("v6 /128") << "[::1]/128" << "::1" << 128 << false << "";
    QTest::newRow("v6 zone") << "fe80::1%eth0/64" << "fe80::1" << 64 << false << "eth0";
    QTest::newRow("v6 mapped") << "::ffff:192.0.2.1" << "::ffff:192.0.2.1" << -1 << false << "";
}

void TstIpCalc::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    QFETCH(int, prefix);
    QFETCH(bool, fromMask);
    QFETCH(QString, scope);
    const Result<Input> parsed = parseInput(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(str(parsed.value.address), address);
    QCOMPARE(parsed.value.prefix, prefix);
    QCOMPARE(parsed.value.fromMask, fromMask);
    QCOMPARE(parsed.value.scopeId, scope);
}

void TstIpCalc::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << "" << "the address is empty";
    QTest::newRow("blank") << "   " << "the address is empty";
    QTest::newRow("octet 300") << "192.168.1.300" << "'192.168.1.300' is not an IPv4 address: 300 is over 255";
    QTest::newRow("octet 256") << "256.1.1.1" << "256 is over 255";
    QTest::newRow("octet 1000") << "1.2.3.1000" << "1000 is over 255";
    QTest::newRow("three octets") << "1.2.3" << "it needs four numbers separated by dots, not 3";
    QTest::newRow("five octets") << "1.2.3.4.5" << "not 5";
    QTest::newRow("empty octet") << "1..2.3" << "a number is missing between the dots";
    QTest::newRow("trailing dot") << "1.2.3." << "a number is missing";
    QTest::newRow("letter octet") << "1.2.3.x" << "'x' is not a number";
    QTest::newRow("negative octet") << "1.2.3.-4" << "'-4' is not a number";
    QTest::newRow("leading zero") << "192.168.01.1" << "01 has a leading zero (write 1";
    QTest::newRow("zeros") << "1.2.3.0000" << "0000 has a leading zero (write 0;";
    QTest::newRow("zero-padded over") << "1.2.3.0256" << "0256 is over 255";
    QTest::newRow("host name") << "example.com" << "'example.com' is not an IP address";
    QTest::newRow("word") << "hello" << "is not an IP address";
    QTest::newRow("prefix 33") << "192.168.1.1/33" << "prefix /33 is over 32: an IPv4 prefix is 0–32";
    QTest::newRow("prefix 1000") << "192.168.1.1/1000" << "over 32";
    QTest::newRow("prefix 0033") << "192.168.1.1/0033" << "prefix /0033 is over 32";
    QTest::newRow("prefix missing") << "192.168.1.1/" << "the prefix after '/' is missing";
    QTest::newRow("prefix word") << "192.168.1.1/abc" << "prefix 'abc' is not a number";
    QTest::newRow("prefix negative") << "192.168.1.1/-1" << "is not a number";
    QTest::newRow("mask gap") << "192.168.1.1 255.0.255.0" << "its 1 bits are not contiguous (11111111.00000000.11111111.00000000)";
    QTest::newRow("mask low bit") << "192.168.1.1 255.255.255.1" << "not contiguous";
    QTest::newRow("wildcard as mask") << "192.168.1.1 0.0.0.255" << "wildcard mask, the inverse of 255.255.255.0 (/24)";
    QTest::newRow("mask octet") << "192.168.1.1 255.255.255.256" << "'255.255.255.256' is not a netmask: 256 is over 255";
    QTest::newRow("mask short") << "192.168.1.1 255.255.0" << "is not a netmask: it needs four numbers";
    QTest::newRow("two prefixes") << "192.168.1.1/24/8" << "unexpected '/8' after '24'";
    QTest::newRow("trailing word") << "192.168.1.1 255.255.255.0 x" << "unexpected 'x'";
    QTest::newRow("v6 two ::") << "1::2::3" << "'::' may appear only once";
    QTest::newRow("v6 bad digit") << "2001:db8::g" << "'g' is not a hex digit";
    QTest::newRow("v6 long group") << "12345::1" << "group '12345' has more than four hex digits";
    QTest::newRow("v6 seven groups") << "1:2:3:4:5:6:7" << "it has 7 groups; without '::' it needs eight";
    QTest::newRow("v6 nine groups") << "1:2:3:4:5:6:7:8:9" << "it has more than eight groups";
    QTest::newRow("v6 prefix 129") << "2001:db8::1/129" << "prefix /129 is over 128: an IPv6 prefix is 0–128";
    QTest::newRow("v6 mask") << "2001:db8::1 255.255.255.0" << "not a dotted mask";
    QTest::newRow("v6 empty zone") << "fe80::1%" << "the zone after '%' is missing";
    QTest::newRow("v6 bad v4 tail") << "::ffff:1.2.3.400" << "is not an IPv6 address";
}

void TstIpCalc::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const Result<Input> parsed = parseInput(text);
    QVERIFY2(!parsed.ok(), qPrintable(text));
    QVERIFY2(parsed.error.contains(reason), qPrintable(parsed.error));
}

void TstIpCalc::parseSecondAddress()
{
    QCOMPARE(str(parseAddress(QStringLiteral(" 192.168.1.1 ")).value), QStringLiteral("192.168.1.1"));
    QCOMPARE(str(parseAddress(QStringLiteral("fe80::1")).value), QStringLiteral("fe80::1"));
    QVERIFY(!parseAddress(QString()).ok());
    QVERIFY(parseAddress(QStringLiteral("1.2.3.256")).error.contains(QStringLiteral("256 is over 255")));
    QVERIFY(!parseAddress(QStringLiteral("1::2::3")).ok());
}

// ---- classes ---------------------------------------------------------------------

void TstIpCalc::classes_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("letter");
    QTest::addColumn<QString>("bits");
    QTest::addColumn<int>("defaultPrefix");
    QTest::addColumn<bool>("special");

    // Every boundary of the classful scheme, as the tutorial draws it.
    QTest::newRow("0") << "0.1.2.3" << "A" << "0" << 8 << true;
    QTest::newRow("1") << "1.0.0.1" << "A" << "0" << 8 << false;
    QTest::newRow("126") << "126.255.255.254" << "A" << "0" << 8 << false;
    QTest::newRow("127") << "127.0.0.1" << "A" << "0" << 8 << true;
    QTest::newRow("128") << "128.1.0.1" << "B" << "10" << 16 << false;
    QTest::newRow("191") << "191.255.255.254" << "B" << "10" << 16 << false;
    QTest::newRow("192") << "192.0.1.1" << "C" << "110" << 24 << false;
    QTest::newRow("223") << "223.255.254.254" << "C" << "110" << 24 << false;
    QTest::newRow("224") << "224.0.0.1" << "D" << "1110" << -1 << false;
    QTest::newRow("239") << "239.255.255.254" << "D" << "1110" << -1 << false;
    QTest::newRow("240") << "240.0.0.1" << "E" << "1111" << -1 << false;
    QTest::newRow("255") << "255.255.255.255" << "E" << "1111" << -1 << false;
}

void TstIpCalc::classes()
{
    QFETCH(QString, address);
    QFETCH(QString, letter);
    QFETCH(QString, bits);
    QFETCH(int, defaultPrefix);
    QFETCH(bool, special);
    const quint32 a = v4(qPrintable(address));
    const Ipv4Class c = ipv4Class(a);
    QCOMPARE(ipv4ClassLetter(c), letter);
    QCOMPARE(ipv4ClassLeadingBits(c), bits);
    QCOMPARE(ipv4ClassDefaultPrefix(c), defaultPrefix);
    QCOMPARE(isIpv4ClassASpecial(a), special);
    // The leading bits really are the address's leading bits.
    QVERIFY(ipv4Binary(a).startsWith(bits));
}

void TstIpCalc::classReport_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("defaultMask");
    QTest::addColumn<QString>("networkPart");
    QTest::addColumn<QString>("hostPart");
    QTest::addColumn<bool>("note");
    QTest::addColumn<QString>("prefixSource");
    QTest::addColumn<QString>("prefix");

    QTest::newRow("A") << "10.1.2.3" << "255.0.0.0" << "10" << "1.2.3" << false << "class-default" << "8";
    QTest::newRow("B") << "172.16.1.2" << "255.255.0.0" << "172.16" << "1.2" << false << "class-default" << "16";
    QTest::newRow("C") << "192.168.1.10" << "255.255.255.0" << "192.168.1" << "10" << false << "class-default" << "24";
    QTest::newRow("C typed") << "192.168.1.10/26" << "255.255.255.0" << "192.168.1" << "10" << false << "given" << "26";
    QTest::newRow("C mask") << "192.168.1.10 255.255.0.0" << "255.255.255.0" << "192.168.1" << "10" << false << "mask" << "16";
    QTest::newRow("0.x") << "0.1.2.3" << "255.0.0.0" << "" << "" << true << "class-default" << "8";
    QTest::newRow("127.x") << "127.0.0.1" << "255.0.0.0" << "" << "" << true << "class-default" << "8";
    QTest::newRow("D") << "239.1.2.3" << "none" << "" << "" << false << "single-address" << "32";
    QTest::newRow("E") << "250.1.2.3" << "none" << "" << "" << false << "single-address" << "32";
}

void TstIpCalc::classReport()
{
    QFETCH(QString, text);
    QFETCH(QString, defaultMask);
    QFETCH(QString, networkPart);
    QFETCH(QString, hostPart);
    QFETCH(bool, note);
    QFETCH(QString, prefixSource);
    QFETCH(QString, prefix);
    const QMap<QString, QString> v = values(text);
    QCOMPARE(v.value(QStringLiteral("class_default_mask")), defaultMask);
    QCOMPARE(v.value(QStringLiteral("class_network_part")), networkPart);
    QCOMPARE(v.value(QStringLiteral("class_host_part")), hostPart);
    QCOMPARE(v.contains(QStringLiteral("class_note")), note);
    QCOMPARE(v.value(QStringLiteral("prefix_source")), prefixSource);
    QCOMPARE(v.value(QStringLiteral("prefix")), prefix);
}

// ---- special ranges ------------------------------------------------------------

void TstIpCalc::ranges_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<Ipv4Range>("range");
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<bool>("privateRange");
    QTest::addColumn<QString>("token");

    QTest::newRow("0.0.0.0") << "0.0.0.0" << Ipv4Range::ThisNetwork << "0.0.0.0/8" << false << "this-network";
    QTest::newRow("0.255.255.255") << "0.255.255.255" << Ipv4Range::ThisNetwork << "0.0.0.0/8" << false << "this-network";
    QTest::newRow("1.0.0.0") << "1.0.0.0" << Ipv4Range::Public << "" << false << "public";
    QTest::newRow("8.8.8.8") << "8.8.8.8" << Ipv4Range::Public << "" << false << "public";
    QTest::newRow("9.255.255.255") << "9.255.255.255" << Ipv4Range::Public << "" << false << "public";
    QTest::newRow("10.0.0.0") << "10.0.0.0" << Ipv4Range::Private10 << "10.0.0.0/8" << true << "private";
    QTest::newRow("10.255.255.255") << "10.255.255.255" << Ipv4Range::Private10 << "10.0.0.0/8" << true << "private";
    QTest::newRow("11.0.0.0") << "11.0.0.0" << Ipv4Range::Public << "" << false << "public";
    QTest::newRow("100.63.255.255") << "100.63.255.255" << Ipv4Range::Public << "" << false << "public";
    QTest::newRow("100.64.0.0") << "100.64.0.0" << Ipv4Range::SharedAddress << "100.64.0.0/10" << false << "shared";
    QTest::newRow("100.127.255.255") << "100.127.255.255" << Ipv4Range::SharedAddress << "100.64.0.0/10" << false << "shared";
    QTest::newRow("100.128.0.0") << "100.128.0.0" << Ipv4Range::Public << "" << false << "public";
    QTest::newRow("126.255.255.255") << "126.255.255.255" << Ipv4Range::Public << "" << false << "public";
    QTest::newRow("127.0.0.0") << "127.0.0.0" << Ipv4Range::Loopback << "127.0.0.0/8" << false << "loopback";
    QTest::newRow("127.255.255.255") << "127.255.255.255" << Ipv4Range::Loopback << "127.0.0.0/8" << false << "loopback";
    QTest::newRow("128.0.0.0") << "128.0.0.0" << Ipv4Range::Public << "" << false << "public";
    QTest::newRow("169.253.255.255") << "169.253.255.255" << Ipv4Range::Public << "" << false << "public";
    QTest::newRow("169.254.0.1") << "169.254.0.1" << Ipv4Range::LinkLocal << "169.254.0.0/16" << false << "link-local";
    QTest::newRow("169.254.255.255") << "169.254.255.255" << Ipv4Range::LinkLocal << "169.254.0.0/16" << false << "link-local";
    QTest::newRow("169.255.0.0") << "169.255.0.0" << Ipv4Range::Public << "" << false << "public";
    QTest::newRow("172.15.255.255") << "172.15.255.255" << Ipv4Range::Public << "" << false << "public";
    QTest::newRow("172.16.0.0") << "172.16.0.0" << Ipv4Range::Private172 << "172.16.0.0/12" << true << "private";
    QTest::newRow("172.31.255.255") << "172.31.255.255" << Ipv4Range::Private172 << "172.16.0.0/12" << true << "private";
    QTest::newRow("172.32.0.0") << "172.32.0.0" << Ipv4Range::Public << "" << false << "public";
    QTest::newRow("192.0.1.255") << "192.0.1.255" << Ipv4Range::Public << "" << false << "public";
    QTest::newRow("192.0.2.1") << "192.0.2.1" << Ipv4Range::Documentation1 << "192.0.2.0/24" << false << "documentation";
    QTest::newRow("192.0.3.0") << "192.0.3.0" << Ipv4Range::Public << "" << false << "public";
    QTest::newRow("192.167.255.255") << "192.167.255.255" << Ipv4Range::Public << "" << false << "public";
    QTest::newRow("192.168.0.0") << "192.168.0.0" << Ipv4Range::Private192 << "192.168.0.0/16" << true << "private";
    QTest::newRow("192.168.255.255") << "192.168.255.255" << Ipv4Range::Private192 << "192.168.0.0/16" << true << "private";
    QTest::newRow("192.169.0.0") << "192.169.0.0" << Ipv4Range::Public << "" << false << "public";
    QTest::newRow("198.17.255.255") << "198.17.255.255" << Ipv4Range::Public << "" << false << "public";
    QTest::newRow("198.18.0.0") << "198.18.0.0" << Ipv4Range::Benchmarking << "198.18.0.0/15" << false << "benchmarking";
    QTest::newRow("198.19.255.255") << "198.19.255.255" << Ipv4Range::Benchmarking << "198.18.0.0/15" << false << "benchmarking";
    QTest::newRow("198.20.0.0") << "198.20.0.0" << Ipv4Range::Public << "" << false << "public";
    QTest::newRow("198.51.100.7") << "198.51.100.7" << Ipv4Range::Documentation2 << "198.51.100.0/24" << false << "documentation";
    QTest::newRow("198.51.101.0") << "198.51.101.0" << Ipv4Range::Public << "" << false << "public";
    QTest::newRow("203.0.113.200") << "203.0.113.200" << Ipv4Range::Documentation3 << "203.0.113.0/24" << false << "documentation";
    QTest::newRow("203.0.114.0") << "203.0.114.0" << Ipv4Range::Public << "" << false << "public";
    QTest::newRow("223.255.255.255") << "223.255.255.255" << Ipv4Range::Public << "" << false << "public";
    QTest::newRow("224.0.0.1") << "224.0.0.1" << Ipv4Range::LocalMulticast << "224.0.0.0/24" << false << "local-multicast";
    QTest::newRow("224.0.0.255") << "224.0.0.255" << Ipv4Range::LocalMulticast << "224.0.0.0/24" << false << "local-multicast";
    QTest::newRow("224.0.1.0") << "224.0.1.0" << Ipv4Range::Multicast << "224.0.0.0/4" << false << "multicast";
    QTest::newRow("239.255.255.255") << "239.255.255.255" << Ipv4Range::Multicast << "224.0.0.0/4" << false << "multicast";
    QTest::newRow("240.0.0.0") << "240.0.0.0" << Ipv4Range::Reserved << "240.0.0.0/4" << false << "reserved";
    QTest::newRow("255.255.255.254") << "255.255.255.254" << Ipv4Range::Reserved << "240.0.0.0/4" << false << "reserved";
    QTest::newRow("255.255.255.255") << "255.255.255.255" << Ipv4Range::LimitedBroadcast << "255.255.255.255/32" << false << "limited-broadcast";
}

void TstIpCalc::ranges()
{
    QFETCH(QString, address);
    QFETCH(Ipv4Range, range);
    QFETCH(QString, cidr);
    QFETCH(bool, privateRange);
    QFETCH(QString, token);
    const Ipv4RangeInfo info = ipv4Range(v4(qPrintable(address)));
    QCOMPARE(info.range, range);
    QCOMPARE(info.cidr(), cidr);
    QCOMPARE(isPrivate(info.range), privateRange);

    const QMap<QString, QString> v = values(address);
    QCOMPARE(v.value(QStringLiteral("range")), token);
    QCOMPARE(v.value(QStringLiteral("range_cidr")), cidr);
    QCOMPARE(v.value(QStringLiteral("private")), privateRange ? QStringLiteral("yes") : QStringLiteral("no"));
}

// ---- masks and networks ------------------------------------------------------------

void TstIpCalc::masks()
{
    // Every prefix goes to its mask and back.
    for (int prefix = 0; prefix <= 32; ++prefix) {
        const quint32 mask = ipv4Mask(prefix);
        QCOMPARE(ipv4PrefixOfMask(mask), prefix);
        QCOMPARE(qPopulationCount(mask), uint(prefix));
        const Result<int> parsed = parseNetmask(ipv4ToString(mask));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value, prefix);
    }
    QCOMPARE(ipv4ToString(ipv4Mask(0)), QStringLiteral("0.0.0.0"));
    QCOMPARE(ipv4ToString(ipv4Mask(1)), QStringLiteral("128.0.0.0"));
    QCOMPARE(ipv4ToString(ipv4Mask(8)), QStringLiteral("255.0.0.0"));
    QCOMPARE(ipv4ToString(ipv4Mask(30)), QStringLiteral("255.255.255.252"));
    QCOMPARE(ipv4ToString(ipv4Mask(31)), QStringLiteral("255.255.255.254"));
    QCOMPARE(ipv4ToString(ipv4Mask(32)), QStringLiteral("255.255.255.255"));
}

void TstIpCalc::nonContiguousMasks_data()
{
    QTest::addColumn<QString>("mask");
    QTest::newRow("255.0.255.0") << "255.0.255.0";
    QTest::newRow("255.255.255.1") << "255.255.255.1";
    QTest::newRow("128.0.0.1") << "128.0.0.1";
    QTest::newRow("254.255.255.255") << "254.255.255.255";
    QTest::newRow("0.255.255.255") << "0.255.255.255";
    QTest::newRow("255.255.0.255") << "255.255.0.255";
}

void TstIpCalc::nonContiguousMasks()
{
    QFETCH(QString, mask);
    QCOMPARE(ipv4PrefixOfMask(v4(qPrintable(mask))), -1);
    const Result<int> parsed = parseNetmask(mask);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error.startsWith(QLatin1Char('\'') + mask + QStringLiteral("' is not a netmask")), qPrintable(parsed.error));
}

void TstIpCalc::networks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("netmask");
    QTest::addColumn<QString>("wildcard");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("broadcast");
    QTest::addColumn<QString>("firstHost");
    QTest::addColumn<QString>("lastHost");
    QTest::addColumn<QString>("usable");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("role");

    QTest::newRow("/24") << "192.168.1.10/24" << "255.255.255.0" << "0.0.0.255" << "192.168.1.0"
                         << "192.168.1.255" << "192.168.1.1" << "192.168.1.254" << "254" << "256" << "host";
    QTest::newRow("mask /28") << "192.168.1.10 255.255.255.240" << "255.255.255.240" << "0.0.0.15"
                              << "192.168.1.0" << "192.168.1.15" << "192.168.1.1" << "192.168.1.14" << "14" << "16" << "host";
    QTest::newRow("/26") << "192.168.1.130/26" << "255.255.255.192" << "0.0.0.63" << "192.168.1.128"
                         << "192.168.1.191" << "192.168.1.129" << "192.168.1.190" << "62" << "64" << "host";
    QTest::newRow("/8") << "10.1.2.3/8" << "255.0.0.0" << "0.255.255.255" << "10.0.0.0" << "10.255.255.255"
                        << "10.0.0.1" << "10.255.255.254" << "16777214" << "16777216" << "host";
    QTest::newRow("/12") << "172.20.5.4/12" << "255.240.0.0" << "0.15.255.255" << "172.16.0.0"
                         << "172.31.255.255" << "172.16.0.1" << "172.31.255.254" << "1048574" << "1048576" << "host";
    QTest::newRow("class B default") << "130.1.2.3" << "255.255.0.0" << "0.0.255.255" << "130.1.0.0"
                                     << "130.1.255.255" << "130.1.0.1" << "130.1.255.254" << "65534" << "65536" << "host";
    QTest::newRow("/30") << "192.168.1.10/30" << "255.255.255.252" << "0.0.0.3" << "192.168.1.8"
                         << "192.168.1.11" << "192.168.1.9" << "192.168.1.10" << "2" << "4" << "host";
    QTest::newRow("/30 network") << "192.168.1.8/30" << "255.255.255.252" << "0.0.0.3" << "192.168.1.8"
                                 << "192.168.1.11" << "192.168.1.9" << "192.168.1.10" << "2" << "4" << "network";
    QTest::newRow("/30 broadcast") << "192.168.1.11/30" << "255.255.255.252" << "0.0.0.3" << "192.168.1.8"
                                   << "192.168.1.11" << "192.168.1.9" << "192.168.1.10" << "2" << "4" << "broadcast";
    // RFC 3021: both addresses of a /31 are hosts and there is no broadcast.
    QTest::newRow("/31") << "192.168.1.10/31" << "255.255.255.254" << "0.0.0.1" << "192.168.1.10" << "none"
                         << "192.168.1.10" << "192.168.1.11" << "2" << "2" << "host";
    QTest::newRow("/31 upper") << "192.168.1.11/31" << "255.255.255.254" << "0.0.0.1" << "192.168.1.10" << "none"
                               << "192.168.1.10" << "192.168.1.11" << "2" << "2" << "host";
    QTest::newRow("/32") << "192.168.1.10/32" << "255.255.255.255" << "0.0.0.0" << "192.168.1.10" << "none"
                         << "192.168.1.10" << "192.168.1.10" << "1" << "1" << "host";
    QTest::newRow("/0") << "192.168.1.10/0" << "0.0.0.0" << "255.255.255.255" << "0.0.0.0" << "255.255.255.255"
                        << "0.0.0.1" << "255.255.255.254" << "4294967294" << "4294967296" << "host";
    QTest::newRow("/1") << "192.168.1.10/1" << "128.0.0.0" << "127.255.255.255" << "128.0.0.0" << "255.255.255.255"
                        << "128.0.0.1" << "255.255.255.254" << "2147483646" << "2147483648" << "host";
    QTest::newRow("/1 low") << "1.2.3.4/1" << "128.0.0.0" << "127.255.255.255" << "0.0.0.0" << "127.255.255.255"
                            << "0.0.0.1" << "127.255.255.254" << "2147483646" << "2147483648" << "host";
    QTest::newRow("multicast /32") << "224.0.0.251" << "255.255.255.255" << "0.0.0.0" << "224.0.0.251" << "none"
                                   << "224.0.0.251" << "224.0.0.251" << "1" << "1" << "host";
    QTest::newRow("top /24") << "255.255.255.255/24" << "255.255.255.0" << "0.0.0.255" << "255.255.255.0"
                             << "255.255.255.255" << "255.255.255.1" << "255.255.255.254" << "254" << "256" << "broadcast";
}

void TstIpCalc::networks()
{
    QFETCH(QString, text);
    QFETCH(QString, netmask);
    QFETCH(QString, wildcard);
    QFETCH(QString, network);
    QFETCH(QString, broadcast);
    QFETCH(QString, firstHost);
    QFETCH(QString, lastHost);
    QFETCH(QString, usable);
    QFETCH(QString, total);
    QFETCH(QString, role);
    const QMap<QString, QString> v = values(text);
    QCOMPARE(v.value(QStringLiteral("netmask")), netmask);
    QCOMPARE(v.value(QStringLiteral("wildcard")), wildcard);
    QCOMPARE(v.value(QStringLiteral("network")), network);
    QCOMPARE(v.value(QStringLiteral("broadcast")), broadcast);
    QCOMPARE(v.value(QStringLiteral("first_host")), firstHost);
    QCOMPARE(v.value(QStringLiteral("last_host")), lastHost);
    QCOMPARE(v.value(QStringLiteral("usable_hosts")), usable);
    QCOMPARE(v.value(QStringLiteral("total_addresses")), total);
    QCOMPARE(v.value(QStringLiteral("address_role")), role);
}

void TstIpCalc::binary_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("split");
    QTest::addColumn<QString>("bits");

    QTest::newRow("no split") << "192.168.1.10" << -1 << "11000000.10101000.00000001.00001010";
    QTest::newRow("/24") << "192.168.1.10" << 24 << "11000000.10101000.00000001|00001010";
    QTest::newRow("/26") << "192.168.1.10" << 26 << "11000000.10101000.00000001.00|001010";
    QTest::newRow("/8") << "10.0.0.1" << 8 << "00001010|00000000.00000000.00000001";
    QTest::newRow("/0") << "192.168.1.10" << 0 << "|11000000.10101000.00000001.00001010";
    QTest::newRow("/1") << "128.0.0.0" << 1 << "1|0000000.00000000.00000000.00000000";
    QTest::newRow("/31") << "255.255.255.255" << 31 << "11111111.11111111.11111111.1111111|1";
    QTest::newRow("/32") << "0.0.0.0" << 32 << "00000000.00000000.00000000.00000000|";
}

void TstIpCalc::binary()
{
    QFETCH(QString, address);
    QFETCH(int, split);
    QFETCH(QString, bits);
    QCOMPARE(ipv4Binary(v4(qPrintable(address)), split), bits);
}

void TstIpCalc::reportIpv4()
{
    const QMap<QString, QString> v = values(QStringLiteral("192.168.1.10/24"));
    QCOMPARE(v.value(QStringLiteral("version")), QStringLiteral("4"));
    QCOMPARE(v.value(QStringLiteral("address")), QStringLiteral("192.168.1.10"));
    QCOMPARE(v.value(QStringLiteral("class")), QStringLiteral("C"));
    QCOMPARE(v.value(QStringLiteral("class_bits")), QStringLiteral("110"));
    QCOMPARE(v.value(QStringLiteral("range")), QStringLiteral("private"));
    QCOMPARE(v.value(QStringLiteral("binary")), QStringLiteral("11000000.10101000.00000001|00001010"));
    QCOMPARE(v.value(QStringLiteral("netmask_binary")), QStringLiteral("11111111.11111111.11111111|00000000"));
    QCOMPARE(v.value(QStringLiteral("hex")), QStringLiteral("0xC0A8010A"));
    QCOMPARE(v.value(QStringLiteral("integer")), QStringLiteral("3232235786"));

    QCOMPARE(values(QStringLiteral("255.255.255.255")).value(QStringLiteral("integer")), QStringLiteral("4294967295"));
    QCOMPARE(values(QStringLiteral("0.0.0.0")).value(QStringLiteral("hex")), QStringLiteral("0x00000000"));

    // Binary lines are marked for a monospace font; others are not.
    const QList<IpCalcLine> lines = IpCalcReport::describe(input(QStringLiteral("10.0.0.1/8")));
    for (const IpCalcLine &line : lines)
        QCOMPARE(line.bits, line.key.contains(QStringLiteral("binary")));
}

void TstIpCalc::reportKeysAreStable()
{
    // The command line prints key: value; keys are lowercase words with '_'.
    const QStringList inputs = {QStringLiteral("0.0.0.0/0"), QStringLiteral("127.0.0.1"), QStringLiteral("224.0.0.1"),
                                QStringLiteral("255.255.255.255"), QStringLiteral("ff02::1"),
                                QStringLiteral("::ffff:10.0.0.1/96"), QStringLiteral("fe80::1%eth0/64")};
    for (const QString &text : inputs) {
        const QList<IpCalcLine> lines = IpCalcReport::describe(input(text));
        QVERIFY(lines.size() > 5);
        for (const IpCalcLine &line : lines) {
            for (const QChar c : line.key)
                QVERIFY2((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_', qPrintable(line.key));
            QVERIFY2(!line.value.isEmpty(), qPrintable(text + u' ' + line.key));
            QVERIFY2(!line.value.contains(u'\n'), qPrintable(line.key));
            QVERIFY2(!line.label.isEmpty() && line.label != line.key, qPrintable(line.key));
        }
    }
}

// ---- IPv6 -----------------------------------------------------------------------

void TstIpCalc::ipv6Forms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("compressed");
    QTest::addColumn<QString>("expanded");

    QTest::newRow("full") << "2001:0db8:0000:0000:0000:0000:0000:0001" << "2001:db8::1"
                          << "2001:0db8:0000:0000:0000:0000:0000:0001";
    QTest::newRow("first of two runs") << "2001:db8:0:0:1:0:0:1" << "2001:db8::1:0:0:1"
                                       << "2001:0db8:0000:0000:0001:0000:0000:0001";
    QTest::newRow("longest run") << "2001:0:0:1:0:0:0:1" << "2001:0:0:1::1" << "2001:0000:0000:0001:0000:0000:0000:0001";
    QTest::newRow("single zero stays") << "2001:db8:0:1:1:1:1:1" << "2001:db8:0:1:1:1:1:1"
                                       << "2001:0db8:0000:0001:0001:0001:0001:0001";
    QTest::newRow("unspecified") << "::" << "::" << "0000:0000:0000:0000:0000:0000:0000:0000";
    QTest::newRow("loopback") << "::1" << "::1" << "0000:0000:0000:0000:0000:0000:0000:0001";
    QTest::newRow("trailing run") << "1::" << "1::" << "0001:0000:0000:0000:0000:0000:0000:0000";
    QTest::newRow("uppercase") << "FF02::1:FF00:1" << "ff02::1:ff00:1" << "ff02:0000:0000:0000:0000:0001:ff00:0001";
    QTest::newRow("mapped") << "::ffff:c000:201" << "::ffff:192.0.2.1" << "0000:0000:0000:0000:0000:ffff:c000:0201";
    QTest::newRow("no zeros") << "1:2:3:4:5:6:7:8" << "1:2:3:4:5:6:7:8" << "0001:0002:0003:0004:0005:0006:0007:0008";
}

void TstIpCalc::ipv6Forms()
{
    QFETCH(QString, text);
    QFETCH(QString, compressed);
    QFETCH(QString, expanded);
    const Q_IPV6ADDR a = v6(text);
    QCOMPARE(ipv6Compressed(a), compressed);
    QCOMPARE(ipv6Expanded(a), expanded);
    // Both forms read back as the same address.
    QCOMPARE(QHostAddress(compressed), QHostAddress(a));
    QCOMPARE(QHostAddress(expanded), QHostAddress(a));
}

void TstIpCalc::ipv6Types_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Ipv6Type>("type");
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("privateRange");

    QTest::newRow("::") << "::" << Ipv6Type::Unspecified << "unspecified" << false;
    QTest::newRow("::1") << "::1" << Ipv6Type::Loopback << "loopback" << false;
    QTest::newRow("::2") << "::2" << Ipv6Type::Reserved << "reserved" << false;
    QTest::newRow("mapped") << "::ffff:192.168.1.1" << Ipv6Type::Ipv4Mapped << "ipv4-mapped" << false;
    QTest::newRow("doc") << "2001:db8::1" << Ipv6Type::Documentation << "documentation" << false;
    QTest::newRow("doc end") << "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff" << Ipv6Type::Documentation << "documentation" << false;
    QTest::newRow("beside doc") << "2001:db9::1" << Ipv6Type::GlobalUnicast << "global-unicast" << false;
    QTest::newRow("global low") << "2000::" << Ipv6Type::GlobalUnicast << "global-unicast" << false;
    QTest::newRow("global") << "2606:4700::1111" << Ipv6Type::GlobalUnicast << "global-unicast" << false;
    QTest::newRow("global high") << "3fff:ffff::1" << Ipv6Type::GlobalUnicast << "global-unicast" << false;
    QTest::newRow("4000::") << "4000::" << Ipv6Type::Reserved << "reserved" << false;
    QTest::newRow("1fff::") << "1fff::" << Ipv6Type::Reserved << "reserved" << false;
    QTest::newRow("fc00::") << "fc00::" << Ipv6Type::UniqueLocal << "unique-local" << true;
    QTest::newRow("fd12::1") << "fd12:3456:789a::1" << Ipv6Type::UniqueLocal << "unique-local" << true;
    QTest::newRow("fdff") << "fdff:ffff::1" << Ipv6Type::UniqueLocal << "unique-local" << true;
    QTest::newRow("fbff") << "fbff::1" << Ipv6Type::Reserved << "reserved" << false;
    QTest::newRow("fe80::1") << "fe80::1" << Ipv6Type::LinkLocal << "link-local" << false;
    QTest::newRow("febf") << "febf:ffff::1" << Ipv6Type::LinkLocal << "link-local" << false;
    QTest::newRow("fec0") << "fec0::1" << Ipv6Type::SiteLocal << "site-local" << false;
    QTest::newRow("ff02::1") << "ff02::1" << Ipv6Type::Multicast << "multicast" << false;
    QTest::newRow("ffff::") << "ffff::" << Ipv6Type::Multicast << "multicast" << false;
}

void TstIpCalc::ipv6Types()
{
    QFETCH(QString, text);
    QFETCH(Ipv6Type, type);
    QFETCH(QString, token);
    QFETCH(bool, privateRange);
    QCOMPARE(ipv6Type(v6(text)), type);
    const QMap<QString, QString> v = values(text);
    QCOMPARE(v.value(QStringLiteral("version")), QStringLiteral("6"));
    QCOMPARE(v.value(QStringLiteral("type")), token);
    QCOMPARE(v.value(QStringLiteral("type_range")), ipv6TypeRange(type));
    QCOMPARE(v.value(QStringLiteral("private")), privateRange ? QStringLiteral("yes") : QStringLiteral("no"));
}

void TstIpCalc::ipv6Multicast_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("scopeToken");
    QTest::addColumn<QString>("lifetime");

    QTest::newRow("ff01::1") << "ff01::1" << 1 << "interface-local" << "permanent";
    QTest::newRow("ff02::1") << "ff02::1" << 2 << "link-local" << "permanent";
    QTest::newRow("ff04::1") << "ff04::1" << 4 << "admin-local" << "permanent";
    QTest::newRow("ff05::2") << "ff05::2" << 5 << "site-local" << "permanent";
    QTest::newRow("ff08::1") << "ff08::1" << 8 << "organization-local" << "permanent";
    QTest::newRow("ff0e::101") << "ff0e::101" << 14 << "global" << "permanent";
    QTest::newRow("ff12::1") << "ff12::1" << 2 << "link-local" << "transient";
    QTest::newRow("ff00::") << "ff00::" << 0 << "reserved" << "permanent";
    QTest::newRow("ff06::") << "ff06::" << 6 << "unassigned" << "permanent";
}

void TstIpCalc::ipv6Multicast()
{
    QFETCH(QString, text);
    QFETCH(int, scope);
    QFETCH(QString, scopeToken);
    QFETCH(QString, lifetime);
    QCOMPARE(ipv6MulticastScope(v6(text)), scope);
    const QMap<QString, QString> v = values(text);
    QCOMPARE(v.value(QStringLiteral("multicast_scope")), scopeToken);
    QCOMPARE(v.value(QStringLiteral("multicast_lifetime")), lifetime);
}

void TstIpCalc::ipv6Prefixes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("count");

    QTest::newRow("/64") << "2001:db8::1/64" << "2001:db8::" << "2001:db8::ffff:ffff:ffff:ffff" << "18446744073709551616";
    QTest::newRow("/48") << "2001:db8:abcd:12::1/48" << "2001:db8:abcd::" << "2001:db8:abcd:ffff:ffff:ffff:ffff:ffff"
                         << "1208925819614629174706176";
    QTest::newRow("/127") << "2001:db8::3/127" << "2001:db8::2" << "2001:db8::3" << "2";
    QTest::newRow("/128") << "2001:db8::3/128" << "2001:db8::3" << "2001:db8::3" << "1";
    QTest::newRow("/1") << "fe80::1/1" << "8000::" << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"
                        << "170141183460469231731687303715884105728";
    QTest::newRow("/0") << "2001:db8::1/0" << "::" << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"
                        << "340282366920938463463374607431768211456";
    QTest::newRow("/10") << "fe80::1234/10" << "fe80::" << "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff"
                         << "332306998946228968225951765070086144";
    QTest::newRow("/65") << "2001:db8::ffff:ffff:ffff:ffff/65" << "2001:db8:0:0:8000::"
                         << "2001:db8::ffff:ffff:ffff:ffff" << "9223372036854775808";
}

void TstIpCalc::ipv6Prefixes()
{
    QFETCH(QString, text);
    QFETCH(QString, network);
    QFETCH(QString, last);
    QFETCH(QString, count);
    const QMap<QString, QString> v = values(text);
    QCOMPARE(v.value(QStringLiteral("network")), network);
    QCOMPARE(v.value(QStringLiteral("first_address")), network);
    QCOMPARE(v.value(QStringLiteral("last_address")), last);
    QCOMPARE(v.value(QStringLiteral("addresses")), count);
}

void TstIpCalc::reportIpv6()
{
    QMap<QString, QString> v = values(QStringLiteral("fe80::1%eth0/64"));
    QCOMPARE(v.value(QStringLiteral("address")), QStringLiteral("fe80::1"));
    QCOMPARE(v.value(QStringLiteral("expanded")), QStringLiteral("fe80:0000:0000:0000:0000:0000:0000:0001"));
    QCOMPARE(v.value(QStringLiteral("scope_id")), QStringLiteral("eth0"));
    QCOMPARE(v.value(QStringLiteral("netmask")), QStringLiteral("ffff:ffff:ffff:ffff::"));
    QCOMPARE(v.value(QStringLiteral("prefix")), QStringLiteral("64"));

    v = values(QStringLiteral("::ffff:192.168.1.1"));
    QCOMPARE(v.value(QStringLiteral("mapped_ipv4")), QStringLiteral("192.168.1.1"));
    QCOMPARE(v.value(QStringLiteral("address")), QStringLiteral("::ffff:192.168.1.1"));
    // Without a prefix there is no network to speak of.
    QVERIFY(!v.contains(QStringLiteral("network")));
    QVERIFY(!v.contains(QStringLiteral("prefix")));
}

void TstIpCalc::powersOfTwo()
{
    QCOMPARE(powerOfTwo(0), QStringLiteral("1"));
    QCOMPARE(powerOfTwo(1), QStringLiteral("2"));
    QCOMPARE(powerOfTwo(10), QStringLiteral("1024"));
    QCOMPARE(powerOfTwo(32), QStringLiteral("4294967296"));
    QCOMPARE(powerOfTwo(63), QStringLiteral("9223372036854775808"));
    QCOMPARE(powerOfTwo(64), QStringLiteral("18446744073709551616"));
    QCOMPARE(powerOfTwo(128), QStringLiteral("340282366920938463463374607431768211456"));
}

// ---- subnets -------------------------------------------------------------------

void TstIpCalc::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("byCount");
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("newPrefix");
    QTest::addColumn<quint64>("count");
    QTest::addColumn<quint64>("index");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("broadcast");

    QTest::newRow("/24 in 4, first") << "192.168.1.77/24" << true << 2 << 26 << quint64(4) << quint64(0)
                                     << "192.168.1.0" << "192.168.1.1" << "192.168.1.62" << "192.168.1.63";
    QTest::newRow("/24 in 4, last") << "192.168.1.77/24" << true << 2 << 26 << quint64(4) << quint64(3)
                                    << "192.168.1.192" << "192.168.1.193" << "192.168.1.254" << "192.168.1.255";
    QTest::newRow("/24 in /30") << "192.168.1.0/24" << false << 30 << 30 << quint64(64) << quint64(63)
                                << "192.168.1.252" << "192.168.1.253" << "192.168.1.254" << "192.168.1.255";
    QTest::newRow("/24 in /31") << "192.168.1.0/24" << false << 31 << 31 << quint64(128) << quint64(1)
                                << "192.168.1.2" << "192.168.1.2" << "192.168.1.3" << "";
    QTest::newRow("/24 in /32") << "192.168.1.0/24" << false << 32 << 32 << quint64(256) << quint64(255)
                                << "192.168.1.255" << "192.168.1.255" << "192.168.1.255" << "";
    QTest::newRow("no split") << "192.168.1.0/24" << true << 0 << 24 << quint64(1) << quint64(0)
                              << "192.168.1.0" << "192.168.1.1" << "192.168.1.254" << "192.168.1.255";
    QTest::newRow("class A default in /16") << "10.1.2.3" << false << 16 << 16 << quint64(256) << quint64(200)
                                            << "10.200.0.0" << "10.200.0.1" << "10.200.255.254" << "10.200.255.255";
    QTest::newRow("/8 in /32") << "10.0.0.0/8" << false << 32 << 32 << quint64(16777216) << quint64(16777215)
                               << "10.255.255.255" << "10.255.255.255" << "10.255.255.255" << "";
    QTest::newRow("/0 in /32") << "0.0.0.0/0" << true << 32 << 32 << quint64(4294967296ULL) << quint64(4294967295ULL)
                               << "255.255.255.255" << "255.255.255.255" << "255.255.255.255" << "";
    QTest::newRow("/0 in /1") << "0.0.0.0/0" << true << 1 << 1 << quint64(2) << quint64(1)
                              << "128.0.0.0" << "128.0.0.1" << "255.255.255.254" << "255.255.255.255";
    QTest::newRow("v6 /48 in /64") << "2001:db8::/48" << false << 64 << 64 << quint64(65536) << quint64(65535)
                                   << "2001:db8:0:ffff::" << "2001:db8:0:ffff::" << "2001:db8:0:ffff:ffff:ffff:ffff:ffff" << "";
    QTest::newRow("v6 /64 in 2^2") << "2001:db8:1:2::99/64" << true << 2 << 66 << quint64(4) << quint64(1)
                                   << "2001:db8:1:2:4000::" << "2001:db8:1:2:4000::" << "2001:db8:1:2:7fff:ffff:ffff:ffff" << "";
    QTest::newRow("v6 /0 in /128") << "::/0" << true << 128 << 128 << (quint64(1) << 63) << quint64(5)
                                   << "::5" << "::5" << "::5" << "";
    QTest::newRow("v6 /0 in /64") << "::/0" << false << 64 << 64 << (quint64(1) << 63) << quint64(0xffffffffffffffffULL)
                                  << "ffff:ffff:ffff:ffff::" << "ffff:ffff:ffff:ffff::" << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff" << "";
}

void TstIpCalc::split()
{
    QFETCH(QString, text);
    QFETCH(bool, byCount);
    QFETCH(int, value);
    QFETCH(int, newPrefix);
    QFETCH(quint64, count);
    QFETCH(quint64, index);
    QFETCH(QString, network);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, broadcast);
    const Input in = input(text);
    const Result<SubnetSplit> s = byCount ? SubnetSplit::intoCount(in, value) : SubnetSplit::intoPrefix(in, value);
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(s.value.newPrefix(), newPrefix);
    QCOMPARE(s.value.count(), count);
    const Subnet subnet = s.value.at(index);
    QCOMPARE(subnet.prefix, newPrefix);
    QCOMPARE(str(subnet.network), network);
    QCOMPARE(str(subnet.first), first);
    QCOMPARE(str(subnet.last), last);
    QCOMPARE(str(subnet.broadcast), broadcast);
}

void TstIpCalc::splitErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("byCount");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("reason");

    QTest::newRow("larger") << "192.168.1.0/24" << false << 20 << "subnets of /20 would be larger than the /24 network";
    QTest::newRow("prefix 33") << "192.168.1.0/24" << false << 33 << "prefix /33 is over 32";
    QTest::newRow("prefix 129") << "2001:db8::/64" << false << 129 << "prefix /129 is over 128";
    QTest::newRow("too many") << "192.168.1.0/24" << true << 9 << "a /24 network has 8 host bits, so it splits into at most 2^8 subnets";
    QTest::newRow("negative") << "192.168.1.0/24" << true << -1 << "at most 2^8";
    QTest::newRow("single v4") << "192.168.1.1/32" << true << 1 << "at most 2^0";
}

void TstIpCalc::splitErrors()
{
    QFETCH(QString, text);
    QFETCH(bool, byCount);
    QFETCH(int, value);
    QFETCH(QString, reason);
    const Input in = input(text);
    const Result<SubnetSplit> s = byCount ? SubnetSplit::intoCount(in, value) : SubnetSplit::intoPrefix(in, value);
    QVERIFY(!s.ok());
    QVERIFY2(s.error.contains(reason), qPrintable(s.error));
}

// ---- same network ------------------------------------------------------------------

void TstIpCalc::sameNetwork_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("other");
    QTest::addColumn<bool>("comparable");
    QTest::addColumn<bool>("same");
    QTest::addColumn<QString>("phrase");

    QTest::newRow("gateway") << "192.168.1.10/24" << "192.168.1.1" << true << true << "can be 192.168.1.10's default gateway";
    QTest::newRow("other net") << "192.168.1.10/24" << "192.168.2.1" << true << false << "192.168.2.1 is outside 192.168.1.0/24";
    QTest::newRow("network address") << "192.168.1.10/24" << "192.168.1.0" << true << true << "is the network address";
    QTest::newRow("broadcast") << "192.168.1.10/24" << "192.168.1.255" << true << true << "is the broadcast address";
    QTest::newRow("itself") << "192.168.1.10/24" << "192.168.1.10" << true << true << "the same address";
    QTest::newRow("/30 edge") << "192.168.1.9/30" << "192.168.1.12" << true << false << "outside 192.168.1.8/30";
    QTest::newRow("/31 peer") << "10.0.0.0/31" << "10.0.0.1" << true << true << "default gateway";
    QTest::newRow("class default") << "10.1.2.3" << "10.200.0.1" << true << true << "10.0.0.0/8";
    QTest::newRow("mixed") << "192.168.1.10/24" << "::1" << false << false << "different IP versions";
    QTest::newRow("v6 same") << "2001:db8::1/64" << "2001:db8::ffff" << true << true << "2001:db8::/64";
    QTest::newRow("v6 other") << "2001:db8::1/64" << "2001:db8:1::1" << true << false << "outside 2001:db8::/64";
}

void TstIpCalc::sameNetwork()
{
    QFETCH(QString, text);
    QFETCH(QString, other);
    QFETCH(bool, comparable);
    QFETCH(bool, same);
    QFETCH(QString, phrase);
    const SameNetworkAnswer answer = IpCalcReport::sameNetwork(input(text), QHostAddress(other));
    QCOMPARE(answer.comparable, comparable);
    QCOMPARE(answer.same, same);
    QVERIFY2(answer.text.contains(phrase), qPrintable(answer.text));
}

void TstIpCalc::headline()
{
    QCOMPARE(IpCalcReport::headline(input(QStringLiteral("192.168.1.10/24"))),
             QStringLiteral("Class C · private network 192.168.0.0/16 · 192.168.1.0/24 · usable hosts: 254"));
    QCOMPARE(IpCalcReport::headline(input(QStringLiteral("8.8.8.8"))),
             QStringLiteral("Class A · public · 8.0.0.0/8 · usable hosts: 16777214"));
    QCOMPARE(IpCalcReport::headline(input(QStringLiteral("fd00::1/64"))),
             QStringLiteral("IPv6 · unique local (private) · fd00::/64 · 2^64 addresses"));
}

// ---- ports ---------------------------------------------------------------------

void TstIpCalc::portRanges_data()
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

void TstIpCalc::portRanges()
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

void TstIpCalc::portServices_data()
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

void TstIpCalc::portServices()
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

void TstIpCalc::ephemeralRange_data()
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

void TstIpCalc::ephemeralRange()
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

void TstIpCalc::ipv4Routes()
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

void TstIpCalc::ipv6Routes()
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

void TstIpCalc::localInterfaces()
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

QTEST_GUILESS_MAIN(TstIpCalc)
#include "tst_ipcalc.moc"
