// Headless --pcap: the built binary writes its traffic as pcapng while it
// runs, tshark reads it back; a file that cannot be created or written ends
// the run with the reason.

#include "commandline.h"

#include "common/headlessprocess.h"
#include "common/loopbackserver.h"
#include "common/tshark.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QtTest>

using SockpitTest::LoopbackTcpServer;
namespace Tshark = SockpitTest::Tshark;

namespace {

constexpr int Timeout = 10000;

QStringList fieldsArguments(const QStringList &fields)
{
    QStringList arguments{QStringLiteral("-T"), QStringLiteral("fields")};
    for (const QString &field : fields)
        arguments << QStringLiteral("-e") << field;
    return arguments;
}

} // namespace

class TestHeadlessPcap : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(SOCKPIT_BINARY)).isExecutable(), SOCKPIT_BINARY);
        QVERIFY(m_dir.isValid());
    }

    void tcpClientStreamReadsBack()
    {
        SOCKPIT_REQUIRE_TSHARK();
        LoopbackTcpServer server;
        QVERIFY(server.isListening());
        const QString path = m_dir.filePath(QStringLiteral("client.pcapng"));
        HeadlessProcess run({QStringLiteral("--headless"), QStringLiteral("--raw"), QStringLiteral("--tcp-client"),
                             QStringLiteral("127.0.0.1:%1").arg(server.port()), QStringLiteral("--pcap"), path});
        QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
        const QByteArray sent = QByteArray::fromHex("c4e3bac30d0a") + SockpitTest::pattern(200000);
        run.write(sent);
        QTRY_COMPARE_WITH_TIMEOUT(server.received(0).size(), sent.size(), Timeout);
        const QByteArray reply = QByteArray::fromHex("cac0bde7") + QByteArray(1, '\0');
        server.send(0, reply);
        QTRY_COMPARE_WITH_TIMEOUT(run.out(), reply, Timeout);
        const quint16 clientPort = server.socket(0)->peerPort();
        server.close(0);
        QVERIFY(run.waitForExit());
        QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));

        const Tshark::Output listed = Tshark::read(path);
        QVERIFY2(listed.ok && listed.errors.isEmpty(), qPrintable(listed.errors));
        // Handshake, at least the 4 segments of data and the reply, FINs.
        QVERIFY2(Tshark::lines(listed.out).size() >= 3 + 4 + 1 + 3, listed.out.constData());
        const Tshark::Followed followed = Tshark::follow(path, 0);
        QCOMPARE(followed.node1, QStringLiteral("127.0.0.1:%1").arg(server.port()));
        QCOMPARE(followed.from0.size(), sent.size());
        QVERIFY(followed.from0 == sent);
        QCOMPARE(followed.from1.toHex(), reply.toHex());
        // The local port is the one the kernel gave the connection.
        QCOMPARE(followed.node0, QStringLiteral("127.0.0.1:%1").arg(clientPort));
        const Tshark::Output comments =
            Tshark::read(path, fieldsArguments({QStringLiteral("frame.comment")}) + QStringList{
                                   QStringLiteral("-Y"), QStringLiteral("frame.comment")});
        QVERIFY2(comments.out.startsWith("INFO: connected\n"), comments.out.constData());
    }

    void udpDatagramsReadBack()
    {
        SOCKPIT_REQUIRE_TSHARK();
        QUdpSocket peer;
        QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
        const QString path = m_dir.filePath(QStringLiteral("udp.pcapng"));
        HeadlessProcess run({QStringLiteral("--headless"), QStringLiteral("--raw"), QStringLiteral("--udp"),
                             QStringLiteral("127.0.0.1:0"), QStringLiteral("--peer"),
                             QStringLiteral("127.0.0.1:%1").arg(peer.localPort()), QStringLiteral("--pcap"), path});
        run.write("datagram");
        QTRY_VERIFY_WITH_TIMEOUT(peer.hasPendingDatagrams(), Timeout);
        const QNetworkDatagram got = peer.receiveDatagram();
        QCOMPARE(got.data(), QByteArray("datagram"));
        peer.writeDatagram("back", QHostAddress::LocalHost, quint16(got.senderPort()));
        QTRY_COMPARE_WITH_TIMEOUT(run.out(), QByteArray("back"), Timeout);
        run.process().terminate();
        QVERIFY(run.waitForExit());
        QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));

        const Tshark::Output out =
            Tshark::read(path, QStringList{QStringLiteral("-d"), QStringLiteral("udp.port==%1,data").arg(peer.localPort()),
                                           QStringLiteral("-Y"), QStringLiteral("!syslog")}
                                   + fieldsArguments({QStringLiteral("udp.srcport"), QStringLiteral("udp.dstport"),
                                                      QStringLiteral("data.data")}));
        QVERIFY2(out.ok, qPrintable(out.errors));
        const QByteArray ours = QByteArray::number(got.senderPort());
        const QByteArray theirs = QByteArray::number(peer.localPort());
        QCOMPARE(Tshark::lines(out.out),
                 (QList<QByteArray>{ours + '\t' + theirs + '\t' + QByteArray("datagram").toHex(),
                                    theirs + '\t' + ours + '\t' + QByteArray("back").toHex()}));
    }

    void relayLegsReadBackAsTwoStreams()
    {
        SOCKPIT_REQUIRE_TSHARK();
        LoopbackTcpServer target;
        QVERIFY(target.isListening());
        const QString path = m_dir.filePath(QStringLiteral("relay.pcapng"));
        HeadlessProcess run({QStringLiteral("--headless"), QStringLiteral("--relay"), QStringLiteral("127.0.0.1:0"),
                             QStringLiteral("--to"), QStringLiteral("127.0.0.1:%1").arg(target.port()),
                             QStringLiteral("--pcap"), path});
        static const QRegularExpression listening(QStringLiteral("relaying 127\\.0\\.0\\.1:(\\d+) → "));
        QTRY_VERIFY_WITH_TIMEOUT(listening.match(run.stderrText()).hasMatch(), Timeout);
        const quint16 relayPort = quint16(listening.match(run.stderrText()).captured(1).toUInt());
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, relayPort);
        QTRY_COMPARE_WITH_TIMEOUT(target.clientCount(), 1, Timeout);
        client.write("hello");
        QTRY_COMPARE_WITH_TIMEOUT(target.received(0), QByteArray("hello"), Timeout);
        target.send(0, "world!");
        QTRY_COMPARE_WITH_TIMEOUT(client.bytesAvailable(), qint64(6), Timeout);
        const quint16 ourTargetPort = target.socket(0)->peerPort();
        const quint16 clientPort = client.localPort();
        client.disconnectFromHost();
        QTRY_VERIFY_WITH_TIMEOUT(target.connectionEnded(0), Timeout);
        run.process().terminate();
        QVERIFY(run.waitForExit());
        QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));

        // The client's leg: the client to the listen port, both ways.
        const Tshark::Followed clientLeg = Tshark::follow(path, 0);
        QCOMPARE(clientLeg.node0, QStringLiteral("127.0.0.1:%1").arg(clientPort));
        QCOMPARE(clientLeg.node1, QStringLiteral("127.0.0.1:%1").arg(relayPort));
        QCOMPARE(clientLeg.from0, QByteArray("hello"));
        QCOMPARE(clientLeg.from1, QByteArray("world!"));
        // Ours to the target, from the port the target saw: what we forwarded, and its answer.
        const Tshark::Followed targetLeg = Tshark::follow(path, 1);
        QCOMPARE(targetLeg.node0, QStringLiteral("127.0.0.1:%1").arg(ourTargetPort));
        QCOMPARE(targetLeg.node1, QStringLiteral("127.0.0.1:%1").arg(target.port()));
        QCOMPARE(targetLeg.from0, QByteArray("hello"));
        QCOMPARE(targetLeg.from1, QByteArray("world!"));
    }

    void fileThatCannotBeCreated()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/out.pcapng"));
        HeadlessProcess run({QStringLiteral("--headless"), QStringLiteral("--tcp-server"), QStringLiteral("127.0.0.1:0"),
                             QStringLiteral("--pcap"), path});
        QVERIFY(run.waitForExit());
        QVERIFY2(run.exitedWith(2), qPrintable(run.exitDescription()));
        QVERIFY2(run.stderrText().contains(path), qPrintable(run.stderrText()));
        QVERIFY2(!run.stderrText().contains(u"listening"), qPrintable(run.stderrText())); // refused before starting
    }

    void fileThatFailsLater()
    {
        // /dev/full opens, then every write fails: the first flush ends the run.
        HeadlessProcess run({QStringLiteral("--headless"), QStringLiteral("--tcp-server"), QStringLiteral("127.0.0.1:0"),
                             QStringLiteral("--pcap"), QStringLiteral("/dev/full")});
        QVERIFY(run.waitForExit());
        QVERIFY2(run.exitedWith(1), qPrintable(run.exitDescription()));
        QVERIFY2(run.stderrText().contains(u"/dev/full"), qPrintable(run.stderrText()));
        // Opened as the device it is: Qt has nothing to say about seeking in it.
        QVERIFY2(!run.stderrText().contains(u"QIODevice"), qPrintable(run.stderrText()));
    }

    void optionIsChecked()
    {
        using Sockpit::CommandLineResult;
        const QString path = m_dir.filePath(QStringLiteral("out.pcapng"));
        const CommandLineResult window = Sockpit::parseCommandLine(
            {QStringLiteral("sockpit"), QStringLiteral("--tcp-server"), QStringLiteral("0"), QStringLiteral("--pcap"), path});
        QCOMPARE(window.action, CommandLineResult::Action::Fail);
        QVERIFY2(window.text.contains(u"--pcap"), qPrintable(window.text));
        const CommandLineResult headless =
            Sockpit::parseCommandLine({QStringLiteral("sockpit"), QStringLiteral("--headless"), QStringLiteral("--udp"),
                                       QStringLiteral("0"), QStringLiteral("--pcap"), path});
        QCOMPARE(headless.action, CommandLineResult::Action::Run);
        QCOMPARE(headless.options.pcapPath, path);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestHeadlessPcap)
#include "tst_headless_pcap.moc"
