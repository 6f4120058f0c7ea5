// How headless stdin is cut into the pieces sent (lines, bounded parts of long
// lines that never split a character, hex, raw reads), the UTF-8 check that
// finds the first bad byte, and the folding of repeated stderr lines.

#include "inputchunker.h"
#include "repeatfolder.h"

#include <QTest>

using namespace Sockpit;

namespace {
/// Every piece the chunker gives for input, as it is sent.
QList<QByteArray> piecesOf(InputChunker &chunker)
{
    QList<QByteArray> pieces;
    while (chunker.hasPiece()) {
        const Result<QByteArray> piece = chunker.takePiece();
        if (!piece.ok())
            qFatal("piece failed: %s", qPrintable(piece.error));
        pieces << piece.value;
    }
    return pieces;
}
} // namespace

class TstInputChunker : public QObject
{
    Q_OBJECT

private slots:
    void firstInvalidUtf8_data();
    void firstInvalidUtf8();
    void linesThenTheRestAtTheEnd();
    void longLineGoesInBoundedPiecesWithoutSplittingACharacter();
    void invalidBytesAreFoundAtTheirOffsetInTheInput();
    void hexLongLineIsCutAtASeparator();
    void rawPiecesAreReadsUnchanged();
    void repeatsAreFoldedIntoACount();
};

void TstInputChunker::firstInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("first");
    QTest::newRow("ASCII and NUL") << QByteArray("a\0b\n", 4) << -1;
    QTest::newRow("two, three and four bytes") << QByteArray("\xC3\xA9\xE4\xBD\xA0\xF0\x9F\x98\x80") << -1;
    QTest::newRow("U+FFFD itself is valid") << QByteArray("\xEF\xBF\xBD") << -1;
    QTest::newRow("lone continuation") << QByteArray("ab\x80") << 2;
    QTest::newRow("0xFF") << QByteArray("\xFF") << 0;
    QTest::newRow("overlong slash") << QByteArray("x\xC0\xAF") << 1;
    QTest::newRow("overlong three bytes") << QByteArray("\xE0\x80\xAF") << 0;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << 0;
    QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
    QTest::newRow("cut short") << QByteArray("ok\xE4\xBD") << 2;
    QTest::newRow("broken in the middle") << QByteArray("\xE4\x41\xA0") << 0;
}

void TstInputChunker::firstInvalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, first);
    QCOMPARE(Utf8Scan::firstInvalid(bytes), qsizetype(first));
}

void TstInputChunker::linesThenTheRestAtTheEnd()
{
    InputChunker chunker(InputChunker::Mode::Text, QStringLiteral("UTF-8"));
    chunker.append("one\ntwo\nthr");
    QCOMPARE(piecesOf(chunker), (QList<QByteArray>{"one\n", "two\n"}));
    QCOMPARE(chunker.heldBytes(), 3); // a short line waits for its newline
    chunker.append("ee");
    QVERIFY(!chunker.hasPiece());
    chunker.finish();
    QCOMPARE(piecesOf(chunker), (QList<QByteArray>{"three"}));
    QCOMPARE(chunker.firstInvalidOffset(), -1);
}

void TstInputChunker::longLineGoesInBoundedPiecesWithoutSplittingACharacter()
{
    // 你 (three bytes) straddles the cut at MaxLinePieceBytes.
    const QByteArray ni("\xE4\xBD\xA0");
    const QByteArray line = QByteArray(InputChunker::MaxLinePieceBytes - 1, 'a') + ni + QByteArray(100, 'b');
    InputChunker chunker(InputChunker::Mode::Text, QStringLiteral("GBK"));
    chunker.append(line);
    const QList<QByteArray> first = piecesOf(chunker);
    QCOMPARE(first.size(), 1); // sent before any newline came
    QCOMPARE(first.at(0), QByteArray(InputChunker::MaxLinePieceBytes - 1, 'a'));
    QCOMPARE(chunker.heldBytes(), 103); // the character waits whole for the next piece
    chunker.finish();
    QCOMPARE(piecesOf(chunker), (QList<QByteArray>{QByteArray("\xC4\xE3") + QByteArray(100, 'b')}));
    QCOMPARE(chunker.firstInvalidOffset(), -1);
}

