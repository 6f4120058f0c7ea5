// Hex text, escapes and the payload a send is built from: parsing, the
// positions errors name, formatting and round trips.
#include "codec.h"

#include <QTest>

using namespace Sockpit;

using LineEnding = PayloadSpec::LineEnding;
Q_DECLARE_METATYPE(Sockpit::PayloadSpec::LineEnding)

class TstHexEscapes : public QObject
{
    Q_OBJECT
private slots:
    void hexParse_data();
    void hexParse();
    void hexErrorPositions_data();
    void hexErrorPositions();
    void hexFormat_data();
    void hexFormat();
    void hexRoundTrip();
    void escapes_data();
    void escapes();
    void escapePieces();
    void escapeErrorPositions_data();
    void escapeErrorPositions();
    void buildPayload_data();
    void buildPayload();
    void errorsNameWholeCharacters_data();
    void errorsNameWholeCharacters();
    void payloadUnknownEncoding_data();
    void payloadUnknownEncoding();
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

} // namespace

void TstHexEscapes::hexParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    QTest::newRow("spaced") << s("48 65") << QByteArray("He") << QString();
    QTest::newRow("packed") << s("4865") << QByteArray("He") << QString();
    QTest::newRow("0x and commas") << s("0x48,0x65") << QByteArray("He") << QString();
    QTest::newRow("0X upper") << s("0X48 0x65") << QByteArray("He") << QString();
    QTest::newRow("colons") << s("48:65") << QByteArray("He") << QString();
    QTest::newRow("dashes") << s("48-65") << QByteArray("He") << QString();
    QTest::newRow("semicolons") << s("48;65") << QByteArray("He") << QString();
    QTest::newRow("newlines and tabs") << s("48\n65\r\n6c\t6C") << QByteArray("Hell") << QString();
    QTest::newRow("many separators") << s("  48 ,, 65  \n") << QByteArray("He") << QString();
    QTest::newRow("lower and upper") << s("aBcD eF") << hex("abcdef") << QString();
    QTest::newRow("zero and ff") << s("00 ff 7F") << QByteArray("\0\xff\x7f", 3) << QString();
    QTest::newRow("empty") << s("") << QByteArray() << QString();
    QTest::newRow("only spaces") << s("   ") << QByteArray() << QString();
    QTest::newRow("packed 0x") << s("0x4865") << QByteArray("He") << QString();

    QTest::newRow("odd digit at end") << s("486") << QByteArray()
                                      << s("hex digit at column 3 has no partner: write bytes as two digits (06)");
    QTest::newRow("single digit") << s("4 8") << QByteArray()
                                  << s("hex digit at column 1 has no partner: write bytes as two digits (04)");
    QTest::newRow("odd in the middle") << s("48 6 5") << QByteArray()
                                       << s("hex digit at column 4 has no partner: write bytes as two digits (06)");
    QTest::newRow("odd after tab") << s("\ta") << QByteArray()
                                   << s("hex digit at column 2 has no partner: write bytes as two digits (0a)");
    QTest::newRow("g") << s("48g5") << QByteArray() << s("'g' at column 3 is not a hex digit");
    QTest::newRow("zz at the end") << s("48 65 zz") << QByteArray() << s("'z' at column 7 is not a hex digit");
    QTest::newRow("control char") << s("48\x01") << QByteArray() << s("'\\x01' at column 3 is not a hex digit");
    QTest::newRow("chinese") << s("中") << QByteArray() << s("'中' at column 1 is not a hex digit");
    QTest::newRow("x without 0") << s("x48") << QByteArray() << s("'x' at column 1 is not a hex digit");
    QTest::newRow("0x alone") << s("0x") << QByteArray() << s("'0x' at column 1 is not followed by a hex digit");
    QTest::newRow("0x at the end") << s("48 0x") << QByteArray() << s("'0x' at column 4 is not followed by a hex digit");
    QTest::newRow("0x then space") << s("0x 48") << QByteArray() << s("'0x' at column 1 is not followed by a hex digit");
    QTest::newRow("0x then odd") << s("0x4") << QByteArray()
                                 << s("hex digit at column 3 has no partner: write bytes as two digits (04)");
    // The first problem is the one reported.
    QTest::newRow("first of two") << s("4g 6") << QByteArray() << s("'g' at column 2 is not a hex digit");
}

void TstHexEscapes::hexParse()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);

    const Result<QByteArray> parsed = Hex::parse(text);
    QCOMPARE(parsed.error, error);
    QCOMPARE(parsed.ok(), error.isEmpty());
    if (parsed.ok())
        QCOMPARE(parsed.value.toHex(' '), bytes.toHex(' '));
}

