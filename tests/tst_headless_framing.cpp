// The built binary run headless with --frame and --checksum against loopback
// servers in the test: one frame a line on stdout, marks and bad checksums on
// stderr and counted at exit, the checksum appended to every line sent, and
// bad framing or checksum arguments refused with exit code 2.

#include "address.h"
#include "checksum.h"

#include "common/headlessprocess.h"
#include "common/loopbackserver.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

using namespace Sockpit;
using SockpitTest::LoopbackTcpServer;

namespace {

constexpr int Timeout = 10000;

QString target(const LoopbackTcpServer &server)
{
    return Address::hostPort(server.address(), server.port());
}

QStringList clientOf(const LoopbackTcpServer &server, const QStringList &more)
{
    return QStringList{QStringLiteral("--headless"), QStringLiteral("--tcp-client"), target(server)} + more;
}

QStringList lines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

qsizetype lineWith(const QStringList &all, const QString &part)
{
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].contains(part))
            return i;
    }
    return -1;
}

ChecksumSpec modbus()
{
    ChecksumSpec spec;
    spec.algorithm = Checksum::Algorithm::Crc16Modbus;
    spec.bigEndian = false;
    return spec;
}

// payload with its CRC-16/MODBUS, the last payload byte moved until no byte
// of the frame is a line end (a CRC may hold 0x0A or 0x0D).
QByteArray withoutLineEnds(QByteArray payload)
{
    QByteArray frame = modbus().append(payload);
    while (frame.contains('\r') || frame.contains('\n')) {
        payload[payload.size() - 1] = char(payload[payload.size() - 1] + 1);
        frame = modbus().append(payload);
    }
    return frame;
}

} // namespace

class TstHeadlessFraming : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void framesPrintOneALine();
    void hexFramesAndTheIncompleteOne();
    void aResetToldAfterTheIncompleteFrame();
    void aCharacterAFrameLeavesUnfinishedShows();
    void aStreamThatNeverPausesPrintsAtTheFrameTime();
    void badChecksumsReportedAndCounted();
    void sentLinesGetTheChecksum();
    void withoutFrameAStreamStaysAStream();
    void datagramsAreVerifiedWithoutFrame();
    void badArguments_data();
    void badArguments();
};

void TstHeadlessFraming::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SOCKPIT_BINARY)).isExecutable(), SOCKPIT_BINARY);
}

void TstHeadlessFraming::framesPrintOneALine()
{
    LoopbackTcpServer server;
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));
    HeadlessProcess run(clientOf(server, {QStringLiteral("--frame"), QStringLiteral("delim:0D0A")}));
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    server.send(0, "one\r\ntw");
    server.socket(0)->flush();
    QTRY_COMPARE_WITH_TIMEOUT(run.out(), QByteArray("one\\r\\n\n"), Timeout);
    server.send(0, "o\r\nthree\tand a half");
    server.close(0);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
    // Control characters as escapes: a line is a frame, the last one cut by the close.
    QCOMPARE(run.out(), QByteArray("one\\r\\n\ntwo\\r\\n\nthree\\tand a half\n"));

    const QStringList err = lines(run.stderrText());
    const qsizetype incomplete = lineWith(err, QStringLiteral("frame 3 from "));
    QVERIFY2(incomplete >= 0, qPrintable(run.stderrText()));
    QVERIFY2(err[incomplete].contains(QStringLiteral("[16 B]: incomplete")), qPrintable(err[incomplete]));
    // The unfinished frame is told before the line saying the connection ended.
    const qsizetype closed = lineWith(err, QStringLiteral("closed by the peer"));
    QVERIFY2(closed > incomplete, qPrintable(run.stderrText()));
    QVERIFY(!run.stderrText().contains(QStringLiteral("bad checksum")));
}

