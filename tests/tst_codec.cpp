#include "codec.h"

#include <QTest>

#include <type_traits>

using namespace Sockpit;

// Qt 6.4's ICU decoders point at their own state; a moved one would write to the old place.
static_assert(!std::is_move_constructible_v<StreamDecoder> && !std::is_copy_constructible_v<StreamDecoder>);
using LineEnding = PayloadSpec::LineEnding;

Q_DECLARE_METATYPE(Sockpit::PayloadSpec::LineEnding)

class TstCodec : public QObject
{
    Q_OBJECT

private slots:
    void encodingNames();
    void unknownEncoding();

    void roundTrip_data();
    void roundTrip();
    void splitAcrossReads_data();
    void splitAcrossReads();
    void splitAfterUnfinishedUtf8_data();
    void splitAfterUnfinishedUtf8();
    void gb18030FourByteSplit_data();
    void gb18030FourByteSplit();
    void gb18030WholeCharacterAtOnce();
    void invalidBytes_data();
    void invalidBytes();
    void finishFlushesHalfCharacter_data();
    void finishFlushesHalfCharacter();
    void resetForgetsHalfCharacter();
    void controlBytesStayThemselves_data();
    void controlBytesStayThemselves();
    void unencodable_data();
    void unencodable();

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
    void errorsNameWholeCharacters_data();
    void errorsNameWholeCharacters();

    void buildPayload_data();
    void buildPayload();
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

const QChar Replacement(QChar::ReplacementCharacter);

// A sample of text each encoding can carry, with one character's known bytes.
struct Sample
{
    const char *encoding;
    const char *text;
    const char *character;
    const char *characterHex;
};

const Sample Samples[] = {
    {"UTF-8", "中文 日本語 한국어 ASCII 😀", "中", "e4b8ad"},
    {"GBK", "你好，世界！简体中文与全角字符", "中", "d6d0"},
    {"GB18030", "中文 日本語 한국어 𠮷 😀", "𠮷", "9534b235"},
    {"Big5", "繁體中文測試，臺灣", "中", "a4a4"},
    {"Shift_JIS", "日本語のテキスト、カタカナ", "日本", "93fa967b"},
    {"EUC-KR", "한국어 텍스트입니다", "한국", "c7d1b1b9"},
    {"ISO-8859-1", "Grüße, café, ½ ±", "é", "e9"},
    {"UTF-16LE", "中文 日本語 한국어 𠮷 😀", "A中", "41002d4e"},
    {"UTF-16BE", "中文 日本語 한국어 𠮷 😀", "A中", "00414e2d"},
};

QString decodeAll(const QString &encoding, const QList<QByteArray> &reads)
{
    StreamDecoder decoder(encoding);
    QString text;
    for (const QByteArray &read : reads)
        text += decoder.decode(read);
    return text + decoder.finish();
}

QList<QByteArray> inPieces(const QByteArray &bytes, qsizetype size)
{
    QList<QByteArray> pieces;
    for (qsizetype i = 0; i < bytes.size(); i += size)
        pieces << bytes.mid(i, size);
    return pieces;
}

} // namespace

void TstCodec::encodingNames()
{
    const QStringList expected{s("UTF-8"),     s("GBK"),        s("GB18030"),  s("Big5"),    s("Shift_JIS"),
                               s("EUC-KR"),    s("ISO-8859-1"), s("UTF-16LE"), s("UTF-16BE")};
    QCOMPARE(Encodings::textEncodings(), expected);
    QCOMPARE(Encodings::all(), expected + QStringList{s("Hex")});
    for (const QString &name : expected) {
        QVERIFY2(Encodings::isAvailable(name), qPrintable(name));
        QCOMPARE(Encodings::checkName(name), QString());
        QVERIFY(!Encodings::isHex(name));
        QVERIFY(StreamDecoder(name).isValid());
    }
    QVERIFY(Encodings::isHex(s("Hex")));
    QVERIFY(Encodings::isHex(s("hex")));
    QCOMPARE(Encodings::checkName(s("HEX")), QString());
    QCOMPARE(StreamDecoder().encoding(), s("UTF-8"));
}

