#include "checksum.h"

#include "crcfold.h"

#include <QCoreApplication>
#include <QtEndian>

#include <array>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::Checksum)
};

using Checksum::Algorithm;

// The Rocksoft model of a CRC, as the catalogue lists them.
struct CrcParameters
{
    int width; // 8, 16 or 32
    quint32 poly;
    quint32 init;
    bool reflectIn;
    bool reflectOut;
    quint32 xorOut;
};

quint32 reflect(quint32 value, int width)
{
    quint32 out = 0;
    for (int i = 0; i < width; ++i) {
        if (value & (quint32(1) << i))
            out |= quint32(1) << (width - 1 - i);
    }
    return out;
}

quint32 widthMask(int width)
{
    return width == 32 ? 0xFFFFFFFFu : (quint32(1) << width) - 1;
}

// One table-driven engine for every CRC. Reflected input runs the register
// right-shifting with the reflected polynomial; otherwise the register is kept
// in the top bits of 32 so one byte step serves every width. Sixteen tables
// let the loop take sixteen bytes a step ("slicing by 16"); table k is the
// step of table 0 followed by k zero bytes.
class CrcEngine
{
public:
    explicit CrcEngine(const CrcParameters &p)
        : m_p(p)
        , m_initReg(p.reflectIn ? reflect(p.init, p.width) : p.init << (32 - p.width))
        , m_mask(widthMask(p.width))
        , m_fold(p.reflectIn && CrcFold::available())
        , m_foldConstants(CrcFold::constantsFor(p.poly, p.width))
    {
        const quint32 poly = p.reflectIn ? reflect(p.poly, p.width) : p.poly << (32 - p.width);
        for (quint32 byte = 0; byte < 256; ++byte) {
            quint32 reg = p.reflectIn ? byte : byte << 24;
            for (int bit = 0; bit < 8; ++bit) {
                if (p.reflectIn)
                    reg = (reg & 1) ? (reg >> 1) ^ poly : reg >> 1;
                else
                    reg = (reg & 0x80000000u) ? (reg << 1) ^ poly : reg << 1;
            }
            m_table[0][byte] = reg;
        }
        for (int k = 1; k < Slices; ++k) {
            for (int byte = 0; byte < 256; ++byte) {
                const quint32 prev = m_table[k - 1][byte];
                m_table[k][byte] = p.reflectIn ? (prev >> 8) ^ m_table[0][prev & 0xFF] : (prev << 8) ^ m_table[0][prev >> 24];
            }
        }
    }

    // The parameters' derived values (the register's start, the mask) are
    // worked out once in the constructor: per call only the loop runs.
    quint32 compute(QByteArrayView data) const
    {
        const auto *bytes = reinterpret_cast<const uchar *>(data.data());
        const qsizetype size = data.size();
        if (m_p.reflectIn)
            return finish(reflected(m_initReg, bytes, size));
        return finish(straight(m_initReg, bytes, size));
    }

    // compute() of each piece; folded ones in one loop, their table steps after.
    void computeMany(const QByteArrayView *pieces, qsizetype count, quint32 *out) const
    {
        qsizetype i = 0;
        if (m_fold) {
            // The folds want 16 bytes or more: a run of such pieces at a time.
            constexpr qsizetype Batch = 64;
            quint64 folded[Batch];
            while (i < count) {
                qsizetype n = 0;
                while (i + n < count && n < Batch && pieces[i + n].size() >= 16)
                    ++n;
                CrcFold::reduceMany(pieces + i, n, m_initReg, m_foldConstants, folded);
                for (qsizetype k = 0; k < n; ++k)
                    out[i + k] = finish(word(quint32(folded[k]), 0) ^ quint32(folded[k] >> 32));
                i += n;
                if (i < count && pieces[i].size() < 16) {
                    out[i] = compute(pieces[i]);
                    ++i;
                }
            }
            return;
        }
        for (; i < count; ++i)
            out[i] = compute(pieces[i]);
    }

private:
    static constexpr int Slices = 16;

    quint32 word(quint32 w, int k) const
    {
        const auto &t = m_table;
        return t[k + 3][w & 0xFF] ^ t[k + 2][(w >> 8) & 0xFF] ^ t[k + 1][(w >> 16) & 0xFF] ^ t[k][w >> 24];
    }

    // Sixteen bytes a step: the sixteen lookups are independent, so they
    // overlap instead of waiting on each other.
    quint32 step16(quint32 reg, const uchar *bytes) const
    {
        const auto le = [bytes](int at) { return qFromLittleEndian<quint32>(bytes + at); };
        return word(reg ^ le(0), 12) ^ word(le(4), 8) ^ word(le(8), 4) ^ word(le(12), 0);
    }

