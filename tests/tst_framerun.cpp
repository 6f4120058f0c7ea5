// A read's frames kept as one run (the read's buffer and a record per frame)
// read back exactly as frames kept one entry each: the same entries, texts,
// previews and marks, through encoding changes, stream ends and eviction.
#include "framer.h"
#include "trafficlog.h"

#include "common/framingspecs.h"

#include <QRandomGenerator>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace Sockpit;
using SockpitTest::fixedLength;
using SockpitTest::modbus;

namespace {

Peer peer(quint64 id)
{
    return Peer{id, QHostAddress(QHostAddress::LocalHost), quint16(40000 + id)};
}

// Text of ASCII and Chinese in encoding, so that frame boundaries cut characters.
QByteArray mixedText(const QString &encoding, int characters, QRandomGenerator &random)
{
    static const QString pool = QStringLiteral("ab c1\r\n谢谢网络调试助手，数据");
    QString text;
    for (int i = 0; i < characters; ++i)
        text += pool.at(random.bounded(int(pool.size())));
    QStringEncoder encoder(encoding.toLatin1().constData());
    return encoder.isValid() ? QByteArray(encoder.encode(text)) : text.toUtf8();
}

// The same bytes into two logs: through a framer's batches (runs) and frame by frame.
struct Pair
{
    TrafficLog runs;
    TrafficLog single;
    Framer runFramer;
    Framer singleFramer;
    std::optional<ChecksumSpec> checksum;
    qint64 msecs = 1000;

    explicit Pair(const FramingSpec &spec)
        : runFramer(spec)
        , singleFramer(spec)
    {
    }
    void setEncoding(const QString &encoding)
    {
        runs.setEncoding(encoding);
        single.setEncoding(encoding);
    }
    void feed(const Peer &from, const QByteArray &read)
    {
        ++msecs;
        FrameBatch batch;
        runFramer.feed(read, msecs, batch);
        runs.appendFrames(from, batch, false, checksum);
        QList<Frame> frames;
        singleFramer.feed(QByteArrayView(read), msecs, frames);
        single.appendFrames(from, frames, false, checksum);
    }
    void end(const Peer &from)
    {
        FrameBatch batch;
        runFramer.finish(batch);
        runs.appendFrames(from, batch, false, checksum);
        QList<Frame> frames;
        singleFramer.finish(frames);
        single.appendFrames(from, frames, false, checksum);
        runs.endStream(from.id);
        single.endStream(from.id);
    }
};

void compareEntries(const TrafficLog &runs, const TrafficLog &single)
{
    QCOMPARE(runs.firstSeq(), single.firstSeq());
    QCOMPARE(runs.endSeq(), single.endSeq());
    QCOMPARE(runs.counters().rxChunks, single.counters().rxChunks);
    QCOMPARE(runs.counters().badFrames, single.counters().badFrames);
    for (quint64 seq = runs.firstSeq(); seq < runs.endSeq(); ++seq) {
        const LogEntry a = runs.at(seq);
        const LogEntry b = single.at(seq);
        QCOMPARE(a.seq, seq);
        QCOMPARE(a.seq, b.seq);
        QCOMPARE(a.msecsSinceEpoch, b.msecsSinceEpoch);
        QCOMPARE(a.direction, b.direction);
        QCOMPARE(a.peer.id, b.peer.id);
        QCOMPARE(a.data, b.data);
        QCOMPARE(a.text, b.text);
        QCOMPARE(a.endsStream, b.endsStream);
        QCOMPARE(a.frame, b.frame);
        QCOMPARE(a.frameMark, b.frameMark);
        QCOMPARE(a.check, b.check);
        QCOMPARE(a.checkExpected, b.checkExpected);
        QCOMPARE(a.checkReceived, b.checkReceived);
        QCOMPARE(runs.peekAt(seq).data, b.data);
        for (const int maxChars : {1, 3, 300}) {
            const TrafficLog::TextPreview p = runs.textPreview(seq, maxChars);
            const TrafficLog::TextPreview q = single.textPreview(seq, maxChars);
            QCOMPARE(p.text, q.text);
            QCOMPARE(p.moreBytes, q.moreBytes);
            QCOMPARE(p.moreChars, q.moreChars);
        }
    }
}

} // namespace