void TstCodec::unknownEncoding()
{
    QCOMPARE(Encodings::checkName(s("X-NO-SUCH")), s("encoding 'X-NO-SUCH' is not available"));
    QCOMPARE(Encodings::checkName(QString()), s("encoding '' is not available"));
    QVERIFY(!Encodings::isAvailable(s("X-NO-SUCH")));
    QVERIFY(!Encodings::isAvailable(QString()));

    const Result<QByteArray> encoded = encodeText(s("abc"), s("X-NO-SUCH"));
    QVERIFY(!encoded.ok());
    QCOMPARE(encoded.error, s("encoding 'X-NO-SUCH' is not available"));

    PayloadSpec spec;
    spec.encoding = s("X-NO-SUCH");
    QCOMPARE(Sockpit::buildPayload(s("abc"), spec).error, s("encoding 'X-NO-SUCH' is not available"));

    // A decoder for an unknown name still shows every byte (as Latin-1).
    StreamDecoder decoder(s("X-NO-SUCH"));
    QVERIFY(!decoder.isValid());
    QCOMPARE(decoder.decode(QByteArray("a\0\xff", 3)), QStringView(u"a\u0000\u00ff", 3).toString());
}

void TstCodec::roundTrip_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("character");
    QTest::addColumn<QByteArray>("characterBytes");
    for (const Sample &sample : Samples) {
        QTest::newRow(sample.encoding) << s(sample.encoding) << s(sample.text) << s(sample.character)
                                       << hex(sample.characterHex);
    }
}

void TstCodec::roundTrip()
{
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QFETCH(QString, character);
    QFETCH(QByteArray, characterBytes);

    const Result<QByteArray> known = encodeText(character, encoding);
    QVERIFY2(known.ok(), qPrintable(known.error));
    QCOMPARE(known.value.toHex(' '), characterBytes.toHex(' '));
    QCOMPARE(StreamDecoder(encoding).decode(characterBytes), character);

    const Result<QByteArray> encoded = encodeText(text, encoding);
    QVERIFY2(encoded.ok(), qPrintable(encoded.error));
    QVERIFY(!encoded.value.isEmpty());
    StreamDecoder decoder(encoding);
    QCOMPARE(decoder.decode(encoded.value), text);
    QCOMPARE(decoder.finish(), QString());
}

void TstCodec::splitAcrossReads_data()
{
    roundTrip_data();
}

void TstCodec::splitAcrossReads()
{
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    const QByteArray bytes = encodeText(text, encoding).value;
    QVERIFY(!bytes.isEmpty());

    for (qsizetype size = 1; size <= 5; ++size) {
        const QString decoded = decodeAll(encoding, inPieces(bytes, size));
        QVERIFY2(decoded == text, qPrintable(QStringLiteral("%1 byte(s) per read gave '%2'").arg(size).arg(decoded)));
    }
    // Every cut into two reads: the first read shows only whole characters and
    // the second brings the rest, so nothing is garbled or lost.
    for (qsizetype cut = 1; cut < bytes.size(); ++cut) {
        StreamDecoder decoder(encoding);
        const QString first = decoder.decode(bytes.left(cut));
        const QString second = decoder.decode(bytes.mid(cut));
        QVERIFY2(!first.contains(Replacement) && !second.contains(Replacement),
                 qPrintable(QStringLiteral("cut at byte %1").arg(cut)));
        QCOMPARE(first + second, text);
        QVERIFY(text.startsWith(first));
        QCOMPARE(decoder.finish(), QString());
    }
}

