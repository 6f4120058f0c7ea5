#include "framehub.h"

#include <QSignalSpy>
#include <QTest>

#include <set>

using namespace Sockpit;
using Mark = Frame::Mark;

namespace {

Peer peer(quint64 id)
{
    return Peer{id, QHostAddress(QHostAddress::LocalHost), quint16(40000 + id % 20000)};
}

FramingSpec spec(const char *text)
{
    const Result<FramingSpec> parsed = FramingSpec::parse(QString::fromUtf8(text));
    if (!parsed.ok())
        qFatal("bad spec in the test: %s", text);
    return parsed.value;
}

struct Received
{
    quint64 peerId;
    Frame frame;
};

// Everything a hub emits, in order.
class Collector
{
public:
    explicit Collector(FrameHub &hub)
    {
        QObject::connect(&hub, &FrameHub::framesReady, &hub, [this](const Peer &from, const FrameBatch &frames) {
            QVERIFY(!frames.isEmpty());
            for (const Frame &frame : frames.toFrames())
                m_received.append(Received{from.id, frame});
        });
    }
    qsizetype count() const { return m_received.size(); }
    const Received &at(qsizetype i) const { return m_received.at(i); }
    QByteArray data(qsizetype i) const { return m_received.at(i).frame.data; }
    void clear() { m_received.clear(); }

private:
    QList<Received> m_received;
};

} // namespace

class TstFrameHub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void idleGapEndsAFrame();
    void newBytesPutTheGapOff();
    void aStreamThatNeverPausesEndsAFrameAtItsTimeLimit();
    void streamsKeptApartByPeerId();
    void datagramsPerRead();
    void datagramsSplitNeverCarry();
    void endStreamFinishesAndForgets();
    void endedStreamsDeadlineIsStale();
    void setSpecFinishesFramesInProgress();
    void finishAll();
    void consumerTakesFramesInsteadOfTheSignal();
    void tenThousandStreamsNeverStallTheLoop();
};

void TstFrameHub::initTestCase()
{
    qRegisterMetaType<Sockpit::Peer>();
    qRegisterMetaType<Sockpit::Frame>();
    qRegisterMetaType<QList<Sockpit::Frame>>();
}

void TstFrameHub::idleGapEndsAFrame()
{
    FrameHub hub;
    hub.setSpec(spec("gap:20"));
    QSignalSpy spy(&hub, &FrameHub::framesReady);
    // "谢谢" in GBK, one byte per write as a slow device sends it.
    const QByteArray gbk("\xd0\xbb\xd0\xbb");
    for (qsizetype i = 0; i < gbk.size(); ++i)
        hub.feed(peer(1), gbk.sliced(i, 1), 1000 + i);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(hub.streamCount(), qsizetype(1));
    QVERIFY(spy.wait());
    QCOMPARE(spy.count(), 1);
    const QList<Frame> frames = spy.at(0).at(1).value<Sockpit::FrameBatch>().toFrames();
    QCOMPARE(frames.size(), qsizetype(1));
    const Frame frame = frames.front();
    QCOMPARE(frame.data, gbk);
    QCOMPARE(frame.mark, Mark::Complete);
    QCOMPARE(frame.firstByteMsecs, qint64(1000));
    QCOMPARE(spy.at(0).at(0).value<Sockpit::Peer>().id, quint64(1));
    QCOMPARE(hub.gapStats().flushed, quint64(1));
}

void TstFrameHub::newBytesPutTheGapOff()
{
    // The test's clock: a byte 15 ms after the first puts the 20 ms gap off.
    qint64 clock = 0;
    FrameHub hub;
    hub.setClock([&clock] { return clock; });
    hub.setSpec(spec("gap:20"));
    Collector got(hub);
    hub.feed(peer(1), "a", 1);
    clock = 15;
    hub.feed(peer(1), "b", 2);
    clock = 25; // the first deadline is due, but stale
    QTRY_COMPARE(hub.gapStats().passes, quint64(1));
    QCOMPARE(got.count(), 0);
    QVERIFY(!hub.gapStats().flushed);
    clock = 35; // 20 ms after the last byte
    QTRY_COMPARE(got.count(), 1);
    QCOMPARE(got.data(0), QByteArray("ab"));
    QCOMPARE(got.at(0).frame.firstByteMsecs, qint64(1));
}

