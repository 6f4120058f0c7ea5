// Subnets: splitting a network, whether two addresses share one, the one-line headline.
#include "common/ipcalcinputs.h"

#include <QTest>

using namespace Sockpit;
using namespace Sockpit::IpCalc;
using namespace IpCalcInputs;

class TstIpCalcSubnets : public QObject
{
    Q_OBJECT
private slots:
    void powersOfTwo();
    void split_data();
    void split();
    void splitErrors_data();
    void splitErrors();
    void sameNetwork_data();
    void sameNetwork();
    void headline();
};

void TstIpCalcSubnets::powersOfTwo()
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

void TstIpCalcSubnets::split_data()
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

void TstIpCalcSubnets::split()
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

void TstIpCalcSubnets::splitErrors_data()
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

void TstIpCalcSubnets::splitErrors()
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

void TstIpCalcSubnets::sameNetwork_data()
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

void TstIpCalcSubnets::sameNetwork()
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

void TstIpCalcSubnets::headline()
{
    QCOMPARE(IpCalcReport::headline(input(QStringLiteral("192.168.1.10/24"))),
             QStringLiteral("Class C · private network 192.168.0.0/16 · 192.168.1.0/24 · usable hosts: 254"));
    QCOMPARE(IpCalcReport::headline(input(QStringLiteral("8.8.8.8"))),
             QStringLiteral("Class A · public · 8.0.0.0/8 · usable hosts: 16777214"));
    QCOMPARE(IpCalcReport::headline(input(QStringLiteral("fd00::1/64"))),
             QStringLiteral("IPv6 · unique local (private) · fd00::/64 · 2^64 addresses"));
}

QTEST_GUILESS_MAIN(TstIpCalcSubnets)
#include "tst_ipcalc_subnets.moc"