class TstFrameRun : public QObject
{
    Q_OBJECT

private slots:
    void runsReadAsEntries_data();
    void runsReadAsEntries();
    void aBadChecksumInARunCounts();
    void evictionDropsWholeRuns();
    void visitHeadsGoesThroughEveryFrame();
    void batchSharesTheBuffersItCuts();
};

void TstFrameRun::runsReadAsEntries_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("switchTo");
    // Lazy decoding with each boundary rule, Hex, and an encoding decoded at ingestion.
    QTest::newRow("UTF-8") << QStringLiteral("UTF-8") << QStringLiteral("GBK");
    QTest::newRow("GBK") << QStringLiteral("GBK") << QStringLiteral("UTF-8");
    QTest::newRow("GB18030") << QStringLiteral("GB18030") << QStringLiteral("Hex");
    QTest::newRow("Big5") << QStringLiteral("Big5") << QStringLiteral("GB18030");
    QTest::newRow("UTF-16LE") << QStringLiteral("UTF-16LE") << QStringLiteral("UTF-8");
    QTest::newRow("Hex") << QStringLiteral("Hex") << QStringLiteral("GBK");
    QTest::newRow("windows-1251") << QStringLiteral("windows-1251") << QStringLiteral("UTF-8");
}

void TstFrameRun::runsReadAsEntries()
{
    QFETCH(QString, encoding);
    QFETCH(QString, switchTo);
    QRandomGenerator random(20261202);
    QList<FramingSpec> framings;
    for (const qsizetype length : {1, 2, 5, 7, 64})
        framings << fixedLength(length);
    for (const bool keep : {true, false}) {
        FramingSpec lines;
        lines.mode = FramingSpec::Mode::Delimiter;
        lines.delimiters = {QByteArray("\r\n")};
        lines.keepDelimiter = keep;
        framings << lines;
    }
    for (const FramingSpec &framing : std::as_const(framings)) {
        Pair pair(framing);
        pair.setEncoding(encoding);
        // Two streams interleaved, reads of every size, a frame left open at the end.
        const QByteArray bytes = mixedText(encoding, 400, random);
        const QByteArray other = mixedText(encoding, 300, random);
        for (qsizetype at = 0; at < bytes.size();) {
            const qsizetype n = qMin<qsizetype>(random.bounded(1, 90), bytes.size() - at);
            pair.feed(peer(1), bytes.mid(at, n));
            pair.feed(peer(2), other.mid(at % other.size(), n));
            at += n;
        }
        compareEntries(pair.runs, pair.single);
        if (QTest::currentTestFailed())
            return;
        pair.end(peer(1));
        compareEntries(pair.runs, pair.single);
        pair.setEncoding(switchTo);
        compareEntries(pair.runs, pair.single);
        pair.setEncoding(encoding);
        compareEntries(pair.runs, pair.single);
        if (QTest::currentTestFailed())
            return;
    }
}

void TstFrameRun::aBadChecksumInARunCounts()
{
    Pair pair(fixedLength(8));
    pair.checksum = modbus();
    QByteArray read;
    for (int i = 0; i < 6; ++i)
        read += modbus().append(QByteArray("frame") + char('0' + i));
    read[8 * 3 + 2] = 'X'; // the fourth frame's payload
    pair.feed(peer(1), read);
    compareEntries(pair.runs, pair.single);
    QCOMPARE(pair.runs.counters().badFrames, 1u);
    const LogEntry bad = pair.runs.at(3);
    QCOMPARE(bad.check, LogEntry::Check::Bad);
    QCOMPARE(bad.checkExpected, Checksum::compute(Checksum::Algorithm::Crc16Modbus, bad.data.first(6)));
    QVERIFY(bad.checkExpected != bad.checkReceived);
    QCOMPARE(pair.runs.at(2).check, LogEntry::Check::Good);
}