void TstCodec::splitAfterUnfinishedUtf8_data()
{
    QTest::addColumn<QList<QByteArray>>("reads");
    QTest::addColumn<QString>("expected");

    // A read ends inside a character that the next read shows to be broken:
    // the broken bytes become U+FFFD and the next character survives.
    QTest::newRow("lead then whole char") << QList<QByteArray>{hex("e4"), hex("e4b8ad")} << QString(Replacement) + s("中");
    QTest::newRow("two bytes then whole char") << QList<QByteArray>{hex("e4b8"), hex("e4b8ad")}
                                               << QString(2, Replacement) + s("中");
    QTest::newRow("lead then ascii") << QList<QByteArray>{QByteArray("A\xe4"), QByteArray("Z")}
                                     << s("A") + Replacement + s("Z");
    QTest::newRow("lead then latin") << QList<QByteArray>{hex("c3"), hex("c3a9")} << QString(Replacement) + s("é");
    QTest::newRow("four-byte cut twice") << QList<QByteArray>{QByteArray("A\xf0\x9f"), hex("98"), QByteArray("Z")}
                                         << s("A") + QString(3, Replacement) + s("Z");
    QTest::newRow("four-byte whole across three reads") << QList<QByteArray>{hex("f0"), hex("9f98"), hex("80")} << s("😀");
    QTest::newRow("lead then invalid byte") << QList<QByteArray>{hex("e4"), QByteArray("\xff" "ok")}
                                            << QString(2, Replacement) + s("ok");

    // Found by fuzzing: a broken lead before the unfinished one must not stay in Qt's decoder.
    QTest::newRow("two leads then the rest") << QList<QByteArray>{hex("e4e4"), hex("b8ad")} << QString(Replacement) + s("中");
    QTest::newRow("three leads then the rest") << QList<QByteArray>{hex("e4e4e4"), hex("b8ad")}
                                               << QString(2, Replacement) + s("中");
    QTest::newRow("two bytes and a lead then the rest") << QList<QByteArray>{QByteArray("\xe4\xb8\xe4"), hex("b8ad")}
                                                        << QString(2, Replacement) + s("中");
}

void TstCodec::splitAfterUnfinishedUtf8()
{
    QFETCH(QList<QByteArray>, reads);
    QFETCH(QString, expected);
    QCOMPARE(decodeAll(s("UTF-8"), reads), expected);
    // The same bytes in one read decode the same way.
    QCOMPARE(decodeAll(s("UTF-8"), {reads.join()}), expected);
}

void TstCodec::gb18030FourByteSplit_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    // Found by fuzzing: Qt 6.4 lost the bytes after a four-byte character that
    // a one-byte read showed to be broken. ICU drops the lead and reads the rest again.
    QTest::newRow("broken after lead and digit") << QByteArray("\x81\x30\x02" "A")
                                                 << QString(Replacement) + s("0\x02" "A");
    QTest::newRow("broken after three bytes") << QByteArray("\x81\x30\x81\x02")
                                              << QString(Replacement) + s("0") + Replacement + s("\x02");
    QTest::newRow("third byte starts a two-byte char") << QByteArray("\x81\x30\x81\x81\x40")
                                                       << QString(Replacement) + s("0\u4e96@");
    QTest::newRow("after a two-byte char") << QByteArray("\xd6\xd0\x81\x30\x81" "A")
                                           << s("中") + Replacement + s("0\u4e04");
    QTest::newRow("four-byte character") << QByteArray("\x81\x30\x81\x30") << s("\u0080");
    QTest::newRow("beyond the BMP") << QByteArray("\x95\x32\x82\x36") << s("\U00020000");
}

void TstCodec::gb18030FourByteSplit()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(decodeAll(s("GB18030"), {bytes}), expected);
    for (qsizetype size = 1; size <= 3; ++size)
        QCOMPARE(decodeAll(s("GB18030"), inPieces(bytes, size)), expected);
    for (qsizetype a = 0; a <= bytes.size(); ++a) {
        for (qsizetype b = a; b <= bytes.size(); ++b) {
            const QList<QByteArray> reads{bytes.left(a), bytes.mid(a, b - a), bytes.mid(b)};
            QVERIFY2(decodeAll(s("GB18030"), reads) == expected, qPrintable(QStringLiteral("cuts at %1 and %2").arg(a).arg(b)));
        }
    }
}

void TstCodec::gb18030WholeCharacterAtOnce()
{
    // Only a begun four-byte character waits for the next read; whole ones come out at once.
    StreamDecoder decoder(s("GB18030"));
    QCOMPARE(decoder.decode(QByteArray("A\x81\x30\x81\x30")), s("A\u0080"));
    QCOMPARE(decoder.decode(QByteArray("\xd6\xd0\x81\x30")), s("中"));
    QCOMPARE(decoder.decode(QByteArray("\x81")), QString());
    QCOMPARE(decoder.decode(QByteArray("\x30")), s("\u0080"));
    QCOMPARE(decoder.finish(), QString());
    // A begun one that waits is one U+FFFD at the end, whichever read its lead came in.
    for (const QList<QByteArray> &reads : {QList<QByteArray>{"\x95\x34\x82"}, {"\x95", "\x34\x82"}, {"\x95", "\x34"}}) {
        for (const QByteArray &read : reads)
            QCOMPARE(decoder.decode(read), QString());
        QCOMPARE(decoder.finish(), QString(Replacement));
    }
}

