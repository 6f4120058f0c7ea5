// --raw, netcat's behaviour: stdin's bytes go out unchanged and received
// bytes come out on stdout unchanged (NUL and 0x80–0xFF included), as a TCP
// client, a TCP server and over UDP (each read from stdin one datagram).

#include "common/headlessprocess.h"
#include "common/loopbackserver.h"

#include <QFileInfo>
#include <QNetworkDatagram>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

using SockpitTest::LoopbackTcpServer;

namespace {

constexpr int Timeout = 10000;
const QHostAddress Loopback(QHostAddress::LocalHost);

/// Every byte value, NUL and 0x80–0xFF among them, and a newline in the middle.
QByteArray everyByte()
{
    QByteArray bytes(256, Qt::Uninitialized);
    for (int i = 0; i < 256; ++i)
        bytes[i] = char(255 - i);
    return bytes;
}

/// The port a headless run says it uses, from "PREFIX127.0.0.1:PORT".
quint16 announcedPort(const HeadlessProcess &run, const QString &prefix)
{
    const QRegularExpression pattern(QRegularExpression::escape(prefix) + QStringLiteral("127\\.0\\.0\\.1:(\\d+)"));
    return quint16(pattern.match(run.stderrText()).captured(1).toUInt());
}

} // namespace

class TstHeadlessRaw : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tcpClientBothWays();
    void tcpServerBothWays();
    void udpBothWays();
    void textModeChangesWhatRawKeeps();
};

void TstHeadlessRaw::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SOCKPIT_BINARY)).isExecutable(), SOCKPIT_BINARY);
}

void TstHeadlessRaw::tcpClientBothWays()
{
    LoopbackTcpServer server;
    QVERIFY(server.isListening());
    HeadlessProcess run({QStringLiteral("--headless"), QStringLiteral("--raw"), QStringLiteral("--tcp-client"),
                         QStringLiteral("127.0.0.1:%1").arg(server.port())});
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    const QByteArray bytes = everyByte();
    run.write(bytes);
    run.write(bytes);
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), bytes + bytes, Timeout);
    server.send(0, bytes);
    QTRY_COMPARE_WITH_TIMEOUT(run.out(), bytes, Timeout);
    run.endInput();
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionEnded(0), Timeout); // half-closed at the end of stdin
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
    QVERIFY2(!run.stderrText().contains(u"UTF-8"), qPrintable(run.stderrText()));
}

void TstHeadlessRaw::tcpServerBothWays()
{
    HeadlessProcess run({QStringLiteral("--headless"), QStringLiteral("--raw"), QStringLiteral("--tcp-server"),
                         QStringLiteral("127.0.0.1:0")});
    QTRY_VERIFY_WITH_TIMEOUT(announcedPort(run, QStringLiteral("listening on ")) != 0, Timeout);
    QTcpSocket client;
    QByteArray got;
    connect(&client, &QIODevice::readyRead, this, [&] { got += client.readAll(); });
    client.connectToHost(Loopback, announcedPort(run, QStringLiteral("listening on ")));
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QAbstractSocket::ConnectedState, Timeout);
    const QByteArray bytes = everyByte();
    client.write(bytes);
    QTRY_COMPARE_WITH_TIMEOUT(run.out(), bytes, Timeout);
    run.write(bytes);
    QTRY_COMPARE_WITH_TIMEOUT(got, bytes, Timeout);
    run.process().terminate();
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
}

void TstHeadlessRaw::udpBothWays()
{
    QUdpSocket peer;
    QVERIFY(peer.bind(Loopback, 0));
    HeadlessProcess run({QStringLiteral("--headless"), QStringLiteral("--raw"), QStringLiteral("--udp"),
                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--peer"),
                         QStringLiteral("127.0.0.1:%1").arg(peer.localPort())});
    QTRY_VERIFY_WITH_TIMEOUT(announcedPort(run, QStringLiteral("receiving on ")) != 0, Timeout);
    const QByteArray bytes = everyByte();
    // One write, one read, one datagram: the newline inside does not split it.
    run.write(bytes);
    QTRY_VERIFY_WITH_TIMEOUT(peer.hasPendingDatagrams(), Timeout);
    QCOMPARE(peer.receiveDatagram().data(), bytes);

    peer.writeDatagram(bytes, Loopback, announcedPort(run, QStringLiteral("receiving on ")));
    QTRY_COMPARE_WITH_TIMEOUT(run.out(), bytes, Timeout); // nothing added: no newline, no hex
    QTRY_VERIFY_WITH_TIMEOUT(run.stderrText().contains(u"datagram from 127.0.0.1"), Timeout);
    run.process().terminate();
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
}

void TstHeadlessRaw::textModeChangesWhatRawKeeps()
{
    // The same bytes without --raw: not UTF-8, so sent as U+FFFD and said once.
    LoopbackTcpServer server;
    QVERIFY(server.isListening());
    HeadlessProcess run({QStringLiteral("--headless"), QStringLiteral("--tcp-client"),
                         QStringLiteral("127.0.0.1:%1").arg(server.port())});
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    run.write(everyByte() + everyByte());
    run.endInput();
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionEnded(0), Timeout);
    QVERIFY(server.received(0) != everyByte() + everyByte());
    QVERIFY(server.received(0).contains("\xEF\xBF\xBD"));
    QCOMPARE(run.stderrText().count(u"not valid UTF-8"), 1);
    QVERIFY2(run.stderrText().contains(u"at byte 0;"), qPrintable(run.stderrText())); // 0xFF comes first
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
}

QTEST_GUILESS_MAIN(TstHeadlessRaw)
#include "tst_headless_raw.moc"
