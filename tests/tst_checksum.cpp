#include "checksum.h"
#include "crcfold.h"

#include "common/checksummodel.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Sockpit;
using Checksum::Algorithm;
using SockpitTest::ChecksumModel::reference;

Q_DECLARE_METATYPE(Sockpit::Checksum::Algorithm)

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray randomBytes(QRandomGenerator &random, qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

} // namespace

class TstChecksum : public QObject
{
    Q_OBJECT

private slots:
    void checkValues_data();
    void checkValues();
    void matchesBitwiseReference_data();
    void matchesBitwiseReference();
    void manyAtOnceMatchesReference_data();
    void manyAtOnceMatchesReference();
    void verifyManyMatchesVerify_data();
    void verifyManyMatchesVerify();
    void emptyData();
    void pathAsAsked();
    void widthsAndNaturalOrder();
    void modbusAppendsLittleEndian();
    void roundTrip_data();
    void roundTrip();
    void corruptedByteIsBad_data();
    void corruptedByteIsBad();
    void tooShortIsNotChecked();
    void rangeLeavesBytesOut();
    void formatValue_data();
    void formatValue();
    void names();
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void toStringRoundTrip();
};

void TstChecksum::checkValues_data()
{
    QTest::addColumn<Algorithm>("algorithm");
    QTest::addColumn<quint32>("check");
    QTest::newRow("CRC-8") << Algorithm::Crc8 << quint32(0xF4);
    QTest::newRow("CRC-16/MODBUS") << Algorithm::Crc16Modbus << quint32(0x4B37);
    QTest::newRow("CRC-16/CCITT-FALSE") << Algorithm::Crc16CcittFalse << quint32(0x29B1);
    QTest::newRow("CRC-16/XMODEM") << Algorithm::Crc16Xmodem << quint32(0x31C3);
    QTest::newRow("CRC-16/ARC") << Algorithm::Crc16Arc << quint32(0xBB3D);
    QTest::newRow("CRC-32") << Algorithm::Crc32 << quint32(0xCBF43926);
    QTest::newRow("CRC-32C") << Algorithm::Crc32c << quint32(0xE3069283);
    QTest::newRow("SUM8") << Algorithm::Sum8 << quint32(0xDD);
    QTest::newRow("SUM16") << Algorithm::Sum16 << quint32(0x01DD);
    QTest::newRow("XOR8") << Algorithm::Xor8 << quint32(0x31);
    QTest::newRow("LRC") << Algorithm::Lrc << quint32(0x23);
}

void TstChecksum::checkValues()
{
    QFETCH(Algorithm, algorithm);
    QFETCH(quint32, check);
    QCOMPARE(Checksum::compute(algorithm, "123456789"), check);
    // The reference agrees with the catalogue too, or it proves nothing.
    QCOMPARE(reference(algorithm, "123456789"), check);
    QCOMPARE(Checksum::name(algorithm), QString::fromLatin1(QTest::currentDataTag()));
}

void TstChecksum::matchesBitwiseReference_data()
{
    QTest::addColumn<Algorithm>("algorithm");
    for (const Algorithm algorithm : Checksum::all())
        QTest::newRow(Checksum::name(algorithm).toLatin1().constData()) << algorithm;
}

void TstChecksum::matchesBitwiseReference()
{
    QFETCH(Algorithm, algorithm);
    QRandomGenerator random(20261201);
    for (int round = 0; round < 300; ++round) {
        const QByteArray data = randomBytes(random, random.bounded(0, 300));
        QCOMPARE(Checksum::compute(algorithm, data), reference(algorithm, data));
    }
    // Every length up to five blocks: each tail after the folded blocks, and
    // the lengths where folding starts.
    for (int size = 0; size <= 80; ++size) {
        for (int round = 0; round < 8; ++round) {
            const QByteArray data = randomBytes(random, size);
            QVERIFY2(Checksum::compute(algorithm, data) == reference(algorithm, data), qPrintable(QString::number(size)));
        }
    }
}

void TstChecksum::manyAtOnceMatchesReference_data()
{
    matchesBitwiseReference_data();
}