void TstCodec::invalidBytes_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("replacements");

    const QString R(Replacement);
    QTest::newRow("UTF-8 ff fe") << s("UTF-8") << QByteArray("A\xff\xfe" "B") << s("A") + R + R + s("B") << 2;
    QTest::newRow("UTF-8 lone continuation") << s("UTF-8") << QByteArray("\x80中文") << R + s("中文") << 1;
    QTest::newRow("UTF-8 cut short") << s("UTF-8") << QByteArray("\xe4\xb8Zok") << R + R + s("Zok") << 2;
    QTest::newRow("UTF-8 overlong") << s("UTF-8") << QByteArray("\xc0\xafZ") << R + R + s("Z") << 2;
    QTest::newRow("UTF-8 surrogate") << s("UTF-8") << QByteArray("\xed\xa0\x80Z") << R + R + R + s("Z") << 3;
    QTest::newRow("GBK bad second byte") << s("GBK") << QByteArray("A\x81 B") + hex("c4e3") << s("A") + R + s(" B你") << 1;
    QTest::newRow("GBK lead before newline") << s("GBK") << QByteArray("\xd6\n\xd6\xd0") << R + s("\n中") << 1;
    QTest::newRow("GB18030 80") << s("GB18030") << QByteArray("A\x80" "B") << s("A") + R + s("B") << 1;
    QTest::newRow("GB18030 ff") << s("GB18030") << QByteArray("A\xff" "B") << s("A") + R + s("B") << 1;
    QTest::newRow("GB18030 bad second byte") << s("GB18030") << QByteArray("A\x81 B") << s("A") + R + s(" B") << 1;
    QTest::newRow("Big5 bad second byte") << s("Big5") << QByteArray("A\x81 B") << s("A") + R + s(" B") << 1;
    QTest::newRow("Shift_JIS 80") << s("Shift_JIS") << QByteArray("A\x80" "B") << s("A") + R + s("B") << 1;
    QTest::newRow("Shift_JIS a0 ff") << s("Shift_JIS") << hex("a0ff93fa967b") << R + R + s("日本") << 2;
    QTest::newRow("Shift_JIS bad second byte") << s("Shift_JIS") << QByteArray("A\x81 B") << s("A") + R + s(" B") << 1;
    QTest::newRow("Shift_JIS fd fe") << s("Shift_JIS") << QByteArray("A\xfd\xfe" "B") << s("A") + R + R + s("B") << 2;
    QTest::newRow("EUC-KR ff") << s("EUC-KR") << QByteArray("A\xff" "B") << s("A") + R + s("B") << 1;
    QTest::newRow("EUC-KR a0") << s("EUC-KR") << hex("41a0c7d1") << s("A") + R + s("한") << 1;
    // Latin-1 has no invalid bytes: every byte is a character.
    QTest::newRow("ISO-8859-1 high bytes") << s("ISO-8859-1") << QByteArray("A\x80\xff" "B")
                                           << QStringView(u"A\u0080\u00ffB").toString() << 0;
    QTest::newRow("UTF-16LE odd byte at end") << s("UTF-16LE") << QByteArray("A\0B", 3) << s("A") + R << 1;
    QTest::newRow("UTF-16BE odd byte at end") << s("UTF-16BE") << QByteArray("\0A\0", 3) << s("A") + R << 1;
}

void TstCodec::invalidBytes()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(int, replacements);

    const QString whole = decodeAll(encoding, {bytes});
    QCOMPARE(whole, expected);
    QCOMPARE(int(whole.count(Replacement)), replacements);
    // Byte by byte the result is the same: nothing is dropped at read boundaries.
    QCOMPARE(decodeAll(encoding, inPieces(bytes, 1)), expected);
    QCOMPARE(decodeAll(encoding, inPieces(bytes, 2)), expected);
}

