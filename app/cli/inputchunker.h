#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Sockpit {

/// Cuts what standard input gives into the pieces that are sent, and makes
/// each piece the bytes to send. It holds at most one read and one piece, so
/// memory stays bounded however long a line is.
///
/// - Text (UTF-8 input): a piece is a line, or MaxLinePieceBytes of a longer
///   one; a cut never splits a character (its bytes wait for the next piece).
///   Bytes that are not UTF-8 become U+FFFD, and the first is remembered
///   (firstInvalidOffset()) so it can be reported once.
/// - Hex: a piece is a line of hex digits, or the part of a longer one up to
///   its last separator.
/// - Raw: a piece is what one read gave, unchanged (at most MaxRawPieceBytes,
///   so that over UDP it is one datagram).
class InputChunker
{
public:
    enum class Mode { Text, Hex, Raw };
    /// Input bytes of a line sent before its newline has come.
    static constexpr qsizetype MaxLinePieceBytes = 16 * 1024;
    /// The largest UDP payload over IPv4.
    static constexpr qsizetype MaxRawPieceBytes = 65507;

    InputChunker(Mode mode, const QString &encoding);

    void append(const QByteArray &data) { m_buffer += data; }
    /// The input ended: what is held is a piece, newline or not.
    void finish() { m_finished = true; }
    bool isFinished() const { return m_finished; }

    /// Whether a piece can be taken now (more input may complete one otherwise).
    bool hasPiece() const { return pieceLength() > 0; }
    /// Takes the next piece as bytes to send (empty for an empty hex line), or
    /// why it cannot be sent.
    Result<QByteArray> takePiece();

    qsizetype heldBytes() const { return m_buffer.size(); }
    /// Text: offset in the input of the first byte that is not UTF-8; -1 while none.
    qint64 firstInvalidOffset() const { return m_firstInvalid; }

private:
    qsizetype pieceLength() const;
    qsizetype hexCut() const;
    Result<QByteArray> encodePiece(const QByteArray &piece);

    Mode m_mode;
    QString m_encoding;
    QByteArray m_buffer;
    qint64 m_consumed = 0; ///< input bytes taken as pieces so far
    qint64 m_line = 1;     ///< the input line the next piece starts on
    qint64 m_firstInvalid = -1;
    bool m_finished = false;
};

/// UTF-8 helpers for the chunker, public for the tests.
namespace Utf8Scan {
/// Index of the first byte that is not part of valid UTF-8 (overlong forms,
/// surrogates and code points past U+10FFFF included); -1 when all is valid.
/// A sequence cut short by the end counts as invalid.
qsizetype firstInvalid(QByteArrayView bytes);
/// The largest length <= limit that does not end inside a character that
/// continues after it (invalid bytes cut anywhere).
qsizetype boundaryAtOrBefore(QByteArrayView bytes, qsizetype limit);
} // namespace Utf8Scan

} // namespace Sockpit