    quint32 reflected(quint32 reg, const uchar *bytes, qsizetype size) const
    {
        if (m_fold && size >= 16) {
            // Folded down to 64 bits (see crcfold.h); four bytes of table steps finish.
            const quint64 z = CrcFold::reduce(bytes, size, reg, m_foldConstants);
            return word(quint32(z), 0) ^ quint32(z >> 32);
        }
        const auto le = [bytes](qsizetype at) { return qFromLittleEndian<quint32>(bytes + at); };
        qsizetype i = 0;
        for (; i + 16 <= size; i += 16)
            reg = step16(reg, bytes + i);
        if (i + 8 <= size) {
            reg = word(reg ^ le(i), 4) ^ word(le(i + 4), 0);
            i += 8;
        }
        if (i + 4 <= size) { // a frame's tail: four bytes a step before one
            reg = word(reg ^ le(i), 0);
            i += 4;
        }
        for (; i < size; ++i)
            reg = m_table[0][(reg ^ bytes[i]) & 0xFF] ^ (reg >> 8);
        return reg;
    }

    // The register as the loops leave it, made the CRC's value.
    quint32 finish(quint32 reg) const
    {
        if (m_p.reflectIn) {
            if (!m_p.reflectOut)
                reg = reflect(reg, m_p.width);
        } else {
            reg >>= 32 - m_p.width;
            if (m_p.reflectOut)
                reg = reflect(reg, m_p.width);
        }
        return (reg ^ m_p.xorOut) & m_mask;
    }

    quint32 straight(quint32 reg, const uchar *bytes, qsizetype size) const
    {
        const auto &t = m_table;
        const auto be = [bytes](qsizetype at) { return qFromBigEndian<quint32>(bytes + at); };
        const auto word = [&t](quint32 w, int k) {
            return t[k + 3][w >> 24] ^ t[k + 2][(w >> 16) & 0xFF] ^ t[k + 1][(w >> 8) & 0xFF] ^ t[k][w & 0xFF];
        };
        qsizetype i = 0;
        for (; i + 16 <= size; i += 16)
            reg = word(reg ^ be(i), 12) ^ word(be(i + 4), 8) ^ word(be(i + 8), 4) ^ word(be(i + 12), 0);
        if (i + 8 <= size) {
            reg = word(reg ^ be(i), 4) ^ word(be(i + 4), 0);
            i += 8;
        }
        if (i + 4 <= size) {
            reg = word(reg ^ be(i), 0);
            i += 4;
        }
        for (; i < size; ++i)
            reg = t[0][((reg >> 24) ^ bytes[i]) & 0xFF] ^ (reg << 8);
        return reg;
    }

    CrcParameters m_p;
    quint32 m_initReg; ///< init as the loops keep the register (reflected, or in the top bits)
    quint32 m_mask;
    bool m_fold; ///< reflected, and the processor folds (see crcfold.h)
    CrcFold::Constants m_foldConstants;
    std::array<std::array<quint32, 256>, Slices> m_table{};
};

const CrcEngine *crcEngine(Algorithm algorithm)
{
    // Built once, on first use (a thread-safe function-local static): one
    // guard to pass per call, in the order of Algorithm.
    static const std::array<CrcEngine, 7> engines = {
        CrcEngine({8, 0x07, 0x00, false, false, 0x00}),                        // CRC-8
        CrcEngine({16, 0x8005, 0xFFFF, true, true, 0x0000}),                   // CRC-16/MODBUS
        CrcEngine({16, 0x1021, 0xFFFF, false, false, 0x0000}),                 // CRC-16/CCITT-FALSE
        CrcEngine({16, 0x1021, 0x0000, false, false, 0x0000}),                 // CRC-16/XMODEM
        CrcEngine({16, 0x8005, 0x0000, true, true, 0x0000}),                   // CRC-16/ARC
        CrcEngine({32, 0x04C11DB7, 0xFFFFFFFF, true, true, 0xFFFFFFFF}),       // CRC-32
        CrcEngine({32, 0x1EDC6F41, 0xFFFFFFFF, true, true, 0xFFFFFFFF}),       // CRC-32C
    };
    static_assert(int(Algorithm::Crc8) == 0 && int(Algorithm::Crc32c) == 6, "engines follow Algorithm's order");
    const int index = int(algorithm);
    return index <= int(Algorithm::Crc32c) ? &engines[size_t(index)] : nullptr;
}

quint32 byteSum(QByteArrayView data)
{
    quint32 sum = 0;
    for (const char c : data)
        sum += uchar(c);
    return sum;
}

quint32 byteXor(QByteArrayView data)
{
    uchar value = 0;
    for (const char c : data)
        value ^= uchar(c);
    return value;
}

// Case, dashes, slashes, underscores and spaces do not tell names apart.
QString normalised(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    }
    return out;
}

