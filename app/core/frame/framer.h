#pragma once

#include "framingspec.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>

#include <vector>

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
};

/// Cuts one stream's bytes into frames. Pure: no timers, no signals, so the
/// same bytes split anywhere give the same frames (the property the tests and
/// the fuzz target check). Idle-gap timing is driven from outside (FrameHub)
/// through lastByteMsecs() and flushIdle(). An invalid spec frames as the
/// default one.
class Framer
{
public:
    explicit Framer(const FramingSpec &spec = FramingSpec());

    const FramingSpec &spec() const { return m_spec; }

    /// Bytes received at msecs; every frame they complete is appended to out.
    void feed(QByteArrayView bytes, qint64 msecs, QList<Frame> &out);

    /// Bytes of a frame in progress, waiting for more.
    qsizetype pendingBytes() const { return m_pending.size(); }
    bool hasPending() const { return !m_pending.isEmpty(); }
    /// When the last byte of the frame in progress arrived.
    qint64 lastByteMsecs() const { return m_lastByteMsecs; }

    /// The idle gap elapsed: the frame in progress is complete (IdleGap mode;
    /// in other modes it stays pending). Returns false when nothing was flushed.
    bool flushIdle(QList<Frame> &out);
    /// The stream or datagram ended: the frame in progress comes out, marked
    /// Incomplete except in PerRead and IdleGap mode, where the end ends it.
    bool finish(QList<Frame> &out);

private:
    /// Where the frame at the front of the buffered bytes ends; consumed == 0: not yet known.
    struct Cut
    {
        qsizetype size = 0;     ///< bytes that go into the frame
        qsizetype consumed = 0; ///< bytes it takes from the stream (a stripped delimiter too)
        Frame::Mark mark = Frame::Mark::Complete;
    };
    /// One delimiter's search, in positions from the frame start: it resumes
    /// where it stopped, so no byte is looked at twice.
    struct Search
    {
        qsizetype from = 0; ///< no match starts before this
        qsizetype hit = -1; ///< the next match found, or -1
    };

    /// What feed() stamps frames with: a frame starting in bytes of an earlier
    /// read gets that read's time.
    struct Times
    {
        qsizetype oldSize;     ///< bytes pending before this read
        qint64 msecs;          ///< this read's
        qint64 previousMsecs;  ///< the read before's
        qint64 of(qsizetype frameStart) const { return frameStart >= oldSize ? msecs : previousMsecs; }
    };

    /// Cuts every frame the buffered bytes complete; returns the bytes they took.
    qsizetype cutFrames(QByteArrayView all, const Times &times, QList<Frame> &out);
    qsizetype cutAtOneDelimiter(QByteArrayView all, const Times &times, QList<Frame> &out);
    Cut nextCut(QByteArrayView frame);
    Cut delimiterCut(QByteArrayView frame);
    Cut lengthCut(QByteArrayView frame);
    void advance(qsizetype consumed);
    void keepRest(QByteArrayView all, qsizetype start, bool fromPending);
    void feedPerRead(QByteArrayView bytes, qint64 msecs, QList<Frame> &out);
    void takePending(Frame::Mark mark, QList<Frame> &out);
    void resetState();

    FramingSpec m_spec;
    QByteArray m_pending;
    qint64 m_firstByteMsecs = 0;
    qint64 m_lastByteMsecs = 0;
    std::vector<Search> m_search; ///< Delimiter: one per delimiter
    qsizetype m_longestDelimiter = 0;
    qint64 m_remaining = -1;      ///< LengthField: bytes of the announced frame still to cut; -1: header not read
};

} // namespace Sockpit

Q_DECLARE_METATYPE(Sockpit::Frame)
