// Replies as typed: escapes, hex, every placeholder, encodings, and errors that name the column.

#include "common/texts.h"
#include "framematch.h"
#include "replytemplate.h"

#include <QRegularExpression>
#include <QTest>

using namespace Sockpit;
using SockpitTest::strings;


class TstReplyTemplate : public QObject
{
    Q_OBJECT
private slots:
    void render_data();
    void render();
    void errors_data();
    void errors();
    void timeAndDate();
    void literalKeepsBraces();
    void capturesAreKnown();
};

void TstReplyTemplate::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hex");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QStringList>("captures");
    QTest::addColumn<quint64>("counter");
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QByteArray>("expected");

    const QString utf8 = QStringLiteral("UTF-8");
    const QStringList none;
    QTest::newRow("plain with escapes") << "OK\\r\\n" << false << utf8 << none << quint64(1) << QByteArray() << QByteArray("OK\r\n");
    QTest::newRow("literal braces") << "{{x}} and }}" << false << utf8 << none << quint64(1) << QByteArray()
                                    << QByteArray("{x} and }");
    QTest::newRow("brace then placeholder") << "{{{counter}}}" << false << utf8 << none << quint64(4) << QByteArray()
                                            << QByteArray("{4}");
    QTest::newRow("capture 1") << "T={1}C" << false << utf8 << strings("T=25", "25") << quint64(1) << QByteArray()
                               << QByteArray("T=25C");
    QTest::newRow("capture 0") << "[{0}]" << false << utf8 << strings("whole") << quint64(1) << QByteArray()
                               << QByteArray("[whole]");
    QTest::newRow("a capture not given is empty") << "<{2}>" << false << utf8 << strings("a", "b") << quint64(1)
                                                  << QByteArray() << QByteArray("<>");
    QTest::newRow("counter") << "n={counter}" << false << utf8 << none << quint64(1234567) << QByteArray()
                             << QByteArray("n=1234567");
    QTest::newRow("names ignore case") << "{Counter}" << false << utf8 << none << quint64(2) << QByteArray() << QByteArray("2");
    QTest::newRow("frame verbatim") << "<{frame}>" << false << utf8 << none << quint64(1) << QByteArray("a\0\xff", 3)
                                    << QByteArray("<a\0\xff>", 5);
    QTest::newRow("frame as hex") << "{frame:hex}" << false << utf8 << none << quint64(1) << QByteArray("\x01\xab", 2)
                                  << QByteArray("01 AB");
    QTest::newRow("hex reply") << "01 03 02 00 2A" << true << utf8 << none << quint64(1) << QByteArray()
                               << QByteArray::fromHex("010302002A");
    QTest::newRow("hex reply with the frame") << "AA {frame} BB" << true << utf8 << none << quint64(1) << QByteArray("\x01\x02")
                                              << QByteArray::fromHex("AA0102BB");
    QTest::newRow("hex reply with a capture as text") << "AA {1} BB" << true << utf8 << strings("x", "12") << quint64(1)
                                                      << QByteArray() << QByteArray("\xAA" "12" "\xBB");
    // CRC-16/MODBUS of "123456789" is 0x4B37, sent low byte first.
    QTest::newRow("checksum of what is before") << "123456789{checksum:CRC-16/MODBUS}" << false << utf8 << none << quint64(1)
                                                << QByteArray() << QByteArray("123456789\x37\x4B");
    QTest::newRow("checksum big-endian") << "123456789{checksum:modbus:be}" << false << utf8 << none << quint64(1)
                                         << QByteArray() << QByteArray("123456789\x4B\x37");
    QTest::newRow("checksum skipping a start byte") << "\\x02AB{checksum:sum8:be:1}" << false << utf8 << none << quint64(1)
                                                    << QByteArray() << QByteArray("\x02" "AB\x83");
    QTest::newRow("checksum over the frame") << "{frame}{checksum:xor8}" << true << utf8 << none << quint64(1)
                                             << QByteArray("\x0F\xF0") << QByteArray("\x0F\xF0\xFF");
    QTest::newRow("checksum of nothing") << "{checksum:sum8}" << false << utf8 << none << quint64(1) << QByteArray()
                                         << QByteArray(1, '\0');
    QTest::newRow("GBK text") << QString::fromUtf8("谢谢{counter}") << false << "GBK" << none << quint64(3) << QByteArray()
                              << QByteArray("\xd0\xbb\xd0\xbb" "3");
    QTest::newRow("GBK capture") << "{1}!" << false << "GBK" << strings("x", QString::fromUtf8("你好")) << quint64(1)
                                 << QByteArray() << QByteArray("\xc4\xe3\xba\xc3!");
    QTest::newRow("UTF-16LE counter") << "#{counter}" << false << "UTF-16LE" << none << quint64(5) << QByteArray()
                                      << QByteArray("#\0" "5\0", 4);
    QTest::newRow("Hex encoding: text is UTF-8") << QString::fromUtf8("é{counter}") << false << "Hex" << none << quint64(1)
                                                 << QByteArray() << QByteArray("\xc3\xa9" "1");
    QTest::newRow("escape next to a placeholder") << "\\x41{counter}\\x42" << false << utf8 << none << quint64(9) << QByteArray()
                                                  << QByteArray("A9B");
}

