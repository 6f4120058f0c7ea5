// Checksums: the table-driven engine equals the catalogue's bit-by-bit model
// for every CRC, and the sums their definitions; a checksum appended verifies,
// one flipped bit does not; the input cut into pieces at drawn points gives
// each piece's checksum from computeMany() as from compute(); parse never
// crashes and round-trips what it accepts.
//
// Input: the bytes to check; the same bytes as text for ChecksumSpec::parse.

#include "checksum.h"
#include "fuzzcheck.h"

#include "../common/checksummodel.h"

#include <vector>

using namespace Sockpit;
using Checksum::Algorithm;
using SockpitTest::ChecksumModel::reference;

namespace {

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

// Pieces of up to 80 bytes, so that runs of folded (16 bytes or more) and
// short ones alternate, and more than one batch of 64 is gone through.
void checkManyAtOnce(Algorithm algorithm, QByteArrayView bytes, Fuzz::Draw &draw)
{
    std::vector<QByteArrayView> pieces;
    for (qsizetype at = 0; at < bytes.size();) {
        const qsizetype size = qMin(bytes.size() - at, qsizetype(draw.below(81)));
        pieces.push_back(bytes.sliced(at, size));
        at += size;
    }
    std::vector<quint32> many(pieces.size());
    Checksum::computeMany(algorithm, pieces.data(), qsizetype(pieces.size()), many.data());
    for (size_t i = 0; i < pieces.size(); ++i) {
        const quint32 one = Checksum::compute(algorithm, pieces[i]);
        FUZZ_CHECK(many[i] == one, Checksum::name(algorithm) + QStringLiteral(" piece %1 of %2 bytes: %3 != %4")
                                       .arg(i).arg(pieces[i].size()).arg(many[i], 0, 16).arg(one, 0, 16));
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
        checkManyAtOnce(algorithm, bytes, draw);
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
