// UdpSession on loopback only: unicast both ways on 127.0.0.1 and ::1, reply to
// sender, ephemeral ports, sizes, bind errors, and the tutorial's Python peers.
// Broadcast and multicast traffic is tested in tst_udp_netns, inside a private
// network namespace; here only refusals that never reach the network.
#include "codec.h"
#include "trafficlog.h"
#include "trafficrecorder.h"
#include "udpsession.h"

#include <QNetworkDatagram>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUdpSocket>

using namespace Sockpit;

namespace {

constexpr int Timeout = 10000;

QHostAddress loopback(bool ipv6)
{
    return QHostAddress(ipv6 ? QHostAddress::LocalHostIPv6 : QHostAddress::LocalHost);
}

QString lastMessage(const QSignalSpy &spy)
{
    return spy.isEmpty() ? QString() : spy.last().at(0).toString();
}

QString peerScript(const char *name)
{
    return QStringLiteral(SOCKPIT_SOURCE_DIR "/tests/peers/") + QString::fromLatin1(name);
}

} // namespace

class TstUdpSession : public QObject
{
    Q_OBJECT
private slots:
    void parseGroup_data();
    void parseGroup();
    void maxPayload_data();
    void maxPayload();

    void unicast_data();
    void unicast();
    void replyToSender_data();
    void replyToSender();
    void everyAddressReceivesBothFamilies();
    void peerIdsAreStablePerSender();
    void unboundSendUsesEphemeralPort_data();
    void unboundSendUsesEphemeralPort();
    void oversizeIsRefused_data();
    void oversizeIsRefused();

    void bindErrors_data();
    void bindErrors();
    void portInUseAndFamilyMismatch();
    void sendWithoutTarget();
    void resolvesTargetName();
    void stopClosesThePort();
    void refusalsBeforeTheNetwork();
    void multicastOptionsApply();

    void gbkFromSeedSender();
    void gbkToSeedReceiver();
    void replyToSeedSenderReceiver();
};

void TstUdpSession::parseGroup_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("error");

    QTest::newRow("first class D") << "224.0.0.1" << "224.0.0.1" << "";
    QTest::newRow("last class D") << "239.255.255.254" << "239.255.255.254" << "";
    QTest::newRow("spaces") << " 239.1.2.3 " << "239.1.2.3" << "";
    QTest::newRow("IPv6 link scope") << "ff02::1" << "ff02::1" << "";
    QTest::newRow("IPv6 brackets") << "[ff15::1234]" << "ff15::1234" << "";
    QTest::newRow("class C") << "223.255.255.255" << "" << "is not a multicast group";
    QTest::newRow("class E") << "240.0.0.1" << "" << "is not a multicast group";
    QTest::newRow("private") << "192.168.1.10" << "" << "'192.168.1.10' is not a multicast group";
    QTest::newRow("IPv6 unicast") << "fe80::1" << "" << "IPv6 groups start with ff";
    QTest::newRow("host name") << "example.com" << "" << "is a host name";
    QTest::newRow("three numbers") << "239.1.2" << "" << "four numbers";
    QTest::newRow("empty") << "" << "" << "empty";
}

void TstUdpSession::parseGroup()
{
    QFETCH(QString, text);
    QFETCH(QString, group);
    QFETCH(QString, error);
    const Result<QHostAddress> parsed = UdpSession::parseGroup(text);
    if (error.isEmpty()) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value, QHostAddress(group));
    } else {
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
    }
}

void TstUdpSession::maxPayload_data()
{
    QTest::addColumn<QString>("destination");
    QTest::addColumn<qsizetype>("limit");
    QTest::newRow("IPv4") << "127.0.0.1" << qsizetype(65507);
    QTest::newRow("IPv6") << "::1" << qsizetype(65527);
    QTest::newRow("v4-mapped is IPv4") << "::ffff:127.0.0.1" << qsizetype(65507);
    QTest::newRow("IPv4 broadcast") << "255.255.255.255" << qsizetype(65507);
}

void TstUdpSession::maxPayload()
{
    QFETCH(QString, destination);
    QFETCH(qsizetype, limit);
    QCOMPARE(UdpSession::maxPayload(QHostAddress(destination)), limit);
}

void TstUdpSession::unicast_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("127.0.0.1") << false;
    QTest::newRow("::1") << true;
}

