#pragma once

#include <QtGlobal>

namespace Sockpit::CrcFold {

/// What folding needs of a reflected CRC of width w ≤ 32 with polynomial
/// poly (without its x^w term): such a CRC is the 32-bit one of poly·x^(32−w).
struct Constants
{
    quint64 low = 0;  ///< x^191 mod P', reflected in 64 bits: folds a block's first half
    quint64 high = 0; ///< x^127 mod P', reflected in 64 bits: folds its second half
};
Constants constantsFor(quint32 poly, int width);

/// Whether this processor carries out carry-less multiplication.
bool available();

/// Folds blocks (at least 2) 16-byte blocks of data, with the CRC register
/// reg (reflected, as the table loops keep it) xored into the first, into the
/// 16 bytes out, whose CRC from a zero register equals data's from reg: the
/// table loop finishes with them, then with the bytes after the blocks.
void fold(const uchar *data, qsizetype blocks, quint32 reg, const Constants &constants, uchar *out);

} // namespace Sockpit::CrcFold