void TstHexEscapes::hexErrorPositions_data()
{
    QTest::addColumn<QString>("valid");
    QTest::newRow("packed") << s("00112233445566778899");
    QTest::newRow("spaced") << s("00 11 22 33 44");
    QTest::newRow("0x commas") << s("0xAA,0xBB,0xCC");
    QTest::newRow("lines") << s("de ad\nbe ef\r\n01");
}

void TstHexEscapes::hexErrorPositions()
{
    QFETCH(QString, valid);
    QVERIFY(Hex::parse(valid).ok());
    // A bad character at any position is reported at exactly that column.
    for (qsizetype i = 0; i < valid.size(); ++i) {
        QString broken = valid;
        broken[i] = u'z';
        const Result<QByteArray> parsed = Hex::parse(broken);
        QCOMPARE(parsed.error, s("'z' at column %1 is not a hex digit").arg(i + 1));
    }
}

void TstHexEscapes::hexFormat_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("text") << QByteArray("He") << -1 << s("48 65");
    QTest::newRow("empty") << QByteArray() << -1 << QString();
    QTest::newRow("binary") << QByteArray("\0\xff\x7f\x80\n", 5) << -1 << s("00 FF 7F 80 0A");
    QTest::newRow("one byte") << QByteArray("\x0a") << -1 << s("0A");
    QTest::newRow("cut at 2") << QByteArray("abc") << 2 << s("61 62");
    QTest::newRow("cut at 0") << QByteArray("abc") << 0 << QString();
    QTest::newRow("cut beyond size") << QByteArray("abc") << 10 << s("61 62 63");
}

void TstHexEscapes::hexFormat()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, maxBytes);
    QFETCH(QString, text);
    QCOMPARE(Hex::format(bytes, maxBytes), text);
}

void TstHexEscapes::hexRoundTrip()
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all += char(b);
    const QString text = Hex::format(all);
    QCOMPARE(text.size(), 256 * 3 - 1);
    const Result<QByteArray> parsed = Hex::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value, all);
    QCOMPARE(Hex::parse(text.toLower()).value, all);
}

void TstHexEscapes::escapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes"); // as UTF-8 with escapes on
    QTest::addColumn<QString>("error");

    QTest::newRow("crlf") << s("a\\r\\nb") << QByteArray("a\r\nb") << QString();
    QTest::newRow("tab") << s("\\t") << QByteArray("\t") << QString();
    QTest::newRow("backslash") << s("C:\\\\dir") << QByteArray("C:\\dir") << QString();
    QTest::newRow("nul") << s("a\\0b") << QByteArray("a\0b", 3) << QString();
    QTest::newRow("hex bytes") << s("\\x41\\x4a\\xff") << QByteArray("AJ\xff") << QString();
    QTest::newRow("hex upper and lower") << s("\\x0D\\x0a") << QByteArray("\r\n") << QString();
    QTest::newRow("between chinese") << s("中\\x00文") << hex("e4b8ad00e69687") << QString();
    QTest::newRow("no escapes") << s("plain text") << QByteArray("plain text") << QString();
    QTest::newRow("double backslash then n") << s("\\\\n") << QByteArray("\\n") << QString();

    QTest::newRow("lone backslash") << s("abc\\") << QByteArray()
                                    << s("a lone '\\' at column 4 ends the text; write \\\\ for a backslash");
    QTest::newRow("only backslash") << s("\\") << QByteArray()
                                    << s("a lone '\\' at column 1 ends the text; write \\\\ for a backslash");
    QTest::newRow("unknown q") << s("\\q") << QByteArray()
                               << s("unknown escape '\\q' at column 1; known: \\r \\n \\t \\\\ \\0 \\xHH");
    QTest::newRow("unknown u") << s("ok\\u0041") << QByteArray()
                               << s("unknown escape '\\u' at column 3; known: \\r \\n \\t \\\\ \\0 \\xHH");
    QTest::newRow("unknown tab") << s("\\\t") << QByteArray()
                                 << s("unknown escape '\\\\x09' at column 1; known: \\r \\n \\t \\\\ \\0 \\xHH");
    QTest::newRow("x one digit") << s("ab\\x4") << QByteArray()
                                 << s("'\\x' at column 3 needs two hex digits, as in \\x0D");
    QTest::newRow("x bad digit") << s("\\xg0") << QByteArray() << s("'\\x' at column 1 needs two hex digits, as in \\x0D");
    QTest::newRow("x bad second digit") << s("1\\x0g") << QByteArray()
                                        << s("'\\x' at column 2 needs two hex digits, as in \\x0D");
    QTest::newRow("x at the end") << s("abc\\x") << QByteArray()
                                  << s("'\\x' at column 4 needs two hex digits, as in \\x0D");
}

