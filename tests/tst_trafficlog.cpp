#include "trafficlog.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Sockpit;

class TstTrafficLog : public QObject
{
    Q_OBJECT

private slots:
    void startsEmpty();
    void appendAndSequenceNumbers();
    void counters();
    void clearKeepsSequenceAndCounters();
    void ringIsBoundedByCapacity();
    void shrinkingCapacityEvicts();
    void newestEntryStaysEvenWhenTooBig();
    void streamJoinsSplitCharacters();
    void streamsOfPeersAreSeparate();
    void setEncodingRedecodesFromRawBytes();
    void setEncodingToSameNameDoesNothing();
    void hexKeepsTextEmpty();
    void endStreamFlushesHalfCharacter();
    void endStreamSurvivesEncodingChanges();
    void endStreamInHexIsRememberedForText();
    void endStreamWithoutEntries();
    void endStreamAfterEviction();
    void datagramsAndSentDataDecodeAlone();
    void usedBytesMatchesEntries();
    void spareRoomOfReadBuffersIsNotKept();
    void fullBuffersAreKeptAsTheyAre();
    void formatting();
};

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QByteArray hex(const char *digits)
{
    return QByteArray::fromHex(digits);
}

Peer peer(quint64 id, quint16 port = 40000)
{
    return Peer{id, QHostAddress(QHostAddress::LocalHost), port};
}

const QChar Replacement(QChar::ReplacementCharacter);

QStringList texts(const TrafficLog &log)
{
    QStringList out;
    for (quint64 seq = log.firstSeq(); seq < log.endSeq(); ++seq)
        out << log.at(seq).text;
    return out;
}

// What the log charges for its entries, summed entry by entry.
qint64 expectedUsedBytes(const TrafficLog &log)
{
    qint64 used = 0;
    for (quint64 seq = log.firstSeq(); seq < log.endSeq(); ++seq)
        used += TrafficLog::costOfEntry(log.at(seq));
    return used;
}

// The heap the entries hold: their buffers' whole capacity, and the entry itself.
qint64 retainedBytes(const TrafficLog &log)
{
    qint64 retained = 0;
    for (quint64 seq = log.firstSeq(); seq < log.endSeq(); ++seq) {
        const LogEntry &e = log.peekAt(seq);
        retained += qint64(sizeof(LogEntry)) + e.data.capacity() + e.text.capacity() * qint64(sizeof(QChar));
    }
    return retained;
}

} // namespace

void TstTrafficLog::startsEmpty()
{
    TrafficLog log;
    QCOMPARE(log.size(), 0);
    QCOMPARE(log.firstSeq(), 0u);
    QCOMPARE(log.endSeq(), 0u);
    QVERIFY(!log.contains(0));
    QCOMPARE(log.usedBytes(), 0);
    QCOMPARE(log.capacityBytes(), TrafficLog::DefaultCapacityBytes);
    QCOMPARE(log.encoding(), s("UTF-8"));
    QCOMPARE(log.counters().rxBytes, 0u);
    QCOMPARE(log.counters().evictedEntries, 0u);
}

void TstTrafficLog::appendAndSequenceNumbers()
{
    TrafficLog log;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    log.appendPayload(Direction::Rx, peer(1), QByteArray("abc"));
    log.appendMessage(Direction::Info, peer(1), s("connected"));
    log.appendPayload(Direction::Tx, peer(1), QByteArray("你好"));
    log.appendMessage(Direction::Error, Peer{}, s("something failed"));

    QCOMPARE(log.size(), 4);
    QCOMPARE(log.firstSeq(), 0u);
    QCOMPARE(log.endSeq(), 4u);
    for (quint64 seq = 0; seq < 4; ++seq) {
        QVERIFY(log.contains(seq));
        QCOMPARE(log.at(seq).seq, seq);
        QVERIFY(log.at(seq).msecsSinceEpoch >= before);
    }
    QVERIFY(!log.contains(4));

    const LogEntry &rx = log.at(0);
    QCOMPARE(rx.direction, Direction::Rx);
    QVERIFY(rx.isPayload());
    QVERIFY(!rx.datagram);
    QCOMPARE(rx.peer.id, 1u);
    QCOMPARE(rx.peer.toString(), s("127.0.0.1:40000"));
    QCOMPARE(rx.data, QByteArray("abc"));
    QCOMPARE(rx.text, s("abc"));

    const LogEntry &info = log.at(1);
    QCOMPARE(info.direction, Direction::Info);
    QVERIFY(!info.isPayload());
    QVERIFY(info.data.isEmpty());
    QCOMPARE(info.text, s("connected"));

    QCOMPARE(log.at(2).direction, Direction::Tx);
    QCOMPARE(log.at(2).text, s("你好"));
    QCOMPARE(log.at(3).direction, Direction::Error);
    QVERIFY(!log.at(3).peer.isValid());
}

