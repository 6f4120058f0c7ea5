// Broadcast and multicast through UdpSession. These datagrams would reach the
// local network, so the test runs only inside a private network namespace whose
// one interface is loopback (tests/netns/run.sh); anywhere else it skips.
#include "launchoptions.h"
#include "sessionlaunch.h"
#include "udpsession.h"

#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTest>

using namespace Sockpit;

namespace {

constexpr int Timeout = 10000;
constexpr char VethA[] = "spv0";
constexpr char VethB[] = "spv1";

QString lastMessage(const QSignalSpy &spy)
{
    return spy.isEmpty() ? QString() : spy.last().at(0).toString();
}

} // namespace

class TstUdpNetns : public QObject
{
    Q_OBJECT
private:
    static QNetworkInterface vethWithIPv6();

private slots:
    void initTestCase();

    void broadcast_data();
    void broadcast();
    void multicast_data();
    void multicast();
    void multicastOnNamedInterface();
    void joinTwiceAndLeave();
    void stopLeavesGroups();
    void launchJoinsGroups();
};

void TstUdpNetns::initTestCase()
{
    if (qEnvironmentVariableIntValue("SOCKPIT_NETNS") != 1)
        QSKIP("broadcast and multicast are tested only inside a private network namespace: run tests/netns/run.sh tst_udp_netns");
    // Belt and braces: refuse to send anything if an interface other than loopback
    // and the namespace's own veth pair exists.
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        const bool ours = iface.name() == QLatin1String(VethA) || iface.name() == QLatin1String(VethB);
        if (!(iface.flags() & QNetworkInterface::IsLoopBack) && !ours)
            QSKIP(qPrintable(QStringLiteral("interface %1 exists: this is not a private network namespace").arg(iface.name())));
    }
}

QNetworkInterface TstUdpNetns::vethWithIPv6()
{
    // Loopback does not carry IPv6 multicast; run.sh adds a veth pair that does.
    const QNetworkInterface veth = QNetworkInterface::interfaceFromName(QLatin1String(VethA));
    if (!veth.isValid())
        return veth;
    for (int i = 0; i < 100; ++i) { // its link-local address comes a moment after the link is up
        const QNetworkInterface now = QNetworkInterface::interfaceFromName(QLatin1String(VethA));
        for (const QNetworkAddressEntry &entry : now.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv6Protocol)
                return now;
        }
        QTest::qWait(50);
    }
    return QNetworkInterface();
}

void TstUdpNetns::broadcast_data()
{
    QTest::addColumn<QString>("bind");
    QTest::addColumn<QString>("destination");
    QTest::newRow("limited, IPv4 port") << "0.0.0.0:0" << "255.255.255.255";
    QTest::newRow("limited, every address") << "0" << "255.255.255.255";
    QTest::newRow("directed 127/8") << "0.0.0.0:0" << "127.255.255.255";
}