// Pieces of every kind in one call: short ones (< 16 bytes, which break the
// folded runs) among long ones, more than one batch of them, none at all.
void TstChecksum::manyAtOnceMatchesReference()
{
    QFETCH(Algorithm, algorithm);
    QRandomGenerator random(20261202);
    for (const int count : {0, 1, 63, 64, 65, 200}) {
        std::vector<QByteArray> data;
        for (int i = 0; i < count; ++i)
            data.push_back(randomBytes(random, random.bounded(0, 4) == 0 ? random.bounded(0, 16) : random.bounded(16, 140)));
        std::vector<QByteArrayView> pieces(data.begin(), data.end());
        std::vector<quint32> out(size_t(count) + 1, 0xA5A5A5A5u);
        Checksum::computeMany(algorithm, pieces.data(), count, out.data());
        for (int i = 0; i < count; ++i)
            QVERIFY2(out[size_t(i)] == reference(algorithm, data[size_t(i)]),
                     qPrintable(QStringLiteral("piece %1 of %2, %3 bytes").arg(i).arg(count).arg(data[size_t(i)].size())));
        QCOMPARE(out[size_t(count)], 0xA5A5A5A5u); // nothing written past the last
    }
}

void TstChecksum::verifyManyMatchesVerify_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("CRC-16/MODBUS") << s("CRC-16/MODBUS");
    QTest::newRow("CRC-32 big-endian, range") << s("CRC-32:be:1,2");
    QTest::newRow("CRC-16/CCITT-FALSE") << s("CRC-16/CCITT-FALSE");
    QTest::newRow("SUM8") << s("SUM8");
}

// Good frames, frames with a corrupted byte and frames too short to hold a
// checksum, mixed: each verdict is verify()'s.
void TstChecksum::verifyManyMatchesVerify()
{
    QFETCH(QString, spec);
    const Result<ChecksumSpec> parsed = ChecksumSpec::parse(spec);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const ChecksumSpec &checksum = parsed.value;
    QRandomGenerator random(20261203);
    std::vector<QByteArray> frames;
    for (int i = 0; i < 150; ++i) {
        QByteArray frame = checksum.append(randomBytes(random, random.bounded(0, 90)));
        if (i % 5 == 1)
            frame[random.bounded(int(frame.size()))] ^= char(1 + random.bounded(255));
        if (i % 7 == 3)
            frame.truncate(random.bounded(4));
        frames.push_back(frame);
    }
    const std::vector<QByteArrayView> views(frames.begin(), frames.end());
    std::vector<ChecksumSpec::Verdict> verdicts(views.size());
    FrameChecker(checksum).verifyMany(views.data(), qsizetype(views.size()), verdicts.data());
    int bad = 0;
    for (size_t i = 0; i < frames.size(); ++i) {
        const ChecksumSpec::Verdict one = checksum.verify(frames[i]);
        const QString where = QStringLiteral("frame %1 (%2 bytes)").arg(i).arg(frames[i].size());
        QVERIFY2(verdicts[i].checked == one.checked, qPrintable(where));
        QVERIFY2(verdicts[i].tooShort == one.tooShort && one.tooShort == !one.checked, qPrintable(where));
        QVERIFY2(verdicts[i].good == one.good, qPrintable(where));
        QVERIFY2(verdicts[i].expected == one.expected, qPrintable(where));
        QVERIFY2(verdicts[i].received == one.received, qPrintable(where));
        bad += one.checked && !one.good ? 1 : 0;
    }
    QVERIFY(bad > 0); // the corrupted frames were caught, so the comparison means something
}

// The run with SOCKPIT_CRC_TABLES tests the table loops; the other, folding
// wherever the processor can.
void TstChecksum::pathAsAsked()
{
    if (qEnvironmentVariableIsSet("SOCKPIT_CRC_TABLES"))
        QVERIFY(!CrcFold::available());
#if defined(__x86_64__)
    else
        QCOMPARE(CrcFold::available(), __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("sse4.1"));
#endif
}

