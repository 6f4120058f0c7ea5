// Received frames in the traffic log: the recorder puts framers between a
// session and the log (a fake session driven by the test, and a real TCP
// client on loopback for a reset), the log stamps, marks and charges them,
// and LogLine shows their length and marks.

#include "capturesink.h"
#include "checksum.h"
#include "logline.h"
#include "tcpclientsession.h"
#include "trafficlog.h"
#include "trafficrecorder.h"

#include "common/fakesession.h"
#include "common/framingspecs.h"
#include "common/loopbackserver.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockpit;
using SockpitTest::fixedLength;
using SockpitTest::modbus;
using SockpitTest::FakeSession;
using SockpitTest::LoopbackTcpServer;

namespace {

constexpr int Timeout = 10000;

Peer peer(quint64 id, quint16 port = 40000)
{
    return Peer{id, QHostAddress(QHostAddress::LocalHost), port};
}

FramingSpec delimited(bool keep = true)
{
    FramingSpec spec;
    spec.mode = FramingSpec::Mode::Delimiter;
    spec.delimiters = {QByteArray("\r\n")};
    spec.keepDelimiter = keep;
    return spec;
}

// The log's payload rows (received and sent), oldest first.
QList<LogEntry> payloads(const TrafficLog &log)
{
    QList<LogEntry> out;
    for (quint64 seq = log.firstSeq(); seq < log.endSeq(); ++seq) {
        if (log.at(seq).isPayload())
            out << log.at(seq);
    }
    return out;
}

QByteArrayList frameBytes(const TrafficLog &log)
{
    QByteArrayList out;
    for (const LogEntry &e : payloads(log))
        out << e.data;
    return out;
}

/// A log with a recorder attached to a fake session the test emits from.
struct Rig
{
    explicit Rig(CaptureSink *capture = nullptr)
        : recorder(&log, capture)
    {
        recorder.attach(&session);
    }
    void receive(const Peer &from, const QByteArray &bytes) { emit static_cast<Session &>(session).received(from, bytes); } // FakeSession::received() hides the signal
    void sent(const Peer &to, const QByteArray &bytes) { emit static_cast<Session &>(session).sent(to, bytes); }

    TrafficLog log;
    FakeSession session;
    TrafficRecorder recorder;
};

} // namespace

class TstFramedLog : public QObject
{
    Q_OBJECT

private slots:
    void perReadWithoutChecksumKeepsTheRowsOfReads();
    void framesBecomeRows();
    void framesOfPeersAreSeparate();
    void frameTimeIsItsFirstByte();
    void incompleteFrameAtCloseComesBeforeTheLeftLine();
    void incompleteFrameAtResetComesBeforeTheLeftLine();
    void detachFinishesFramesInProgress();
    void datagramsEndTheirFrames();
    void charactersCutByFramesShowWhole();
    void strippedDelimiterEndsTheCharacters();
    void changingTheEncodingKeepsCharactersWhole();
    void idleGapEndsFramesOnItsOwn();
    void answerShowsAfterTheRequestItAnswers();
    void oversizeFramesAreMarked();
    void checksumMarksAndBadFramesCounted();
    void checksumOnReadsWithoutFraming();
    void captureStaysRaw();
    void receivedBytesCountAsTheyArrived();
    void ringStaysBoundedWithTinyFrames();
    void appendFrameKeepsStampsAndMarks();
    void appendFramesVerifiesEachAndSignalsOnce();
    void lineShowsLengthAndMarks_data();
    void lineShowsLengthAndMarks();
    void frameMarksAreEmptyForOtherEntries();
};

void TstFramedLog::perReadWithoutChecksumKeepsTheRowsOfReads()
{
    Rig rig;
    QCOMPARE(rig.recorder.framing(), FramingSpec::perRead());
    rig.receive(peer(1), QByteArray("ab"));
    rig.receive(peer(1), QByteArray("c\r\n"));
    const QList<LogEntry> rows = payloads(rig.log);
    QCOMPARE(rows.size(), 2);
    QVERIFY(!rows[0].frame);
    QCOMPARE(LogLine::frameMarks(rows[0]), QString());
    QVERIFY(!LogLine::format(rig.log, rows[1]).contains(QStringLiteral("[3 B]")));
}