void TstReplyTemplate::render()
{
    QFETCH(QString, text);
    QFETCH(bool, hex);
    QFETCH(QString, encoding);
    QFETCH(QStringList, captures);
    QFETCH(quint64, counter);
    QFETCH(QByteArray, frame);
    QFETCH(QByteArray, expected);

    const Result<ReplyTemplate> reply = ReplyTemplate::compile(text, hex, encoding);
    QVERIFY2(reply.ok(), qPrintable(reply.error));
    const MatchInput input(frame, encoding);
    ReplyContext context;
    context.frame = &input;
    context.captures = captures;
    context.counter = counter;
    QCOMPARE(reply.value.render(context), expected);
    QCOMPARE(reply.value.render(context), expected); // rendering changes nothing
}

void TstReplyTemplate::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hex");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("error");

    const QString utf8 = QStringLiteral("UTF-8");
    QTest::newRow("unknown placeholder") << "abc{nope}" << false << utf8 << "column 4: unknown placeholder {nope} (use {0}…{99}, {counter}";
    QTest::newRow("empty placeholder") << "{}" << false << utf8 << "column 1: unknown placeholder {}";
    QTest::newRow("lone closing brace") << "ab}" << false << utf8 << "column 3: a lone '}'";
    QTest::newRow("unclosed brace") << "a{counter" << false << utf8 << "column 2: '{' is not closed";
    QTest::newRow("bad checksum") << "x{checksum:nosuch}" << false << utf8 << "column 2: {checksum:nosuch}: ";
    QTest::newRow("capture too high") << "{100}" << false << utf8 << "column 1: {100}: captures go up to {99}";
    QTest::newRow("negative capture") << "{-1}" << false << utf8 << "unknown placeholder {-1}";
    QTest::newRow("bad hex digit") << "01 0G {counter}" << true << utf8 << "'G' at column 5 is not a hex digit";
    QTest::newRow("hex digit cut by a placeholder") << "01 {counter} 0" << true << utf8 << "column 14 has no partner";
    QTest::newRow("hex digit against a placeholder") << "01 0{frame}" << true << utf8 << "column 4 has no partner";
    QTest::newRow("bad escape after a placeholder") << "{1}ab\\q" << false << utf8 << "unknown escape '\\q' at column 6";
    QTest::newRow("not in Latin-1") << QString::fromUtf8("你好") << false << "ISO-8859-1"
                                    << QString::fromUtf8("column 1: '你' cannot be encoded in ISO-8859-1");
    QTest::newRow("not in Latin-1 after a placeholder") << QString::fromUtf8("ab{counter}é€") << false << "ISO-8859-1"
                                                        << QString::fromUtf8("column 13: '€' cannot be encoded");
    QTest::newRow("unknown encoding") << "x" << false << "NoSuchCode" << "NoSuchCode";
}

void TstReplyTemplate::errors()
{
    QFETCH(QString, text);
    QFETCH(bool, hex);
    QFETCH(QString, encoding);
    QFETCH(QString, error);
    const Result<ReplyTemplate> reply = ReplyTemplate::compile(text, hex, encoding);
    QVERIFY(!reply.ok());
    QVERIFY2(reply.error.contains(error), qPrintable(reply.error));
}

void TstReplyTemplate::timeAndDate()
{
    const Result<ReplyTemplate> reply = ReplyTemplate::compile(QStringLiteral("{date} {time}"), false, QStringLiteral("UTF-8"));
    QVERIFY2(reply.ok(), qPrintable(reply.error));
    ReplyContext context;
    context.now = QDateTime(QDate(2026, 12, 1), QTime(9, 8, 7, 6));
    QCOMPARE(reply.value.render(context), QByteArray("2026-12-01 09:08:07.006"));
    // Without a time given, the clock's.
    const QString now = QString::fromUtf8(reply.value.render(ReplyContext()));
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}$")).match(now).hasMatch(),
             qPrintable(now));
}

void TstReplyTemplate::literalKeepsBraces()
{
    const QString typed = QStringLiteral("{x}}{{\\r\\n");
    const Result<ReplyTemplate> reply = ReplyTemplate::compile(ReplyTemplate::literal(typed), false, QStringLiteral("UTF-8"));
    QVERIFY2(reply.ok(), qPrintable(reply.error));
    QVERIFY(reply.value.isLiteral());
    QCOMPARE(reply.value.render(ReplyContext()), QByteArray("{x}}{{\r\n"));
}

void TstReplyTemplate::capturesAreKnown()
{
    const auto compile = [](const char *text) {
        return ReplyTemplate::compile(QString::fromUtf8(text), false, QStringLiteral("UTF-8")).value;
    };
    QVERIFY(!compile("{counter}{frame}").usesCaptures());
    QCOMPARE(compile("{counter}{frame}").highestCapture(), -1);
    QVERIFY(compile("{0}").usesCaptures());
    QCOMPARE(compile("{2}{1}").highestCapture(), 2);
    QVERIFY(compile("abc").isLiteral());
    QVERIFY(!compile("a{time}").isLiteral());
    for (const QString &placeholder : ReplyTemplate::placeholders())
        QVERIFY2(ReplyTemplate::compile(placeholder, false, QStringLiteral("UTF-8")).ok(), qPrintable(placeholder));
}

QTEST_GUILESS_MAIN(TstReplyTemplate)
#include "tst_replytemplate.moc"