void TstUdpSession::unicast()
{
    QFETCH(bool, ipv6);
    UdpSession session;
    QSignalSpy stateSpy(&session, &Session::stateChanged);
    QSignalSpy receivedSpy(&session, &Session::received);
    QSignalSpy sentSpy(&session, &Session::sent);
    QSignalSpy errorSpy(&session, &Session::errorOccurred);
    QVERIFY(session.bind(loopback(ipv6), 0));
    QCOMPARE(session.state(), Session::State::Active);
    QCOMPARE(stateSpy.size(), 1);
    QVERIFY(session.isBound());
    QVERIFY(!session.isEphemeral());
    QVERIFY(session.localPort() != 0);

    QUdpSocket peer;
    QVERIFY(peer.bind(loopback(ipv6), 0));

    // Peer -> session: one received() per datagram, with the sender.
    QCOMPARE(peer.writeDatagram(QByteArray("hello"), loopback(ipv6), session.localPort()), 5);
    QCOMPARE(peer.writeDatagram(QByteArray("world!"), loopback(ipv6), session.localPort()), 6);
    QTRY_COMPARE_WITH_TIMEOUT(receivedSpy.size(), 2, Timeout);
    const Peer from = receivedSpy.at(0).at(0).value<Peer>();
    QCOMPARE(from.address, loopback(ipv6));
    QCOMPARE(from.port, peer.localPort());
    QVERIFY(from.id != 0);
    QCOMPARE(receivedSpy.at(0).at(1).toByteArray(), QByteArray("hello"));
    QCOMPARE(receivedSpy.at(1).at(1).toByteArray(), QByteArray("world!"));

    // Session -> peer through the target.
    QCOMPARE(session.setTarget(Peer{0, loopback(ipv6), peer.localPort()}.toString()), QString());
    QVERIFY(session.target().isValid());
    QCOMPARE(session.target().id, from.id); // the same ip:port, the same peer
    QVERIFY(session.send(QByteArray("answer")));
    QCOMPARE(sentSpy.size(), 1);
    QCOMPARE(sentSpy.at(0).at(0).value<Peer>().port, peer.localPort());
    QTRY_VERIFY_WITH_TIMEOUT(peer.hasPendingDatagrams(), Timeout);
    const QNetworkDatagram reply = peer.receiveDatagram();
    QCOMPARE(reply.data(), QByteArray("answer"));
    QCOMPARE(reply.senderPort(), int(session.localPort()));
    QVERIFY(errorSpy.isEmpty());
}

void TstUdpSession::replyToSender_data()
{
    unicast_data();
}