void TstFrameHub::aStreamThatNeverPausesEndsAFrameAtItsTimeLimit()
{
    // A sensor writing every 20 ms never leaves the 50 ms gap: the default
    // limit (1 s) ends a frame at the first read after it, so the stream
    // shows a frame a second instead of one per 64 KiB.
    qint64 clock = 0;
    FrameHub hub;
    hub.setClock([&clock] { return clock; });
    hub.setSpec(FramingSpec());
    Collector got(hub);
    QByteArray sent;
    for (int i = 0; i <= 110; ++i) {
        clock = i * 20;
        const QByteArray reading = QByteArray::number(i) + ';';
        sent += reading;
        hub.feed(peer(1), reading, 5000 + clock);
    }
    QCOMPARE(got.count(), 2); // at 1000 and 2000 ms, before the reads then
    QCOMPARE(got.at(0).frame.firstByteMsecs, qint64(5000));
    QCOMPARE(got.at(1).frame.firstByteMsecs, qint64(6000));
    QVERIFY(got.data(0).startsWith("0;1;2;"));
    QVERIFY(got.data(0).endsWith(";49;"));
    QCOMPARE(got.at(0).frame.mark, Mark::Complete);
    QCOMPARE(hub.gapStats().endedByLimit, quint64(2));
    QVERIFY(hub.hasPending(1));
    clock += 50; // the gap still ends the last one
    QTRY_COMPARE(got.count(), 3);
    QCOMPARE(got.data(0) + got.data(1) + got.data(2), sent); // no byte lost or doubled
    QCOMPARE(got.at(2).frame.firstByteMsecs, qint64(7000));

    // An explicit limit; bytes within the gap of each other, 30 ms apart.
    FrameHub timed;
    timed.setClock([&clock] { return clock; });
    timed.setSpec(spec("gap:50;time:100"));
    Collector fromTimed(timed);
    for (clock = 0; clock <= 120; clock += 30)
        timed.feed(peer(2), "x", clock);
    QCOMPARE(fromTimed.count(), 1);
    QCOMPARE(fromTimed.data(0), QByteArray("xxxx")); // 0, 30, 60, 90; the read at 120 starts the next
}

void TstFrameHub::streamsKeptApartByPeerId()
{
    FrameHub hub;
    hub.setSpec(spec("delim:0A"));
    Collector got(hub);
    hub.feed(peer(1), "one ", 1);
    hub.feed(peer(2), "two ", 2);
    hub.feed(peer(1), "done\n", 3);
    QCOMPARE(got.count(), 1);
    QCOMPARE(got.at(0).peerId, quint64(1));
    QCOMPARE(got.data(0), QByteArray("one done\n"));
    hub.feed(peer(2), "too\n", 4);
    QCOMPARE(got.count(), 2);
    QCOMPARE(got.at(1).peerId, quint64(2));
    QCOMPARE(got.data(1), QByteArray("two too\n"));
    QCOMPARE(hub.streamCount(), qsizetype(2));
}

void TstFrameHub::datagramsPerRead()
{
    for (const char *text : {"gap:50", "read"}) {
        FrameHub hub;
        hub.setSpec(spec(text));
        hub.setDatagramMode(true);
        Collector got(hub);
        hub.feed(peer(1), "ab", 1);
        hub.feed(peer(1), "cd", 2);
        hub.feed(peer(1), QByteArray(), 3);
        QCOMPARE(got.count(), 3); // at once, no gap to wait for
        QCOMPARE(got.data(0), QByteArray("ab"));
        QCOMPARE(got.data(1), QByteArray("cd"));
        QCOMPARE(got.data(2), QByteArray()); // an empty datagram is a datagram
        QCOMPARE(got.at(1).frame.firstByteMsecs, qint64(2));
        QCOMPARE(hub.streamCount(), qsizetype(0));
    }
}

