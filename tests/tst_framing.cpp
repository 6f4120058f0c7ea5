#include "framer.h"
#include "framingspec.h"

#include "common/framefeeding.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Sockpit;
using namespace SockpitTest;
using Mode = FramingSpec::Mode;
using Mark = Frame::Mark;

Q_DECLARE_METATYPE(Sockpit::FramingSpec)

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

FramingSpec spec(const char *text)
{
    const Result<FramingSpec> parsed = FramingSpec::parse(s(text));
    if (!parsed.ok())
        qFatal("bad spec in the test: %s: %s", text, qPrintable(parsed.error));
    return parsed.value;
}

} // namespace

class TstFraming : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void roundTrip_data();
    void roundTrip();
    void validate_data();
    void validate();
    void describe();
    void defaultIsIdleGap();

    void modes_data();
    void modes();
    void randomSplitsGiveTheSameFrames();
    void perReadEachFeedIsAFrame();
    void idleGapFlush();
    void incompleteAtFinish();
    void oversizeContinues_data();
    void oversizeContinues();
    void lengthOf4GigabytesIsCutAtMax();
    void firstByteTime();
    void invalidSpecFramesAsDefault();
};

void TstFraming::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("read") << s("read") << s("read");
    QTest::newRow("gap") << s("gap:50") << s("gap:50");
    QTest::newRow("gap upper case, spaces") << s(" GAP : 120 ") << s("gap:120");
    QTest::newRow("delim hex") << s("delim:0D0A") << s("delim:0D0A");
    QTest::newRow("delim 0x") << s("delim:0x03") << s("delim:03");
    QTest::newRow("delim spaced lower") << s("delim:0d 0a") << s("delim:0D0A");
    QTest::newRow("delim several") << s("delim:0D0A,03, 0a") << s("delim:0D0A,03,0A");
    QTest::newRow("delim strip") << s("delim:03;strip") << s("delim:03;strip");
    QTest::newRow("delim strip and max") << s("delim:03;max:1024;strip") << s("delim:03;strip;max:1024");
    QTest::newRow("fixed") << s("fixed:8") << s("fixed:8");
    QTest::newRow("fixed with max") << s("fixed:100000;max:200000") << s("fixed:100000;max:200000");
    QTest::newRow("length") << s("length:0,2,be") << s("length:0,2,be");
    QTest::newRow("length payload said") << s("length:1,4,le,payload") << s("length:1,4,le");
    QTest::newRow("length whole") << s("length:0,1,be,whole") << s("length:0,1,be,whole");
    QTest::newRow("length adjust") << s("length:2,2,LE,+2") << s("length:2,2,le,2");
    QTest::newRow("length whole negative adjust") << s("length:0,2,be,whole,-2") << s("length:0,2,be,whole,-2");
    QTest::newRow("default max said") << s("gap:50;max:65536") << s("gap:50");
    QTest::newRow("gap time") << s("gap:50;time:2500") << s("gap:50;time:2500");
    QTest::newRow("gap default time said") << s("gap:50;time:1000") << s("gap:50");
    QTest::newRow("gap time below ten gaps") << s("gap:200; TIME:1000") << s("gap:200;time:1000");
    QTest::newRow("gap time as long as the gap") << s("gap:300;time:300;max:100") << s("gap:300;time:300;max:100");
}

void TstFraming::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const Result<FramingSpec> parsed = FramingSpec::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.toString(), canonical);
    QVERIFY(parsed.value.validate().ok());
}