void TstUdpSession::replyToSender()
{
    QFETCH(bool, ipv6);
    UdpSession session;
    QSignalSpy receivedSpy(&session, &Session::received);
    QVERIFY(session.bind(loopback(ipv6), 0));

    QUdpSocket first;
    QUdpSocket second;
    QVERIFY(first.bind(loopback(ipv6), 0));
    QVERIFY(second.bind(loopback(ipv6), 0));
    first.writeDatagram(QByteArray("from first"), loopback(ipv6), session.localPort());
    QTRY_COMPARE_WITH_TIMEOUT(receivedSpy.size(), 1, Timeout);
    second.writeDatagram(QByteArray("from second"), loopback(ipv6), session.localPort());
    QTRY_COMPARE_WITH_TIMEOUT(receivedSpy.size(), 2, Timeout);

    const Peer firstPeer = receivedSpy.at(0).at(0).value<Peer>();
    const Peer secondPeer = receivedSpy.at(1).at(0).value<Peer>();
    QVERIFY(firstPeer.id != secondPeer.id);

    // No target is set: replies go to whoever sent.
    QVERIFY(session.sendTo(secondPeer, QByteArray("to second")));
    QVERIFY(session.sendTo(firstPeer, QByteArray("to first")));
    QTRY_VERIFY_WITH_TIMEOUT(second.hasPendingDatagrams(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(first.hasPendingDatagrams(), Timeout);
    QCOMPARE(second.receiveDatagram().data(), QByteArray("to second"));
    QCOMPARE(first.receiveDatagram().data(), QByteArray("to first"));

    // A peer given without an id is filed under the sender's id, so the log's filter finds it.
    QSignalSpy sentSpy(&session, &Session::sent);
    QVERIFY(session.sendTo(Peer{0, firstPeer.address, firstPeer.port}, QByteArray("again")));
    QCOMPARE(sentSpy.size(), 1);
    QCOMPARE(sentSpy.at(0).at(0).value<Peer>().id, firstPeer.id);
}

void TstUdpSession::everyAddressReceivesBothFamilies()
{
    UdpSession session;
    QSignalSpy receivedSpy(&session, &Session::received);
    QVERIFY(session.bind(QStringLiteral("0")));
    QCOMPARE(session.localAddress().protocol(), QAbstractSocket::AnyIPProtocol);
    QVERIFY(session.localText().contains(QStringLiteral("every IPv4 and IPv6 address")));

    QUdpSocket v4;
    QUdpSocket v6;
    QVERIFY(v4.bind(loopback(false), 0));
    QVERIFY(v6.bind(loopback(true), 0));
    v4.writeDatagram(QByteArray("four"), loopback(false), session.localPort());
    QTRY_COMPARE_WITH_TIMEOUT(receivedSpy.size(), 1, Timeout);
    v6.writeDatagram(QByteArray("six"), loopback(true), session.localPort());
    QTRY_COMPARE_WITH_TIMEOUT(receivedSpy.size(), 2, Timeout);

    // An IPv4 sender reaching a dual-stack port is shown as IPv4, not ::ffff:127.0.0.1.
    const Peer fromV4 = receivedSpy.at(0).at(0).value<Peer>();
    QCOMPARE(fromV4.address.protocol(), QAbstractSocket::IPv4Protocol);
    QCOMPARE(fromV4.toString(), QStringLiteral("127.0.0.1:%1").arg(v4.localPort()));
    const Peer fromV6 = receivedSpy.at(1).at(0).value<Peer>();
    QCOMPARE(fromV6.toString(), QStringLiteral("[::1]:%1").arg(v6.localPort()));

    // Answers go back in the sender's family.
    QVERIFY(session.sendTo(fromV4, QByteArray("back4")));
    QVERIFY(session.sendTo(fromV6, QByteArray("back6")));
    QTRY_VERIFY_WITH_TIMEOUT(v4.hasPendingDatagrams(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(v6.hasPendingDatagrams(), Timeout);
    QCOMPARE(v4.receiveDatagram().data(), QByteArray("back4"));
    QCOMPARE(v6.receiveDatagram().data(), QByteArray("back6"));
}

void TstUdpSession::peerIdsAreStablePerSender()
{
    UdpSession session;
    QSignalSpy receivedSpy(&session, &Session::received);
    QSignalSpy seenSpy(&session, &UdpSession::senderSeen);
    QSignalSpy joinedSpy(&session, &Session::peerJoined);
    QVERIFY(session.bind(loopback(false), 0));

    QUdpSocket a;
    QUdpSocket b;
    QVERIFY(a.bind(loopback(false), 0));
    QVERIFY(b.bind(loopback(false), 0));
    a.writeDatagram(QByteArray("1"), loopback(false), session.localPort());
    QTRY_COMPARE_WITH_TIMEOUT(receivedSpy.size(), 1, Timeout);
    b.writeDatagram(QByteArray("2"), loopback(false), session.localPort());
    QTRY_COMPARE_WITH_TIMEOUT(receivedSpy.size(), 2, Timeout);
    a.writeDatagram(QByteArray("3"), loopback(false), session.localPort());
    QTRY_COMPARE_WITH_TIMEOUT(receivedSpy.size(), 3, Timeout);

    const quint64 idA = receivedSpy.at(0).at(0).value<Peer>().id;
    const quint64 idB = receivedSpy.at(1).at(0).value<Peer>().id;
    QVERIFY(idA != idB);
    QCOMPARE(receivedSpy.at(2).at(0).value<Peer>().id, idA);
    // Each new sender once; UDP has no connections, so no peerJoined.
    QCOMPARE(seenSpy.size(), 2);
    QCOMPARE(seenSpy.at(0).at(0).value<Peer>().id, idA);
    QCOMPARE(seenSpy.at(1).at(0).value<Peer>().id, idB);
    QCOMPARE(joinedSpy.size(), 0);

    // Ids survive a rebind, so the log's filter keeps working.
    const quint16 port = session.localPort();
    session.stop();
    QVERIFY(session.bind(loopback(false), port));
    a.writeDatagram(QByteArray("4"), loopback(false), port);
    QTRY_COMPARE_WITH_TIMEOUT(receivedSpy.size(), 4, Timeout);
    QCOMPARE(receivedSpy.at(3).at(0).value<Peer>().id, idA);
    QCOMPARE(seenSpy.size(), 2);
}

void TstUdpSession::unboundSendUsesEphemeralPort_data()
{
    unicast_data();
}

void TstUdpSession::unboundSendUsesEphemeralPort()
{
    QFETCH(bool, ipv6);
    QUdpSocket peer;
    QVERIFY(peer.bind(loopback(ipv6), 0));

    UdpSession session;
    QSignalSpy receivedSpy(&session, &Session::received);
    QSignalSpy noticeSpy(&session, &Session::noticeOccurred);
    QVERIFY(!session.isBound());
    session.setTarget(loopback(ipv6).toString(), peer.localPort());
    QVERIFY(session.send(QByteArray("ping")));
    QVERIFY(session.isBound());
    QVERIFY(session.isEphemeral());
    QCOMPARE(session.state(), Session::State::Active);
    QVERIFY(session.localPort() != 0);
    QVERIFY(lastMessage(noticeSpy).contains(QStringLiteral("chosen by the system")));

    QTRY_VERIFY_WITH_TIMEOUT(peer.hasPendingDatagrams(), Timeout);
    const QNetworkDatagram ping = peer.receiveDatagram();
    QCOMPARE(ping.data(), QByteArray("ping"));
    QCOMPARE(ping.senderPort(), int(session.localPort()));

    // The reply to that port is received, as with a Python socket after sendto().
    peer.writeDatagram(ping.makeReply(QByteArray("pong")));
    QTRY_COMPARE_WITH_TIMEOUT(receivedSpy.size(), 1, Timeout);
    QCOMPARE(receivedSpy.at(0).at(1).toByteArray(), QByteArray("pong"));
}

void TstUdpSession::oversizeIsRefused_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("error");
    QTest::newRow("IPv4 65,508") << false << 65508 << "at most 65507 bytes";
    QTest::newRow("IPv4 1 MB") << false << 1024 * 1024 << "at most 65507 bytes";
    QTest::newRow("IPv6 65,528") << true << 65528 << "at most 65527 bytes";
}

void TstUdpSession::oversizeIsRefused()
{
    QFETCH(bool, ipv6);
    QFETCH(int, size);
    QFETCH(QString, error);
    QUdpSocket peer;
    QVERIFY(peer.bind(loopback(ipv6), 0));
    UdpSession session;
    QSignalSpy sentSpy(&session, &Session::sent);
    QSignalSpy errorSpy(&session, &Session::errorOccurred);
    QVERIFY(session.bind(loopback(ipv6), 0));
    session.setTarget(loopback(ipv6).toString(), peer.localPort());

    QVERIFY(!session.send(QByteArray(size, 'x')));
    QCOMPARE(errorSpy.size(), 1);
    QVERIFY2(lastMessage(errorSpy).contains(error), qPrintable(lastMessage(errorSpy)));
    QVERIFY(lastMessage(errorSpy).contains(QString::number(size)));
    QVERIFY(!session.sendTo(Peer{7, loopback(ipv6), peer.localPort()}, QByteArray(size, 'x')));
    QCOMPARE(errorSpy.size(), 2);
    QCOMPARE(sentSpy.size(), 0);

    // Nothing went out, not even a cut piece: the next datagram is the first to arrive.
    QVERIFY(session.send(QByteArray("after")));
    QTRY_VERIFY_WITH_TIMEOUT(peer.hasPendingDatagrams(), Timeout);
    QCOMPARE(peer.receiveDatagram().data(), QByteArray("after"));
}

void TstUdpSession::bindErrors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("error");
    // 192.0.2.1 and 2001:db8::1 are documentation addresses no machine owns; binding sends nothing.
    QTest::newRow("not local IPv4") << "192.0.2.1:0" << "192.0.2.1:0 is not an address of this machine";
    QTest::newRow("not local IPv6") << "[2001:db8::1]:0" << "is not an address of this machine";
    QTest::newRow("port out of range") << "70000" << "port 70000 is out of range 0–65535";
    QTest::newRow("host name") << "localhost:7788" << "binding needs a local IP address";
    QTest::newRow("bad address") << "1.2.3:7788" << "'1.2.3' is not an IPv4 address";
    QTest::newRow("empty") << "" << "empty";
}

void TstUdpSession::bindErrors()
{
    QFETCH(QString, spec);
    QFETCH(QString, error);
    UdpSession session;
    QSignalSpy errorSpy(&session, &Session::errorOccurred);
    QVERIFY(!session.bind(spec));
    QCOMPARE(errorSpy.size(), 1);
    QVERIFY2(lastMessage(errorSpy).contains(error), qPrintable(lastMessage(errorSpy)));
    QCOMPARE(session.state(), Session::State::Idle);
    QVERIFY(!session.isBound());
}

void TstUdpSession::portInUseAndFamilyMismatch()
{
    // A port in use, by a socket of another program.
    QUdpSocket holder;
    QVERIFY(holder.bind(loopback(false), 0));
    UdpSession session;
    QSignalSpy errorSpy(&session, &Session::errorOccurred);
    QVERIFY(!session.bind(loopback(false), holder.localPort()));
    QVERIFY2(lastMessage(errorSpy).contains(QStringLiteral("127.0.0.1:%1 is already in use").arg(holder.localPort())),
             qPrintable(lastMessage(errorSpy)));
    QCOMPARE(session.state(), Session::State::Idle);

    // Bound to IPv4 only, an IPv6 target is explained rather than failing obscurely.
    QVERIFY(session.bind(loopback(false), 0));
    session.setTarget(QStringLiteral("::1"), 9);
    QVERIFY(!session.send(QByteArray("x")));
    QVERIFY2(lastMessage(errorSpy).contains(QStringLiteral("::1 is IPv6 but this port is bound to IPv4 address 127.0.0.1")),
             qPrintable(lastMessage(errorSpy)));
}

void TstUdpSession::sendWithoutTarget()
{
    UdpSession session;
    QSignalSpy errorSpy(&session, &Session::errorOccurred);
    QSignalSpy sentSpy(&session, &Session::sent);
    QVERIFY(!session.send(QByteArray("x")));
    QVERIFY2(lastMessage(errorSpy).contains(QStringLiteral("no target")), qPrintable(lastMessage(errorSpy)));
    QVERIFY(!session.sendTo(Peer{}, QByteArray("x")));
    QVERIFY(lastMessage(errorSpy).contains(QStringLiteral("select a received datagram")));
    const QString targetError = session.setTarget(QStringLiteral("127.0.0.1"));
    QCOMPARE(targetError, lastMessage(errorSpy));
    QVERIFY(lastMessage(errorSpy).contains(QStringLiteral("has no port")));
    QCOMPARE(sentSpy.size(), 0);
    QVERIFY(!session.isBound()); // refusals do not take a port
}

void TstUdpSession::resolvesTargetName()
{
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::Any, 0)); // "localhost" may be 127.0.0.1 or ::1
    UdpSession session;
    QSignalSpy targetSpy(&session, &UdpSession::targetChanged);
    QSignalSpy errorSpy(&session, &Session::errorOccurred);
    QSignalSpy sentSpy(&session, &Session::sent);
    session.setTarget(QStringLiteral("localhost"), peer.localPort());
    QCOMPARE(session.targetText(), QStringLiteral("localhost:%1").arg(peer.localPort()));
    // Sent at once: the datagrams wait for the answer, in order.
    QVERIFY(session.send(QByteArray("one")));
    QVERIFY(session.send(QByteArray("two")));
    QTRY_COMPARE_WITH_TIMEOUT(sentSpy.size(), 2, Timeout);
    QVERIFY(session.target().isValid());
    QVERIFY(session.target().address.isLoopback());
    QVERIFY(!session.isResolvingTarget());
    QVERIFY(targetSpy.size() >= 2);
    QTRY_VERIFY_WITH_TIMEOUT(peer.hasPendingDatagrams(), Timeout);
    QCOMPARE(peer.receiveDatagram().data(), QByteArray("one"));
    QTRY_VERIFY_WITH_TIMEOUT(peer.hasPendingDatagrams(), Timeout);
    QCOMPARE(peer.receiveDatagram().data(), QByteArray("two"));
    QVERIFY(errorSpy.isEmpty());
}