void TstCodec::finishFlushesHalfCharacter_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("beforeFinish");
    QTest::addColumn<int>("replacements");

    QTest::newRow("UTF-8 one of three") << s("UTF-8") << QByteArray("ab\xe4") << s("ab") << 1;
    QTest::newRow("UTF-8 two of three") << s("UTF-8") << QByteArray("ab\xe4\xb8") << s("ab") << 2;
    QTest::newRow("UTF-8 three of four") << s("UTF-8") << QByteArray("\xf0\x9f\x98") << QString() << 3;
    QTest::newRow("GBK") << s("GBK") << QByteArray("ab\xd6") << s("ab") << 1;
    QTest::newRow("GB18030 two of four") << s("GB18030") << QByteArray("ab\x95\x34") << s("ab") << 1;
    QTest::newRow("Big5") << s("Big5") << QByteArray("ab\xa4") << s("ab") << 1;
    QTest::newRow("Shift_JIS") << s("Shift_JIS") << QByteArray("ab\x93") << s("ab") << 1;
    QTest::newRow("EUC-KR") << s("EUC-KR") << QByteArray("ab\xc7") << s("ab") << 1;
    QTest::newRow("UTF-16LE") << s("UTF-16LE") << QByteArray("a\0\x2d", 3) << s("a") << 1;
    QTest::newRow("UTF-16BE") << s("UTF-16BE") << QByteArray("\0a\x4e", 3) << s("a") << 1;
    QTest::newRow("ISO-8859-1 has none") << s("ISO-8859-1") << QByteArray("ab\xe4") << s("abä") << 0;
    QTest::newRow("UTF-8 complete") << s("UTF-8") << QByteArray("ab\xe4\xb8\xad") << s("ab中") << 0;
}

void TstCodec::finishFlushesHalfCharacter()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, beforeFinish);
    QFETCH(int, replacements);

    StreamDecoder decoder(encoding);
    QCOMPARE(decoder.decode(bytes), beforeFinish);
    QCOMPARE(decoder.finish(), QString(replacements, Replacement));
    QCOMPARE(decoder.finish(), QString());
    // The decoder starts a new stream afterwards.
    const QByteArray fresh = encodeText(s("A"), encoding).value;
    QCOMPARE(decoder.decode(fresh), s("A"));
}

void TstCodec::resetForgetsHalfCharacter()
{
    StreamDecoder decoder(s("GBK"));
    QCOMPARE(decoder.decode(hex("d6")), QString());
    decoder.reset();
    QCOMPARE(decoder.decode(hex("c4e3bac3")), s("你好"));

    StreamDecoder utf8;
    QCOMPARE(utf8.decode(hex("e4b8")), QString());
    utf8.reset();
    QCOMPARE(utf8.decode(QByteArray("ok")), s("ok"));
    QCOMPARE(utf8.finish(), QString());

    StreamDecoder utf16(s("UTF-16LE"));
    QCOMPARE(utf16.decode(hex("41")), QString());
    utf16.reset();
    QCOMPARE(utf16.decode(hex("2d4e")), s("中"));
    QCOMPARE(utf16.finish(), QString());
}

void TstCodec::controlBytesStayThemselves_data()
{
    QTest::addColumn<QString>("encoding");
    for (const Sample &sample : Samples)
        QTest::newRow(sample.encoding) << s(sample.encoding);
}

void TstCodec::controlBytesStayThemselves()
{
    QFETCH(QString, encoding);
    // Devices send control bytes (SUB 1A, FS 1C, DEL 7F among them); they must
    // come out as the same control characters, and go back out as the same bytes.
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    controls += QChar(0x7F);
    const QString text = s("a") + controls + s("z");

    const Result<QByteArray> encoded = encodeText(text, encoding);
    QVERIFY2(encoded.ok(), qPrintable(encoded.error));
    if (!encoding.startsWith(s("UTF-16"))) {
        QByteArray ascii("a");
        for (char c = 0; c < 0x20; ++c)
            ascii += c;
        ascii += "\x7f" "z";
        QCOMPARE(encoded.value.toHex(' '), ascii.toHex(' '));
    }
    QCOMPARE(decodeAll(encoding, {encoded.value}), text);
    QCOMPARE(decodeAll(encoding, inPieces(encoded.value, 1)), text);

    // A control byte right after half a character: the half becomes U+FFFD, the control stays.
    const QByteArray lead = encodeText(s("中"), encoding).value.left(1);
    if (lead.size() == 1 && uchar(lead.at(0)) >= 0x80) {
        for (const char control : {'\x1a', '\x1c', '\x7f', '\n'}) {
            const QByteArray bytes = lead + control + "b";
            const QString expected = QString(Replacement) + QChar(char16_t(control)) + s("b");
            QCOMPARE(decodeAll(encoding, {bytes}), expected);
            QCOMPARE(decodeAll(encoding, inPieces(bytes, 1)), expected);
        }
    }
}

