// Carry-less multiplication folds a frame's 16-byte blocks into one, so that
// the table loop runs over 16 bytes and the tail instead of the whole frame.
// For a block B = H·x^64 + L followed by more, B·x^128 ≡ H·(x^192 mod P) +
// L·(x^128 mod P): a 96-bit value added to the next block leaves the CRC as
// it was. In the reflected bit order a product comes out one bit short, hence
// x^191 and x^127 in the constants.
#include "crcfold.h"

#if defined(__x86_64__) || defined(__i386__)
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
    return Constants{reflect64(powerMod(191, full)), reflect64(powerMod(127, full))};
}

#if SOCKPIT_CRC_FOLD

bool available()
{
    static const bool has = __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("sse4.1");
    return has;
}

__attribute__((target("pclmul,sse4.1"))) void fold(const uchar *data, qsizetype blocks, quint32 reg,
                                                     const Constants &constants, uchar *out)
{
    const __m128i k = _mm_set_epi64x(qint64(constants.high), qint64(constants.low));
    const auto load = [data](qsizetype block) {
        return _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * block));
    };
    __m128i v = _mm_xor_si128(load(0), _mm_cvtsi32_si128(int(reg)));
    for (qsizetype i = 1; i < blocks; ++i) {
        const __m128i first = _mm_clmulepi64_si128(v, k, 0x00);
        const __m128i second = _mm_clmulepi64_si128(v, k, 0x11);
        v = _mm_xor_si128(_mm_xor_si128(first, second), load(i));
    }
    _mm_storeu_si128(reinterpret_cast<__m128i *>(out), v);
}

#else

bool available()
{
    return false;
}

void fold(const uchar *, qsizetype, quint32, const Constants &, uchar *)
{
    Q_UNREACHABLE();
}

#endif

} // namespace Sockpit::CrcFold