void TstTrafficLog::counters()
{
    TrafficLog log;
    QSignalSpy changed(&log, &TrafficLog::countersChanged);
    QVERIFY(changed.isValid());

    log.appendPayload(Direction::Rx, peer(1), QByteArray("abcd"));
    log.appendPayload(Direction::Rx, peer(2), QByteArray("ef"));
    log.appendPayload(Direction::Tx, peer(1), QByteArray("123"));
    log.appendMessage(Direction::Info, peer(1), s("not counted"));
    log.appendPayload(Direction::Rx, peer(1), QByteArray(1000, 'x'), true);

    QCOMPARE(log.counters().rxBytes, 1006u);
    QCOMPARE(log.counters().rxChunks, 3u);
    QCOMPARE(log.counters().txBytes, 3u);
    QCOMPARE(log.counters().txChunks, 1u);
    QCOMPARE(log.counters().evictedEntries, 0u);
    QCOMPARE(changed.size(), 4);

    log.resetCounters();
    QCOMPARE(changed.size(), 5);
    QCOMPARE(log.counters().rxBytes, 0u);
    QCOMPARE(log.counters().rxChunks, 0u);
    QCOMPARE(log.counters().txBytes, 0u);
    QCOMPARE(log.counters().txChunks, 0u);
    QCOMPARE(log.size(), 5); // resetting the counters keeps the entries

    log.appendPayload(Direction::Tx, peer(1), QByteArray("z"));
    QCOMPARE(log.counters().txBytes, 1u);
    QCOMPARE(log.counters().txChunks, 1u);
}

void TstTrafficLog::clearKeepsSequenceAndCounters()
{
    TrafficLog log;
    QSignalSpy cleared(&log, &TrafficLog::cleared);
    log.appendPayload(Direction::Rx, peer(1), QByteArray("one"));
    log.appendPayload(Direction::Rx, peer(1), QByteArray("two"));
    log.appendMessage(Direction::Info, peer(1), s("three"));

    log.clear();
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(log.size(), 0);
    QCOMPARE(log.firstSeq(), 3u);
    QCOMPARE(log.endSeq(), 3u);
    QVERIFY(!log.contains(2));
    QCOMPARE(log.usedBytes(), 0);
    QCOMPARE(log.counters().rxBytes, 6u);
    QCOMPARE(log.counters().rxChunks, 2u);
    QCOMPARE(log.counters().evictedEntries, 0u);

    log.appendPayload(Direction::Rx, peer(1), QByteArray("four"));
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(3).seq, 3u);
    QCOMPARE(log.at(3).text, s("four"));
}