void TstFramedLog::framesBecomeRows()
{
    Rig rig;
    rig.recorder.setFraming(delimited());
    QCOMPARE(rig.recorder.framing(), delimited());
    rig.receive(peer(1), QByteArray("ab\r\ncd"));
    rig.receive(peer(1), QByteArray("e"));
    rig.receive(peer(1), QByteArray("f\r\ng"));
    QCOMPARE(frameBytes(rig.log), (QByteArrayList{"ab\r\n", "cdef\r\n"}));
    for (const LogEntry &e : payloads(rig.log)) {
        QVERIFY(e.frame);
        QCOMPARE(e.direction, Direction::Rx);
        QCOMPARE(e.frameMark, Frame::Mark::Complete);
        QCOMPARE(e.check, LogEntry::Check::None);
    }
    QCOMPARE(rig.log.at(rig.log.endSeq() - 1).text, QStringLiteral("cdef\r\n"));
    QCOMPARE(rig.log.counters().rxChunks, 2u);
}

void TstFramedLog::framesOfPeersAreSeparate()
{
    Rig rig;
    rig.recorder.setFraming(delimited(false));
    rig.receive(peer(1, 1001), QByteArray("one-"));
    rig.receive(peer(2, 1002), QByteArray("two-"));
    rig.receive(peer(1, 1001), QByteArray("a\r\n"));
    rig.receive(peer(2, 1002), QByteArray("b\r\n"));
    const QList<LogEntry> rows = payloads(rig.log);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].data, QByteArray("one-a"));
    QCOMPARE(rows[0].peer.id, 1u);
    QCOMPARE(rows[1].data, QByteArray("two-b"));
    QCOMPARE(rows[1].peer.id, 2u);
}

void TstFramedLog::frameTimeIsItsFirstByte()
{
    Rig rig;
    rig.recorder.setFraming(delimited());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    rig.receive(peer(1), QByteArray("first "));
    // The clock moves on before the frame's last byte comes.
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() > before + 2, Timeout);
    const qint64 lastByte = QDateTime::currentMSecsSinceEpoch();
    rig.receive(peer(1), QByteArray("half\r\n"));
    const QList<LogEntry> rows = payloads(rig.log);
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows[0].msecsSinceEpoch >= before);
    QVERIFY2(rows[0].msecsSinceEpoch < lastByte, "stamped with the last read's time, not the first byte's");
}

void TstFramedLog::incompleteFrameAtCloseComesBeforeTheLeftLine()
{
    Rig rig;
    rig.recorder.setFraming(delimited());
    rig.receive(peer(1), QByteArray("ok\r\nhalf a fr"));
    emit rig.session.peerLeft(peer(1), QStringLiteral("closed by the peer"));
    QCOMPARE(rig.log.size(), 3);
    const LogEntry &whole = rig.log.at(rig.log.firstSeq());
    const LogEntry &cut = rig.log.at(rig.log.firstSeq() + 1);
    const LogEntry &left = rig.log.at(rig.log.firstSeq() + 2);
    QCOMPARE(whole.frameMark, Frame::Mark::Complete);
    QCOMPARE(cut.data, QByteArray("half a fr"));
    QCOMPARE(cut.frameMark, Frame::Mark::Incomplete);
    QVERIFY(cut.endsStream);
    QCOMPARE(left.direction, Direction::Info);
    QCOMPARE(left.text, QStringLiteral("closed by the peer"));
    QVERIFY(LogLine::format(rig.log, cut).contains(QStringLiteral("[9 B] incomplete")));
}

void TstFramedLog::incompleteFrameAtResetComesBeforeTheLeftLine()
{
    LoopbackTcpServer server;
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));
    TrafficLog log;
    TrafficRecorder recorder(&log, nullptr);
    recorder.setFraming(delimited());
    TcpClientSession session;
    recorder.attach(&session);
    QSignalSpy left(&session, &Session::peerLeft);
    session.setTarget(QStringLiteral("127.0.0.1"), server.port());
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Active, Timeout);

    server.send(0, QByteArray("line\r\nno end"));
    QTRY_COMPARE_WITH_TIMEOUT(log.counters().rxBytes, 12u, Timeout);
    QCOMPARE(frameBytes(log), QByteArrayList{"line\r\n"});
    server.reset(0);
    QVERIFY(left.wait(Timeout));

    // The unfinished frame, marked, then the reason the connection ended.
    qsizetype cutAt = -1;
    qsizetype leftAt = -1;
    for (quint64 seq = log.firstSeq(); seq < log.endSeq(); ++seq) {
        const LogEntry &e = log.at(seq);
        if (e.isPayload() && e.data == "no end")
            cutAt = qsizetype(seq);
        if (e.direction == Direction::Info && e.text == left.first().at(1).toString())
            leftAt = qsizetype(seq);
    }
    QVERIFY(cutAt >= 0);
    QVERIFY(leftAt > cutAt);
    QCOMPARE(log.at(quint64(cutAt)).frameMark, Frame::Mark::Incomplete);
}

