// Carry-less multiplication folds a frame's 16-byte blocks into one, so that
// the table loop runs over four bytes instead of the whole frame.
//
// In the reflected order a 128-bit lane's bit k is the coefficient of
// x^(127−k); a lane of two 64-bit halves H, L is H·x^64 + L. The product of
// two halves comes out one bit short (its bit k is of x^(126−k)), hence the
// constants x^(n−1) below for a move of n bits.
// - A block followed by another: H·x^192 + L·x^128 ≡ H·(x^192 mod P') +
//   L·(x^128 mod P'), a 96-bit value added to the next block.
// - A tail of r < 16 bytes: the last block's first r bytes are a block of
//   their own, folded onto the lane of its other 16 − r bytes and the tail.
// - The last lane V = H·x^64 + L: V·x^32 ≡ H·(x^96 mod P') + L·x^32, 96 bits
//   T·x^64 + U; then T·(x^64 mod P') + U, 64 bits.
#include "crcfold.h"

#if defined(__x86_64__)
#include <immintrin.h>
#define SOCKPIT_CRC_FOLD 1
#endif

namespace Sockpit::CrcFold {

namespace {

// x^n mod P' (P' of degree 32, given whole in 33 bits), not reflected.
quint64 powerMod(int n, quint64 full)
{
    quint64 r = 1;
    for (int i = 0; i < n; ++i) {
        r <<= 1;
        if (r & (quint64(1) << 32))
            r ^= full;
    }
    return r;
}

quint64 reflect64(quint64 v)
{
    quint64 r = 0;
    for (int i = 0; i < 64; ++i)
        r |= ((v >> i) & 1) << (63 - i);
    return r;
}

} // namespace

Constants constantsFor(quint32 poly, int width)
{
    const quint64 full = (quint64(1) << 32) | (quint64(poly) << (32 - width));
    const auto constant = [full](int n) { return reflect64(powerMod(n - 1, full)); };
    return Constants{constant(192), constant(128), constant(96), constant(64)};
}

#if SOCKPIT_CRC_FOLD

bool available()
{
    // SOCKPIT_CRC_TABLES=1 keeps to the tables, as a processor without it would (tested so).
    static const bool has = __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("sse4.1")
        && !qEnvironmentVariableIsSet("SOCKPIT_CRC_TABLES");
    return has;
}

#define SOCKPIT_CLMUL __attribute__((target("pclmul,ssse3,sse4.1")))

namespace {

SOCKPIT_CLMUL inline __m128i load(const void *at)
{
    return _mm_loadu_si128(static_cast<const __m128i *>(at));
}

SOCKPIT_CLMUL inline __m128i fold(__m128i v, __m128i constants)
{
    return _mm_xor_si128(_mm_clmulepi64_si128(v, constants, 0x00), _mm_clmulepi64_si128(v, constants, 0x11));
}

// pshufb masks: loaded from r, the first 16 move a lane's bytes up by
// 16 − r, the next 16 move them down by r; 0x80 gives a zero byte.
alignas(16) const signed char Shifts[48] = {
    -128, -128, -128, -128, -128, -128, -128, -128, -128, -128, -128, -128, -128, -128, -128, -128,
    0,    1,    2,    3,    4,    5,    6,    7,    8,    9,    10,   11,   12,   13,   14,   15,
    -128, -128, -128, -128, -128, -128, -128, -128, -128, -128, -128, -128, -128, -128, -128, -128};

struct Folds
{
    __m128i block;
    __m128i last;
};

SOCKPIT_CLMUL inline Folds foldsOf(const Constants &constants)
{
    return Folds{_mm_set_epi64x(qint64(constants.blockHigh), qint64(constants.blockLow)),
                 _mm_set_epi64x(qint64(constants.to64), qint64(constants.to96))};
}

SOCKPIT_CLMUL inline quint64 reduceWith(const uchar *data, qsizetype size, quint32 reg, const Folds &folds)
{
    const qsizetype blocks = size / 16;
    __m128i v = _mm_xor_si128(load(data), _mm_cvtsi32_si128(int(reg)));
    for (qsizetype i = 1; i < blocks; ++i)
        v = _mm_xor_si128(fold(v, folds.block), load(data + 16 * i));
    if (const int tail = int(size % 16)) {
        const __m128i up = load(Shifts + tail);
        const __m128i down = load(Shifts + 16 + tail);
        // down's zero bytes (0x80) are where the tail goes: the frame's last 16 bytes end with it.
        const __m128i rest = _mm_blendv_epi8(_mm_shuffle_epi8(v, down), load(data + size - 16), down);
        v = _mm_xor_si128(fold(_mm_shuffle_epi8(v, up), folds.block), rest);
    }
    const __m128i wide = _mm_xor_si128(_mm_clmulepi64_si128(v, folds.last, 0x00),
                                       _mm_slli_si128(_mm_unpackhi_epi64(v, _mm_setzero_si128()), 4));
    const __m128i narrow = _mm_xor_si128(_mm_clmulepi64_si128(wide, folds.last, 0x10), wide);
    return quint64(_mm_extract_epi64(narrow, 1));
}

} // namespace

SOCKPIT_CLMUL quint64 reduce(const uchar *data, qsizetype size, quint32 reg, const Constants &constants)
{
    return reduceWith(data, size, reg, foldsOf(constants));
}

SOCKPIT_CLMUL void reduceMany(const QByteArrayView *pieces, qsizetype count, quint32 reg, const Constants &constants,
                              quint64 *out)
{
    const Folds folds = foldsOf(constants);
    for (qsizetype i = 0; i < count; ++i)
        out[i] = reduceWith(reinterpret_cast<const uchar *>(pieces[i].data()), pieces[i].size(), reg, folds);
}

#else

bool available()
{
    return false;
}

quint64 reduce(const uchar *, qsizetype, quint32, const Constants &)
{
    Q_UNREACHABLE();
    return 0;
}

void reduceMany(const QByteArrayView *, qsizetype, quint32, const Constants &, quint64 *)
{
    Q_UNREACHABLE();
}

#endif

} // namespace Sockpit::CrcFold