void TstTrafficLog::ringIsBoundedByCapacity()
{
    TrafficLog log;
    const qint64 capacity = 64 * 1024;
    log.setCapacityBytes(capacity);
    QCOMPARE(log.capacityBytes(), capacity);

    const QByteArray chunk(1000, 'x');
    const int total = 20000; // about 20 MB of payload into a 64 KiB ring
    qint64 peakUsed = 0;
    qsizetype sizeAfterFilling = 0;
    for (int i = 0; i < total; ++i) {
        log.appendPayload(Direction::Rx, peer(1), chunk);
        peakUsed = qMax(peakUsed, log.usedBytes());
        if (i == 1000)
            sizeAfterFilling = log.size();
    }
    QVERIFY2(peakUsed <= capacity, qPrintable(QStringLiteral("peak %1 bytes").arg(peakUsed)));
    QVERIFY(log.size() > 1);
    QCOMPARE(log.size(), sizeAfterFilling); // flat: as many entries after 20000 as after 1000
    QCOMPARE(log.endSeq(), quint64(total));
    QCOMPARE(log.counters().evictedEntries, quint64(total - log.size()));
    QCOMPARE(log.firstSeq(), log.counters().evictedEntries);
    QVERIFY(!log.contains(0));
    QCOMPARE(log.at(log.endSeq() - 1).data, chunk);
    // The counters saw everything, including what fell out of the ring.
    QCOMPARE(log.counters().rxBytes, quint64(total) * 1000u);
    QCOMPARE(log.counters().rxChunks, quint64(total));
    QCOMPARE(log.usedBytes(), expectedUsedBytes(log));
}

void TstTrafficLog::shrinkingCapacityEvicts()
{
    TrafficLog log;
    for (int i = 0; i < 100; ++i)
        log.appendPayload(Direction::Rx, peer(1), QByteArray(1000, 'y'));
    QCOMPARE(log.size(), 100);
    log.setCapacityBytes(10 * 1024);
    QVERIFY(log.usedBytes() <= 10 * 1024);
    QVERIFY(log.size() < 100);
    QCOMPARE(log.counters().evictedEntries, quint64(100 - log.size()));
    QCOMPARE(log.endSeq(), 100u);

    // A capacity below the floor is raised to it.
    log.setCapacityBytes(10);
    QCOMPARE(log.capacityBytes(), 4096);
}

void TstTrafficLog::newestEntryStaysEvenWhenTooBig()
{
    TrafficLog log;
    log.setCapacityBytes(4096);
    log.appendPayload(Direction::Rx, peer(1), QByteArray("small"));
    const QByteArray big(100 * 1024, 'b');
    log.appendPayload(Direction::Rx, peer(1), big);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(log.firstSeq()).data.size(), big.size());
    QCOMPARE(log.counters().evictedEntries, 1u);
}

void TstTrafficLog::streamJoinsSplitCharacters()
{
    TrafficLog log;
    const QByteArray bytes = QByteArray("中文abc");
    // One byte per read: each character appears whole in the entry that completes it.
    for (const char b : bytes)
        log.appendPayload(Direction::Rx, peer(7), QByteArray(1, b));
    QCOMPARE(texts(log).join(QString()), s("中文abc"));
    QCOMPARE(texts(log), (QStringList{QString(), QString(), s("中"), QString(), QString(), s("文"), s("a"), s("b"), s("c")}));
    for (quint64 seq = log.firstSeq(); seq < log.endSeq(); ++seq)
        QVERIFY(!log.at(seq).text.contains(Replacement));
}

void TstTrafficLog::streamsOfPeersAreSeparate()
{
    TrafficLog log;
    log.appendPayload(Direction::Rx, peer(1), hex("e4"));
    log.appendPayload(Direction::Rx, peer(2), QByteArray("xyz"));
    log.appendPayload(Direction::Tx, peer(1), QByteArray("sent"));
    log.appendMessage(Direction::Info, peer(1), s("note"));
    log.appendPayload(Direction::Rx, peer(1), hex("b8ad"));
    log.appendPayload(Direction::Rx, peer(2), hex("e69687"));
    QCOMPARE(texts(log), (QStringList{QString(), s("xyz"), s("sent"), s("note"), s("中"), s("文")}));
}

