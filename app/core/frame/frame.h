#pragma once

#include <QByteArray>
#include <QMetaType>

namespace Sockpit {

/// One frame cut from a stream.
struct Frame
{
    enum class Mark : quint8 {
        Complete,   ///< ended as the spec says
        Incomplete, ///< the stream (or datagram) ended before the frame did
        Oversize,   ///< closed at the maximum frame size; the rest follows as further frames
    };

    QByteArray data;
    qint64 firstByteMsecs = 0; ///< when its first byte arrived (ms since the epoch)
    Mark mark = Mark::Complete;
    /// Its delimiter followed it and was left out: in the stream those bytes
    /// end any character the frame leaves unfinished, so it does not carry on
    /// into the next frame's text.
    bool delimiterStripped = false;
};

} // namespace Sockpit

Q_DECLARE_METATYPE(Sockpit::Frame)