void TstFramedLog::detachFinishesFramesInProgress()
{
    Rig rig;
    rig.recorder.setFraming(delimited());
    rig.receive(peer(1), QByteArray("pending"));
    QCOMPARE(payloads(rig.log).size(), 0);
    rig.recorder.detach();
    const QList<LogEntry> rows = payloads(rig.log);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].data, QByteArray("pending"));
    QCOMPARE(rows[0].frameMark, Frame::Mark::Incomplete);

    // Changing the framing finishes the frames of the old one too.
    rig.recorder.attach(&rig.session);
    rig.receive(peer(1), QByteArray("more"));
    rig.recorder.setFraming(fixedLength(8));
    QCOMPARE(frameBytes(rig.log), (QByteArrayList{"pending", "more"}));
}

void TstFramedLog::datagramsEndTheirFrames()
{
    Rig rig;
    rig.recorder.setDatagramMode(true);
    rig.recorder.setFraming(delimited());
    rig.log.setEncoding(QStringLiteral("GBK"));
    const QByteArray ni = QByteArray::fromHex("c4e3"); // 你 in GBK
    rig.receive(peer(1), "ab\r\n" + ni.left(1));
    rig.receive(peer(1), ni.mid(1) + "\r\n");
    const QList<LogEntry> rows = payloads(rig.log);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].data, QByteArray("ab\r\n"));
    QVERIFY(rows[0].datagram);
    // A datagram's rest is an incomplete frame of its own, decoded alone.
    QCOMPARE(rows[1].data, ni.left(1));
    QCOMPARE(rows[1].frameMark, Frame::Mark::Incomplete);
    QCOMPARE(rows[1].text, QString(QChar::ReplacementCharacter));
    QCOMPARE(rows[2].frameMark, Frame::Mark::Complete);
}

void TstFramedLog::charactersCutByFramesShowWhole()
{
    Rig rig;
    rig.log.setEncoding(QStringLiteral("GBK"));
    rig.recorder.setFraming(fixedLength(3));
    // "你好吗" in GBK: six bytes, frames of three cut every character but the last.
    rig.receive(peer(1), QByteArray::fromHex("c4e3bac3c2f0"));
    const QList<LogEntry> rows = payloads(rig.log);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].text + rows[1].text, QStringLiteral("你好吗"));
    QCOMPARE(rows[0].text, QStringLiteral("你"));
    QCOMPARE(rows[1].text, QStringLiteral("好吗"));
}

// A stripped delimiter stood between two frames: a character the first one
// leaves unfinished ends there (as U+FFFD), and does not swallow the next
// frame's first byte, in a run (one read) as in frames read one by one.
void TstFramedLog::strippedDelimiterEndsTheCharacters()
{
    // "a" and a GBK lead byte (a checksum byte, say), the delimiter, then "fg".
    const QByteArray bytes = QByteArray::fromHex("61c40d0a66670d0a");
    for (const bool wholeRead : {true, false}) {
        for (const QString &encoding : {QStringLiteral("GBK"), QStringLiteral("windows-1251")}) {
            Rig rig;
            rig.log.setEncoding(encoding);
            rig.recorder.setFraming(delimited(false));
            if (wholeRead) {
                rig.receive(peer(1), bytes);
            } else {
                for (qsizetype i = 0; i < bytes.size(); ++i)
                    rig.receive(peer(1), bytes.sliced(i, 1));
            }
            const QList<LogEntry> rows = payloads(rig.log);
            QCOMPARE(rows.size(), 2);
            QCOMPARE(rows[1].text, QStringLiteral("fg"));
            if (encoding == QStringLiteral("GBK"))
                QCOMPARE(rows[0].text, QStringLiteral("a\uFFFD"));
            QCOMPARE(rig.log.textPreview(rows[1].seq, 300).text, QStringLiteral("fg"));
            rig.log.setEncoding(QStringLiteral("UTF-8"));
            rig.log.setEncoding(encoding);
            QCOMPARE(payloads(rig.log).at(1).text, QStringLiteral("fg"));
        }
    }
}

