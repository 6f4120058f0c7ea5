// IPv4 addresses: parsing, classes, ranges, masks, networks and the report.
#include "common/ipcalcinputs.h"

#include <QTest>

using namespace Sockpit;
using namespace Sockpit::IpCalc;
using namespace IpCalcInputs;

Q_DECLARE_METATYPE(Sockpit::IpCalc::Ipv4Range)

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
    QTest::newRow("v6 seven groups then ::") << "1:2:3:4:5:6:7::" << "1:2:3:4:5:6:7:0" << -1 << false << "";
    QTest::newRow("v6 :: then seven groups") << "::2:3:4:5:6:7:8" << "0:2:3:4:5:6:7:8" << -1 << false << "";
    QTest::newRow("v6 six groups and v4") << "1:2:3:4:5:6:1.2.3.4" << "1:2:3:4:5:6:102:304" << -1 << false << "";
    QTest::newRow("v6 trailing ::") << "fe80::/10" << "fe80::" << 10 << false << "";
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
    QTest::newRow("two separators") << "1.2.3.4/ /8" << "unexpected '/8': one '/' or space goes between";
    QTest::newRow("prefix alone") << "/24" << "the address before the prefix is missing";
    QTest::newRow("empty brackets") << "[]/64" << "the address before the prefix is missing";
    QTest::newRow("two prefixes") << "192.168.1.1/24/8" << "unexpected '/8' after '24'";
    QTest::newRow("trailing word") << "192.168.1.1 255.255.255.0 x" << "unexpected 'x'";
    QTest::newRow("v6 two ::") << "1::2::3" << "'::' may appear only once";
    QTest::newRow("v6 bad digit") << "2001:db8::g" << "'g' is not a hex digit";
    QTest::newRow("v6 long group") << "12345::1" << "group '12345' has more than four hex digits";
    QTest::newRow("v6 seven groups") << "1:2:3:4:5:6:7" << "it has 7 groups; without '::' it needs eight";
    QTest::newRow("v6 nine groups") << "1:2:3:4:5:6:7:8:9" << "it has more than eight groups";
    QTest::newRow("v6 prefix 129") << "2001:db8::1/129" << "prefix /129 is over 128: an IPv6 prefix is 0–128";
    QTest::newRow("v6 mask") << "2001:db8::1 255.255.255.0" << "not a dotted mask";
    QTest::newRow("v6 empty zone") << "fe80::1%" << "the zone after '%' is empty";
    QTest::newRow("v6 two zones") << "::1%eth0%eth1" << "the zone 'eth0%eth1' has a second '%'";
    QTest::newRow("v6 zone ends in %") << "fe80::1%eth0%" << "a second '%'";
    QTest::newRow("v6 zone with a colon") << "fe80::1%eth0:1" << "the zone 'eth0:1' holds ':'";
    QTest::newRow("v6 zone after the brackets") << "[::1]%x/64" << "the zone goes inside the brackets: [::1%x]";
    QTest::newRow("v6 port after the brackets") << "[::1]:80" << "'[::1]:80' has a port: the calculator takes an address and its prefix";
    QTest::newRow("v6 bad v4 tail") << "::ffff:1.2.3.400" << "its IPv4 part '1.2.3.400': 400 is over 255";
    QTest::newRow("v6 v4 tail leading zero") << "::ffff:01.2.3.4" << "its IPv4 part '01.2.3.4': 01 has a leading zero";
    QTest::newRow("v6 v4 tail short") << "::ffff:1.2.3" << "its IPv4 part '1.2.3': it needs four numbers";
    QTest::newRow("v6 v4 not last") << "1.2.3.4::" << "the IPv4 part '1.2.3.4' must come last";
    QTest::newRow("v6 v4 then group") << "::1.2.3.4:1" << "the IPv4 part '1.2.3.4' must come last";
    QTest::newRow("v6 eight groups then ::") << "1:2:3:4:5:6:7:8::" << "it has 8 groups and '::'";
    QTest::newRow("v6 eight groups, :: within") << "1:2:3:4::5:6:7:8" << "it has 8 groups and '::'";
    QTest::newRow("v6 :: then eight groups") << "::1:2:3:4:5:6:7:8" << "it has 8 groups and '::'";
    QTest::newRow("v6 zeros then ::") << "0:0:0:0:0:0:0:0::/64" << "it has 8 groups and '::'";
    QTest::newRow("v6 seven groups and v4 with ::") << "1:2:3:4:5:6:7::1.2.3.4" << "it has 9 groups and '::'";
    QTest::newRow("v6 single leading colon") << ":1::" << "it starts with a single ':'";
    QTest::newRow("v6 single trailing colon") << "1::2:" << "it ends with a single ':'";
    QTest::newRow("v6 three colons") << "1:::2" << "three colons in a row";
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

QTEST_GUILESS_MAIN(TstIpCalc)
#include "tst_ipcalc.moc"
