// The whole-buffer delimiter scan against a plain search, and the framer that
// uses it against frames cut by hand, on bytes from a tiny alphabet: the
// delimiter's bytes everywhere, alone, doubled and at every window's edge.
#include "delimiterscan.h"
#include "framer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Sockpit;

namespace {

QByteArray tinyAlphabet(QRandomGenerator &random, qsizetype size)
{
    static const char letters[] = {'\r', '\n', 'a', '\x03'};
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = letters[random.bounded(4)];
    return bytes;
}

qsizetype plainSearch(const QByteArray &bytes, const QByteArray &delimiter, qsizetype from)
{
    return bytes.indexOf(delimiter, from);
}

} // namespace

class TstDelimiterScan : public QObject
{
    Q_OBJECT

private slots:
    void matchesPlainSearch_data();
    void matchesPlainSearch();
    void framerCutsWhereTheDelimitersAre_data();
    void framerCutsWhereTheDelimitersAre();
};

void TstDelimiterScan::matchesPlainSearch_data()
{
    QTest::addColumn<QByteArray>("delimiter");
    QTest::newRow("\\r\\n") << QByteArray("\r\n");
    QTest::newRow("\\n") << QByteArray("\n");
    QTest::newRow("\\r\\r") << QByteArray("\r\r");
    QTest::newRow("0x03") << QByteArray("\x03");
}

void TstDelimiterScan::matchesPlainSearch()
{
    QFETCH(QByteArray, delimiter);
    QVERIFY(DelimiterScan::handles(delimiter));
    QRandomGenerator random(20261202);
    for (qsizetype size = 0; size <= 200; ++size) {
        const QByteArray bytes = tinyAlphabet(random, size);
        // Forward from every start, in steps of every length a frame has.
        for (qsizetype step = 1; step <= 70; step += 23) {
            DelimiterScan scan(bytes.constData(), bytes.size(), delimiter);
            for (qsizetype from = 0; from <= size; from += step) {
                const qsizetype expected = plainSearch(bytes, delimiter, from);
                QVERIFY2(scan.next(from) == expected,
                         qPrintable(QStringLiteral("size %1, from %2, step %3").arg(size).arg(from).arg(step)));
            }
        }
    }
    QVERIFY(!DelimiterScan::handles(QByteArray("abc")));
}

void TstDelimiterScan::framerCutsWhereTheDelimitersAre_data()
{
    QTest::addColumn<QByteArray>("delimiter");
    QTest::addColumn<bool>("keep");
    QTest::newRow("\\r\\n kept") << QByteArray("\r\n") << true;
    QTest::newRow("\\r\\n stripped") << QByteArray("\r\n") << false;
    QTest::newRow("\\n stripped") << QByteArray("\n") << false;
}

void TstDelimiterScan::framerCutsWhereTheDelimitersAre()
{
    QFETCH(QByteArray, delimiter);
    QFETCH(bool, keep);
    QRandomGenerator random(7);
    const QByteArray stream = tinyAlphabet(random, 100000);
    QList<QByteArray> expected;
    for (qsizetype start = 0;;) {
        const qsizetype at = stream.indexOf(delimiter, start);
        if (at < 0)
            break;
        expected << stream.mid(start, at - start + (keep ? delimiter.size() : 0));
        start = at + delimiter.size();
    }
    FramingSpec spec;
    spec.mode = FramingSpec::Mode::Delimiter;
    spec.delimiters = {delimiter};
    spec.keepDelimiter = keep;
    Framer framer(spec);
    QList<Frame> frames;
    // Reads of random sizes, some splitting a delimiter.
    for (qsizetype at = 0; at < stream.size();) {
        const qsizetype size = qMin<qsizetype>(random.bounded(1, 3000), stream.size() - at);
        framer.feed(QByteArrayView(stream).sliced(at, size), 0, frames);
        at += size;
    }
    QCOMPARE(frames.size(), expected.size());
    for (qsizetype i = 0; i < frames.size(); ++i) {
        QCOMPARE(frames.at(i).data, expected.at(i));
        QCOMPARE(frames.at(i).mark, Frame::Mark::Complete);
    }
}

QTEST_GUILESS_MAIN(TstDelimiterScan)
#include "tst_delimiterscan.moc"