void TstHeadlessFraming::hexFramesAndTheIncompleteOne()
{
    LoopbackTcpServer server;
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));
    HeadlessProcess run(clientOf(server, {QStringLiteral("--frame"), QStringLiteral("fixed:3"), QStringLiteral("--encoding"),
                                          QStringLiteral("Hex")}));
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    server.send(0, QByteArray("\x01\x02\x03\x04\x05\x06\x07", 7));
    server.close(0);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
    QCOMPARE(run.out(), QByteArray("01 02 03\n04 05 06\n07\n"));
    QVERIFY2(run.stderrText().contains(QStringLiteral("[1 B]: incomplete")), qPrintable(run.stderrText()));
}

void TstHeadlessFraming::aResetToldAfterTheIncompleteFrame()
{
    LoopbackTcpServer server;
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));
    HeadlessProcess run(clientOf(server, {QStringLiteral("--frame"), QStringLiteral("delim:0A")}));
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    server.send(0, "whole\nhalf");
    server.socket(0)->flush();
    QTRY_COMPARE_WITH_TIMEOUT(run.out(), QByteArray("whole\\n\n"), Timeout);
    server.reset(0);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(1), qPrintable(run.exitDescription()));
    QCOMPARE(run.out(), QByteArray("whole\\n\nhalf\n"));
    const QStringList err = lines(run.stderrText());
    const qsizetype incomplete = lineWith(err, QStringLiteral("[4 B]: incomplete"));
    const qsizetype reset = lineWith(err, QStringLiteral("error: "));
    QVERIFY2(incomplete >= 0 && reset > incomplete, qPrintable(run.stderrText()));
}

void TstHeadlessFraming::aCharacterAFrameLeavesUnfinishedShows()
{
    // GBK: C4 begins a two-byte character that the frame (and the datagram) ends first.
    LoopbackTcpServer server;
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));
    HeadlessProcess run(clientOf(server, {QStringLiteral("--frame"), QStringLiteral("fixed:3"), QStringLiteral("--encoding"),
                                          QStringLiteral("GBK")}));
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    server.send(0, QByteArray::fromHex("4142c4434445"));
    server.close(0);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
    QCOMPARE(QString::fromUtf8(run.out()), QStringLiteral("AB\uFFFD\nCDE\n"));

    HeadlessProcess udp({QStringLiteral("--headless"), QStringLiteral("--udp"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--encoding"), QStringLiteral("GBK")});
    QTRY_VERIFY_WITH_TIMEOUT(udp.stderrText().contains(QStringLiteral("receiving on")), Timeout);
    const QRegularExpressionMatch where = QRegularExpression(QStringLiteral("receiving on 127\\.0\\.0\\.1:(\\d+)")).match(udp.stderrText());
    QVERIFY2(where.hasMatch(), qPrintable(udp.stderrText()));
    QUdpSocket sender;
    const QByteArray datagram = QByteArray::fromHex("41c4");
    QCOMPARE(sender.writeDatagram(datagram, QHostAddress::LocalHost, quint16(where.captured(1).toUInt())), qint64(2));
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromUtf8(udp.out()), QStringLiteral("A\uFFFD"), Timeout);
    udp.process().terminate();
    QVERIFY(udp.waitForExit());
}

void TstHeadlessFraming::aStreamThatNeverPausesPrintsAtTheFrameTime()
{
    // Bytes every 10 ms never leave the 50 ms gap; ;time:100 prints a line
    // while they keep coming, and the lines together hold every byte.
    LoopbackTcpServer server;
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));
    HeadlessProcess run(clientOf(server, {QStringLiteral("--frame"), QStringLiteral("gap:50;time:100")}));
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    QByteArray sent;
    QTimer writer;
    writer.setInterval(10);
    QObject::connect(&writer, &QTimer::timeout, &writer, [&] {
        if (sent.size() < 500 && !run.out().contains('\n')) {
            sent += 'x';
            server.send(0, "x");
            server.socket(0)->flush();
        }
    });
    writer.start();
    QTRY_VERIFY_WITH_TIMEOUT(run.out().contains('\n') || sent.size() >= 500, Timeout);
    writer.stop();
    QVERIFY2(run.out().contains('\n'), "no line while the bytes kept coming");
    QVERIFY(sent.size() < 500);
    server.close(0);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
    QCOMPARE(QByteArray(run.out()).replace('\n', QByteArray()), sent);
}

