#pragma once

#include "frame.h"
#include "framebatch.h"
#include "framingspec.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>

#include <vector>

namespace Sockpit {

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

    /// Bytes received at msecs; every frame they complete is appended to out,
    /// as spans of the read where they lie in it whole (no copy).
    void feed(const QByteArray &bytes, qint64 msecs, FrameBatch &out);
    /// The same, each frame with bytes of its own.
    void feed(QByteArrayView bytes, qint64 msecs, QList<Frame> &out);

    /// Bytes of a frame in progress, waiting for more.
    qsizetype pendingBytes() const { return m_pending.size(); }
    bool hasPending() const { return !m_pending.isEmpty(); }
    /// When the last byte of the frame in progress arrived.
    qint64 lastByteMsecs() const { return m_lastByteMsecs; }

    /// The idle gap elapsed: the frame in progress is complete (IdleGap mode;
    /// in other modes it stays pending). Returns false when nothing was flushed.
    bool flushIdle(FrameBatch &out);
    bool flushIdle(QList<Frame> &out);
    /// The stream or datagram ended: the frame in progress comes out, marked
    /// Incomplete except in PerRead and IdleGap mode, where the end ends it.
    bool finish(FrameBatch &out);
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

    /// The frame in progress completed from the read's first bytes; returns
    /// where in the read the next frame starts, or -1: all of it is pending.
    qsizetype completePending(const QByteArray &read, Times times, FrameBatch &out);
    /// Cuts every frame the bytes of all from start complete; returns where the first unfinished one starts.
    qsizetype cut(const QByteArray &all, qsizetype start, const Times &times, FrameBatch &out);
    qsizetype cutFrames(const QByteArray &all, qsizetype start, const Times &times, FrameBatch &out);
    qsizetype cutAtOneDelimiter(const QByteArray &all, qsizetype start, const Times &times, FrameBatch &out);
    /// find(start, from): the delimiter's first match at or after start + from, relative to start, or -1.
    template <typename Find>
    qsizetype cutAtOneDelimiterWith(const QByteArray &all, qsizetype start, const Times &times, FrameBatch &out,
                                    Find &&find);
    Cut nextCut(QByteArrayView frame);
    Cut delimiterCut(QByteArrayView frame);
    Cut lengthCut(QByteArrayView frame);
    void advance(qsizetype consumed);
    void feedPerRead(const QByteArray &bytes, qint64 msecs, FrameBatch &out);
    void takePending(Frame::Mark mark, FrameBatch &out);
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
