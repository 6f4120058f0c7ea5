// Real sessions on 127.0.0.1 and ::1, recorded into traffic logs, exported as
// pcapng and read back by tshark: the packets are listed, each TCP stream
// reassembles into exactly the bytes sent both ways, each datagram is one
// packet with its ports, and notices and errors show as comments.

#include "pcapngexport.h"
#include "pcapngstreams.h"
#include "tcpclientsession.h"
#include "tcpserversession.h"
#include "trafficlog.h"
#include "trafficrecorder.h"
#include "udpsession.h"

#include "common/loopbackserver.h"
#include "common/pcapngwalker.h"
#include "common/tshark.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Sockpit;
namespace Tshark = SockpitTest::Tshark;

namespace {

/// A session's log as the window keeps it.
struct Recorded
{
    TrafficLog log;
    TrafficRecorder recorder{&log, nullptr};
};

QByteArray sentBytes(const TrafficLog &log, Direction direction)
{
    QByteArray bytes;
    for (quint64 seq = log.firstSeq(); seq < log.endSeq(); ++seq) {
        if (log.peekAt(seq).direction == direction)
            bytes += log.peekAt(seq).data;
    }
    return bytes;
}

qsizetype packetsIn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    QString error;
    const auto packets = SockpitTest::PcapngWalker::packets(file.readAll(), &error);
    return packets ? packets->size() : -1;
}

QString hostPort(const QHostAddress &address, quint16 port)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
               ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
               : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

/// tshark lists every packet of the file, none of them malformed.
void checkListed(const QString &path)
{
    const Tshark::Output listed = Tshark::read(path);
    QVERIFY2(listed.ok, qPrintable(listed.errors));
    QVERIFY2(listed.errors.isEmpty(), qPrintable(listed.errors));
    QCOMPARE(Tshark::lines(listed.out).size(), packetsIn(path));
    QVERIFY2(!listed.out.contains("Malformed") && !listed.out.contains("Bogus"), listed.out.left(2000).constData());
    // With checksum validation on (off by default): every transport checksum good (status 1), no IP one bad (0).
    const QStringList validate{QStringLiteral("-o"), QStringLiteral("ip.check_checksum:TRUE"),
                               QStringLiteral("-o"), QStringLiteral("tcp.check_checksum:TRUE"),
                               QStringLiteral("-o"), QStringLiteral("udp.check_checksum:TRUE"), QStringLiteral("-Y")};
    const Tshark::Output good = Tshark::read(
        path, validate + QStringList{QStringLiteral("tcp.checksum.status == 1 || udp.checksum.status == 1")});
    QCOMPARE(Tshark::lines(good.out).size(), packetsIn(path));
    const Tshark::Output bad = Tshark::read(path, validate + QStringList{QStringLiteral("ip.checksum.status == 0")});
    QVERIFY2(bad.ok && bad.out.isEmpty(), bad.out.constData());
}

} // namespace