void TstUdpNetns::broadcast()
{
    QFETCH(QString, bind);
    QFETCH(QString, destination);
    UdpSession receiver;
    QSignalSpy receivedSpy(&receiver, &Session::received);
    QVERIFY(receiver.bind(bind));

    UdpSession sender;
    QSignalSpy errorSpy(&sender, &Session::errorOccurred);
    QSignalSpy sentSpy(&sender, &Session::sent);
    sender.setTarget(destination, receiver.localPort());

    // Off by default: refused, whether we know the address as a broadcast or the system does.
    QVERIFY(!sender.isBroadcastEnabled());
    QVERIFY(!sender.send(QByteArray("refused")));
    QVERIFY2(lastMessage(errorSpy).contains(QStringLiteral("switch broadcast on")), qPrintable(lastMessage(errorSpy)));
    QCOMPARE(sentSpy.size(), 0);

    sender.setBroadcastEnabled(true);
    QVERIFY2(sender.send(QByteArray("to everyone")), qPrintable(lastMessage(errorSpy)));
    QCOMPARE(sentSpy.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(receivedSpy.size(), 1, Timeout);
    QCOMPARE(receivedSpy.at(0).at(1).toByteArray(), QByteArray("to everyone"));
    const Peer from = receivedSpy.at(0).at(0).value<Peer>();
    QCOMPARE(from.port, sender.localPort());

    // Switching it off again takes effect on the open port.
    sender.setBroadcastEnabled(false);
    QVERIFY(!sender.send(QByteArray("refused again")));
    QVERIFY(lastMessage(errorSpy).contains(QStringLiteral("switch broadcast on")));
}

void TstUdpNetns::multicast_data()
{
    QTest::addColumn<QString>("bind");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("marker"); // a unicast address of the receiver
    QTest::addColumn<bool>("onVeth");    // join and send on the veth pair rather than the default
    QTest::newRow("IPv4 group, IPv4 port") << "0.0.0.0:0" << "239.255.42.1" << "127.0.0.1" << false;
    QTest::newRow("IPv4 group, every address") << "0" << "224.1.2.3" << "127.0.0.1" << false;
    QTest::newRow("IPv4 group, bound to the group") << "239.255.42.7:0" << "239.255.42.7" << "" << false;
    QTest::newRow("IPv6 group, IPv6 port") << "[::]:0" << "ff15::42" << "::1" << true;
    QTest::newRow("IPv6 group, every address") << "0" << "ff15::4242" << "::1" << true;
    QTest::newRow("IPv6 link-local group") << "[::]:0" << "ff02::4243" << "::1" << true;
    QTest::newRow("IPv6 group, default interface") << "[::]:0" << "ff15::4244" << "::1" << false;
}

void TstUdpNetns::multicast()
{
    QFETCH(QString, bind);
    QFETCH(QString, group);
    QFETCH(QString, marker);
    QFETCH(bool, onVeth);
    const QHostAddress groupAddress(group);
    QNetworkInterface iface;
    if (groupAddress.protocol() == QAbstractSocket::IPv6Protocol) {
        const QNetworkInterface veth = vethWithIPv6();
        if (!veth.isValid())
            QSKIP("IPv6 multicast needs the veth pair of tests/netns/run.sh (loopback does not carry it)");
        if (onVeth)
            iface = veth;
    }
    UdpSession receiver;
    QSignalSpy receivedSpy(&receiver, &Session::received);
    QSignalSpy groupsSpy(&receiver, &UdpSession::groupsChanged);
    QSignalSpy errorSpy(&receiver, &Session::errorOccurred);
    QVERIFY(receiver.bind(bind));
    const quint16 port = receiver.localPort();
    QVERIFY2(receiver.joinGroup(groupAddress, iface), qPrintable(lastMessage(errorSpy)));
    QCOMPARE(groupsSpy.size(), 1);
    QCOMPARE(receiver.joinedGroups().size(), 1);
    QCOMPARE(receiver.joinedGroups().first().group, groupAddress);

    UdpSession sender;
    QSignalSpy senderErrors(&sender, &Session::errorOccurred);
    sender.setMulticastTtl(2);
    sender.setMulticastInterface(iface);
    sender.setTarget(group, port);
    QVERIFY2(sender.send(QByteArray("to the group")), qPrintable(lastMessage(senderErrors)));
    QTRY_COMPARE_WITH_TIMEOUT(receivedSpy.size(), 1, Timeout);
    QCOMPARE(receivedSpy.at(0).at(1).toByteArray(), QByteArray("to the group"));
    QCOMPARE(receivedSpy.at(0).at(0).value<Peer>().port, sender.localPort());
    QCOMPARE(sender.socket()->socketOption(QAbstractSocket::MulticastTtlOption).toInt(), 2);

    QVERIFY2(receiver.leaveGroup(groupAddress, iface), qPrintable(lastMessage(errorSpy)));
    QCOMPARE(groupsSpy.size(), 2);
    QVERIFY(receiver.joinedGroups().isEmpty());
    if (marker.isEmpty())
        return;
    // After leaving, the group's datagram no longer arrives; the unicast marker sent after it does.
    QVERIFY(sender.send(QByteArray("after leaving")));
    QVERIFY(sender.sendTo(Peer{0, QHostAddress(marker), port}, QByteArray("marker")));
    QTRY_COMPARE_WITH_TIMEOUT(receivedSpy.size(), 2, Timeout);
    QCOMPARE(receivedSpy.at(1).at(1).toByteArray(), QByteArray("marker"));
    QVERIFY(errorSpy.isEmpty());
}

void TstUdpNetns::multicastOnNamedInterface()
{
    const QNetworkInterface lo = QNetworkInterface::interfaceFromName(QStringLiteral("lo"));
    QVERIFY(lo.isValid());
    const QNetworkInterface veth = vethWithIPv6();
    if (!veth.isValid())
        QSKIP("IPv6 multicast needs the veth pair of tests/netns/run.sh (loopback does not carry it)");
    UdpSession receiver;
    QSignalSpy receivedSpy(&receiver, &Session::received);
    QSignalSpy errorSpy(&receiver, &Session::errorOccurred);
    QVERIFY(receiver.bind(QStringLiteral("0")));
    const QHostAddress v4(QStringLiteral("239.255.0.9"));
    const QHostAddress v6(QStringLiteral("ff15::9"));
    QVERIFY2(receiver.joinGroup(v4, lo), qPrintable(lastMessage(errorSpy)));
    QVERIFY2(receiver.joinGroup(v6, veth), qPrintable(lastMessage(errorSpy)));
    QCOMPARE(receiver.joinedGroups().size(), 2);
    QCOMPARE(receiver.joinedGroups().at(0).toString(), QStringLiteral("239.255.0.9 on lo"));

    // Sent from a dual-stack port that names its outgoing interface.
    UdpSession sender;
    QSignalSpy senderErrors(&sender, &Session::errorOccurred);
    QVERIFY(sender.bind(QStringLiteral("0")));
    sender.setMulticastInterface(lo);
    QVERIFY2(sender.sendTo(Peer{0, v4, receiver.localPort()}, QByteArray("four")), qPrintable(lastMessage(senderErrors)));
    QTRY_COMPARE_WITH_TIMEOUT(receivedSpy.size(), 1, Timeout);
    sender.setMulticastInterface(veth);
    QVERIFY2(sender.sendTo(Peer{0, v6, receiver.localPort()}, QByteArray("six")), qPrintable(lastMessage(senderErrors)));
    QTRY_COMPARE_WITH_TIMEOUT(receivedSpy.size(), 2, Timeout);
    QCOMPARE(receivedSpy.at(0).at(1).toByteArray(), QByteArray("four"));
    QCOMPARE(receivedSpy.at(1).at(1).toByteArray(), QByteArray("six"));
    QVERIFY(errorSpy.isEmpty());
    QVERIFY(senderErrors.isEmpty());
}

void TstUdpNetns::joinTwiceAndLeave()
{
    UdpSession receiver;
    QSignalSpy errorSpy(&receiver, &Session::errorOccurred);
    QSignalSpy noticeSpy(&receiver, &Session::noticeOccurred);
    QSignalSpy groupsSpy(&receiver, &UdpSession::groupsChanged);
    QVERIFY(receiver.bind(QStringLiteral("0.0.0.0:0")));
    const QHostAddress group(QStringLiteral("239.0.0.5"));
    QVERIFY(receiver.joinGroup(group));
    QVERIFY(lastMessage(noticeSpy).contains(QStringLiteral("joined 239.0.0.5")));
    QVERIFY(receiver.joinGroup(group)); // already a member: said, not repeated
    QVERIFY(lastMessage(noticeSpy).contains(QStringLiteral("joined already")));
    QCOMPARE(receiver.joinedGroups().size(), 1);
    QCOMPARE(groupsSpy.size(), 1);
    QVERIFY(receiver.leaveGroup(group));
    QVERIFY(!receiver.leaveGroup(group));
    QVERIFY(lastMessage(errorSpy).contains(QStringLiteral("is not a joined group")));
    QCOMPARE(groupsSpy.size(), 2);
}

void TstUdpNetns::stopLeavesGroups()
{
    UdpSession receiver;
    QSignalSpy groupsSpy(&receiver, &UdpSession::groupsChanged);
    QVERIFY(receiver.bind(QStringLiteral("0")));
    QVERIFY(receiver.joinGroup(QHostAddress(QStringLiteral("239.0.0.6"))));
    receiver.stop();
    QVERIFY(receiver.joinedGroups().isEmpty());
    QCOMPARE(groupsSpy.size(), 2);
}

void TstUdpNetns::launchJoinsGroups()
{
    // --udp 0 --join 239.255.7.7 --broadcast
    UdpConfig options;
    options.bind = EndpointParser::parseBindSpec(QStringLiteral("0")).value;
    options.groups = {QHostAddress(QStringLiteral("239.255.7.7"))};
    options.broadcast = true;
    QObject parent;
    const LaunchResult result = launchUdp(options, &parent);
    QVERIFY2(result.session, qPrintable(result.error));
    auto *udp = qobject_cast<UdpSession *>(result.session);
    QVERIFY(udp);
    QCOMPARE(udp->joinedGroups().size(), 1);
    QSignalSpy receivedSpy(udp, &Session::received);
    QSignalSpy noticeSpy(udp, &Session::noticeOccurred);
    QTRY_COMPARE_WITH_TIMEOUT(noticeSpy.size(), 1, Timeout);
    QVERIFY2(lastMessage(noticeSpy).contains(QStringLiteral(", group 239.255.7.7")), qPrintable(lastMessage(noticeSpy)));

    UdpSession sender;
    sender.setTarget(QStringLiteral("239.255.7.7"), udp->localPort());
    QVERIFY(sender.send(QByteArray("group")));
    sender.setBroadcastEnabled(true);
    sender.setTarget(QStringLiteral("255.255.255.255"), udp->localPort());
    QVERIFY(sender.send(QByteArray("everyone")));
    QTRY_COMPARE_WITH_TIMEOUT(receivedSpy.size(), 2, Timeout);
    QCOMPARE(receivedSpy.at(0).at(1).toByteArray(), QByteArray("group"));
    QCOMPARE(receivedSpy.at(1).at(1).toByteArray(), QByteArray("everyone"));
}

QTEST_GUILESS_MAIN(TstUdpNetns)
#include "tst_udp_netns.moc"