void TstTrafficLog::setEncodingRedecodesFromRawBytes()
{
    TrafficLog log;
    QSignalSpy changed(&log, &TrafficLog::encodingChanged);
    QVERIFY(changed.isValid());

    // "你好" in GBK is C4 E3 BA C3; the first character is split across two reads,
    // with another peer's data, a sent line and a notice in between.
    log.appendPayload(Direction::Rx, peer(1), hex("c4"));
    log.appendPayload(Direction::Rx, peer(2), QByteArray("other"));
    log.appendPayload(Direction::Tx, peer(1), hex("d6d0"));
    log.appendMessage(Direction::Info, peer(1), s("notice stays"));
    log.appendPayload(Direction::Rx, peer(1), hex("e3bac3"));

    const QStringList asUtf8 = texts(log);
    QVERIFY(asUtf8.at(4).contains(Replacement)); // GBK bytes are not UTF-8
    QVERIFY(!asUtf8.at(4).contains(s("你")));

    log.setEncoding(s("GBK"));
    QCOMPARE(log.encoding(), s("GBK"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), s("GBK"));
    QCOMPARE(texts(log), (QStringList{QString(), s("other"), s("中"), s("notice stays"), s("你好")}));
    // Raw bytes never change.
    QCOMPARE(log.at(0).data, hex("c4"));
    QCOMPARE(log.at(4).data, hex("e3bac3"));
    QCOMPARE(log.usedBytes(), expectedUsedBytes(log));

    log.setEncoding(s("UTF-8"));
    QCOMPARE(texts(log), asUtf8);
    QCOMPARE(changed.size(), 2);

    // New data after the switch continues the stream in the new encoding.
    log.setEncoding(s("GBK"));
    log.appendPayload(Direction::Rx, peer(1), hex("ca"));
    log.appendPayload(Direction::Rx, peer(1), hex("c0bde7"));
    QCOMPARE(log.at(5).text, QString());
    QCOMPARE(log.at(6).text, s("世界"));
}

void TstTrafficLog::setEncodingToSameNameDoesNothing()
{
    TrafficLog log;
    QSignalSpy changed(&log, &TrafficLog::encodingChanged);
    log.appendPayload(Direction::Rx, peer(1), QByteArray("abc"));
    log.setEncoding(s("UTF-8"));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(log.at(0).text, s("abc"));
}

void TstTrafficLog::hexKeepsTextEmpty()
{
    TrafficLog log;
    log.appendPayload(Direction::Rx, peer(1), QByteArray("before"));
    log.appendMessage(Direction::Error, Peer{}, s("an error"));
    log.setEncoding(s("Hex"));
    log.appendPayload(Direction::Rx, peer(1), QByteArray("after"));
    log.appendPayload(Direction::Tx, peer(1), QByteArray("sent"));
    log.appendPayload(Direction::Rx, peer(3), QByteArray("datagram"), true);

    QCOMPARE(texts(log), (QStringList{QString(), s("an error"), QString(), QString(), QString()}));
    QCOMPARE(log.at(2).data, QByteArray("after"));
    QCOMPARE(log.usedBytes(), expectedUsedBytes(log));

    log.setEncoding(s("UTF-8"));
    QCOMPARE(texts(log), (QStringList{s("before"), s("an error"), s("after"), s("sent"), s("datagram")}));
}

void TstTrafficLog::endStreamFlushesHalfCharacter()
{
    TrafficLog log;
    log.appendPayload(Direction::Rx, peer(1), QByteArray("ab\xe4"));
    log.appendPayload(Direction::Rx, peer(2), QByteArray("other"));
    QCOMPARE(log.at(0).text, s("ab"));

    log.endStream(1);
    QCOMPARE(log.at(0).text, s("ab") + Replacement);
    QVERIFY(log.at(0).endsStream);
    QVERIFY(!log.at(1).endsStream);
    QCOMPARE(log.at(1).text, s("other"));
    QCOMPARE(log.usedBytes(), expectedUsedBytes(log));

    // Ending it again changes nothing.
    log.endStream(1);
    QCOMPARE(log.at(0).text, s("ab") + Replacement);

    // A stream that ended on a whole character gets nothing added.
    log.endStream(2);
    QCOMPARE(log.at(1).text, s("other"));
    QVERIFY(log.at(1).endsStream);

    // Bytes for the same peer id afterwards start a fresh stream.
    log.appendPayload(Direction::Rx, peer(1), hex("b8ad") + QByteArray("ok"));
    QCOMPARE(log.at(2).text, QString(2, Replacement) + s("ok"));
}