void TstFraming::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("empty") << QString() << QStringList{s("no framing"), s("gap:MS")};
    QTest::newRow("unknown") << s("lines") << QStringList{s("'lines'"), s("delim:HEX")};
    QTest::newRow("read with value") << s("read:3") << QStringList{s("read"), s("'3'")};
    QTest::newRow("gap without value") << s("gap") << QStringList{s("milliseconds")};
    QTest::newRow("gap not a number") << s("gap:fast") << QStringList{s("'fast'")};
    QTest::newRow("gap zero") << s("gap:0") << QStringList{s("0 ms"), s("at least 1 ms")};
    QTest::newRow("gap negative") << s("gap:-5") << QStringList{s("-5 ms")};
    QTest::newRow("gap too long") << s("gap:600000") << QStringList{s("600000"), s("60000")};
    QTest::newRow("gap beyond int") << s("gap:99999999999") << QStringList{s("99999999999")};
    QTest::newRow("delim none") << s("delim:") << QStringList{s("at least one delimiter")};
    QTest::newRow("delim bad hex") << s("delim:0D0G") << QStringList{s("delimiter 1"), s("'G'"), s("hex")};
    QTest::newRow("delim odd digits") << s("delim:0D,0A0") << QStringList{s("delimiter 2"), s("partner")};
    QTest::newRow("delim empty in list") << s("delim:0D,,0A") << QStringList{s("delimiter 2 is empty")};
    QTest::newRow("delim too long") << s("delim:0102030405060708;max:4") << QStringList{s("delimiter 1"), s("4 bytes")};
    QTest::newRow("fixed zero") << s("fixed:0") << QStringList{s("0 bytes")};
    QTest::newRow("fixed word") << s("fixed:eight") << QStringList{s("'eight'")};
    QTest::newRow("fixed absurd") << s("fixed:999999999999") << QStringList{s("999999999999")};
    QTest::newRow("fixed past max") << s("fixed:100000") << QStringList{s("100000"), s("65536"), s(";max")};
    QTest::newRow("length too few") << s("length:0,2") << QStringList{s("OFFSET,WIDTH,be|le")};
    QTest::newRow("length bad offset") << s("length:x,2,be") << QStringList{s("'x'"), s("offset")};
    QTest::newRow("length negative offset") << s("length:-1,2,be") << QStringList{s("negative"), s("-1")};
    QTest::newRow("length width 3") << s("length:0,3,be") << QStringList{s("3 bytes"), s("1, 2 or 4")};
    QTest::newRow("length bad order") << s("length:0,2,middle") << QStringList{s("'middle'"), s("be or le")};
    QTest::newRow("length bad kind") << s("length:0,2,be,all") << QStringList{s("'all'"), s("payload"), s("whole")};
    QTest::newRow("length bad adjust") << s("length:0,2,be,whole,two") << QStringList{s("'two'"), s("adjustment")};
    QTest::newRow("length absurd adjust") << s("length:0,2,be,99999999999") << QStringList{s("99999999999"), s("absurd")};
    QTest::newRow("length extra field") << s("length:0,2,be,whole,1,2") << QStringList{s("'2'"), s("too many")};
    QTest::newRow("length outside frame") << s("length:70000,2,be") << QStringList{s("70000"), s("maximum frame size")};
    QTest::newRow("length just outside max") << s("length:3,2,be;max:4") << QStringList{s("offset 3"), s("4 bytes")};
    QTest::newRow("max zero") << s("gap:50;max:0") << QStringList{s("0 bytes")};
    QTest::newRow("max absurd") << s("gap:50;max:99999999999") << QStringList{s("99999999999"), s("too large")};
    QTest::newRow("max word") << s("read;max:big") << QStringList{s("'big'")};
    QTest::newRow("max without value") << s("read;max") << QStringList{s(";max")};
    QTest::newRow("strip not delim") << s("fixed:4;strip") << QStringList{s(";strip"), s("delim")};
    QTest::newRow("time not gap") << s("delim:0A;time:100") << QStringList{s(";time"), s("gap")};
    QTest::newRow("time shorter than gap") << s("gap:500;time:100") << QStringList{s("100 ms"), s("500 ms"), s("longest frame time")};
    QTest::newRow("time zero") << s("gap:50;time:0") << QStringList{s("0 ms"), s("50 ms")};
    QTest::newRow("time too long") << s("gap:50;time:600001") << QStringList{s("600001"), s("600000")};
    QTest::newRow("time beyond int") << s("gap:50;time:99999999999") << QStringList{s("99999999999")};
    QTest::newRow("time word") << s("gap:50;time:long") << QStringList{s("';time'"), s("milliseconds")};
    QTest::newRow("time without value") << s("gap:50;time") << QStringList{s("';time'")};
    QTest::newRow("unknown option") << s("fixed:4;keep") << QStringList{s("';keep'")};
    QTest::newRow("empty option") << s("fixed:4;") << QStringList{s("empty option")};
}

void TstFraming::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mentions);
    const Result<FramingSpec> parsed = FramingSpec::parse(text);
    QVERIFY(!parsed.ok());
    for (const QString &mention : mentions)
        QVERIFY2(parsed.error.contains(mention), qPrintable(parsed.error + s("  (lacks ") + mention + u')'));
}