void TstUdpSession::stopClosesThePort()
{
    UdpSession session;
    QSignalSpy stateSpy(&session, &Session::stateChanged);
    QSignalSpy noticeSpy(&session, &Session::noticeOccurred);
    QVERIFY(session.bind(loopback(false), 0));
    const quint16 port = session.localPort();
    session.stop();
    QCOMPARE(session.state(), Session::State::Idle);
    QVERIFY(!session.isBound());
    QCOMPARE(stateSpy.size(), 2);
    QVERIFY(lastMessage(noticeSpy).contains(QStringLiteral("closed 127.0.0.1:%1").arg(port)));
    // The port is free again.
    QUdpSocket other;
    QVERIFY(other.bind(loopback(false), port));
    session.stop(); // twice is harmless
    QCOMPARE(stateSpy.size(), 2);
}

void TstUdpSession::refusalsBeforeTheNetwork()
{
    // Each of these is refused before anything reaches the system, so it is safe outside a namespace.
    UdpSession session;
    QSignalSpy errorSpy(&session, &Session::errorOccurred);
    QSignalSpy groupsSpy(&session, &UdpSession::groupsChanged);

    QVERIFY(!session.joinGroup(QHostAddress(QStringLiteral("239.1.2.3"))));
    QVERIFY2(lastMessage(errorSpy).contains(QStringLiteral("bind a port before joining 239.1.2.3")),
             qPrintable(lastMessage(errorSpy)));

    QVERIFY(session.bind(QStringLiteral("0.0.0.0:0")));
    QVERIFY(!session.joinGroup(QHostAddress(QStringLiteral("192.168.1.10"))));
    QVERIFY(lastMessage(errorSpy).contains(QStringLiteral("'192.168.1.10' is not a multicast group")));
    QVERIFY(!session.joinGroup(QHostAddress(QStringLiteral("ff15::1"))));
    QVERIFY2(lastMessage(errorSpy).contains(QStringLiteral("ff15::1 is an IPv6 group but this port is bound to IPv4 only")),
             qPrintable(lastMessage(errorSpy)));
    QVERIFY(!session.leaveGroup(QHostAddress(QStringLiteral("239.1.2.3"))));
    QVERIFY(lastMessage(errorSpy).contains(QStringLiteral("239.1.2.3 is not a joined group")));

    QVERIFY(session.bind(QStringLiteral("[::]:0")));
    QVERIFY(!session.joinGroup(QHostAddress(QStringLiteral("239.1.2.3"))));
    QVERIFY(lastMessage(errorSpy).contains(QStringLiteral("239.1.2.3 is an IPv4 group but this port is bound to IPv6 only")));

    // The system gives group datagrams only to ports bound to every address.
    QVERIFY(session.bind(loopback(false), 0));
    QVERIFY(!session.joinGroup(QHostAddress(QStringLiteral("239.1.2.3"))));
    QVERIFY2(lastMessage(errorSpy).contains(QStringLiteral("cannot receive group 239.1.2.3 on a port bound to 127.0.0.1")),
             qPrintable(lastMessage(errorSpy)));
    QVERIFY(session.joinedGroups().isEmpty());
    QCOMPARE(groupsSpy.size(), 0);

    // Broadcast is off by default: 255.255.255.255 is refused before sending.
    session.setTarget(QStringLiteral("255.255.255.255"), 9);
    QSignalSpy sentSpy(&session, &Session::sent);
    QVERIFY(!session.send(QByteArray("all")));
    QVERIFY2(lastMessage(errorSpy).contains(QStringLiteral("switch broadcast on")), qPrintable(lastMessage(errorSpy)));
    QCOMPARE(sentSpy.size(), 0);
}