void TstFrameRun::evictionDropsWholeRuns()
{
    TrafficLog log;
    log.setCapacityBytes(64 * 1024);
    Framer framer(fixedLength(16));
    QList<QByteArray> frames;
    for (int read = 0; read < 200; ++read) {
        QByteArray bytes;
        for (int i = 0; i < 64; ++i) {
            const QByteArray frame = QByteArray::number(read * 64 + i).rightJustified(16, '.');
            frames << frame;
            bytes += frame;
        }
        FrameBatch batch;
        framer.feed(bytes, read, batch);
        log.appendFrames(peer(1), batch, false);
        QVERIFY(log.usedBytes() <= log.capacityBytes());
    }
    QCOMPARE(log.endSeq(), quint64(frames.size()));
    QVERIFY(log.firstSeq() > 0);
    QCOMPARE(log.firstSeq() % 64, 0u); // a run leaves whole
    QCOMPARE(log.counters().evictedEntries, log.firstSeq());
    QCOMPARE(qint64(log.size()), qint64(log.endSeq() - log.firstSeq()));
    for (quint64 seq = log.firstSeq(); seq < log.endSeq(); ++seq) {
        QCOMPARE(log.at(seq).data, frames.at(qsizetype(seq)));
        QCOMPARE(log.at(seq).msecsSinceEpoch, qint64(seq / 64));
    }
    QVERIFY(!log.contains(log.firstSeq() - 1));
    QVERIFY(!log.contains(log.endSeq()));
}

void TstFrameRun::visitHeadsGoesThroughEveryFrame()
{
    TrafficLog log;
    Framer framer(fixedLength(2));
    FrameBatch batch;
    framer.feed(QByteArray("aabbcc"), 1, batch); // a run of three
    log.appendFrames(peer(1), batch, false);
    log.appendMessage(Direction::Info, peer(2), QStringLiteral("hello"));
    batch.clear();
    framer.feed(QByteArray("dd"), 2, batch); // a frame alone
    log.appendFrames(peer(3), batch, false);
    QList<quint64> seqs;
    QList<quint64> peers;
    log.visitHeads(1, log.endSeq(), [&](quint64 seq, const LogEntry &head) {
        seqs << seq;
        peers << head.peer.id;
    });
    QCOMPARE(seqs, (QList<quint64>{1, 2, 3, 4}));
    QCOMPARE(peers, (QList<quint64>{1, 1, 2, 3}));
    QCOMPARE(log.at(4).data, QByteArray("dd"));
    QCOMPARE(log.at(2).data, QByteArray("cc"));
}

void TstFrameRun::batchSharesTheBuffersItCuts()
{
    const QByteArray read("abcdefgh");
    FrameBatch batch;
    batch.add(read, 0, 3, 5, Frame::Mark::Complete);
    batch.add(read, 3, 5, 6, Frame::Mark::Oversize);
    batch.add(Frame{QByteArray("own"), 7, Frame::Mark::Incomplete});
    QCOMPARE(batch.size(), qsizetype(3));
    QCOMPARE(batch.at(1).bytes, QByteArrayView("defgh"));
    QCOMPARE(batch.at(1).bytes.data(), read.constData() + 3); // not copied
    QCOMPARE(batch.spans()[0].buffer, batch.spans()[1].buffer);
    QVERIFY(batch.spans()[2].buffer != batch.spans()[1].buffer);
    const QList<Frame> frames = batch.toFrames();
    QCOMPARE(frames.size(), qsizetype(3));
    QCOMPARE(frames[0].data, QByteArray("abc"));
    QCOMPARE(frames[1].mark, Frame::Mark::Oversize);
    QCOMPARE(frames[2].data.constData(), batch.buffer(batch.spans()[2].buffer).constData()); // a whole buffer is shared
    QCOMPARE(FrameBatch::fromFrames(frames).toFrames().at(1).firstByteMsecs, 6);
    batch.clear();
    QVERIFY(batch.isEmpty());
}

QTEST_GUILESS_MAIN(TstFrameRun)
#include "tst_framerun.moc"
