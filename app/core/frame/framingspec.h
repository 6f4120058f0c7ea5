#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Sockpit {

/// How received bytes become frames (messages): one spec per panel or command
/// line, one Framer per stream (each TCP connection, each UDP sender).
struct FramingSpec
{
    enum class Mode : quint8 {
        PerRead,     ///< each read (datagram) is a frame: Sockpit 0.1's behaviour
        IdleGap,     ///< a frame ends after gapMs without new bytes
        Delimiter,   ///< a frame ends with one of delimiters
        FixedLength, ///< every frame is fixedLength bytes
        LengthField, ///< a header field says how long the frame is
    };

    struct LengthField
    {
        int offset = 0;               ///< where the field starts in the frame
        int width = 2;                ///< 1, 2 or 4 bytes
        bool bigEndian = true;
        bool countsWholeFrame = false; ///< the value counts the whole frame, not the bytes after the field
        qint64 adjust = 0;            ///< added to the value (e.g. for a checksum after the payload)
    };

    static constexpr int DefaultGapMs = 50;
    static constexpr qsizetype DefaultMaxFrameBytes = 64 * 1024;
    static constexpr qsizetype MaxMaxFrameBytes = 16 * 1024 * 1024;
    static constexpr int MaxGapMs = 60 * 1000;
    /// An idle-gap frame's longest life by default: this, or ten gaps when that is longer.
    static constexpr int DefaultGapLimitMs = 1000;
    static constexpr int MaxGapLimitMs = 10 * 60 * 1000;
    static constexpr int MaxDelimiters = 16;
    static constexpr int MaxDelimiterBytes = 256;

    /// The window's default: an idle gap of 50 ms, so a reply written one byte
    /// at a time by a slow device shows as one row with its characters whole.
    Mode mode = Mode::IdleGap;
    int gapMs = DefaultGapMs;
    /// Idle gap: a frame still getting bytes ends, at the next read, once it
    /// has lasted this long, so a stream that never pauses for the gap (a
    /// sensor writing every 20 ms) still shows. 0: the default (gapLimit()).
    int gapLimitMs = 0;
    /// The limit in force: gapLimitMs, or the default for gapMs.
    int gapLimit() const;
    /// 1 s, or ten gaps when that is longer.
    static int defaultGapLimit(int gapMs);
    /// Delimiter mode: any of these ends a frame. The first one to end wins
    /// (with "0D" and "0D0A", "0D" does); of two ending at the same byte, the longer.
    QList<QByteArray> delimiters;
    bool keepDelimiter = true;    ///< the delimiter stays at the end of the frame
    qsizetype fixedLength = 0;
    LengthField length;
    /// A frame that grows past this is closed with the Oversize mark and the
    /// rest follows as further frames (a length field's frame in max-sized
    /// Oversize pieces, then its last piece); nothing ever allocates what a
    /// peer announces. A length smaller than the field's own end makes a frame
    /// of the header alone.
    qsizetype maxFrameBytes = DefaultMaxFrameBytes;

    /// The spec Sockpit 0.1 had: every read is a row.
    static FramingSpec perRead();

    /// A specific, translated reason when the spec cannot work (zero or absurd
    /// sizes, no delimiter, a length field wider than 4 bytes or past the
    /// maximum frame size…).
    Status validate() const;

    /// The command line form: "read", "gap:MS", "delim:HEX[,HEX…]",
    /// "fixed:N", "length:OFFSET,WIDTH,be|le[,payload|whole][,ADJUST]",
    /// optionally followed by ";max:BYTES", for gap ";time:MS" (gapLimitMs)
    /// and, for delim, ";strip".
    /// Delimiters are hex ("0D0A", "0x03", "0d 0a").
    static Result<FramingSpec> parse(const QString &text);
    /// The inverse of parse() (parse(toString()) == *this); also how settings keep it.
    QString toString() const;
    /// One translated sentence for the UI: "A frame ends after 50 ms without new bytes".
    QString describe() const;

    /// Equal when they frame alike: the mode, the maximum and the fields the
    /// mode uses (a gap kept in Delimiter mode does not count).
    bool operator==(const FramingSpec &other) const;
    bool operator!=(const FramingSpec &other) const { return !(*this == other); }
};

} // namespace Sockpit