void TstUdpSession::multicastOptionsApply()
{
    // Options only; nothing is sent.
    UdpSession session;
    session.setMulticastTtl(300);
    QCOMPARE(session.multicastTtl(), 255);
    session.setMulticastTtl(4);
    session.setMulticastLoopback(false);
    QVERIFY(session.bind(QStringLiteral("[::]:0")));
    QCOMPARE(session.socket()->socketOption(QAbstractSocket::MulticastTtlOption).toInt(), 4);
    QCOMPARE(session.socket()->socketOption(QAbstractSocket::MulticastLoopbackOption).toInt(), 0);
    session.setMulticastTtl(9);
    session.setMulticastLoopback(true);
    QCOMPARE(session.socket()->socketOption(QAbstractSocket::MulticastTtlOption).toInt(), 9);
    QCOMPARE(session.socket()->socketOption(QAbstractSocket::MulticastLoopbackOption).toInt(), 1);
    QVERIFY(session.socket()->socketOption(QAbstractSocket::ReceiveBufferSizeSocketOption).toInt() >= 200000);
}

void TstUdpSession::gbkFromSeedSender()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed: the tutorial's peers cannot run");
    UdpSession session;
    TrafficLog log;
    log.setEncoding(QStringLiteral("GBK"));
    TrafficRecorder recorder(&log, nullptr);
    recorder.setDatagramMode(true);
    recorder.attach(&session);
    QSignalSpy receivedSpy(&session, &Session::received);
    QVERIFY(session.bind(loopback(false), 0));

    const QString text = QStringLiteral("你好，网络调试");
    QProcess sender;
    sender.start(python, {peerScript("seed_udp_send.py"), QStringLiteral("127.0.0.1"),
                          QString::number(session.localPort()), text});
    QTRY_COMPARE_WITH_TIMEOUT(receivedSpy.size(), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(sender.state(), QProcess::NotRunning, Timeout);
    QCOMPARE(sender.exitCode(), 0);

    const Result<QByteArray> gbk = encodeText(text, QStringLiteral("GBK"));
    QVERIFY(gbk.ok());
    QCOMPARE(receivedSpy.at(0).at(1).toByteArray(), gbk.value);
    // The log decodes the datagram alone, in the chosen encoding.
    const LogEntry &entry = log.at(log.endSeq() - 1);
    QCOMPARE(entry.direction, Direction::Rx);
    QVERIFY(entry.datagram);
    QCOMPARE(entry.text, text);
}