void TstFraming::roundTrip_data()
{
    QTest::addColumn<FramingSpec>("framing");
    FramingSpec perRead = FramingSpec::perRead();
    perRead.maxFrameBytes = 100;
    QTest::newRow("read") << perRead;
    QTest::newRow("default") << FramingSpec();
    FramingSpec timed;
    timed.gapMs = 20;
    timed.gapLimitMs = 3000;
    QTest::newRow("gap with a frame time") << timed;
    FramingSpec delim;
    delim.mode = Mode::Delimiter;
    delim.delimiters = {QByteArray("\r\n"), QByteArray(1, '\0'), QByteArray("\xff\xfe")};
    delim.keepDelimiter = false;
    QTest::newRow("delim") << delim;
    FramingSpec fixed;
    fixed.mode = Mode::FixedLength;
    fixed.fixedLength = 12;
    fixed.maxFrameBytes = FramingSpec::MaxMaxFrameBytes;
    QTest::newRow("fixed") << fixed;
    for (const int width : {1, 2, 4}) {
        for (const bool whole : {false, true}) {
            FramingSpec length;
            length.mode = Mode::LengthField;
            length.length = FramingSpec::LengthField{width, width, width != 2, whole, whole ? -width : 3};
            QTest::newRow(qPrintable(length.toString())) << length;
        }
    }
}

void TstFraming::roundTrip()
{
    QFETCH(FramingSpec, framing);
    QVERIFY2(framing.validate().ok(), qPrintable(framing.validate().error));
    const Result<FramingSpec> back = FramingSpec::parse(framing.toString());
    QVERIFY2(back.ok(), qPrintable(framing.toString() + u' ' + back.error));
    QVERIFY2(back.value == framing, qPrintable(framing.toString() + s(" came back as ") + back.value.toString()));
    QCOMPARE(back.value.toString(), framing.toString());
}

void TstFraming::validate_data()
{
    QTest::addColumn<FramingSpec>("framing");
    QTest::addColumn<QString>("mention"); // empty: valid
    FramingSpec f;
    QTest::newRow("default") << f << QString();
    f.gapMs = 0;
    QTest::newRow("gap 0") << f << s("at least 1 ms");
    f.gapMs = FramingSpec::MaxGapMs + 1;
    QTest::newRow("gap long") << f << s("too long");
    f = FramingSpec();
    f.gapLimitMs = 40;
    QTest::newRow("frame time below the gap") << f << s("40 ms");
    f.gapLimitMs = FramingSpec::MaxGapLimitMs + 1;
    QTest::newRow("frame time long") << f << s("too long");
    f.gapLimitMs = FramingSpec::MaxGapLimitMs;
    QTest::newRow("frame time longest") << f << QString();
    f = FramingSpec();
    f.maxFrameBytes = 0;
    QTest::newRow("max 0") << f << s("0 bytes");
    f.maxFrameBytes = FramingSpec::MaxMaxFrameBytes + 1;
    QTest::newRow("max huge") << f << s("too large");
    f = FramingSpec();
    f.mode = Mode::Delimiter;
    QTest::newRow("no delimiter") << f << s("at least one delimiter");
    f.delimiters = {QByteArray("\n"), QByteArray()};
    QTest::newRow("empty delimiter") << f << s("delimiter 2 is empty");
    f.delimiters = {QByteArray(300, 'x')};
    QTest::newRow("long delimiter") << f << s("300 bytes");
    f.delimiters = QList<QByteArray>(17, QByteArray("x"));
    QTest::newRow("many delimiters") << f << s("17 delimiters");
    f = FramingSpec();
    f.mode = Mode::FixedLength;
    QTest::newRow("fixed 0") << f << s("0 bytes");
    f.fixedLength = 70000;
    QTest::newRow("fixed past max") << f << s("70000");
    f = FramingSpec();
    f.mode = Mode::LengthField;
    QTest::newRow("length default") << f << QString();
    f.length.width = 8;
    QTest::newRow("width 8") << f << s("1, 2 or 4");
    f.length.width = 2;
    f.length.offset = -2;
    QTest::newRow("negative offset") << f << s("negative");
    f.length.offset = 65535;
    QTest::newRow("field past max") << f << s("maximum frame size");
    f.length.offset = 65534;
    QTest::newRow("field ends at max") << f << QString();
    f.length.offset = 0;
    f.length.adjust = qint64(1) << 40;
    QTest::newRow("absurd adjust") << f << s("absurd");
}