void TstInputChunker::invalidBytesAreFoundAtTheirOffsetInTheInput()
{
    InputChunker chunker(InputChunker::Mode::Text, QStringLiteral("UTF-8"));
    chunker.append("good\nba\xFF\xFE\n");
    const QList<QByteArray> pieces = piecesOf(chunker);
    QCOMPARE(pieces.size(), 2);
    QCOMPARE(pieces.at(1), QByteArray("ba\xEF\xBF\xBD\xEF\xBF\xBD\n"));
    QCOMPARE(chunker.firstInvalidOffset(), 7);
    chunker.append("\x80\n");
    piecesOf(chunker);
    QCOMPARE(chunker.firstInvalidOffset(), 7); // the first one stays
}

void TstInputChunker::hexLongLineIsCutAtASeparator()
{
    QByteArray line;
    while (line.size() < InputChunker::MaxLinePieceBytes + 10)
        line += "0x41,";
    InputChunker chunker(InputChunker::Mode::Hex, QStringLiteral("Hex"));
    chunker.append(line);
    chunker.finish();
    QByteArray sent;
    const QList<QByteArray> pieces = piecesOf(chunker);
    QVERIFY(pieces.size() >= 2);
    for (const QByteArray &piece : pieces)
        sent += piece;
    QCOMPARE(sent, QByteArray(line.size() / 5, 'A'));

    InputChunker bad(InputChunker::Mode::Hex, QStringLiteral("Hex"));
    bad.append("41\n\n41 4G\n");
    QVERIFY(bad.takePiece().ok());
    QVERIFY(bad.takePiece().ok()); // an empty line sends nothing
    const Result<QByteArray> third = bad.takePiece();
    QVERIFY(!third.ok());
    QVERIFY2(third.error.startsWith(QStringLiteral("line 3: 'G' at column 5")), qPrintable(third.error));

    // Columns count from the line's start, leading blanks included, as in the send box.
    InputChunker indented(InputChunker::Mode::Hex, QStringLiteral("Hex"));
    indented.append("  41  zz\r\n");
    const Result<QByteArray> piece = indented.takePiece();
    QVERIFY2(piece.error.startsWith(QStringLiteral("line 1: 'z' at column 7")), qPrintable(piece.error));
}

void TstInputChunker::rawPiecesAreReadsUnchanged()
{
    InputChunker chunker(InputChunker::Mode::Raw, QString());
    const QByteArray bytes("\xFF\x00\n\x80", 4);
    chunker.append(bytes);
    QCOMPARE(piecesOf(chunker), (QList<QByteArray>{bytes})); // no waiting for a newline
    chunker.append(QByteArray(InputChunker::MaxRawPieceBytes + 5, 'r'));
    const QList<QByteArray> pieces = piecesOf(chunker);
    QCOMPARE(pieces.size(), 2);
    QCOMPARE(pieces.at(0).size(), InputChunker::MaxRawPieceBytes); // one UDP datagram at most
    QCOMPARE(chunker.firstInvalidOffset(), -1);
}

void TstInputChunker::repeatsAreFoldedIntoACount()
{
    QStringList lines;
    RepeatFolder folder([&lines](const QString &line) { lines << line; });
    folder.say(QStringLiteral("listening"));
    for (int i = 0; i < 1000000; ++i)
        folder.say(QStringLiteral("error: no client is connected: nothing was sent"));
    QCOMPARE(lines.size(), 2); // a million complaints, said once so far
    QCOMPARE(folder.heldRepeats(), quint64(999999));
    folder.say(QStringLiteral("127.0.0.1:5000 connected"));
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(2).contains(u"repeated") && lines.at(2).contains(u"999"), qPrintable(lines.at(2)));
    QCOMPARE(lines.at(3), QStringLiteral("127.0.0.1:5000 connected"));
    folder.say(QStringLiteral("127.0.0.1:5000 connected"));
    folder.flush(); // at exit
    QCOMPARE(lines.size(), 5);
    folder.flush();
    QCOMPARE(lines.size(), 5);
}

QTEST_GUILESS_MAIN(TstInputChunker)
#include "tst_inputchunker.moc"