void TstChecksum::emptyData()
{
    QCOMPARE(Checksum::compute(Algorithm::Crc16Modbus, QByteArrayView()), quint32(0xFFFF));
    QCOMPARE(Checksum::compute(Algorithm::Crc32, QByteArrayView()), quint32(0));
    QCOMPARE(Checksum::compute(Algorithm::Lrc, QByteArrayView()), quint32(0));
}

void TstChecksum::widthsAndNaturalOrder()
{
    QCOMPARE(Checksum::all().size(), 11);
    QCOMPARE(Checksum::widthBytes(Algorithm::Crc8), 1);
    QCOMPARE(Checksum::widthBytes(Algorithm::Lrc), 1);
    QCOMPARE(Checksum::widthBytes(Algorithm::Sum16), 2);
    QCOMPARE(Checksum::widthBytes(Algorithm::Crc16Xmodem), 2);
    QCOMPARE(Checksum::widthBytes(Algorithm::Crc32c), 4);
    QVERIFY(!Checksum::naturallyBigEndian(Algorithm::Crc16Modbus));
    QVERIFY(Checksum::naturallyBigEndian(Algorithm::Crc16CcittFalse));
    QVERIFY(Checksum::naturallyBigEndian(Algorithm::Crc32));
}

void TstChecksum::modbusAppendsLittleEndian()
{
    // A Modbus RTU request (read holding registers) and its well-known CRC 0x0A84.
    const QByteArray request = QByteArray::fromHex("010300000001");
    const ChecksumSpec spec = ChecksumSpec::parse(s("modbus")).value;
    QVERIFY(!spec.bigEndian);
    QCOMPARE(spec.append(request), QByteArray::fromHex("010300000001840A"));
    QCOMPARE(spec.checksumBytes("123456789"), QByteArray::fromHex("374B"));
}

void TstChecksum::roundTrip_data()
{
    QTest::addColumn<Algorithm>("algorithm");
    QTest::addColumn<bool>("bigEndian");
    QTest::addColumn<int>("skipFront");
    QTest::addColumn<int>("skipBack");
    for (const Algorithm algorithm : Checksum::all()) {
        const QByteArray name = Checksum::name(algorithm).toLatin1();
        for (const bool big : {true, false}) {
            const QByteArray tag = name + (big ? " be" : " le");
            QTest::newRow(tag.constData()) << algorithm << big << 0 << 0;
            QTest::newRow((tag + " from 1").constData()) << algorithm << big << 1 << 0;
            QTest::newRow((tag + " from 2 back 3").constData()) << algorithm << big << 2 << 3;
        }
    }
}

void TstChecksum::roundTrip()
{
    QFETCH(Algorithm, algorithm);
    QFETCH(bool, bigEndian);
    QFETCH(int, skipFront);
    QFETCH(int, skipBack);
    ChecksumSpec spec;
    spec.algorithm = algorithm;
    spec.bigEndian = bigEndian;
    spec.skipFront = skipFront;
    spec.skipBack = skipBack;
    QRandomGenerator random(7);
    for (int round = 0; round < 50; ++round) {
        // On receive, skipBack counts bytes between the range and the checksum.
        const QByteArray body = randomBytes(random, random.bounded(skipFront, 80));
        QByteArray framed = body;
        QByteArray trailer;
        if (skipBack > 0) {
            ChecksumSpec sending = spec;
            sending.skipBack = 0;
            const QByteArray covered = body;
            trailer = randomBytes(random, skipBack);
            framed = covered + trailer + sending.checksumBytes(covered);
        } else {
            framed = spec.append(body);
        }
        QCOMPARE(framed.size(), body.size() + skipBack + Checksum::widthBytes(algorithm));
        const ChecksumSpec::Verdict verdict = spec.verify(framed);
        QVERIFY(verdict.checked);
        QVERIFY2(verdict.good, qPrintable(spec.formatValue(verdict.expected) + u' ' + spec.formatValue(verdict.received)));
        QCOMPARE(verdict.expected, Checksum::compute(algorithm, body.mid(skipFront)));
    }
}