void TstTrafficLog::endStreamSurvivesEncodingChanges()
{
    TrafficLog log;
    // GBK "你" is C4 E3: the connection closes after the first byte.
    log.appendPayload(Direction::Rx, peer(1), QByteArray("hi") + hex("c4"));
    log.endStream(1);
    log.appendPayload(Direction::Rx, peer(2), hex("e3"));
    QCOMPARE(log.at(0).text, s("hi") + Replacement);

    log.setEncoding(s("GBK"));
    // The half character stays at the end of its own stream and does not join
    // the next connection's byte.
    QCOMPARE(log.at(0).text, s("hi") + Replacement);
    QVERIFY(log.at(1).text.startsWith(Replacement) || log.at(1).text.isEmpty());
    QVERIFY(!log.at(1).text.contains(s("你")));
    QCOMPARE(log.usedBytes(), expectedUsedBytes(log));

    log.setEncoding(s("UTF-8"));
    QCOMPARE(log.at(0).text, s("hi") + Replacement);
}

void TstTrafficLog::endStreamInHexIsRememberedForText()
{
    TrafficLog log;
    log.setEncoding(s("Hex"));
    log.appendPayload(Direction::Rx, peer(1), QByteArray("ab\xe4\xb8"));
    log.endStream(1);
    QCOMPARE(log.at(0).text, QString());
    QVERIFY(log.at(0).endsStream);

    log.setEncoding(s("UTF-8"));
    QCOMPARE(log.at(0).text, s("ab") + QString(2, Replacement));
}

void TstTrafficLog::endStreamWithoutEntries()
{
    TrafficLog log;
    log.endStream(42);
    QCOMPARE(log.size(), 0);
    log.appendMessage(Direction::Info, peer(42), s("connected"));
    log.endStream(42);
    QCOMPARE(log.at(0).text, s("connected"));
    QVERIFY(!log.at(0).endsStream);
}

void TstTrafficLog::endStreamAfterEviction()
{
    TrafficLog log;
    log.setCapacityBytes(4096);
    log.appendPayload(Direction::Rx, peer(1), QByteArray("x\xe4"));
    for (int i = 0; i < 50; ++i)
        log.appendPayload(Direction::Rx, peer(2), QByteArray(500, 'z'));
    QVERIFY(!log.contains(0));
    log.endStream(1); // its last entry is gone: nothing to flush into, nothing breaks
    QCOMPARE(log.usedBytes(), expectedUsedBytes(log));
    log.clear();
    log.endStream(2);
    QCOMPARE(log.size(), 0);
}

void TstTrafficLog::datagramsAndSentDataDecodeAlone()
{
    TrafficLog log;
    // Halves of one character in two datagrams stay halves: each datagram is
    // decoded on its own and shows U+FFFD instead of joining the other.
    log.appendPayload(Direction::Rx, peer(1), hex("e4"), true);
    log.appendPayload(Direction::Rx, peer(1), hex("b8ad"), true);
    log.appendPayload(Direction::Tx, peer(1), hex("e4"));
    log.appendPayload(Direction::Tx, peer(1), hex("b8ad"));
    QVERIFY(log.at(0).datagram);
    QCOMPARE(texts(log), (QStringList{QString(Replacement), QString(2, Replacement), QString(Replacement),
                                      QString(2, Replacement)}));

    log.appendPayload(Direction::Rx, peer(1), QByteArray("中"), true);
    QCOMPARE(log.at(4).text, s("中"));

    log.setEncoding(s("GBK"));
    log.setEncoding(s("UTF-8"));
    QCOMPARE(log.at(0).text, QString(Replacement));
    QCOMPARE(log.at(1).text, QString(2, Replacement));
}