void TstFramedLog::changingTheEncodingKeepsCharactersWhole()
{
    Rig rig;
    rig.recorder.setFraming(fixedLength(3));
    rig.receive(peer(1), QByteArray::fromHex("c4e3bac3c2f0")); // 你好吗 in GBK, read as UTF-8 first
    QVERIFY(payloads(rig.log).at(0).text != QStringLiteral("你"));
    rig.log.setEncoding(QStringLiteral("GBK"));
    const QList<LogEntry> rows = payloads(rig.log);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].text, QStringLiteral("你"));
    QCOMPARE(rows[1].text, QStringLiteral("好吗"));
}

void TstFramedLog::idleGapEndsFramesOnItsOwn()
{
    Rig rig;
    FramingSpec gap;
    gap.mode = FramingSpec::Mode::IdleGap;
    gap.gapMs = 200;
    rig.recorder.setFraming(gap);
    // Back to back, with no turn of the event loop between them: one frame.
    rig.receive(peer(1), QByteArray("slow "));
    rig.receive(peer(1), QByteArray("device"));
    QCOMPARE(payloads(rig.log).size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(payloads(rig.log).size(), 1, Timeout);
    const LogEntry row = payloads(rig.log).at(0);
    QCOMPARE(row.data, QByteArray("slow device"));
    QCOMPARE(row.frameMark, Frame::Mark::Complete);
}

// An echo goes out while the request's idle gap is still running: its row
// waits for the request's row, then keeps the time it was sent. Another
// peer's sends are not held, nor are sends under framing that may wait forever.
void TstFramedLog::answerShowsAfterTheRequestItAnswers()
{
    Rig rig;
    FramingSpec gap;
    gap.mode = FramingSpec::Mode::IdleGap;
    gap.gapMs = 100;
    rig.recorder.setFraming(gap);
    rig.receive(peer(1), QByteArray("request"));
    rig.sent(peer(1), QByteArray("answer"));
    rig.sent(peer(2), QByteArray("to someone else"));
    QCOMPARE(frameBytes(rig.log), QByteArrayList{QByteArray("to someone else")});
    QTRY_COMPARE_WITH_TIMEOUT(payloads(rig.log).size(), 3, Timeout);
    const QList<LogEntry> rows = payloads(rig.log);
    QCOMPARE(rows.at(1).direction, Direction::Rx);
    QCOMPARE(rows.at(1).data, QByteArray("request"));
    QCOMPARE(rows.at(2).direction, Direction::Tx);
    QCOMPARE(rows.at(2).data, QByteArray("answer"));
    QVERIFY(rows.at(2).msecsSinceEpoch <= rows.at(0).msecsSinceEpoch + 50); // sent at once, shown later

    rig.recorder.setFraming(delimited());
    rig.receive(peer(1), QByteArray("no delimiter yet"));
    rig.sent(peer(1), QByteArray("at once"));
    QCOMPARE(payloads(rig.log).size(), 4);
    QCOMPARE(payloads(rig.log).at(3).data, QByteArray("at once"));
}

void TstFramedLog::oversizeFramesAreMarked()
{
    Rig rig;
    FramingSpec spec = delimited();
    spec.maxFrameBytes = 16;
    rig.recorder.setFraming(spec);
    rig.receive(peer(1), QByteArray(40, 'x') + "\r\n");
    const QList<LogEntry> rows = payloads(rig.log);
    QVERIFY(rows.size() >= 3);
    QCOMPARE(rows[0].data.size(), 16);
    QCOMPARE(rows[0].frameMark, Frame::Mark::Oversize);
    QVERIFY(LogLine::format(rig.log, rows[0]).contains(QStringLiteral("[16 B] cut at the maximum size")));
    QByteArray all;
    for (const LogEntry &e : rows)
        all += e.data;
    QCOMPARE(all, QByteArray(40, 'x') + "\r\n"); // nothing lost
}

void TstFramedLog::checksumMarksAndBadFramesCounted()
{
    Rig rig;
    rig.recorder.setFraming(delimited(false));
    rig.recorder.setReceiveChecksum(modbus());
    QCOMPARE(rig.recorder.receiveChecksum(), std::optional<ChecksumSpec>(modbus()));
    const QByteArray good = modbus().append(QByteArray::fromHex("010300000001"));
    QByteArray bad = good;
    bad[2] = char(bad[2] ^ 0x10);
    rig.receive(peer(1), good + "\r\n" + bad + "\r\n");

    const QList<LogEntry> rows = payloads(rig.log);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].check, LogEntry::Check::Good);
    QCOMPARE(rows[0].checkAlgorithm, Checksum::Algorithm::Crc16Modbus);
    QCOMPARE(rows[1].check, LogEntry::Check::Bad);
    const quint32 expected = Checksum::compute(Checksum::Algorithm::Crc16Modbus, QByteArrayView(bad).chopped(2));
    const quint32 received = quint32(uchar(bad[bad.size() - 2])) | quint32(uchar(bad[bad.size() - 1])) << 8;
    QVERIFY(expected != received);
    QCOMPARE(rows[1].checkExpected, expected);
    QCOMPARE(rows[1].checkReceived, received);
    QCOMPARE(rig.log.counters().badFrames, 1u);

    QVERIFY(LogLine::format(rig.log, rows[0]).contains(QStringLiteral("✓ CRC-16/MODBUS")));
    const QString badLine = LogLine::format(rig.log, rows[1]);
    QVERIFY2(badLine.contains(QStringLiteral("✗ expected %1, received %2")
                                  .arg(modbus().formatValue(expected), modbus().formatValue(received))),
             qPrintable(badLine));
}