void TstChecksum::corruptedByteIsBad_data()
{
    QTest::addColumn<Algorithm>("algorithm");
    for (const Algorithm algorithm : Checksum::all())
        QTest::newRow(Checksum::name(algorithm).toLatin1().constData()) << algorithm;
}

void TstChecksum::corruptedByteIsBad()
{
    QFETCH(Algorithm, algorithm);
    ChecksumSpec spec;
    spec.algorithm = algorithm;
    spec.bigEndian = Checksum::naturallyBigEndian(algorithm);
    const QByteArray body("123456789");
    QByteArray framed = spec.append(body);
    framed[4] = char(framed[4] ^ 0x01); // one bit: every algorithm here notices it
    const ChecksumSpec::Verdict verdict = spec.verify(framed);
    QVERIFY(verdict.checked);
    QVERIFY(!verdict.good);
    QCOMPARE(verdict.received, Checksum::compute(algorithm, body));
    QCOMPARE(verdict.expected, Checksum::compute(algorithm, framed.first(body.size())));
    QVERIFY(verdict.expected != verdict.received);
}

void TstChecksum::tooShortIsNotChecked()
{
    ChecksumSpec spec = ChecksumSpec::parse(s("crc32")).value;
    QVERIFY(!spec.verify("abc").checked);
    QVERIFY(!spec.verify("abc").good);
    QVERIFY(spec.verify(spec.append(QByteArray())).good); // a checksum of nothing is still one
    spec.skipFront = 2;
    QVERIFY(!spec.verify(QByteArray::fromHex("0102030405")).checked);
    QVERIFY(spec.verify(QByteArray::fromHex("010203040506")).checked);
}

void TstChecksum::rangeLeavesBytesOut()
{
    // A start byte 0x02 and an end byte 0x03 around the payload; the sum covers the payload only.
    const ChecksumSpec spec = ChecksumSpec::parse(s("sum8:1,1")).value;
    QCOMPARE(spec.checksumBytes(QByteArray::fromHex("02101203")), QByteArray::fromHex("22"));
    const ChecksumSpec::Verdict verdict = spec.verify(QByteArray::fromHex("0210120322"));
    QVERIFY(verdict.checked);
    QVERIFY(verdict.good);
    QCOMPARE(verdict.expected, quint32(0x22));
}

void TstChecksum::formatValue_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("modbus") << s("modbus") << quint32(0x4B37) << s("0x4B37");
    QTest::newRow("crc8 pads") << s("crc-8") << quint32(0x04) << s("0x04");
    QTest::newRow("crc32 pads") << s("crc-32") << quint32(0xABC) << s("0x00000ABC");
}

void TstChecksum::formatValue()
{
    QFETCH(QString, spec);
    QFETCH(quint32, value);
    QFETCH(QString, shown);
    QCOMPARE(ChecksumSpec::parse(spec).value.formatValue(value), shown);
}

void TstChecksum::names()
{
    for (const Algorithm algorithm : Checksum::all()) {
        const Result<Algorithm> back = Checksum::fromName(Checksum::name(algorithm));
        QVERIFY(back.ok());
        QCOMPARE(back.value, algorithm);
        QCOMPARE(Checksum::fromName(Checksum::name(algorithm).toLower()).value, algorithm);
    }
    QCOMPARE(Checksum::fromName(s("crc16modbus")).value, Algorithm::Crc16Modbus);
    QCOMPARE(Checksum::fromName(s("CRC-32/ISCSI")).value, Algorithm::Crc32c);
    QCOMPARE(Checksum::fromName(s("bcc")).value, Algorithm::Xor8);
    QCOMPARE(Checksum::names().size(), Checksum::all().size());
}