void TstHexEscapes::escapes()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);

    const auto pieces = Escapes::split(text);
    QCOMPARE(pieces.error, error);
    const Result<QByteArray> payload = Sockpit::buildPayload(text, PayloadSpec{});
    QCOMPARE(payload.error, error);
    if (error.isEmpty())
        QCOMPARE(payload.value.toHex(' '), bytes.toHex(' '));
}

void TstHexEscapes::escapePieces()
{
    const auto pieces = Escapes::split(s("ab\\r\\ncd\\x00"));
    QVERIFY(pieces.ok());
    QCOMPARE(pieces.value.size(), 4);
    QVERIFY(pieces.value[0].isText);
    QCOMPARE(pieces.value[0].text, s("ab"));
    QVERIFY(!pieces.value[1].isText);
    QCOMPARE(pieces.value[1].bytes, QByteArray("\r\n"));
    QVERIFY(pieces.value[2].isText);
    QCOMPARE(pieces.value[2].text, s("cd"));
    QVERIFY(!pieces.value[3].isText);
    QCOMPARE(pieces.value[3].bytes, QByteArray(1, '\0'));

    QVERIFY(Escapes::split(QString()).value.isEmpty());
}

void TstHexEscapes::escapeErrorPositions_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::newRow("none") << QString();
    QTest::newRow("ascii") << s("hello ");
    QTest::newRow("escapes before") << s("\\r\\n\\x41");
    QTest::newRow("chinese before") << s("中文");
}

void TstHexEscapes::escapeErrorPositions()
{
    QFETCH(QString, prefix);
    const qsizetype column = prefix.size() + 1;
    QCOMPARE(Escapes::split(prefix + s("\\q tail")).error,
             s("unknown escape '\\q' at column %1; known: \\r \\n \\t \\\\ \\0 \\xHH").arg(column));
    QCOMPARE(Escapes::split(prefix + s("\\xZZ")).error, s("'\\x' at column %1 needs two hex digits, as in \\x0D").arg(column));
    QCOMPARE(Escapes::split(prefix + s("\\")).error,
             s("a lone '\\' at column %1 ends the text; write \\\\ for a backslash").arg(column));
}

void TstHexEscapes::buildPayload_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("hexInput");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("escapes");
    QTest::addColumn<LineEnding>("ending");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    const QString utf8 = s("UTF-8");
    QTest::newRow("text") << s("hello") << false << utf8 << true << LineEnding::None << QByteArray("hello") << QString();
    QTest::newRow("LF") << s("hi") << false << utf8 << true << LineEnding::LF << QByteArray("hi\n") << QString();
    QTest::newRow("CRLF") << s("hi") << false << utf8 << true << LineEnding::CRLF << QByteArray("hi\r\n") << QString();
    QTest::newRow("CR") << s("hi") << false << utf8 << true << LineEnding::CR << QByteArray("hi\r") << QString();
    QTest::newRow("empty with LF") << QString() << false << utf8 << true << LineEnding::LF << QByteArray("\n") << QString();
    QTest::newRow("escapes on") << s("a\\tb") << false << utf8 << true << LineEnding::LF << QByteArray("a\tb\n") << QString();
    QTest::newRow("escapes off") << s("a\\tb\\") << false << utf8 << false << LineEnding::None << QByteArray("a\\tb\\")
                                 << QString();
    QTest::newRow("escapes off CRLF") << s("a\\n") << false << utf8 << false << LineEnding::CRLF << QByteArray("a\\n\r\n")
                                      << QString();
    QTest::newRow("GBK") << s("你好") << false << s("GBK") << true << LineEnding::None << hex("c4e3bac3") << QString();
    QTest::newRow("GBK CRLF") << s("你好") << false << s("GBK") << true << LineEnding::CRLF << hex("c4e3bac30d0a") << QString();
    QTest::newRow("GBK escapes") << s("你\\x00好") << false << s("GBK") << true << LineEnding::None << hex("c4e300bac3")
                                 << QString();
    QTest::newRow("Big5 LF") << s("中") << false << s("Big5") << true << LineEnding::LF << hex("a4a40a") << QString();
    QTest::newRow("UTF-16LE CRLF") << s("A中") << false << s("UTF-16LE") << true << LineEnding::CRLF
                                   << hex("41002d4e0d000a00") << QString();
    QTest::newRow("UTF-16BE LF") << s("A中") << false << s("UTF-16BE") << true << LineEnding::LF << hex("00414e2d000a")
                                 << QString();
    QTest::newRow("UTF-16BE CR") << s("A") << false << s("UTF-16BE") << false << LineEnding::CR << hex("0041000d") << QString();
    // An escape is one raw byte, whatever the encoding.
    QTest::newRow("UTF-16LE escape") << s("A\\x42") << false << s("UTF-16LE") << true << LineEnding::None << hex("410042")
                                     << QString();
    QTest::newRow("hex") << s("48 65") << true << utf8 << true << LineEnding::None << QByteArray("He") << QString();
    // Hex input is exact: no line ending is added.
    QTest::newRow("hex ignores CRLF") << s("48 65") << true << utf8 << true << LineEnding::CRLF << QByteArray("He") << QString();
    QTest::newRow("Hex encoding") << s("0x00,0xff") << false << s("Hex") << true << LineEnding::LF << QByteArray("\0\xff", 2)
                                  << QString();
    QTest::newRow("hex with backslash") << s("\\x48") << true << utf8 << true << LineEnding::None << QByteArray()
                                        << s("'\\' at column 1 is not a hex digit");
    QTest::newRow("hex odd") << s("4") << true << utf8 << true << LineEnding::None << QByteArray()
                             << s("hex digit at column 1 has no partner: write bytes as two digits (04)");
    QTest::newRow("bad escape") << s("ab\\z") << false << utf8 << true << LineEnding::LF << QByteArray()
                                << s("unknown escape '\\z' at column 3; known: \\r \\n \\t \\\\ \\0 \\xHH");
    QTest::newRow("unencodable") << s("한") << false << s("GBK") << true << LineEnding::None << QByteArray()
                                 << s("the text has characters that GBK cannot encode");
    QTest::newRow("unencodable escapes off") << s("한") << false << s("GBK") << false << LineEnding::None << QByteArray()
                                             << s("the text has characters that GBK cannot encode");
    QTest::newRow("unknown encoding") << s("a") << false << s("X-NO-SUCH") << true << LineEnding::LF << QByteArray()
                                      << s("encoding 'X-NO-SUCH' is not available");
}