void TstFraming::validate()
{
    QFETCH(FramingSpec, framing);
    QFETCH(QString, mention);
    const Status status = framing.validate();
    if (mention.isEmpty()) {
        QVERIFY2(status.ok(), qPrintable(status.error));
    } else {
        QVERIFY(!status.ok());
        QVERIFY2(status.error.contains(mention), qPrintable(status.error));
    }
}

void TstFraming::describe()
{
    QCOMPARE(FramingSpec().describe(), s("A frame ends after 50 ms of silence or after 1 s."));
    QCOMPARE(spec("gap:500").describe(), s("A frame ends after 500 ms of silence or after 5 s."));
    QCOMPARE(spec("gap:50;time:1500").describe(), s("A frame ends after 50 ms of silence or after 1500 ms."));
    QVERIFY(spec("delim:0D0A;strip").describe().contains(s("0D 0A")));
    QVERIFY(spec("fixed:8").describe().contains(u'8'));
    QVERIFY(spec("length:3,4,le,whole").describe().contains(s("4-byte little-endian length at offset 3")));
    QVERIFY(spec("read;max:100").describe().contains(s("100 bytes")));
    QVERIFY(!FramingSpec::perRead().describe().isEmpty());
}

void TstFraming::defaultIsIdleGap()
{
    const FramingSpec framing;
    QCOMPARE(framing.mode, Mode::IdleGap);
    QCOMPARE(framing.gapMs, 50);
    QCOMPARE(framing.maxFrameBytes, qsizetype(64 * 1024));
    QVERIFY(framing != FramingSpec::perRead());
    // Fields the mode does not use do not make specs differ.
    FramingSpec other;
    other.fixedLength = 9;
    other.delimiters = {QByteArray("x")};
    QVERIFY(framing == other);
}

void TstFraming::modes_data()
{
    QTest::addColumn<QString>("framing");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("frames"); // after finish()
    const auto row = [](const char *tag, const char *framing, const QByteArray &bytes, const QStringList &frames) {
        QTest::newRow(tag) << s(framing) << bytes << frames;
    };
    row("gap: one frame at the end", "gap:50", "hello world", {s("hello world")});
    row("gap: nothing", "gap:50", QByteArray(), {});
    row("gap: oversize", "gap:50;max:4", "abcdefghij", {s("abcd+"), s("efgh+"), s("ij")});
    row("gap: exactly max", "gap:50;max:4", "abcd", {s("abcd")});
    row("delim crlf", "delim:0D0A", "ab\r\ncd\r\n\r\nef", {s("ab\\x0d\\x0a"), s("cd\\x0d\\x0a"), s("\\x0d\\x0a"), s("ef!")});
    row("delim crlf strip", "delim:0D0A;strip", "ab\r\ncd\r\n\r\n", {s("ab"), s("cd"), QString()});
    row("delim etx", "delim:03", "\x02" "abc\x03\x02" "de\x03", {s("\\x02abc\\x03"), s("\\x02de\\x03")});
    row("delim earliest end wins", "delim:0A,0D0A", "a\r\nb\nc", {s("a\\x0d\\x0a"), s("b\\x0a"), s("c!")});
    row("delim shorter ends first", "delim:0D,0D0A;strip", "a\r\nb", {s("a"), s("\\x0ab!")});
    row("delim overlapping self", "delim:616161", "aaaaaaab", {s("aaa"), s("aaa"), s("ab!")});
    row("delim oversize keep", "delim:0A;max:4", "abcdef\nxy\n", {s("abcd+"), s("ef\\x0a"), s("xy\\x0a")});
    row("delim exactly max keep", "delim:0A;max:4", "abc\n", {s("abc\\x0a")});
    row("delim crosses max keep", "delim:0D0A;max:4", "abc\r\n", {s("abc\\x0d+"), s("\\x0a!")});
    row("delim max strip", "delim:0D0A;strip;max:4", "abcd\r\nabcde\r\n", {s("abcd"), s("abcd+"), s("e")});
    row("delim strip finish past max", "delim:0D0A;strip;max:4", "abcd\r", {s("abcd+"), s("\\x0d!")});
    row("fixed", "fixed:3", "abcdefgh", {s("abc"), s("def"), s("gh!")});
    row("fixed exact", "fixed:2", "abcd", {s("ab"), s("cd")});
    row("length be payload", "length:0,2,be", QByteArray("\x00\x02" "ab\x00\x00\x00\x03" "cd", 10),
        {s("\\x00\\x02ab"), s("\\x00\\x00"), s("\\x00\\x03cd!")});
    row("length le whole adjust", "length:1,2,le,whole,1", QByteArray("S\x04\x00" "ab" "S\x03\x00" "c", 9),
        {s("S\\x04\\x00ab"), s("S\\x03\\x00c")});
    row("length 1 byte offset", "length:1,1,be,payload,1", QByteArray("\x7e\x02" "abX" "\x7e\x00" "Y", 8),
        {s("~\\x02abX"), s("~\\x00Y")});
    row("length 4 le", "length:0,4,le", QByteArray("\x01\x00\x00\x00" "z", 5), {s("\\x01\\x00\\x00\\x00z")});
    row("length shorter than header", "length:0,2,be,whole", QByteArray("\x00\x00\x00\x01", 4), {s("\\x00\\x00"), s("\\x00\\x01")});
    row("length oversize", "length:0,1,be;max:4", QByteArray("\x09" "abcdefghi", 10), {s("\\x09abc+"), s("defg+"), s("hi")});
    row("length oversize completes", "length:0,1,be;max:4", QByteArray("\x06" "abcdef" "\x00", 8),
        {s("\\x06abc+"), s("def"), s("\\x00")});
    row("length header split", "length:2,2,be", QByteArray("AB", 2), {s("AB!")});
}