void TstChecksum::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Algorithm>("algorithm");
    QTest::addColumn<bool>("bigEndian");
    QTest::addColumn<int>("skipFront");
    QTest::addColumn<int>("skipBack");
    QTest::newRow("modbus natural le") << s("CRC-16/MODBUS") << Algorithm::Crc16Modbus << false << 0 << 0;
    QTest::newRow("alias") << s("modbus") << Algorithm::Crc16Modbus << false << 0 << 0;
    QTest::newRow("modbus be") << s("modbus:be") << Algorithm::Crc16Modbus << true << 0 << 0;
    QTest::newRow("crc32 natural be") << s("crc32") << Algorithm::Crc32 << true << 0 << 0;
    QTest::newRow("crc32 le") << s("crc32:LE") << Algorithm::Crc32 << false << 0 << 0;
    QTest::newRow("order and from") << s("sum8:be:1") << Algorithm::Sum8 << true << 1 << 0;
    QTest::newRow("from and back") << s("xor8:le:1,2") << Algorithm::Xor8 << false << 1 << 2;
    QTest::newRow("range without order") << s("lrc:3") << Algorithm::Lrc << true << 3 << 0;
    QTest::newRow("spaces") << s(" crc-16/xmodem : be : 1 , 1 ") << Algorithm::Crc16Xmodem << true << 1 << 1;
}

void TstChecksum::parse()
{
    QFETCH(QString, text);
    QFETCH(Algorithm, algorithm);
    QFETCH(bool, bigEndian);
    QFETCH(int, skipFront);
    QFETCH(int, skipBack);
    const Result<ChecksumSpec> parsed = ChecksumSpec::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.algorithm, algorithm);
    QCOMPARE(parsed.value.bigEndian, bigEndian);
    QCOMPARE(parsed.value.skipFront, skipFront);
    QCOMPARE(parsed.value.skipBack, skipBack);
}

void TstChecksum::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("empty") << QString() << QStringList{s("no checksum"), s("CRC-16/MODBUS")};
    QTest::newRow("unknown lists the known")
        << s("crc64") << QStringList{s("'crc64'"), s("CRC-8"), s("CRC-32C"), s("SUM16"), s("LRC")};
    QTest::newRow("bad order") << s("crc32:middle") << QStringList{s("'middle'"), s("be or le")};
    QTest::newRow("empty order") << s("crc32:") << QStringList{s("byte order")};
    QTest::newRow("bad range") << s("crc32:be:x") << QStringList{s("'x'"), s("number")};
    QTest::newRow("negative range") << s("crc32:be:1,-1") << QStringList{s("-1")};
    QTest::newRow("three numbers") << s("sum8:1,2,3") << QStringList{s("'1,2,3'"), s("FROM,BACK")};
    QTest::newRow("absurd range") << s("sum8:99999999999") << QStringList{s("99999999999")};
    QTest::newRow("too many parts") << s("sum8:be:1:2") << QStringList{s("'2'"), s("too many")};
}

void TstChecksum::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mentions);
    const Result<ChecksumSpec> parsed = ChecksumSpec::parse(text);
    QVERIFY(!parsed.ok());
    for (const QString &mention : mentions)
        QVERIFY2(parsed.error.contains(mention), qPrintable(parsed.error + s(" lacks ") + mention));
}

void TstChecksum::toStringRoundTrip()
{
    for (const Algorithm algorithm : Checksum::all()) {
        for (const bool big : {true, false}) {
            for (const auto &[front, back] : {std::pair{0, 0}, std::pair{1, 0}, std::pair{0, 2}, std::pair{3, 4}}) {
                ChecksumSpec spec;
                spec.algorithm = algorithm;
                spec.bigEndian = big;
                spec.skipFront = front;
                spec.skipBack = back;
                const Result<ChecksumSpec> back2 = ChecksumSpec::parse(spec.toString());
                QVERIFY2(back2.ok(), qPrintable(spec.toString() + u' ' + back2.error));
                QVERIFY2(back2.value == spec, qPrintable(spec.toString()));
            }
        }
    }
    QCOMPARE(ChecksumSpec::parse(s("modbus")).value.toString(), s("CRC-16/MODBUS"));
    QCOMPARE(ChecksumSpec::parse(s("modbus:be:1")).value.toString(), s("CRC-16/MODBUS:be:1"));
}

QTEST_GUILESS_MAIN(TstChecksum)
#include "tst_checksum.moc"