void TstCodec::unencodable_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");

    QTest::newRow("GBK hangul") << s("GBK") << s("中文한국어");
    QTest::newRow("Big5 hangul") << s("Big5") << s("한");
    QTest::newRow("Shift_JIS hangul") << s("Shift_JIS") << s("日本한");
    QTest::newRow("EUC-KR e acute") << s("EUC-KR") << s("café");
    QTest::newRow("ISO-8859-1 chinese") << s("ISO-8859-1") << s("abc中");
    QTest::newRow("ISO-8859-1 euro") << s("ISO-8859-1") << s("€");
}

void TstCodec::unencodable()
{
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    const Result<QByteArray> encoded = encodeText(text, encoding);
    QVERIFY(!encoded.ok());
    QCOMPARE(encoded.error, s("the text has characters that %1 cannot encode").arg(encoding));
    QVERIFY(encoded.value.isEmpty());
}

void TstCodec::hexParse_data()
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

void TstCodec::hexParse()
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

void TstCodec::hexErrorPositions_data()
{
    QTest::addColumn<QString>("valid");
    QTest::newRow("packed") << s("00112233445566778899");
    QTest::newRow("spaced") << s("00 11 22 33 44");
    QTest::newRow("0x commas") << s("0xAA,0xBB,0xCC");
    QTest::newRow("lines") << s("de ad\nbe ef\r\n01");
}

void TstCodec::hexErrorPositions()
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

void TstCodec::hexFormat_data()
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

void TstCodec::hexFormat()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, maxBytes);
    QFETCH(QString, text);
    QCOMPARE(Hex::format(bytes, maxBytes), text);
}

void TstCodec::hexRoundTrip()
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

void TstCodec::escapes_data()
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

void TstCodec::escapes()
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

void TstCodec::escapePieces()
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

void TstCodec::escapeErrorPositions_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::newRow("none") << QString();
    QTest::newRow("ascii") << s("hello ");
    QTest::newRow("escapes before") << s("\\r\\n\\x41");
    QTest::newRow("chinese before") << s("中文");
}

void TstCodec::escapeErrorPositions()
{
    QFETCH(QString, prefix);
    const qsizetype column = prefix.size() + 1;
    QCOMPARE(Escapes::split(prefix + s("\\q tail")).error,
             s("unknown escape '\\q' at column %1; known: \\r \\n \\t \\\\ \\0 \\xHH").arg(column));
    QCOMPARE(Escapes::split(prefix + s("\\xZZ")).error, s("'\\x' at column %1 needs two hex digits, as in \\x0D").arg(column));
    QCOMPARE(Escapes::split(prefix + s("\\")).error,
             s("a lone '\\' at column %1 ends the text; write \\\\ for a backslash").arg(column));
}

void TstCodec::buildPayload_data()
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

void TstCodec::buildPayload()
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

void TstCodec::errorsNameWholeCharacters_data()
{
    QTest::addColumn<QString>("character");
    QTest::addColumn<QString>("shown");
    // Found by fuzzing: a character beyond the BMP was named by its first half.
    QTest::newRow("emoji") << s("😀") << s("😀");
    QTest::newRow("lone half") << QString(QChar(0xD83D)) << s("U+D83D");
}

void TstCodec::errorsNameWholeCharacters()
{
    QFETCH(QString, character);
    QFETCH(QString, shown);
    QCOMPARE(Hex::parse(u'4' + character).error, s("'%1' at column 2 is not a hex digit").arg(shown));
    QCOMPARE(Escapes::split(u'\\' + character).error,
             s("unknown escape '\\%1' at column 1; known: \\r \\n \\t \\\\ \\0 \\xHH").arg(shown));
}

void TstCodec::payloadUnknownEncoding_data()
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

void TstCodec::payloadUnknownEncoding()
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

QTEST_GUILESS_MAIN(TstCodec)
#include "tst_codec.moc"
