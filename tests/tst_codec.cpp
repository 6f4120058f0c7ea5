#include "codec.h"

#include <QTest>

#include <type_traits>

using namespace Sockpit;

// Qt 6.4's ICU decoders point at their own state; a moved one would write to the old place.
static_assert(!std::is_move_constructible_v<StreamDecoder> && !std::is_copy_constructible_v<StreamDecoder>);

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

QTEST_GUILESS_MAIN(TstCodec)
#include "tst_codec.moc"
