// The traffic log decodes payload text lazily (see TrafficLog): these tests
// hold it to the same text a stream decoder fed read by read would give, in
// every encoding offered, however the reads are cut and whatever left the ring.
#include "codec.h"
#include "trafficlog.h"

#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

using namespace Sockpit;

class TstTrafficLogLazy : public QObject
{
    Q_OBJECT

private slots:
    void readsCutAnywhere_data();
    void readsCutAnywhere();
    void evictedReadsKeepTheirCharacters_data();
    void evictedReadsKeepTheirCharacters();
    void previewIsTheStartOfTheText_data();
    void previewIsTheStartOfTheText();
    void previewOfShortEntriesAndMessages();
    void previewAfterStreamEnd();
    void hexHasNoText();
    void pendingTextKeepsTheRingBounded();
    void peekDoesNotDecode();
};

namespace {

const QString Sample = QStringLiteral("中文1测试2数据 ABC abc 123 网络调试助手：你好，世界！\r\n");

QByteArray encoded(const QString &text, const QString &encoding)
{
    QStringEncoder encoder(encoding.toLatin1().constData());
    return encoder.encode(text);
}

Peer peer(quint64 id)
{
    return Peer{id, QHostAddress(QHostAddress::LocalHost), 40000};
}

// Cuts bytes into reads of 1..maxRead bytes, the same way for the same seed.
QList<QByteArray> cut(const QByteArray &bytes, int maxRead, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<QByteArray> reads;
    for (qsizetype at = 0; at < bytes.size();) {
        const qsizetype n = qMin<qsizetype>(bytes.size() - at, 1 + random.bounded(maxRead));
        reads << bytes.mid(at, n);
        at += n;
    }
    return reads;
}

// What a stream decoder fed read by read makes of each read: the reference.
QStringList decodedReadByRead(const QList<QByteArray> &reads, const QString &encoding)
{
    StreamDecoder decoder(encoding);
    QStringList texts;
    for (const QByteArray &read : reads)
        texts << decoder.decode(read);
    return texts;
}

// Text each encoding can hold, with multibyte characters next to ASCII and digits.
QString sampleFor(const QString &encoding)
{
    if (encoding.startsWith(u"UTF") || encoding == u"GB18030") // four-byte characters (U+20000, U+1F600) too
        return Sample + QStringLiteral("\U00020000" "9é" "\U0001F600" "0");
    if (encoding == u"Big5")
        return QStringLiteral("中文1測試2資料 ABC abc 123 網路除錯：你好，世界！\r\n");
    if (encoding == u"Shift_JIS")
        return QStringLiteral("日本語1テスト2データ ABC ｱｲｳ abc 123 こんにちは、世界！\r\n");
    if (encoding == u"EUC-KR")
        return QStringLiteral("한국어1테스트2 ABC abc 123 안녕하세요, 세계!\r\n");
    if (encoding == u"ISO-8859-1")
        return QStringLiteral("Grüße, café 123 ÿ\r\n");
    return Sample;
}

void addEncodings()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    for (const QString &encoding : Encodings::textEncodings())
        QTest::newRow(qPrintable(encoding)) << encoding << sampleFor(encoding);
    // Decoded at ingestion (no boundary rule): the old way must still work.
    QTest::newRow("EUC-JP (decoded at ingestion)") << QStringLiteral("EUC-JP") << QStringLiteral("日本語のテキスト 123 かな\r\n");
}

} // namespace

void TstTrafficLogLazy::readsCutAnywhere_data()
{
    addEncodings();
}