void TstHexEscapes::buildPayload()
{
    QFETCH(QString, input);
    QFETCH(bool, hexInput);
    QFETCH(QString, encoding);
    QFETCH(bool, escapes);
    QFETCH(LineEnding, ending);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);

    PayloadSpec spec;
    spec.hex = hexInput;
    spec.encoding = encoding;
    spec.escapes = escapes;
    spec.lineEnding = ending;
    const Result<QByteArray> payload = Sockpit::buildPayload(input, spec);
    QCOMPARE(payload.error, error);
    QCOMPARE(payload.ok(), error.isEmpty());
    if (payload.ok())
        QCOMPARE(payload.value.toHex(' '), bytes.toHex(' '));
}

void TstHexEscapes::errorsNameWholeCharacters_data()
{
    QTest::addColumn<QString>("character");
    QTest::addColumn<QString>("shown");
    // Found by fuzzing: a character beyond the BMP was named by its first half.
    QTest::newRow("emoji") << s("😀") << s("😀");
    QTest::newRow("lone half") << QString(QChar(0xD83D)) << s("U+D83D");
}

void TstHexEscapes::errorsNameWholeCharacters()
{
    QFETCH(QString, character);
    QFETCH(QString, shown);
    QCOMPARE(Hex::parse(u'4' + character).error, s("'%1' at column 2 is not a hex digit").arg(shown));
    QCOMPARE(Escapes::split(u'\\' + character).error,
             s("unknown escape '\\%1' at column 1; known: \\r \\n \\t \\\\ \\0 \\xHH").arg(shown));
}

void TstHexEscapes::payloadUnknownEncoding_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("escapes");
    QTest::addColumn<LineEnding>("ending");

    // Found by fuzzing: text that never reached the encoder was sent without a word.
    QTest::newRow("empty") << QString() << true << LineEnding::None;
    QTest::newRow("empty with a line ending") << QString() << false << LineEnding::CRLF;
    QTest::newRow("escapes only") << s("\\x41\\r\\n") << true << LineEnding::None;
    QTest::newRow("text") << s("A") << true << LineEnding::LF;
}

void TstHexEscapes::payloadUnknownEncoding()
{
    QFETCH(QString, input);
    QFETCH(bool, escapes);
    QFETCH(LineEnding, ending);
    PayloadSpec spec;
    spec.encoding = s("NO-SUCH-ENCODING");
    spec.escapes = escapes;
    spec.lineEnding = ending;
    const Result<QByteArray> payload = Sockpit::buildPayload(input, spec);
    QVERIFY(!payload.ok());
    QCOMPARE(payload.error, s("encoding 'NO-SUCH-ENCODING' is not available"));
}

QTEST_GUILESS_MAIN(TstHexEscapes)
#include "tst_hexescapes.moc"