class TestPcapngTshark : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        SOCKPIT_REQUIRE_TSHARK();
        QVERIFY(m_dir.isValid());
        // SOCKPIT_KEEP_PCAPNG=1 keeps the files to look at in Wireshark.
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("SOCKPIT_KEEP_PCAPNG"));
        if (!m_dir.autoRemove())
            qInfo("pcapng files kept in %s", qPrintable(m_dir.path()));
    }

    void tcpStreamReassembles_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("bulkBytes");
        QTest::newRow("IPv4, 1 MiB") << QStringLiteral("127.0.0.1") << 1024 * 1024;
        QTest::newRow("IPv6") << QStringLiteral("::1") << 100000;
    }

    void tcpStreamReassembles()
    {
        QFETCH(QString, address);
        QFETCH(int, bulkBytes);
        const QHostAddress host(address);
        if (host.protocol() == QAbstractSocket::IPv6Protocol && !SockpitTest::isIPv6LoopbackAvailable())
            QSKIP("IPv6 loopback (::1) is not available here");

        Recorded serverSide;
        TcpServerSession server;
        serverSide.recorder.attach(&server);
        QVERIFY(server.listen(host, 0));
        Recorded clientSide;
        TcpClientSession client;
        clientSide.recorder.attach(&client);
        client.setTarget(address, server.listenPort());
        client.open();
        QTRY_COMPARE(server.clientCount(), 1);
        QTRY_COMPARE(client.state(), Session::State::Active);
        const LocalEndpoint clientEnd = PcapngExport::localEndpointOf(&client);
        const LocalEndpoint serverEnd = PcapngExport::localEndpointOf(&server);
        const quint16 clientPort = client.localPort();

        const QByteArray hello = QByteArray::fromHex("c4e3bac30d0a"); // 你好 in GBK, CRLF
        const QByteArray world = QByteArray::fromHex("cac0bde7");     // 世界 in GBK
        const QByteArray bulk = SockpitTest::pattern(bulkBytes);
        QVERIFY(client.send(hello));
        QTRY_COMPARE(serverSide.log.counters().rxBytes, quint64(hello.size()));
        QVERIFY(server.send(world));
        QVERIFY(client.send(bulk));
        QTRY_COMPARE_WITH_TIMEOUT(serverSide.log.counters().rxBytes, quint64(hello.size() + bulk.size()), 30000);
        QTRY_COMPARE(clientSide.log.counters().rxBytes, quint64(world.size()));
        client.stop();
        QTRY_COMPARE(server.clientCount(), 0);
        QTRY_COMPARE(client.state(), Session::State::Idle);

        const QString clientFile = m_dir.filePath(QStringLiteral("client-%1.pcapng").arg(host.protocol() == QAbstractSocket::IPv6Protocol ? 6 : 4));
        const QString serverFile = m_dir.filePath(QStringLiteral("server-%1.pcapng").arg(host.protocol() == QAbstractSocket::IPv6Protocol ? 6 : 4));
        const Status clientExport = PcapngExport::exportLog(clientSide.log, clientEnd, clientFile);
        QVERIFY2(clientExport.ok(), qPrintable(clientExport.error));
        const Status serverExport = PcapngExport::exportLog(serverSide.log, serverEnd, serverFile);
        QVERIFY2(serverExport.ok(), qPrintable(serverExport.error));

        checkListed(clientFile);
        checkListed(serverFile);
        const QString clientName = hostPort(host, clientPort);
        const QString serverName = hostPort(host, server.listenPort());
        // Both logs give the same stream: the client opened it, so it is node 0.
        for (const QString &file : {clientFile, serverFile}) {
            const Tshark::Followed followed = Tshark::follow(file, 0);
            QCOMPARE(followed.node0, clientName);
            QCOMPARE(followed.node1, serverName);
            QCOMPARE(followed.from0.size(), hello.size() + bulk.size());
            QVERIFY(followed.from0 == hello + bulk);
            QCOMPARE(followed.from1.toHex(), world.toHex());
        }
        QVERIFY(sentBytes(clientSide.log, Direction::Tx) == hello + bulk);

        // The connection's notices ride on its SYN and FIN.
        const Tshark::Output comments =
            Tshark::read(clientFile, {QStringLiteral("-Y"), QStringLiteral("frame.comment"), QStringLiteral("-T"),
                                      QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("tcp.flags.str"),
                                      QStringLiteral("-e"), QStringLiteral("frame.comment")});
        const QList<QByteArray> lines = Tshark::lines(comments.out);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].contains("S") && lines[0].endsWith("\tINFO: connected"), lines[0].constData());
        QVERIFY2(lines[1].contains("F") && lines[1].contains("INFO: "), lines[1].constData());
    }

    void errorsAndNoticesAreComments()
    {
        Recorded side;
        TcpClientSession client;
        side.recorder.attach(&client);
        client.setTarget(QStringLiteral("127.0.0.1"), SockpitTest::unusedTcpPort(QHostAddress::LocalHost));
        QSignalSpy failed(&client, &Session::errorOccurred);
        client.open();
        QVERIFY(failed.wait(10000));
        side.log.appendMessage(Direction::Info, Peer{}, QStringLiteral("长 note"));
        const QString file = m_dir.filePath(QStringLiteral("messages.pcapng"));
        const Status exported = PcapngExport::exportLog(side.log, PcapngExport::localEndpointOf(&client), file);
        QVERIFY2(exported.ok(), qPrintable(exported.error));
        checkListed(file);

        const Tshark::Output out = Tshark::read(file, {QStringLiteral("-T"), QStringLiteral("fields"),
                                                       QStringLiteral("-e"), QStringLiteral("frame.comment"),
                                                       QStringLiteral("-e"), QStringLiteral("syslog.msg")});
        const QList<QByteArray> lines = Tshark::lines(out.out);
        QCOMPARE(lines.size(), qsizetype(side.log.size()));
        const QByteArray error = failed.first().first().toString().toUtf8();
        QVERIFY2(lines.first().startsWith("ERROR: " + error + '\t'), lines.first().constData());
        QVERIFY2(lines.first().endsWith(error), lines.first().constData());
        QCOMPARE(lines.last(), QByteArray("INFO: 长 note\tSockpit: 长 note"));
    }

    void datagramsOnePerPacket()
    {
        Recorded side;
        UdpSession a;
        UdpSession b;
        side.recorder.setDatagramMode(true);
        side.recorder.attach(&a);
        QVERIFY(a.bind(QHostAddress::LocalHost, 0));
        QVERIFY(b.bind(QHostAddress::LocalHost, 0));
        a.setTarget(QStringLiteral("127.0.0.1"), b.localPort());
        QSignalSpy bReceived(&b, &Session::received);
        const QList<QByteArray> sent{"one", QByteArray::fromHex("c4e3bac3"), QByteArray(3000, 'z')};
        for (const QByteArray &datagram : sent)
            QVERIFY(a.send(datagram));
        QTRY_COMPARE(bReceived.size(), sent.size());
        QVERIFY(b.sendTo(bReceived.first().first().value<Peer>(), "reply"));
        QTRY_COMPARE(side.log.counters().rxChunks, 1u);

        const QString file = m_dir.filePath(QStringLiteral("udp.pcapng"));
        const Status exported = PcapngExport::exportLog(side.log, PcapngExport::localEndpointOf(&a), file);
        QVERIFY2(exported.ok(), qPrintable(exported.error));
        checkListed(file);
        const Tshark::Output out =
            Tshark::read(file, {QStringLiteral("-d"), QStringLiteral("udp.port==%1,data").arg(b.localPort()),
                                QStringLiteral("-Y"), QStringLiteral("!syslog"), QStringLiteral("-T"), QStringLiteral("fields"), QStringLiteral("-e"),
                                QStringLiteral("udp.srcport"), QStringLiteral("-e"), QStringLiteral("udp.dstport"),
                                QStringLiteral("-e"), QStringLiteral("data.data")});
        QVERIFY2(out.ok, qPrintable(out.errors));
        const QList<QByteArray> lines = Tshark::lines(out.out);
        QCOMPARE(lines.size(), sent.size() + 1);
        const QByteArray aPort = QByteArray::number(a.localPort());
        const QByteArray bPort = QByteArray::number(b.localPort());
        for (qsizetype i = 0; i < sent.size(); ++i)
            QCOMPARE(lines[i], aPort + '\t' + bPort + '\t' + sent[i].toHex());
        QCOMPARE(lines.last(), bPort + '\t' + aPort + '\t' + QByteArray("reply").toHex());
    }

    void relayLegsAreTwoStreams()
    {
        // A relay's log: the client spoke before the target answered the connect.
        const Peer client{1, QHostAddress(QHostAddress::LocalHost), 50000, 1, Peer::Leg::Client};
        const Peer target{2, QHostAddress(QHostAddress::LocalHost), 7788, 1, Peer::Leg::Target};
        TrafficLog log;
        log.appendMessage(Direction::Info, client, QStringLiteral("connected"));
        log.appendPayload(Direction::Rx, client, "early");
        log.appendMessage(Direction::Info, target, QStringLiteral("connected"));
        log.appendPayload(Direction::Rx, target, "answer");
        log.appendPayload(Direction::Tx, target, "+injected"); // from the send box, to the target
        // The target finishes first (passed on to the client), the client still sends, then ends.
        log.appendMessage(Direction::Info, target, QStringLiteral("target finished sending — passed on to the client"));
        log.appendPayload(Direction::Rx, client, "+after");
        log.appendMessage(Direction::Info, client, QStringLiteral("client finished sending — passed on to the target"));
        LocalEndpoint relay;
        relay.address = QHostAddress(QHostAddress::LocalHost);
        relay.port = 9000;
        const QString file = m_dir.filePath(QStringLiteral("relay.pcapng"));
        const Status exported = PcapngExport::exportLog(log, relay, file);
        QVERIFY2(exported.ok(), qPrintable(exported.error));
        checkListed(file);

        const Tshark::Followed clientLeg = Tshark::follow(file, 0);
        QCOMPARE(clientLeg.node0, QStringLiteral("127.0.0.1:50000")); // the client opened it
        QCOMPARE(clientLeg.node1, QStringLiteral("127.0.0.1:9000"));
        QCOMPARE(clientLeg.from0, QByteArray("early+after"));
        QCOMPARE(clientLeg.from1, QByteArray("answer"));
        const Tshark::Followed targetLeg = Tshark::follow(file, 1);
        // We opened it, from a made-up port (the second stream's), and sent the early bytes first.
        QCOMPARE(targetLeg.node0, QStringLiteral("127.0.0.1:%1").arg(PcapngStreams::FirstMadeUpPort + 1));
        QCOMPARE(targetLeg.node1, QStringLiteral("127.0.0.1:7788"));
        QCOMPARE(targetLeg.from0, QByteArray("early+injected+after"));
        QCOMPARE(targetLeg.from1, QByteArray("answer"));
        // Each end's FIN once, where it happened: the target's, passed on to the client, then the client's, passed on.
        const Tshark::Output fins = Tshark::read(file, {QStringLiteral("-Y"), QStringLiteral("tcp.flags.fin == 1"),
                                                        QStringLiteral("-T"), QStringLiteral("fields"), QStringLiteral("-e"),
                                                        QStringLiteral("tcp.stream"), QStringLiteral("-e"), QStringLiteral("tcp.srcport")});
        QVERIFY2(fins.ok, qPrintable(fins.errors));
        const QByteArray ours = QByteArray::number(PcapngStreams::FirstMadeUpPort + 1);
        QCOMPARE(Tshark::lines(fins.out), (QList<QByteArray>{"1\t7788", "0\t9000", "0\t50000", "1\t" + ours}));
    }

    void unwritablePathSaysWhy()
    {
        TrafficLog log;
        log.appendPayload(Direction::Tx, Peer{1, QHostAddress::LocalHost, 7788}, "kept");
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/out.pcapng"));
        const Status exported = PcapngExport::exportLog(log, LocalEndpoint{}, path);
        QVERIFY(!exported.ok());
        QVERIFY2(exported.error.contains(path), qPrintable(exported.error));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(log.size(), 1); // nothing taken from the log
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestPcapngTshark)
#include "tst_pcapng_tshark.moc"
