#pragma once

#include <QByteArrayView>
#include <QString>
#include <QtEndian>

#include <cstring>

namespace Sockpit {

/// How to find where the last character of some bytes ends without decoding
/// them, for the encodings Sockpit offers (Unknown: no rule; decode instead).
enum class BoundaryRule { Utf8, SingleByte, Utf16, DoubleByte, ShiftJis, Gb18030, Unknown };

/// The first bytes of a character that a read left unfinished (at most 3 in
/// the encodings with a boundary rule).
struct CarriedBytes
{
    char bytes[3] = {};
    quint8 size = 0;
    QByteArrayView view() const { return QByteArrayView(bytes, size); }
    /// One byte carried, written as one word: asked per frame, and byte-wise
    /// stores read back as a word stall the pipeline.
    static CarriedBytes one(char byte)
    {
        CarriedBytes carry;
        const quint32 word = qToLittleEndian(quint32(uchar(byte)) | (quint32(1) << 24));
        std::memcpy(static_cast<void *>(&carry), &word, sizeof word);
        return carry;
    }
};
static_assert(sizeof(CarriedBytes) == 4, "CarriedBytes::one() writes it as one word");

BoundaryRule boundaryRuleFor(const QString &encoding);
/// What is left unfinished at the end of carry followed by data, by the rule's walk.
CarriedBytes walkCarryAfter(BoundaryRule boundary, const CarriedBytes &carry, QByteArrayView data);

/// What is left unfinished at the end of carry followed by data. Most frames
/// and reads end plainly (an ASCII byte, or a run of GBK lead bytes inside
/// them): that is answered here without the walk, as it is asked per frame.
inline CarriedBytes carryAfter(BoundaryRule boundary, const CarriedBytes &carry, QByteArrayView data)
{
    if (boundary == BoundaryRule::SingleByte || boundary == BoundaryRule::Unknown)
        return CarriedBytes();
    if (data.isEmpty() || boundary == BoundaryRule::Utf16)
        return walkCarryAfter(boundary, carry, data);
    const uchar last = uchar(data.back());
    if (last < 0x80 && (boundary != BoundaryRule::Gb18030 || last < 0x30 || last > 0x39))
        return CarriedBytes();
    if (boundary == BoundaryRule::DoubleByte) {
        // Only the run of lead-range bytes at the end is in doubt; it pairs up from its start.
        const auto isLead = [](uchar b) { return b >= 0x81 && b <= 0xFE; };
        qsizetype i = data.size() - 1;
        while (i >= 0 && isLead(uchar(data[i])))
            --i;
        if (i >= 0)
            return (data.size() - 1 - i) % 2 == 1 ? CarriedBytes::one(char(last)) : CarriedBytes();
    }
    return walkCarryAfter(boundary, carry, data);
}

} // namespace Sockpit