void TstFraming::modes()
{
    QFETCH(QString, framing);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, frames);
    const Result<FramingSpec> parsed = FramingSpec::parse(framing);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(shown(frameWhole(parsed.value, bytes)), frames);
    QCOMPARE(shown(frameSplit(parsed.value, bytes, everyByte(bytes.size()))), frames);
    QRandomGenerator random(1234);
    for (int round = 0; round < 20; ++round)
        QCOMPARE(shown(frameSplit(parsed.value, bytes, randomCuts(random, bytes.size()))), frames);
}

namespace {

FramingSpec randomSpec(QRandomGenerator &random, Mode mode)
{
    FramingSpec framing;
    framing.mode = mode;
    framing.maxFrameBytes = random.bounded(8, 64);
    switch (mode) {
    case Mode::Delimiter: {
        const int count = random.bounded(1, 4);
        for (int i = 0; i < count; ++i) {
            QByteArray delimiter;
            const int length = random.bounded(1, 4);
            for (int j = 0; j < length; ++j)
                delimiter.append(char('a' + random.bounded(3)));
            framing.delimiters.append(delimiter);
        }
        framing.keepDelimiter = random.bounded(2) == 0;
        break;
    }
    case Mode::FixedLength:
        framing.fixedLength = random.bounded(1, int(framing.maxFrameBytes) + 1);
        break;
    case Mode::LengthField:
        framing.length.offset = random.bounded(0, 4);
        framing.length.width = QList<int>{1, 2, 4}.at(random.bounded(3));
        framing.length.bigEndian = random.bounded(2) == 0;
        framing.length.countsWholeFrame = random.bounded(2) == 0;
        framing.length.adjust = random.bounded(-3, 4);
        break;
    default:
        break;
    }
    return framing;
}

// Bytes that often make delimiters (a, b, c) and short lengths (small values).
QByteArray randomStream(QRandomGenerator &random)
{
    QByteArray bytes(random.bounded(0, 400), Qt::Uninitialized);
    for (char &c : bytes) {
        const int kind = random.bounded(10);
        c = char(kind < 4 ? 'a' + random.bounded(4) : kind < 8 ? random.bounded(8) : random.bounded(256));
    }
    return bytes;
}

} // namespace

