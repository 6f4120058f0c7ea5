// Checksums: the table-driven engine equals the catalogue's bit-by-bit model
// for every CRC, and the sums their definitions; a checksum appended verifies,
// one flipped bit does not; parse never crashes and round-trips what it accepts.
//
// Input: the bytes to check; the same bytes as text for ChecksumSpec::parse.

#include "checksum.h"
#include "fuzzcheck.h"

using namespace Sockpit;
using Checksum::Algorithm;

namespace {

struct Model
{
    int width;
    quint64 poly;
    quint64 init;
    bool refIn;
    bool refOut;
    quint64 xorOut;
};

quint64 reflectBits(quint64 value, int width)
{
    quint64 out = 0;
    for (int i = 0; i < width; ++i)
        out = (out << 1) | ((value >> i) & 1);
    return out;
}

quint64 bitwiseCrc(const Model &m, QByteArrayView data)
{
    const quint64 mask = (quint64(1) << m.width) - 1;
    const quint64 top = quint64(1) << (m.width - 1);
    quint64 reg = m.init;
    for (const char c : data) {
        const quint64 byte = m.refIn ? reflectBits(uchar(c), 8) : uchar(c);
        for (int bit = 7; bit >= 0; --bit) {
            const bool in = (byte >> bit) & 1;
            const bool out = reg & top;
            reg = (reg << 1) & mask;
            if (in != out)
                reg ^= m.poly;
        }
    }
    if (m.refOut)
        reg = reflectBits(reg, m.width);
    return (reg ^ m.xorOut) & mask;
}

quint32 reference(Algorithm algorithm, QByteArrayView data)
{
    quint32 sum = 0;
    quint32 x = 0;
    for (const char c : data) {
        sum += uchar(c);
        x ^= uchar(c);
    }
    switch (algorithm) {
    case Algorithm::Crc8: return quint32(bitwiseCrc({8, 0x07, 0, false, false, 0}, data));
    case Algorithm::Crc16Modbus: return quint32(bitwiseCrc({16, 0x8005, 0xFFFF, true, true, 0}, data));
    case Algorithm::Crc16CcittFalse: return quint32(bitwiseCrc({16, 0x1021, 0xFFFF, false, false, 0}, data));
    case Algorithm::Crc16Xmodem: return quint32(bitwiseCrc({16, 0x1021, 0, false, false, 0}, data));
    case Algorithm::Crc16Arc: return quint32(bitwiseCrc({16, 0x8005, 0, true, true, 0}, data));
    case Algorithm::Crc32: return quint32(bitwiseCrc({32, 0x04C11DB7, 0xFFFFFFFF, true, true, 0xFFFFFFFF}, data));
    case Algorithm::Crc32c: return quint32(bitwiseCrc({32, 0x1EDC6F41, 0xFFFFFFFF, true, true, 0xFFFFFFFF}, data));
    case Algorithm::Sum8: return sum & 0xFF;
    case Algorithm::Sum16: return sum & 0xFFFF;
    case Algorithm::Xor8: return x;
    case Algorithm::Lrc: return (256 - (sum & 0xFF)) & 0xFF;
    }
    return 0;
}

void checkRoundTrip(Algorithm algorithm, QByteArrayView bytes, Fuzz::Draw &draw)
{
    ChecksumSpec spec;
    spec.algorithm = algorithm;
    spec.bigEndian = draw.below(2);
    spec.skipFront = int(draw.below(4));
    const QByteArray framed = spec.append(bytes.toByteArray());
    const ChecksumSpec::Verdict verdict = spec.verify(framed);
    const QString detail = spec.toString() + u' ' + Fuzz::shown(bytes.toByteArray());
    FUZZ_CHECK(verdict.checked == (bytes.size() >= spec.skipFront), detail);
    if (!verdict.checked)
        return;
    FUZZ_CHECK(verdict.good && verdict.expected == verdict.received, detail);
    // One flipped bit anywhere in the range: every algorithm here notices it.
    if (bytes.size() > spec.skipFront) {
        QByteArray bad = framed;
        const qsizetype at = spec.skipFront + qsizetype(draw.below(quint32(bytes.size() - spec.skipFront)));
        bad[at] = char(bad[at] ^ (1 << draw.below(8)));
        FUZZ_CHECK(!spec.verify(bad).good, detail);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Fuzz::Draw draw(data, size);
    for (const Algorithm algorithm : Checksum::all()) {
        const quint32 engine = Checksum::compute(algorithm, bytes);
        const quint32 model = reference(algorithm, bytes);
        FUZZ_CHECK(engine == model, Checksum::name(algorithm) + QStringLiteral(" %1 != %2").arg(engine, 0, 16).arg(model, 0, 16));
        checkRoundTrip(algorithm, bytes, draw);
    }

    const QString text = Fuzz::utf8Text(data, size);
    const Result<ChecksumSpec> parsed = ChecksumSpec::parse(text);
    if (parsed.ok()) {
        const Result<ChecksumSpec> again = ChecksumSpec::parse(parsed.value.toString());
        FUZZ_CHECK(again.ok() && again.value == parsed.value, Fuzz::shown(text) + u'\n' + parsed.value.toString());
    } else {
        FUZZ_CHECK(!parsed.error.isEmpty(), Fuzz::shown(text));
    }
    return 0;
}