void TstFramedLog::checksumOnReadsWithoutFraming()
{
    Rig rig;
    rig.recorder.setReceiveChecksum(modbus());
    const QByteArray good = modbus().append(QByteArray("read"));
    rig.receive(peer(1), good);
    rig.receive(peer(1), QByteArray("no checksum here"));
    const QList<LogEntry> rows = payloads(rig.log);
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows[0].frame);
    QCOMPARE(rows[0].check, LogEntry::Check::Good);
    QCOMPARE(rows[1].check, LogEntry::Check::Bad);
    QCOMPARE(rig.log.counters().badFrames, 1u);

    rig.recorder.setReceiveChecksum(std::nullopt);
    rig.receive(peer(1), QByteArray("unchecked"));
    QCOMPARE(payloads(rig.log).constLast().check, LogEntry::Check::None);
    QCOMPARE(rig.log.counters().badFrames, 1u);
}

void TstFramedLog::captureStaysRaw()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("capture.bin"));
    CaptureSink capture;
    QCOMPARE(capture.open(path), QString());
    Rig rig(&capture);
    rig.recorder.setFraming(delimited(false));
    const QByteArrayList reads{"ab\r", "\ncd\r\nef", "gh"};
    for (const QByteArray &read : reads)
        rig.receive(peer(1), read);
    emit rig.session.peerLeft(peer(1), QStringLiteral("closed"));
    capture.close();
    QCOMPARE(frameBytes(rig.log), (QByteArrayList{"ab", "cd", "efgh"}));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), reads.join());
}

void TstFramedLog::receivedBytesCountAsTheyArrived()
{
    Rig rig;
    rig.recorder.setFraming(delimited(false));
    rig.receive(peer(1), QByteArray("abc\r\nde"));
    // Stripped delimiters and the frame in progress count: they arrived.
    QCOMPARE(rig.log.counters().rxBytes, 7u);
    QCOMPARE(rig.log.counters().rxChunks, 1u);
}