// The key property: wherever the reads split a stream, the frames are the same.
void TstFraming::randomSplitsGiveTheSameFrames()
{
    QRandomGenerator random(0x5eed2026);
    int frames = 0;
    int oversize = 0;
    for (const Mode mode : {Mode::IdleGap, Mode::Delimiter, Mode::FixedLength, Mode::LengthField}) {
        for (int round = 0; round < 400; ++round) {
            const FramingSpec framing = randomSpec(random, mode);
            QVERIFY2(framing.validate().ok(), qPrintable(framing.toString()));
            const QByteArray bytes = randomStream(random);
            const QList<Frame> whole = frameWhole(framing, bytes);
            QByteArray joined;
            for (const Frame &frame : whole) {
                QVERIFY(frame.data.size() <= framing.maxFrameBytes);
                joined += frame.data;
                oversize += frame.mark == Mark::Oversize ? 1 : 0;
            }
            frames += int(whole.size());
            if (framing.keepDelimiter || mode != Mode::Delimiter)
                QCOMPARE(joined, bytes); // nothing lost, nothing added
            qsizetype mostPending = 0;
            const QList<Frame> split = frameSplit(framing, bytes, randomCuts(random, bytes.size()), &mostPending);
            QVERIFY2(shown(split) == shown(whole), qPrintable(framing.toString()));
            // One byte per read decides as late as possible: a frame cut too early shows here.
            const QList<Frame> bytewise = frameSplit(framing, bytes, everyByte(bytes.size()), &mostPending);
            QVERIFY2(shown(bytewise) == shown(whole), qPrintable(framing.toString()));
            const qsizetype bound = framing.maxFrameBytes + (framing.keepDelimiter ? 0 : FramingSpec::MaxDelimiterBytes);
            QVERIFY(mostPending <= bound);
        }
    }
    // The cases are not all trivial: many frames, some cut at the maximum.
    QVERIFY(frames > 5000);
    QVERIFY(oversize > 100);
}

void TstFraming::perReadEachFeedIsAFrame()
{
    FramingSpec framing = FramingSpec::perRead();
    framing.maxFrameBytes = 3;
    Framer framer(framing);
    QList<Frame> out;
    framer.feed("ab", 1, out);
    framer.feed("c", 2, out);
    framer.feed("defgh", 3, out);
    QVERIFY(!framer.hasPending());
    QVERIFY(!framer.finish(out));
    QCOMPARE(shown(out), (QStringList{s("ab"), s("c"), s("def+"), s("gh")}));
}

void TstFraming::idleGapFlush()
{
    Framer framer(spec("gap:50"));
    QList<Frame> out;
    QVERIFY(!framer.flushIdle(out));
    framer.feed("\xd0\xbb", 10, out); // GBK, one character in two reads
    framer.feed("\xd0\xbb", 11, out);
    QVERIFY(out.isEmpty());
    QCOMPARE(framer.pendingBytes(), qsizetype(4));
    QCOMPARE(framer.lastByteMsecs(), qint64(11));
    QVERIFY(framer.flushIdle(out));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().data, QByteArray("\xd0\xbb\xd0\xbb"));
    QCOMPARE(out.first().mark, Mark::Complete);
    QCOMPARE(out.first().firstByteMsecs, qint64(10));
    QVERIFY(!framer.hasPending());
    // Other modes keep their frame in progress through an idle gap.
    Framer delim(spec("delim:0A"));
    delim.feed("abc", 1, out);
    QVERIFY(!delim.flushIdle(out));
    QCOMPARE(delim.pendingBytes(), qsizetype(3));
}

void TstFraming::incompleteAtFinish()
{
    const QList<std::pair<const char *, QStringList>> cases = {
        {"delim:0A", {s("\\x01z\\x0a")}},
        {"fixed:10", {s("\\x01z\\x0a!")}},
        {"length:0,1,be", {s("\\x01z"), s("\\x0a!")}},
    };
    for (const auto &[text, fresh] : cases) {
        Framer framer(spec(text));
        QList<Frame> out;
        framer.feed("\x05" "abc", 7, out);
        QVERIFY(out.isEmpty());
        QVERIFY(framer.finish(out));
        QCOMPARE(shown(out), QStringList{s("\\x05abc!")});
        QCOMPARE(out.first().firstByteMsecs, qint64(7));
        QVERIFY(!framer.finish(out));
        // The framer starts afresh: a new stream's frames come whole.
        out.clear();
        framer.feed("\x01" "z\n", 8, out);
        framer.finish(out);
        QCOMPARE(shown(out), fresh);
    }
    Framer gap(spec("gap:50"));
    QList<Frame> out;
    gap.feed("abc", 1, out);
    QVERIFY(gap.finish(out));
    QCOMPARE(shown(out), QStringList{s("abc")}); // the end ends an idle-gap frame
}