void TstTrafficLogLazy::readsCutAnywhere()
{
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    const QByteArray bytes = encoded(text.repeated(3), encoding);
    QVERIFY(!bytes.isEmpty());

    for (quint32 seed = 1; seed <= 40; ++seed) {
        const QList<QByteArray> reads = cut(bytes, seed <= 5 ? 1 + int(seed) : 7, seed);
        TrafficLog log;
        log.setEncoding(encoding);
        // Two streams interleaved: each keeps its own unfinished character.
        for (const QByteArray &read : reads) {
            log.appendPayload(Direction::Rx, peer(1), read);
            log.appendPayload(Direction::Rx, peer(2), read);
        }
        const QStringList expected = decodedReadByRead(reads, encoding);
        QString joined;
        // Read newest first: no entry may depend on an older one having been read.
        for (qsizetype i = reads.size() - 1; i >= 0; --i) {
            QCOMPARE(log.at(quint64(2 * i + 1)).text, expected.at(i));
            QCOMPARE(log.at(quint64(2 * i)).text, expected.at(i));
        }
        for (qsizetype i = 0; i < reads.size(); ++i)
            joined += log.at(quint64(2 * i)).text;
        QCOMPARE(joined, text.repeated(3));
    }
}

void TstTrafficLogLazy::evictedReadsKeepTheirCharacters_data()
{
    addEncodings();
}

void TstTrafficLogLazy::evictedReadsKeepTheirCharacters()
{
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    const QByteArray bytes = encoded(text.repeated(400), encoding);
    const QList<QByteArray> reads = cut(bytes, 97, 7);
    const QStringList expected = decodedReadByRead(reads, encoding);

    TrafficLog log;
    log.setCapacityBytes(8 * 1024);
    log.setEncoding(encoding);
    for (const QByteArray &read : reads)
        log.appendPayload(Direction::Rx, peer(3), read);
    QVERIFY(log.counters().evictedEntries > 0);
    QVERIFY(log.firstSeq() > 0);
    // The first kept entry came after an evicted one that was never decoded:
    // its split character still comes out whole.
    for (quint64 seq = log.firstSeq(); seq < log.endSeq(); ++seq)
        QCOMPARE(log.at(seq).text, expected.at(qsizetype(seq)));
}

void TstTrafficLogLazy::previewIsTheStartOfTheText_data()
{
    addEncodings();
}

void TstTrafficLogLazy::previewIsTheStartOfTheText()
{
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    const QByteArray bytes = encoded(text.repeated(200), encoding);
    TrafficLog log;
    log.setEncoding(encoding);
    // Start mid-character so the entry carries one in.
    log.appendPayload(Direction::Rx, peer(1), bytes.left(1));
    log.appendPayload(Direction::Rx, peer(1), bytes.mid(1));

    for (const int maxChars : {1, 2, 7, 100, 300}) {
        const TrafficLog::TextPreview preview = log.textPreview(1, maxChars);
        const QString whole = log.at(1).text;
        if (encoding == u"EUC-JP") {
            // Decoded at ingestion: the preview cuts the text and counts characters.
            QCOMPARE(preview.text, whole.left(maxChars));
            QCOMPARE(preview.moreChars, whole.size() - maxChars);
            QCOMPARE(preview.moreBytes, 0);
            continue;
        }
        QVERIFY2(preview.text.size() <= maxChars + 1, qPrintable(QString::number(preview.text.size())));
        QVERIFY(preview.text.size() >= qMin<qsizetype>(maxChars - 1, whole.size()));
        QVERIFY(whole.startsWith(preview.text));
        QCOMPARE(preview.moreChars, 0);
        QVERIFY(preview.moreBytes > 0);
        // The bytes not shown are exactly the rest of the payload.
        const QByteArray shown = encoded(log.at(0).text + preview.text, encoding);
        if (!encoding.startsWith(u"UTF-16")) // a byte order mark would be counted
            QCOMPARE(qsizetype(shown.size()) + preview.moreBytes, bytes.size());
    }
}