void TstFrameHub::datagramsSplitNeverCarry()
{
    FrameHub hub;
    hub.setSpec(spec("delim:0A"));
    hub.setDatagramMode(true);
    Collector got(hub);
    hub.feed(peer(1), "a\nb", 1);
    hub.feed(peer(1), "c\n", 2);
    QCOMPARE(got.count(), 3);
    QCOMPARE(got.data(0), QByteArray("a\n"));
    QCOMPARE(got.at(0).frame.mark, Mark::Complete);
    QCOMPARE(got.data(1), QByteArray("b"));
    QCOMPARE(got.at(1).frame.mark, Mark::Incomplete);
    QCOMPARE(got.data(2), QByteArray("c\n")); // not "bc\n"
    QCOMPARE(got.at(2).frame.mark, Mark::Complete);

    hub.setSpec(spec("fixed:2"));
    got.clear();
    hub.feed(peer(3), "abcde", 3);
    QCOMPARE(got.count(), 3);
    QCOMPARE(got.data(2), QByteArray("e"));
    QCOMPARE(got.at(2).frame.mark, Mark::Incomplete);
}

void TstFrameHub::endStreamFinishesAndForgets()
{
    FrameHub hub;
    hub.setSpec(spec("delim:0A"));
    Collector got(hub);
    hub.feed(peer(1), "abc", 1);
    hub.feed(peer(2), "xyz", 2);
    hub.endStream(peer(1));
    QCOMPARE(got.count(), 1);
    QCOMPARE(got.data(0), QByteArray("abc"));
    QCOMPARE(got.at(0).frame.mark, Mark::Incomplete);
    QCOMPARE(hub.streamCount(), qsizetype(1));
    hub.endStream(peer(1)); // already gone: nothing more
    hub.endStream(peer(7)); // never seen
    QCOMPARE(got.count(), 1);
    // A stream that starts again after its end starts with a new frame.
    hub.feed(peer(1), "d\n", 3);
    QCOMPARE(got.data(1), QByteArray("d\n"));
}

void TstFrameHub::endedStreamsDeadlineIsStale()
{
    FrameHub hub;
    hub.setSpec(spec("gap:10"));
    Collector got(hub);
    hub.feed(peer(1), "first", 1);
    hub.feed(peer(2), "second", 2);
    hub.endStream(peer(1)); // ends as Complete: the end ends an idle-gap frame
    QCOMPARE(got.count(), 1);
    QCOMPARE(got.at(0).frame.mark, Mark::Complete);
    // Peer 2's deadline comes after peer 1's stale one; once it is out, the stale one was skipped.
    QTRY_COMPARE(got.count(), 2);
    QCOMPARE(got.at(1).peerId, quint64(2));
    QCOMPARE(got.data(1), QByteArray("second"));
    hub.feed(peer(3), "third", 3);
    QTRY_COMPARE(got.count(), 3);
    QCOMPARE(got.at(2).peerId, quint64(3));
}

void TstFrameHub::setSpecFinishesFramesInProgress()
{
    FrameHub hub;
    hub.setSpec(spec("delim:0A"));
    Collector got(hub);
    hub.feed(peer(1), "half", 1);
    hub.setSpec(spec("fixed:2"));
    QCOMPARE(got.count(), 1);
    QCOMPARE(got.data(0), QByteArray("half"));
    QCOMPARE(got.at(0).frame.mark, Mark::Incomplete);
    QCOMPARE(hub.spec(), spec("fixed:2"));
    hub.feed(peer(1), "abc", 2);
    QCOMPARE(got.count(), 2);
    QCOMPARE(got.data(1), QByteArray("ab"));
}