void TstFraming::oversizeContinues_data()
{
    QTest::addColumn<QString>("framing");
    QTest::newRow("gap") << s("gap:50;max:1000");
    QTest::newRow("delim") << s("delim:0D0A;max:1000");
    QTest::newRow("delim strip") << s("delim:0D0A;strip;max:1000");
    QTest::newRow("length") << s("length:0,2,be;max:1000");
}

void TstFraming::oversizeContinues()
{
    QFETCH(QString, framing);
    const FramingSpec parsed = FramingSpec::parse(framing).value;
    // 2500 bytes with no end: two frames at the maximum, then the rest.
    QByteArray bytes(2500, 'x');
    if (parsed.mode == Mode::LengthField) {
        bytes[0] = char(0x09);
        bytes[1] = char(0xC2); // 2498 bytes after the field
    }
    Framer framer(parsed);
    QList<Frame> out;
    for (qsizetype at = 0; at < bytes.size(); at += 100) {
        framer.feed(QByteArrayView(bytes).sliced(at, 100), at, out);
        QVERIFY(framer.pendingBytes() <= 1000 + 2);
    }
    framer.finish(out);
    QCOMPARE(out.size(), 3);
    QCOMPARE(out.at(0).data.size(), qsizetype(1000));
    QCOMPARE(out.at(0).mark, Mark::Oversize);
    QCOMPARE(out.at(1).data.size(), qsizetype(1000));
    QCOMPARE(out.at(1).mark, Mark::Oversize);
    QCOMPARE(out.at(2).data.size(), qsizetype(500));
    QCOMPARE(out.at(2).mark, parsed.mode == Mode::IdleGap || parsed.mode == Mode::LengthField ? Mark::Complete : Mark::Incomplete);
    QCOMPARE(out.at(1).firstByteMsecs, qint64(1000));
}

void TstFraming::lengthOf4GigabytesIsCutAtMax()
{
    Framer framer(spec("length:0,4,be"));
    QList<Frame> out;
    // The peer announces 4 GiB and sends a little: nothing is set aside for the rest.
    framer.feed(QByteArray("\xff\xff\xff\xff" "abc", 7), 1, out);
    QVERIFY(out.isEmpty());
    QCOMPARE(framer.pendingBytes(), qsizetype(7));
    const QByteArray chunk(16 * 1024, 'z');
    for (int i = 0; i < 11; ++i) {
        framer.feed(chunk, 2 + i, out);
        QVERIFY(framer.pendingBytes() <= FramingSpec::DefaultMaxFrameBytes);
    }
    // 7 + 11 × 16 KiB bytes: two frames of 64 KiB, cut at the maximum.
    QCOMPARE(out.size(), 2);
    for (const Frame &frame : out) {
        QCOMPARE(frame.data.size(), FramingSpec::DefaultMaxFrameBytes);
        QCOMPARE(frame.mark, Mark::Oversize);
    }
    QCOMPARE(out.first().data.left(7), QByteArray("\xff\xff\xff\xff" "abc"));
    QCOMPARE(framer.pendingBytes(), qsizetype(7 + 11 * 16 * 1024 - 2 * FramingSpec::DefaultMaxFrameBytes));
    framer.finish(out);
    QCOMPARE(out.last().mark, Mark::Incomplete);
}

void TstFraming::firstByteTime()
{
    Framer framer(spec("delim:0A"));
    QList<Frame> out;
    framer.feed("ab", 100, out);
    framer.feed("c\nde", 200, out);
    framer.feed("\nf\n", 300, out);
    QCOMPARE(shown(out), (QStringList{s("abc\\x0a"), s("de\\x0a"), s("f\\x0a")}));
    QCOMPARE(out.at(0).firstByteMsecs, qint64(100));
    QCOMPARE(out.at(1).firstByteMsecs, qint64(200));
    QCOMPARE(out.at(2).firstByteMsecs, qint64(300));
}

void TstFraming::invalidSpecFramesAsDefault()
{
    FramingSpec broken;
    broken.mode = Mode::FixedLength;
    broken.fixedLength = 0;
    Framer framer(broken);
    QCOMPARE(framer.spec(), FramingSpec());
    QList<Frame> out;
    framer.feed("abc", 1, out);
    QVERIFY(framer.flushIdle(out));
    QCOMPARE(shown(out), QStringList{s("abc")});
}

QTEST_GUILESS_MAIN(TstFraming)
#include "tst_framing.moc"