void TstTrafficLogLazy::previewOfShortEntriesAndMessages()
{
    TrafficLog log;
    log.setEncoding(QStringLiteral("GBK"));
    const QByteArray hello = encoded(QStringLiteral("你好 hello"), QStringLiteral("GBK"));
    log.appendPayload(Direction::Tx, peer(1), hello + QByteArray("\xC4", 1));
    log.appendMessage(Direction::Info, peer(1), QStringLiteral("connected"));
    log.appendPayload(Direction::Rx, peer(2), QByteArray(50, 'x'), true);

    // A whole message: everything, with U+FFFD for the half character at its end.
    TrafficLog::TextPreview preview = log.textPreview(0, 300);
    QCOMPARE(preview.text, QStringLiteral("你好 hello") + QChar(QChar::ReplacementCharacter));
    QCOMPARE(preview.moreBytes, 0);
    QCOMPARE(preview.text, log.at(0).text);

    preview = log.textPreview(1, 4);
    QCOMPARE(preview.text, QStringLiteral("conn"));
    QCOMPARE(preview.moreChars, 5);

    preview = log.textPreview(2, 20);
    QCOMPARE(preview.text, QString(20, u'x'));
    QCOMPARE(preview.moreBytes, 30);

    // Outside the ring: nothing.
    preview = log.textPreview(99, 20);
    QVERIFY(preview.text.isEmpty());
    QCOMPARE(preview.moreBytes, 0);
}

void TstTrafficLogLazy::previewAfterStreamEnd()
{
    TrafficLog log;
    log.appendPayload(Direction::Rx, peer(1), QByteArray("ab\xE4\xB8", 4));
    QCOMPARE(log.textPreview(0, 100).text, QStringLiteral("ab"));
    QCOMPARE(log.at(0).text, QStringLiteral("ab"));
    log.endStream(1);
    // The stream is over: its unfinished character shows as U+FFFD, in both.
    const QString flushed = log.at(0).text;
    QVERIFY(flushed.startsWith(QStringLiteral("ab")));
    QVERIFY(flushed.size() > 2);
    QVERIFY(flushed.mid(2).count(QChar(QChar::ReplacementCharacter)) == flushed.size() - 2);
    QCOMPARE(log.textPreview(0, 100).text, flushed);
}

void TstTrafficLogLazy::hexHasNoText()
{
    TrafficLog log;
    log.setEncoding(QStringLiteral("Hex"));
    log.appendPayload(Direction::Rx, peer(1), QByteArray("abc"));
    QVERIFY(log.at(0).text.isEmpty());
    QVERIFY(log.textPreview(0, 10).text.isEmpty());
    log.setEncoding(QStringLiteral("UTF-8"));
    QCOMPARE(log.textPreview(0, 10).text, QStringLiteral("abc"));
}

void TstTrafficLogLazy::pendingTextKeepsTheRingBounded()
{
    // Text not decoded yet is charged at its largest, so the ring never holds
    // more than its capacity, decoded or not.
    TrafficLog log;
    const qint64 capacity = 256 * 1024;
    log.setCapacityBytes(capacity);
    log.setEncoding(QStringLiteral("GBK"));
    const QByteArray chunk = encoded(Sample.repeated(100), QStringLiteral("GBK"));
    for (int i = 0; i < 300; ++i) {
        log.appendPayload(Direction::Rx, peer(1), chunk.mid(i % 3));
        if (i % 10 == 0)
            (void)log.at(log.endSeq() - 1); // some read, some not
        QVERIFY(log.usedBytes() <= capacity);
    }
    QVERIFY(log.counters().evictedEntries > 0);
}

void TstTrafficLogLazy::peekDoesNotDecode()
{
    TrafficLog log;
    log.setEncoding(QStringLiteral("GBK"));
    const QByteArray bytes = encoded(QStringLiteral("你好"), QStringLiteral("GBK"));
    log.appendPayload(Direction::Rx, peer(1), bytes);
    const LogEntry &peeked = log.peekAt(0);
    QCOMPARE(peeked.direction, Direction::Rx);
    QCOMPARE(peeked.data, bytes);
    QVERIFY(peeked.text.isEmpty()); // not decoded yet
    QCOMPARE(log.at(0).text, QStringLiteral("你好"));
    QCOMPARE(log.peekAt(0).text, QStringLiteral("你好")); // kept once decoded
}

QTEST_GUILESS_MAIN(TstTrafficLogLazy)
#include "tst_trafficlog_lazy.moc"
