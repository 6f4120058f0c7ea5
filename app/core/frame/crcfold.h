#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace Sockpit::CrcFold {

/// What folding needs of a reflected CRC of width w ≤ 32 with polynomial
/// poly (without its x^w term): such a CRC is the 32-bit one of P' = poly·x^(32−w).
/// Each constant is x^(n−1) mod P', reflected in 64 bits, for a product that
/// moves a 64-bit half n bits on (see crcfold.cpp).
struct Constants
{
    quint64 blockLow = 0;  ///< n = 192: folds a block's first half onto the next block
    quint64 blockHigh = 0; ///< n = 128: folds its second half
    quint64 to96 = 0;      ///< n = 96: the last block's first half, times x^32, into 96 bits
    quint64 to64 = 0;      ///< n = 64: the top 32 of those 96 into 64
};
Constants constantsFor(quint32 poly, int width);

/// Whether this processor carries out carry-less multiplication (and the
/// byte shuffles the tail needs).
bool available();

/// For size ≥ 16 bytes of data and the CRC register reg (reflected, as the
/// table loops keep it): 64 bits Z ≡ data·x^32 (mod P'), from which the
/// register after data is one four-byte table step away: the low 32 bits of Z
/// (its top half in the reflected order) are stepped, the high 32 are xored in.
quint64 reduce(const uchar *data, qsizetype size, quint32 reg, const Constants &constants);
/// reduce() of count pieces of data, each of 16 bytes or more, into out: one
/// loop, so that the folds of a piece overlap the next piece's instead of
/// waiting out their latency behind a call each.
void reduceMany(const QByteArrayView *pieces, qsizetype count, quint32 reg, const Constants &constants, quint64 *out);

} // namespace Sockpit::CrcFold
