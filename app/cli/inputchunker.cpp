#include "inputchunker.h"

#include "codec.h"

#include <QCoreApplication>

namespace Sockpit {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::InputChunker)
};

/// The line without what ends it; what it starts with stays, so that columns count from its start.
QString withoutLineEnd(QString line)
{
    while (!line.isEmpty() && line.back().isSpace())
        line.chop(1);
    return line;
}
} // namespace

namespace Utf8Scan {

namespace {
bool isContinuation(uchar byte)
{
    return (byte & 0xC0) == 0x80;
}

/// The length a lead byte announces; 0 for a byte no valid sequence starts with.
int sequenceLength(uchar lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

/// The second byte's range narrows after some leads: no overlong forms, no
/// surrogates (U+D800–U+DFFF), nothing past U+10FFFF.
bool secondByteFits(uchar lead, uchar second)
{
    switch (lead) {
    case 0xE0: return second >= 0xA0 && second <= 0xBF;
    case 0xED: return second >= 0x80 && second <= 0x9F;
    case 0xF0: return second >= 0x90 && second <= 0xBF;
    case 0xF4: return second >= 0x80 && second <= 0x8F;
    default: return isContinuation(second);
    }
}
} // namespace

qsizetype firstInvalid(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = sequenceLength(data[i]);
        if (length == 0 || i + length > size || !secondByteFits(data[i], data[i + 1]))
            return i;
        for (int k = 2; k < length; ++k) {
            if (!isContinuation(data[i + k]))
                return i;
        }
        i += length;
    }
    return -1;
}

qsizetype boundaryAtOrBefore(QByteArrayView bytes, qsizetype limit)
{
    if (limit >= bytes.size())
        return bytes.size();
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    // A character crosses the cut when its lead byte sits up to 3 bytes
    // before it and announces more bytes than lie before the cut.
    for (qsizetype back = 1; back <= 3 && back <= limit; ++back) {
        const uchar byte = data[limit - back];
        if (isContinuation(byte))
            continue;
        return sequenceLength(byte) > back ? limit - back : limit;
    }
    return limit;
}

} // namespace Utf8Scan

InputChunker::InputChunker(Mode mode, const QString &encoding)
    : m_mode(mode)
    , m_encoding(encoding)
{
}

qsizetype InputChunker::pieceLength() const
{
    const qsizetype size = m_buffer.size();
    if (size == 0)
        return 0;
    if (m_mode == Mode::Raw)
        return qMin(size, MaxRawPieceBytes);
    const qsizetype newline = m_buffer.indexOf('\n');
    if (newline >= 0 && newline < MaxLinePieceBytes)
        return newline + 1;
    if (size >= MaxLinePieceBytes)
        return m_mode == Mode::Hex ? hexCut() : Utf8Scan::boundaryAtOrBefore(m_buffer, MaxLinePieceBytes);
    return m_finished ? size : 0;
}

qsizetype InputChunker::hexCut() const
{
    // After a separator, so that no byte's two digits (nor "0x") are split.
    for (qsizetype i = MaxLinePieceBytes - 1; i > 0; --i) {
        const char c = m_buffer.at(i);
        if (c == ' ' || c == '\t' || c == '\r' || c == ',' || c == ':' || c == '-')
            return i + 1;
    }
    return MaxLinePieceBytes; // digits only: an even count keeps the pairs
}

Result<QByteArray> InputChunker::takePiece()
{
    const qsizetype length = pieceLength();
    if (length == 0)
        return Result<QByteArray>::success(QByteArray());
    const QByteArray piece = m_buffer.left(length);
    m_buffer.remove(0, length);
    Result<QByteArray> bytes = encodePiece(piece);
    if (!bytes && m_mode == Mode::Hex)
        bytes.error = Text::tr("line %1: %2").arg(m_line).arg(bytes.error);
    m_consumed += length;
    m_line += piece.count('\n');
    return bytes;
}

Result<QByteArray> InputChunker::encodePiece(const QByteArray &piece)
{
    switch (m_mode) {
    case Mode::Raw:
        return Result<QByteArray>::success(piece);
    case Mode::Hex:
        return Hex::parse(withoutLineEnd(QString::fromUtf8(piece)));
    case Mode::Text:
        break;
    }
    if (m_firstInvalid < 0) {
        if (const qsizetype bad = Utf8Scan::firstInvalid(piece); bad >= 0)
            m_firstInvalid = m_consumed + bad;
    }
    return encodeText(QString::fromUtf8(piece), m_encoding);
}

} // namespace Sockpit