struct Alias
{
    const char16_t *name;
    Algorithm algorithm;
};

// Other names the catalogue (and device manuals) use, normalised.
constexpr Alias Aliases[] = {
    {u"CRC8SMBUS", Algorithm::Crc8},       {u"MODBUS", Algorithm::Crc16Modbus},
    {u"CRC16IBM3740", Algorithm::Crc16CcittFalse}, {u"CCITTFALSE", Algorithm::Crc16CcittFalse},
    {u"CRC16AUTOSAR", Algorithm::Crc16CcittFalse}, {u"XMODEM", Algorithm::Crc16Xmodem},
    {u"CRC16ZMODEM", Algorithm::Crc16Xmodem},  {u"CRC16ACORN", Algorithm::Crc16Xmodem},
    {u"CRC16", Algorithm::Crc16Arc},           {u"ARC", Algorithm::Crc16Arc},
    {u"CRC16IBM", Algorithm::Crc16Arc},        {u"CRC32ISOHDLC", Algorithm::Crc32},
    {u"CRC32ZLIB", Algorithm::Crc32},          {u"CRC32ISCSI", Algorithm::Crc32c},
    {u"CRC32CASTAGNOLI", Algorithm::Crc32c},   {u"BCC", Algorithm::Xor8},
    {u"XOR", Algorithm::Xor8},
};

constexpr int MaxSkip = 16 * 1024 * 1024;

} // namespace

namespace Checksum {

QList<Algorithm> all()
{
    return {Algorithm::Crc8,  Algorithm::Crc16Modbus, Algorithm::Crc16CcittFalse, Algorithm::Crc16Xmodem,
            Algorithm::Crc16Arc, Algorithm::Crc32,   Algorithm::Crc32c,          Algorithm::Sum8,
            Algorithm::Sum16, Algorithm::Xor8,        Algorithm::Lrc};
}

QString name(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Crc8: return QStringLiteral("CRC-8");
    case Algorithm::Crc16Modbus: return QStringLiteral("CRC-16/MODBUS");
    case Algorithm::Crc16CcittFalse: return QStringLiteral("CRC-16/CCITT-FALSE");
    case Algorithm::Crc16Xmodem: return QStringLiteral("CRC-16/XMODEM");
    case Algorithm::Crc16Arc: return QStringLiteral("CRC-16/ARC");
    case Algorithm::Crc32: return QStringLiteral("CRC-32");
    case Algorithm::Crc32c: return QStringLiteral("CRC-32C");
    case Algorithm::Sum8: return QStringLiteral("SUM8");
    case Algorithm::Sum16: return QStringLiteral("SUM16");
    case Algorithm::Xor8: return QStringLiteral("XOR8");
    case Algorithm::Lrc: return QStringLiteral("LRC");
    }
    return QString();
}

Result<Algorithm> fromName(const QString &text)
{
    const QString wanted = normalised(text);
    if (wanted.isEmpty())
        return Result<Algorithm>::failure(Text::tr("no checksum named: write one of %1").arg(names().join(QStringLiteral(", "))));
    for (const Algorithm algorithm : all()) {
        if (normalised(name(algorithm)) == wanted)
            return Result<Algorithm>::success(algorithm);
    }
    for (const Alias &alias : Aliases) {
        if (wanted == QStringView(alias.name))
            return Result<Algorithm>::success(alias.algorithm);
    }
    return Result<Algorithm>::failure(
        Text::tr("unknown checksum '%1': known are %2").arg(text.trimmed(), names().join(QStringLiteral(", "))));
}

QStringList names()
{
    QStringList out;
    for (const Algorithm algorithm : all())
        out.append(name(algorithm));
    return out;
}

int widthBytes(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Crc8:
    case Algorithm::Sum8:
    case Algorithm::Xor8:
    case Algorithm::Lrc:
        return 1;
    case Algorithm::Crc32:
    case Algorithm::Crc32c:
        return 4;
    default:
        return 2;
    }
}

bool naturallyBigEndian(Algorithm algorithm)
{
    return algorithm != Algorithm::Crc16Modbus;
}

void computeMany(Algorithm algorithm, const QByteArrayView *pieces, qsizetype count, quint32 *out)
{
    if (const CrcEngine *engine = crcEngine(algorithm)) {
        engine->computeMany(pieces, count, out);
        return;
    }
    for (qsizetype i = 0; i < count; ++i)
        out[i] = compute(algorithm, pieces[i]);
}

quint32 compute(Algorithm algorithm, QByteArrayView data)
{
    if (const CrcEngine *engine = crcEngine(algorithm))
        return engine->compute(data);
    switch (algorithm) {
    case Algorithm::Sum8: return byteSum(data) & 0xFF;
    case Algorithm::Sum16: return byteSum(data) & 0xFFFF;
    case Algorithm::Xor8: return byteXor(data);
    case Algorithm::Lrc: return (0x100 - (byteSum(data) & 0xFF)) & 0xFF;
    default: return 0;
    }
}

} // namespace Checksum