void TstUdpSession::gbkToSeedReceiver()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed: the tutorial's peers cannot run");
    QProcess receiver;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    receiver.setProcessEnvironment(env);
    receiver.start(python, {peerScript("seed_udp_bind_recv.py")});
    QTRY_VERIFY_WITH_TIMEOUT(receiver.canReadLine(), Timeout);
    const QByteArray portLine = receiver.readLine().trimmed();
    QVERIFY2(portLine.startsWith("PORT "), portLine.constData());
    const quint16 port = quint16(portLine.mid(5).toUInt());

    UdpSession session; // unbound, as the tutorial's sender
    session.setTarget(QStringLiteral("127.0.0.1"), port);
    const QString text = QStringLiteral("收到请回答");
    const Result<QByteArray> gbk = encodeText(text, QStringLiteral("GBK"));
    QVERIFY(session.send(gbk.value));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.state(), QProcess::NotRunning, Timeout);
    QCOMPARE(receiver.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(receiver.readAllStandardOutput().trimmed()), text);
}

void TstUdpSession::replyToSeedSenderReceiver()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed: the tutorial's peers cannot run");
    UdpSession session;
    QVERIFY(session.bind(loopback(false), 0));
    const QString reply = QStringLiteral("thank you ! 谢谢");
    connect(&session, &Session::received, this, [&](const Peer &peer, const QByteArray &) {
        session.sendTo(peer, encodeText(reply, QStringLiteral("GBK")).value);
    });

    QProcess peer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    peer.setProcessEnvironment(env);
    peer.start(python, {peerScript("seed_udp_send_recv.py"), QStringLiteral("127.0.0.1"),
                        QString::number(session.localPort()), QStringLiteral("在吗")});
    QTRY_COMPARE_WITH_TIMEOUT(peer.state(), QProcess::NotRunning, 2 * Timeout);
    QCOMPARE(peer.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(peer.readAllStandardOutput()).trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), reply);
    QCOMPARE(lines.at(1), QStringLiteral("127.0.0.1 %1").arg(session.localPort()));
}

QTEST_GUILESS_MAIN(TstUdpSession)
#include "tst_udpsession.moc"