void TstFramedLog::ringStaysBoundedWithTinyFrames()
{
    Rig rig;
    constexpr qint64 capacity = 1024 * 1024;
    constexpr int frames = 200000;
    rig.log.setCapacityBytes(capacity);
    rig.recorder.setFraming(delimited(false));
    rig.recorder.setReceiveChecksum(modbus());
    QByteArray frame = QByteArray(60, 'x');
    frame = modbus().append(frame) + "\r\n"; // 64 bytes, the checksum before the delimiter
    QCOMPARE(frame.size(), 64);
    QByteArray read;
    for (int i = 0; i < 64; ++i)
        read += frame;
    read.squeeze(); // as a socket's read, without spare room
    for (int i = 0; i < frames / 64; ++i) {
        rig.receive(peer(1), read);
        QVERIFY(rig.log.usedBytes() <= capacity);
    }
    QCOMPARE(rig.log.counters().rxChunks, quint64(frames));
    QCOMPARE(rig.log.counters().badFrames, 0u);
    QCOMPARE(rig.log.counters().evictedEntries + quint64(rig.log.size()), quint64(frames));
    QVERIFY(rig.log.counters().evictedEntries > 0);

    // A read's frames are one run: the ring holds the bytes and a small record
    // per frame, not an entry each (which would cost more than the frame).
    const qint64 perFrame = rig.log.usedBytes() / qint64(rig.log.size());
    QVERIFY2(perFrame < 64 + 48, qPrintable(QString::number(perFrame)));
    QVERIFY(qint64(rig.log.size()) * TrafficLog::entryBookkeepingBytes() > capacity);
    // Every frame still reads back as itself, verified.
    for (quint64 seq = rig.log.firstSeq(); seq < rig.log.endSeq(); ++seq) {
        const LogEntry e = rig.log.at(seq);
        QCOMPARE(e.data, frame.chopped(2));
        QCOMPARE(e.seq, seq);
        QCOMPARE(e.check, LogEntry::Check::Good);
    }
}

void TstFramedLog::appendFrameKeepsStampsAndMarks()
{
    TrafficLog log;
    const qint64 firstByte = QDateTime::currentMSecsSinceEpoch() - 5000;
    ChecksumSpec::Verdict verdict;
    verdict.checked = true;
    verdict.good = false;
    verdict.expected = 0x4B37;
    verdict.received = 0x1234;
    log.appendFrame(peer(1), Frame{QByteArray("abc"), firstByte, Frame::Mark::Oversize}, true, verdict,
                    Checksum::Algorithm::Crc16Modbus);
    const LogEntry &e = log.at(0);
    QCOMPARE(e.msecsSinceEpoch, firstByte);
    QVERIFY(e.frame);
    QVERIFY(e.datagram);
    QCOMPARE(e.frameMark, Frame::Mark::Oversize);
    QCOMPARE(e.check, LogEntry::Check::Bad);
    QCOMPARE(e.checkExpected, 0x4B37u);
    QCOMPARE(e.checkReceived, 0x1234u);
    QCOMPARE(log.counters().badFrames, 1u);
    QCOMPARE(log.counters().rxChunks, 1u);

    // No checksum asked for: no verdict, not counted.
    log.appendFrame(peer(1), Frame{QByteArray("a"), firstByte, Frame::Mark::Complete}, false, ChecksumSpec::Verdict{});
    QCOMPARE(log.at(1).check, LogEntry::Check::None);
    QCOMPARE(log.counters().badFrames, 1u);
    // One asked for, and the frame too short to hold it: a bad frame that says why.
    ChecksumSpec::Verdict tooShort;
    tooShort.tooShort = true;
    log.appendFrame(peer(1), Frame{QByteArray("b"), firstByte, Frame::Mark::Complete}, false, tooShort,
                    Checksum::Algorithm::Crc16Modbus);
    QCOMPARE(log.at(2).check, LogEntry::Check::TooShort);
    QCOMPARE(log.counters().badFrames, 2u);
    QVERIFY2(LogLine::format(log, log.at(2), LogLine::Style{}).contains(u"✗ too short for its CRC-16/MODBUS"),
             qPrintable(LogLine::format(log, log.at(2), LogLine::Style{})));
}