void TstHeadlessFraming::badChecksumsReportedAndCounted()
{
    LoopbackTcpServer server;
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));
    HeadlessProcess run(clientOf(server, {QStringLiteral("--frame"), QStringLiteral("delim:0D0A;strip"), QStringLiteral("--checksum"),
                                          QStringLiteral("CRC-16/MODBUS"), QStringLiteral("--encoding"), QStringLiteral("Hex")}));
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);

    const QByteArray good = withoutLineEnds(QByteArray::fromHex("010300000001"));
    QByteArray bad = good;
    bad[1] = char(0x04);
    QByteArray worse = good;
    worse[worse.size() - 1] = char(worse[worse.size() - 1] ^ 0x40);
    for (const QByteArray &frame : {good, bad, worse})
        QVERIFY2(!frame.contains('\r') && !frame.contains('\n'), frame.toHex().constData());
    server.send(0, good + "\r\n" + bad + "\r\n" + worse + "\r\n" + "A\r\n"); // the last: too short for a CRC-16
    server.close(0);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));

    // Every frame still comes out; the bad ones are told, with both values, and counted.
    const QByteArray expectedOut = good.toHex(' ').toUpper() + '\n' + bad.toHex(' ').toUpper() + '\n'
                                   + worse.toHex(' ').toUpper() + "\n41\n";
    QCOMPARE(run.out(), expectedOut);
    const QString err = run.stderrText();
    const quint32 badExpected = Checksum::compute(Checksum::Algorithm::Crc16Modbus, QByteArrayView(bad).chopped(2));
    const quint32 badReceived = quint32(uchar(bad[bad.size() - 2])) | quint32(uchar(bad[bad.size() - 1])) << 8;
    QVERIFY2(err.contains(QStringLiteral("frame 2 from ")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("bad CRC-16/MODBUS, expected %1, received %2")
                              .arg(modbus().formatValue(badExpected), modbus().formatValue(badReceived))),
             qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("frame 3 from ")), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("frame 1 from ")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("[1 B]: too short to hold its CRC-16/MODBUS")), qPrintable(err));
    QVERIFY2(err.contains(QRegularExpression(QStringLiteral("\\b3 frame(s|\\(s\\)) had a bad checksum"))), qPrintable(err));
}

void TstHeadlessFraming::sentLinesGetTheChecksum()
{
    LoopbackTcpServer server;
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));
    HeadlessProcess hex(clientOf(server, {QStringLiteral("--checksum"), QStringLiteral("modbus"), QStringLiteral("--encoding"),
                                          QStringLiteral("Hex")}));
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    hex.write("01 03 00 00 00 0A\n");
    // The well-known Modbus RTU request: its CRC is C5 CD, low byte first.
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray::fromHex("01030000000AC5CD"),
                              Timeout);
    hex.endInput();
    server.close(0);
    QVERIFY(hex.waitForExit());
    QVERIFY2(hex.exitedWith(0), qPrintable(hex.exitDescription()));

    // Text lines: the checksum of the line as sent, newline included.
    HeadlessProcess text(clientOf(server, {QStringLiteral("--checksum"), QStringLiteral("xor8")}));
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 2, Timeout);
    text.write("PING\n");
    const char bcc = 'P' ^ 'I' ^ 'N' ^ 'G' ^ '\n';
    QTRY_COMPARE_WITH_TIMEOUT(server.received(1), QByteArray("PING\n") + bcc, Timeout);
    text.endInput();
    server.close(1);
    QVERIFY(text.waitForExit());
    QVERIFY2(text.exitedWith(0), qPrintable(text.exitDescription()));
}

