// Frame matching: each kind, captures, hex wildcards, encodings and the errors of bad patterns.

#include "common/texts.h"
#include "framematch.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sockpit;
using SockpitTest::strings;

namespace {

QJsonObject jsonObject(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

Q_DECLARE_METATYPE(FrameMatchSpec::Kind)

class TstFrameMatch : public QObject
{
    Q_OBJECT
private slots:
    void match_data();
    void match();
    void errors_data();
    void errors();
    void sharedInputDecodesInTheMatchersEncoding();
    void kindNamesRoundTrip();
    void json_data();
    void json();
};

namespace {

QByteArray gbk(const char *utf8)
{
    // GBK bytes of a few words, spelled out so that the test does not rest on the codec it tests.
    const QString text = QString::fromUtf8(utf8);
    if (text == u"你好")
        return QByteArray("\xc4\xe3\xba\xc3");
    if (text == u"温度=30")
        return QByteArray("\xce\xc2\xb6\xc8=30");
    return QByteArray();
}

} // namespace

void TstFrameMatch::match_data()
{
    QTest::addColumn<FrameMatchSpec::Kind>("kind");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("ignoreCase");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<bool>("matched");
    QTest::addColumn<QStringList>("captures");

    using K = FrameMatchSpec::Kind;
    const QString utf8 = QStringLiteral("UTF-8");
    QTest::newRow("exact") << K::Exact << "PING" << false << utf8 << QByteArray("PING") << true << strings("PING");
    QTest::newRow("exact, longer frame") << K::Exact << "PING" << false << utf8 << QByteArray("PING\r\n") << false << QStringList();
    QTest::newRow("exact with escapes") << K::Exact << "PING\\r\\n" << false << utf8 << QByteArray("PING\r\n") << true
                                        << strings("PING\r\n");
    QTest::newRow("exact is case-sensitive") << K::Exact << "ping" << false << utf8 << QByteArray("PING") << false << QStringList();
    QTest::newRow("starts with") << K::StartsWith << "AT" << false << utf8 << QByteArray("AT+GMR\r\n") << true << strings("AT");
    QTest::newRow("starts with, elsewhere") << K::StartsWith << "AT" << false << utf8 << QByteArray("XAT") << false << QStringList();
    QTest::newRow("contains") << K::Contains << "ERR" << false << utf8 << QByteArray("xxERRyy") << true << strings("ERR");
    QTest::newRow("contains, missing") << K::Contains << "ERR" << false << utf8 << QByteArray("xxERyy") << false << QStringList();
    QTest::newRow("contains a zero byte") << K::Contains << "\\0" << false << utf8 << QByteArray("a\0b", 3) << true
                                          << strings(QString(QChar(0)));
    QTest::newRow("regex with a group") << K::Regex << "^T=(\\d+)" << false << utf8 << QByteArray("T=25\n") << true
                                        << strings("T=25", "25");
    QTest::newRow("regex, no match") << K::Regex << "^T=(\\d+)" << false << utf8 << QByteArray("T=x") << false << QStringList();
    QTest::newRow("regex ignoring case") << K::Regex << "^hello" << true << utf8 << QByteArray("HELLO there") << true
                                         << strings("HELLO");
    QTest::newRow("regex minding case") << K::Regex << "^hello" << false << utf8 << QByteArray("HELLO") << false << QStringList();
    QTest::newRow("regex, group not taking part") << K::Regex << "(a)|(b)" << false << utf8 << QByteArray("b") << true
                                                  << strings("b", "", "b");
    QTest::newRow("regex, last group not taking part") << K::Regex << "(a)(x)?" << false << utf8 << QByteArray("a") << true
                                                       << strings("a", "a", "");
    QTest::newRow("regex, named group") << K::Regex << "id=(?<id>\\w+)" << false << utf8 << QByteArray("id=k7;") << true
                                        << strings("id=k7", "k7");
    QTest::newRow("hex with wildcards") << K::Hex << "01 03 ?? ?? 00 01" << false << utf8
                                        << QByteArray::fromHex("0103006B0001C417") << true << strings("01 03 00 6B 00 01");
    QTest::newRow("hex, another byte") << K::Hex << "01 03 ?? ?? 00 01" << false << utf8 << QByteArray::fromHex("0104006B0001")
                                       << false << QStringList();
    QTest::newRow("hex, frame too short") << K::Hex << "01 03 ?? ??" << false << utf8 << QByteArray::fromHex("0103FF") << false
                                          << QStringList();
    QTest::newRow("hex, lower case and no spaces") << K::Hex << "ff??0a" << false << utf8 << QByteArray::fromHex("FF990A") << true
                                                   << strings("FF 99 0A");
    QTest::newRow("hex, all wildcards") << K::Hex << "?? ??" << false << utf8 << QByteArray::fromHex("0000") << true
                                        << strings("00 00");
    QTest::newRow("GBK contains") << K::Contains << QString::fromUtf8("你好") << false << "GBK" << gbk("你好") << true
                                  << strings(QString::fromUtf8("你好"));
    QTest::newRow("GBK pattern, UTF-8 frame") << K::Contains << QString::fromUtf8("你好") << false << "GBK"
                                              << QByteArray("你好") << false << QStringList();
    QTest::newRow("GBK regex") << K::Regex << QString::fromUtf8("温度=(\\d+)") << false << "GBK" << gbk("温度=30") << true
                               << strings(QString::fromUtf8("温度=30"), "30");
    QTest::newRow("UTF-16LE starts with") << K::StartsWith << "OK" << false << "UTF-16LE" << QByteArray("O\0K\0!\0", 6) << true
                                          << strings("OK");
    QTest::newRow("Hex view: regex on UTF-8") << K::Regex << "^é" << false << "Hex" << QByteArray("é!") << true
                                              << strings(QString::fromUtf8("é"));
    QTest::newRow("any frame") << K::Any << "" << false << utf8 << QByteArray("abc") << true << strings("abc");
    QTest::newRow("any, an empty frame") << K::Any << "" << false << utf8 << QByteArray() << true << strings("");
}

void TstFrameMatch::match()
{
    QFETCH(FrameMatchSpec::Kind, kind);
    QFETCH(QString, pattern);
    QFETCH(bool, ignoreCase);
    QFETCH(QString, encoding);
    QFETCH(QByteArray, frame);
    QFETCH(bool, matched);
    QFETCH(QStringList, captures);

    FrameMatchSpec spec;
    spec.kind = kind;
    spec.pattern = pattern;
    spec.caseInsensitive = ignoreCase;
    const Result<FrameMatcher> matcher = FrameMatcher::compile(spec, encoding);
    QVERIFY2(matcher.ok(), qPrintable(matcher.error));
    QCOMPARE(matcher.value.matches(frame), matched);
    const MatchResult result = matcher.value.match(frame);
    QCOMPARE(result.matched, matched);
    QCOMPARE(result.captures, captures);
    if (matched)
        QCOMPARE(result.captures.size(), matcher.value.captureCount() + 1);
}

void TstFrameMatch::errors_data()
{
    QTest::addColumn<FrameMatchSpec::Kind>("kind");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("error");

    using K = FrameMatchSpec::Kind;
    QTest::newRow("empty text") << K::Exact << "" << "UTF-8" << "the pattern is empty";
    QTest::newRow("empty regex") << K::Regex << "" << "UTF-8" << "the pattern is empty";
    QTest::newRow("bad regex") << K::Regex << "a(b" << "UTF-8" << "regular expression: ";
    QTest::newRow("bad regex offset") << K::Regex << "ab[" << "UTF-8" << "at offset 3";
    QTest::newRow("bad hex digit") << K::Hex << "01 0G" << "UTF-8" << "'G' at column 5 is not a hex digit or ??";
    QTest::newRow("odd hex") << K::Hex << "01 0" << "UTF-8" << "an odd number of digits (3)";
    QTest::newRow("half wildcard") << K::Hex << "0? 01" << "UTF-8" << "'0?' mixes a digit and ?";
    QTest::newRow("hex of separators only") << K::Hex << " , " << "UTF-8" << "hex pattern is empty";
    QTest::newRow("bad escape") << K::Contains << "a\\q" << "UTF-8" << "unknown escape '\\q' at column 2";
    QTest::newRow("not in the encoding") << K::Contains << QString::fromUtf8("你好") << "ISO-8859-1" << "cannot encode";
    QTest::newRow("unknown encoding") << K::Contains << "x" << "NoSuchCode" << "NoSuchCode";
}

void TstFrameMatch::errors()
{
    QFETCH(FrameMatchSpec::Kind, kind);
    QFETCH(QString, pattern);
    QFETCH(QString, encoding);
    QFETCH(QString, error);
    FrameMatchSpec spec;
    spec.kind = kind;
    spec.pattern = pattern;
    const Result<FrameMatcher> matcher = FrameMatcher::compile(spec, encoding);
    QVERIFY(!matcher.ok());
    QVERIFY2(matcher.error.contains(error), qPrintable(matcher.error));
}

void TstFrameMatch::sharedInputDecodesInTheMatchersEncoding()
{
    // One input, decoded once, seen by two regex rules and a byte rule.
    FrameMatchSpec first{FrameMatchSpec::Kind::Regex, QString::fromUtf8("^你"), false};
    FrameMatchSpec second{FrameMatchSpec::Kind::Regex, QString::fromUtf8("好$"), false};
    FrameMatchSpec bytes{FrameMatchSpec::Kind::StartsWith, QString::fromUtf8("你"), false};
    const QByteArray frame = gbk("你好");
    const MatchInput input(frame, QStringLiteral("GBK"));
    for (const FrameMatchSpec &spec : {first, second, bytes}) {
        const Result<FrameMatcher> matcher = FrameMatcher::compile(spec, QStringLiteral("GBK"));
        QVERIFY2(matcher.ok(), qPrintable(matcher.error));
        QVERIFY(matcher.value.matches(input));
    }
    QCOMPARE(input.text(), QString::fromUtf8("你好"));
}

void TstFrameMatch::kindNamesRoundTrip()
{
    QCOMPARE(FrameMatchSpec::kinds().size(), 6);
    for (const FrameMatchSpec::Kind kind : FrameMatchSpec::kinds()) {
        const Result<FrameMatchSpec::Kind> back = FrameMatchSpec::kindFromName(FrameMatchSpec::kindName(kind));
        QVERIFY(back.ok());
        QCOMPARE(back.value, kind);
        QVERIFY(!FrameMatchSpec::kindTitle(kind).isEmpty());
    }
    QCOMPARE(FrameMatchSpec::kindFromName(QStringLiteral("STARTS-WITH")).value, FrameMatchSpec::Kind::StartsWith);
    QVERIFY(FrameMatchSpec::kindFromName(QStringLiteral("glob")).error.contains(u"unknown match 'glob'"));
}

void TstFrameMatch::json_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QString>("error");
    QTest::newRow("contains") << jsonObject("{\"match\": \"contains\", \"pattern\": \"x\"}") << QString();
    QTest::newRow("regex ignoring case") << jsonObject("{\"match\": \"regex\", \"pattern\": \"x\", \"ignoreCase\": true}") << QString();
    QTest::newRow("any without a pattern") << jsonObject("{\"match\": \"any\"}") << QString();
    QTest::newRow("no match") << jsonObject("{\"pattern\": \"x\"}") << "\"match\" is missing";
    QTest::newRow("unknown match") << jsonObject("{\"match\": \"glob\", \"pattern\": \"x\"}") << "unknown match 'glob'";
    QTest::newRow("no pattern") << jsonObject("{\"match\": \"exact\"}") << "\"pattern\" is missing";
    QTest::newRow("pattern not a string") << jsonObject("{\"match\": \"exact\", \"pattern\": 3}") << "\"pattern\" is missing";
    QTest::newRow("ignoreCase not a bool") << jsonObject("{\"match\": \"regex\", \"pattern\": \"x\", \"ignoreCase\": \"yes\"}")
                                           << "\"ignoreCase\" must be true or false";
}

void TstFrameMatch::json()
{
    QFETCH(QJsonObject, object);
    QFETCH(QString, error);
    const Result<FrameMatchSpec> spec = FrameMatchSpec::readFrom(object);
    if (!error.isEmpty()) {
        QVERIFY(!spec.ok());
        QVERIFY2(spec.error.contains(error), qPrintable(spec.error));
        return;
    }
    QVERIFY2(spec.ok(), qPrintable(spec.error));
    QJsonObject written;
    spec.value.writeTo(written);
    QCOMPARE(written, object);
    QCOMPARE(FrameMatchSpec::readFrom(written).value, spec.value);
}

QTEST_GUILESS_MAIN(TstFrameMatch)
#include "tst_framematch.moc"