void TstFramedLog::appendFramesVerifiesEachAndSignalsOnce()
{
    TrafficLog log;
    QSignalSpy changed(&log, &TrafficLog::countersChanged);
    const ChecksumSpec modbus = ChecksumSpec::parse(QStringLiteral("CRC-16/MODBUS")).value;
    QByteArray bad = modbus.append("second");
    bad[0] = 'S';
    QList<Frame> frames{Frame{modbus.append("first"), 10, Frame::Mark::Complete}, Frame{bad, 20, Frame::Mark::Complete},
                        Frame{QByteArray("x"), 30, Frame::Mark::Incomplete}};
    log.appendFrames(peer(1), frames, false, modbus);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(log.size(), qsizetype(3));
    QCOMPARE(log.at(0).check, LogEntry::Check::Good);
    QCOMPARE(log.at(0).data, modbus.append("first"));
    QCOMPARE(frames[0].data, modbus.append("first")); // the caller's frames stay as they were
    QCOMPARE(log.at(0).msecsSinceEpoch, qint64(10));
    QCOMPARE(log.at(1).check, LogEntry::Check::Bad);
    QCOMPARE(log.at(1).checkExpected, modbus.verify(bad).expected);
    QCOMPARE(log.at(2).check, LogEntry::Check::TooShort); // 1 byte cannot hold 2 of CRC
    QCOMPARE(log.at(2).frameMark, Frame::Mark::Incomplete);
    QVERIFY(log.at(2).text.endsWith(u'x')); // after what a checksum byte may have begun: one stream
    QCOMPARE(log.counters().badFrames, 2u);
    QCOMPARE(log.counters().rxChunks, 3u);

    // An empty batch adds nothing and says nothing.
    QList<Frame> none;
    log.appendFrames(peer(1), none, false, modbus);
    QCOMPARE(changed.count(), 1);
}

void TstFramedLog::lineShowsLengthAndMarks_data()
{
    QTest::addColumn<int>("mark");
    QTest::addColumn<int>("check");
    QTest::addColumn<QString>("marks");

    using Mark = Frame::Mark;
    using Check = LogEntry::Check;
    QTest::newRow("complete") << int(Mark::Complete) << int(Check::None) << QStringLiteral("[12 B]  ");
    QTest::newRow("incomplete") << int(Mark::Incomplete) << int(Check::None) << QStringLiteral("[12 B] incomplete  ");
    QTest::newRow("oversize") << int(Mark::Oversize) << int(Check::None)
                              << QStringLiteral("[12 B] cut at the maximum size  ");
    QTest::newRow("good") << int(Mark::Complete) << int(Check::Good) << QStringLiteral("[12 B] ✓ CRC-16/MODBUS  ");
    QTest::newRow("bad") << int(Mark::Complete) << int(Check::Bad)
                         << QStringLiteral("[12 B] ✗ expected 0x4B37, received 0x1234  ");
    QTest::newRow("incomplete and bad") << int(Mark::Incomplete) << int(Check::Bad)
                                        << QStringLiteral("[12 B] incomplete ✗ expected 0x4B37, received 0x1234  ");
}

void TstFramedLog::lineShowsLengthAndMarks()
{
    QFETCH(int, mark);
    QFETCH(int, check);
    QFETCH(QString, marks);
    TrafficLog log;
    ChecksumSpec::Verdict verdict;
    verdict.checked = LogEntry::Check(check) != LogEntry::Check::None;
    verdict.good = LogEntry::Check(check) == LogEntry::Check::Good;
    verdict.expected = verdict.good ? 0x1234 : 0x4B37;
    verdict.received = 0x1234;
    log.appendFrame(peer(1, 7788), Frame{QByteArray("hello world\n"), 0, Frame::Mark(mark)}, false, verdict);
    const LogEntry &entry = log.at(0);
    QCOMPARE(LogLine::frameMarks(entry), marks);
    const QString line = LogLine::format(log, entry);
    QVERIFY2(line.endsWith(QStringLiteral("127.0.0.1:7788  ") + marks + QStringLiteral("hello world\\n")), qPrintable(line));
    // Hex rows and rows cut short keep the marks.
    QVERIFY(LogLine::format(log, entry, {LogLine::Payload::Hex, 6}).contains(marks + QStringLiteral("68 65")));
    QVERIFY(LogLine::format(log, entry, {LogLine::Payload::Text, 3}).contains(marks + QStringLiteral("hel")));
}

void TstFramedLog::frameMarksAreEmptyForOtherEntries()
{
    TrafficLog log;
    log.appendPayload(Direction::Tx, peer(1), QByteArray("sent"));
    log.appendMessage(Direction::Info, peer(1), QStringLiteral("connected"));
    QCOMPARE(LogLine::frameMarks(log.at(0)), QString());
    QCOMPARE(LogLine::frameMarks(log.at(1)), QString());
    QVERIFY(!LogLine::format(log, log.at(0)).contains(u'['));
}

QTEST_GUILESS_MAIN(TstFramedLog)
#include "tst_framedlog.moc"