void TstTrafficLog::usedBytesMatchesEntries()
{
    TrafficLog log;
    log.appendPayload(Direction::Rx, peer(1), QByteArray("hello"));
    log.appendMessage(Direction::Info, peer(1), s("a message"));
    log.appendPayload(Direction::Tx, peer(1), QByteArray("中文"));
    QCOMPARE(log.usedBytes(), expectedUsedBytes(log));
    log.setEncoding(s("ISO-8859-1"));
    QCOMPARE(log.usedBytes(), expectedUsedBytes(log));
    QCOMPARE(log.at(2).text.size(), 6); // six Latin-1 characters for six bytes
}

void TstTrafficLog::spareRoomOfReadBuffersIsNotKept()
{
    // Reads of one byte each in a 16 KiB buffer, as a socket's read hands them
    // over (a server's clients sending one byte at a time): the ring's budget
    // must bound the memory its entries hold, not only the bytes received.
    TrafficLog log;
    const qint64 capacity = 256 * 1024;
    log.setCapacityBytes(capacity);
    const int reads = 20000;
    for (int i = 0; i < reads; ++i) {
        QByteArray read(16 * 1024, Qt::Uninitialized);
        read.resize(1); // the capacity stays
        read[0] = char('a' + i % 26);
        log.appendPayload(Direction::Rx, peer(1 + quint64(i % 4)), read);
    }
    const qint64 retained = retainedBytes(log);
    QVERIFY2(retained <= capacity, qPrintable(QStringLiteral("%1 bytes held by %2 entries").arg(retained).arg(log.size())));
    QVERIFY2(log.usedBytes() <= capacity, qPrintable(QString::number(log.usedBytes())));
    // Small entries still fill the ring in their hundreds, not a few dozen 16 KiB buffers.
    QVERIFY2(log.size() > 500, qPrintable(QString::number(log.size())));
    QCOMPARE(log.at(log.endSeq() - 1).data, QByteArray(1, char('a' + (reads - 1) % 26)));
    QCOMPARE(log.counters().rxBytes, quint64(reads));
}

void TstTrafficLog::fullBuffersAreKeptAsTheyAre()
{
    // A buffer the read nearly filled is shared, not copied: little would be saved.
    TrafficLog log;
    QByteArray full(64 * 1024, Qt::Uninitialized);
    full.fill('z');
    full.resize(60 * 1024);
    log.appendPayload(Direction::Rx, peer(1), full);
    QCOMPARE(log.peekAt(0).data.constData(), full.constData());
    // Its spare room is charged all the same.
    QVERIFY(log.usedBytes() >= full.capacity());

    QByteArray sparse(64 * 1024, 'q');
    sparse.resize(100);
    log.appendPayload(Direction::Rx, peer(1), sparse);
    QVERIFY(log.peekAt(1).data.constData() != sparse.constData());
    QCOMPARE(log.peekAt(1).data, sparse);
    QVERIFY(log.peekAt(1).data.capacity() < 1024);
}

void TstTrafficLog::formatting()
{
    const QDateTime when(QDate(2024, 5, 6), QTime(12, 1, 2, 345));
    QCOMPARE(TrafficLog::formatTime(when.toMSecsSinceEpoch()), s("12:01:02.345"));
    QVERIFY(QRegularExpression(s("^\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d$"))
                .match(TrafficLog::formatTime(QDateTime::currentMSecsSinceEpoch()))
                .hasMatch());
    QCOMPARE(TrafficLog::directionName(Direction::Rx), s("RX"));
    QCOMPARE(TrafficLog::directionName(Direction::Tx), s("TX"));
    QCOMPARE(TrafficLog::directionName(Direction::Info), s("INFO"));
    QCOMPARE(TrafficLog::directionName(Direction::Error), s("ERROR"));
}

QTEST_GUILESS_MAIN(TstTrafficLog)
#include "tst_trafficlog.moc"