void TstHeadlessFraming::withoutFrameAStreamStaysAStream()
{
    LoopbackTcpServer server;
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));
    HeadlessProcess run(clientOf(server, {QStringLiteral("--checksum"), QStringLiteral("crc32")}));
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    server.send(0, "ab");
    server.socket(0)->flush();
    QTRY_COMPARE_WITH_TIMEOUT(run.out(), QByteArray("ab"), Timeout);
    server.send(0, "cd\r\n");
    server.close(0);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
    QCOMPARE(run.out(), QByteArray("abcd\r\n"));
    QVERIFY2(!run.stderrText().contains(QStringLiteral("frame")), qPrintable(run.stderrText()));
}

void TstHeadlessFraming::datagramsAreVerifiedWithoutFrame()
{
    HeadlessProcess run({QStringLiteral("--headless"), QStringLiteral("--udp"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--checksum"), QStringLiteral("sum8")});
    QTRY_VERIFY_WITH_TIMEOUT(run.stderrText().contains(QStringLiteral("receiving on")), Timeout);
    const QRegularExpressionMatch where = QRegularExpression(QStringLiteral("receiving on 127\\.0\\.0\\.1:(\\d+)")).match(run.stderrText());
    QVERIFY2(where.hasMatch(), qPrintable(run.stderrText()));
    const quint16 port = quint16(where.captured(1).toUInt());

    QUdpSocket sender;
    const QByteArray good = QByteArray("abc") + char('a' + 'b' + 'c');
    const QByteArray bad = QByteArray("abc") + char(0x00);
    QCOMPARE(sender.writeDatagram(good, QHostAddress::LocalHost, port), qint64(good.size()));
    QCOMPARE(sender.writeDatagram(bad, QHostAddress::LocalHost, port), qint64(bad.size()));
    QTRY_COMPARE_WITH_TIMEOUT(run.out(), good + bad, Timeout); // printed as datagrams always were
    QTRY_VERIFY_WITH_TIMEOUT(run.stderrText().contains(QStringLiteral("frame 2 from ")), Timeout);
    QVERIFY2(run.stderrText().contains(QStringLiteral("bad SUM8, expected 0x26, received 0x00")), qPrintable(run.stderrText()));
    run.process().terminate();
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
    QVERIFY2(run.stderrText().contains(QRegularExpression(QStringLiteral("\\b1 frame(\\(s\\))? had a bad checksum"))),
             qPrintable(run.stderrText()));
}

void TstHeadlessFraming::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    const QStringList client{QStringLiteral("--headless"), QStringLiteral("--tcp-client"), QStringLiteral("127.0.0.1:80")};
    QTest::newRow("zero length") << client + QStringList{QStringLiteral("--frame"), QStringLiteral("fixed:0")}
                                 << QStringLiteral("--frame: ");
    QTest::newRow("bad delimiter") << client + QStringList{QStringLiteral("--frame"), QStringLiteral("delim:0G")}
                                   << QStringLiteral("--frame: ");
    QTest::newRow("unknown mode") << client + QStringList{QStringLiteral("--frame"), QStringLiteral("lines")}
                                  << QStringLiteral("--frame: ");
    QTest::newRow("frame time below the gap") << client + QStringList{QStringLiteral("--frame"), QStringLiteral("gap:50;time:20")}
                                              << QStringLiteral("--frame: a frame that lasts at most 20 ms");
    QTest::newRow("unknown checksum") << client + QStringList{QStringLiteral("--checksum"), QStringLiteral("CRC-64")}
                                      << QStringLiteral("--checksum: ");
}

void TstHeadlessFraming::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    HeadlessProcess run(arguments);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(2), qPrintable(run.exitDescription()));
    QVERIFY2(run.stderrText().contains(reason), qPrintable(run.stderrText()));
    // A specific reason, not the bare option name.
    QVERIFY2(run.stderrText().trimmed().size() > reason.size() + 3, qPrintable(run.stderrText()));
    QVERIFY(run.out().isEmpty());
}

QTEST_GUILESS_MAIN(TstHeadlessFraming)
#include "tst_headless_framing.moc"
