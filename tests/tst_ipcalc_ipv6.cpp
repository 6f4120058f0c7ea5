// IPv6 addresses: forms, types, multicast scopes, prefixes and the report.
#include "common/ipcalcinputs.h"

#include <QTest>

using namespace Sockpit;
using namespace Sockpit::IpCalc;
using namespace IpCalcInputs;

Q_DECLARE_METATYPE(Sockpit::IpCalc::Ipv6Type)

class TstIpCalcIpv6 : public QObject
{
    Q_OBJECT
private slots:
    void ipv6Forms_data();
    void ipv6Forms();
    void ipv6Types_data();
    void ipv6Types();
    void ipv6Multicast_data();
    void ipv6Multicast();
    void ipv6Prefixes_data();
    void ipv6Prefixes();
    void reportIpv6();
};

// ---- IPv6 -----------------------------------------------------------------------

void TstIpCalcIpv6::ipv6Forms_data()
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

void TstIpCalcIpv6::ipv6Forms()
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

void TstIpCalcIpv6::ipv6Types_data()
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

void TstIpCalcIpv6::ipv6Types()
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

void TstIpCalcIpv6::ipv6Multicast_data()
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

void TstIpCalcIpv6::ipv6Multicast()
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

void TstIpCalcIpv6::ipv6Prefixes_data()
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

void TstIpCalcIpv6::ipv6Prefixes()
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

void TstIpCalcIpv6::reportIpv6()
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

QTEST_GUILESS_MAIN(TstIpCalcIpv6)
#include "tst_ipcalc_ipv6.moc"