namespace {

Result<ChecksumSpec> parseRange(const QString &text, ChecksumSpec spec)
{
    const QStringList parts = text.split(u',');
    if (parts.size() > 2)
        return Result<ChecksumSpec>::failure(Text::tr("'%1' is not a range: write FROM or FROM,BACK (bytes left out at the start and before the end)").arg(text));
    int values[2] = {0, 0};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const qint64 value = parts.at(i).trimmed().toLongLong(&ok);
        if (!ok)
            return Result<ChecksumSpec>::failure(Text::tr("'%1' is not a number of bytes in the checksum range").arg(parts.at(i).trimmed()));
        if (value < 0 || value > MaxSkip)
            return Result<ChecksumSpec>::failure(Text::tr("%1 bytes left out of the checksum range is not possible: 0 to %2")
                                                     .arg(value)
                                                     .arg(MaxSkip));
        values[i] = int(value);
    }
    spec.skipFront = values[0];
    spec.skipBack = values[1];
    return Result<ChecksumSpec>::success(spec);
}

} // namespace

Result<ChecksumSpec> ChecksumSpec::parse(const QString &text)
{
    const QStringList parts = text.split(u':');
    const Result<Checksum::Algorithm> algorithm = Checksum::fromName(parts.first());
    if (!algorithm.ok())
        return Result<ChecksumSpec>::failure(algorithm.error);
    ChecksumSpec spec;
    spec.algorithm = algorithm.value;
    spec.bigEndian = Checksum::naturallyBigEndian(algorithm.value);
    qsizetype next = 1;
    if (next < parts.size()) {
        const QString order = parts.at(next).trimmed().toLower();
        if (order == u"be" || order == u"le") {
            spec.bigEndian = order == u"be";
            ++next;
        } else if (order.isEmpty() || (!order.front().isDigit() && order.front() != u'-')) {
            return Result<ChecksumSpec>::failure(
                Text::tr("'%1' is not a byte order: write be or le (or a range FROM[,BACK])").arg(parts.at(next).trimmed()));
        }
    }
    if (next < parts.size()) {
        const Result<ChecksumSpec> ranged = parseRange(parts.at(next), spec);
        if (!ranged.ok())
            return ranged;
        spec = ranged.value;
        ++next;
    }
    if (next < parts.size())
        return Result<ChecksumSpec>::failure(
            Text::tr("'%1' is one part too many: write NAME[:be|le][:FROM[,BACK]]").arg(parts.at(next).trimmed()));
    return Result<ChecksumSpec>::success(spec);
}

QString ChecksumSpec::toString() const
{
    QString text = Checksum::name(algorithm);
    if (bigEndian != Checksum::naturallyBigEndian(algorithm))
        text += bigEndian ? QStringLiteral(":be") : QStringLiteral(":le");
    if (skipBack != 0)
        text += QStringLiteral(":%1,%2").arg(skipFront).arg(skipBack);
    else if (skipFront != 0)
        text += QStringLiteral(":%1").arg(skipFront);
    return text;
}

QByteArray ChecksumSpec::append(const QByteArray &data) const
{
    return data + checksumBytes(data);
}

QByteArray ChecksumSpec::checksumBytes(QByteArrayView data) const
{
    const qsizetype from = qMin<qsizetype>(qMax(skipFront, 0), data.size());
    const qsizetype to = qMax(from, data.size() - qMax(skipBack, 0));
    const quint32 value = Checksum::compute(algorithm, data.sliced(from, to - from));
    const int width = Checksum::widthBytes(algorithm);
    QByteArray out(width, Qt::Uninitialized);
    for (int i = 0; i < width; ++i) {
        const int shift = 8 * (bigEndian ? width - 1 - i : i);
        out[i] = char((value >> shift) & 0xFF);
    }
    return out;
}

ChecksumSpec::Verdict ChecksumSpec::verify(QByteArrayView frame) const
{
    Verdict verdict;
    FrameChecker(*this).verify(frame, verdict);
    return verdict;
}

QString ChecksumSpec::formatValue(quint32 value) const
{
    const int digits = 2 * Checksum::widthBytes(algorithm);
    return QStringLiteral("0x") + QString::number(value, 16).toUpper().rightJustified(digits, u'0');
}

bool ChecksumSpec::operator==(const ChecksumSpec &other) const
{
    return algorithm == other.algorithm && bigEndian == other.bigEndian && skipFront == other.skipFront
        && skipBack == other.skipBack;
}

} // namespace Sockpit