void TstFrameHub::finishAll()
{
    FrameHub hub;
    hub.setSpec(spec("gap:60000"));
    Collector got(hub);
    for (quint64 id = 1; id <= 5; ++id)
        hub.feed(peer(id), QByteArray::number(id), qint64(id));
    QCOMPARE(got.count(), 0);
    hub.finishAll();
    QCOMPARE(got.count(), 5);
    std::set<quint64> ids;
    for (qsizetype i = 0; i < got.count(); ++i) {
        ids.insert(got.at(i).peerId);
        QCOMPARE(got.data(i), QByteArray::number(got.at(i).peerId));
    }
    QCOMPARE(ids.size(), size_t(5));
    QCOMPARE(hub.streamCount(), qsizetype(0));
}

void TstFrameHub::consumerTakesFramesInsteadOfTheSignal()
{
    FrameHub hub;
    hub.setSpec(spec("delim:0A"));
    QSignalSpy spy(&hub, &FrameHub::framesReady);
    QList<QByteArray> taken;
    int calls = 0;
    hub.setConsumer([&](const Peer &from, const FrameBatch &frames) {
        ++calls;
        QCOMPARE(from.id, quint64(3));
        for (const FrameBatch::Ref frame : frames)
            taken.append(frame.bytes.toByteArray());
    });
    hub.feed(peer(3), "a\nbc\nd", 1);
    hub.feed(peer(3), "\n", 2);
    QCOMPARE(calls, 2); // one call per feed, not per frame
    QCOMPARE(taken, (QList<QByteArray>{"a\n", "bc\n", "d\n"}));
    QCOMPARE(spy.count(), 0);
    // Without one the signal is back; the reused batch holds none of the frames before.
    hub.setConsumer({});
    hub.feed(peer(3), "e\n", 3);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(1).value<Sockpit::FrameBatch>().size(), qsizetype(1));
    QCOMPARE(spy.at(0).at(1).value<Sockpit::FrameBatch>().frame(0).data, QByteArray("e\n"));
}

// Every stream's deadline falls due at about the same moment; the timer looks
// at a bounded number per pass and lets the event loop run in between.
void TstFrameHub::tenThousandStreamsNeverStallTheLoop()
{
    constexpr int Streams = 10000;
    FrameHub hub;
    hub.setSpec(spec("gap:1"));
    // A zero timer counts event loop turns; each frame notes the turn it came in.
    int turns = 0;
    QTimer loopTurns;
    loopTurns.setInterval(0);
    QObject::connect(&loopTurns, &QTimer::timeout, &hub, [&turns] { ++turns; });
    std::set<int> turnsWithFrames;
    int frames = 0;
    QObject::connect(&hub, &FrameHub::framesReady, &hub, [&](const Peer &, const FrameBatch &batch) {
        turnsWithFrames.insert(turns);
        for (const FrameBatch::Ref frame : batch) {
            ++frames;
            QCOMPARE(frame.bytes.size(), qsizetype(3));
        }
    });
    for (quint64 id = 1; id <= Streams; ++id)
        hub.feed(peer(id), "abc", qint64(id));
    QCOMPARE(hub.streamCount(), qsizetype(Streams));
    loopTurns.start();
    QTRY_COMPARE_WITH_TIMEOUT(frames, Streams, 60000);
    const FrameHub::GapStats stats = hub.gapStats();
    QCOMPARE(stats.flushed, quint64(Streams));
    QVERIFY2(stats.largestPass <= FrameHub::GapItemsPerPass, qPrintable(QString::number(stats.largestPass)));
    const int leastPasses = (Streams + FrameHub::GapItemsPerPass - 1) / FrameHub::GapItemsPerPass;
    QVERIFY(stats.passes >= quint64(leastPasses));
    QVERIFY2(int(turnsWithFrames.size()) >= leastPasses, qPrintable(QString::number(turnsWithFrames.size())));
}

QTEST_GUILESS_MAIN(TstFrameHub)
#include "tst_framehub.moc"
