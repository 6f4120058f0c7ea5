#pragma once

#include "frame.h"

#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QVarLengthArray>

#include <vector>

namespace Sockpit {

/// The frames one read (or one end of a stream) completed, in order, without
/// a buffer of their own each: spans over the buffers they were cut from (the
/// read itself, or what the framer held), which the batch keeps alive. 64-byte
/// frames make millions a second; an allocation per frame would cost more than
/// the rest of their way into the log.
class FrameBatch
{
public:
    struct Span
    {
        quint32 offset = 0; ///< in its buffer
        quint32 size = 0;
        qint64 firstByteMsecs = 0;
        quint32 buffer = 0; ///< index of its buffer
        Frame::Mark mark = Frame::Mark::Complete;
        bool delimiterStripped = false; ///< see Frame
    };
    /// One frame of the batch, viewed: valid while the batch lives unchanged.
    struct Ref
    {
        QByteArrayView bytes;
        qint64 firstByteMsecs = 0;
        Frame::Mark mark = Frame::Mark::Complete;
        bool delimiterStripped = false;
    };

    FrameBatch() = default;
    static FrameBatch fromFrames(const QList<Frame> &frames);

    /// A frame made of size bytes of buffer from offset (the buffer is shared, not copied).
    void add(const QByteArray &buffer, qsizetype offset, qsizetype size, qint64 firstByteMsecs, Frame::Mark mark,
             bool delimiterStripped = false)
    {
        addSpan(indexOf(buffer), offset, size, firstByteMsecs, mark, delimiterStripped);
    }
    /// The index by which addSpan() takes buffer; frames cut one after another
    /// from one buffer share its entry (a shared copy has the same data).
    quint32 indexOf(const QByteArray &buffer)
    {
        if (m_buffers.isEmpty() || m_buffers.back().constData() != buffer.constData()
            || m_buffers.back().size() != buffer.size())
            addBuffer(buffer);
        return quint32(m_buffers.size() - 1);
    }
    /// As add(), for a buffer indexOf() gave.
    void addSpan(quint32 buffer, qsizetype offset, qsizetype size, qint64 firstByteMsecs, Frame::Mark mark,
                 bool delimiterStripped = false)
    {
        Q_ASSERT(buffer < quint32(m_buffers.size()) && offset >= 0 && size >= 0
                 && offset + size <= m_buffers[qsizetype(buffer)].size());
        // Field by field in place: a Span built aside and copied in as a
        // whole reads back what was just stored in pieces, a stall per frame.
        Span &span = m_spans.emplace_back();
        span.offset = quint32(offset);
        span.size = quint32(size);
        span.firstByteMsecs = firstByteMsecs;
        span.buffer = buffer;
        span.mark = mark;
        span.delimiterStripped = delimiterStripped;
    }
    /// A frame with a buffer of its own.
    void add(const Frame &frame)
    {
        add(frame.data, 0, frame.data.size(), frame.firstByteMsecs, frame.mark, frame.delimiterStripped);
    }

    bool isEmpty() const { return m_spans.empty(); }
    qsizetype size() const { return qsizetype(m_spans.size()); }
    Ref at(qsizetype i) const;
    /// Frame i with its own QByteArray: the buffer itself when the frame is all of it, else a copy.
    Frame frame(qsizetype i) const;
    QList<Frame> toFrames() const;
    void appendTo(QList<Frame> &out) const;

    const std::vector<Span> &spans() const { return m_spans; }
    const QByteArray &buffer(quint32 index) const { return m_buffers[qsizetype(index)]; }
    /// Forgets the frames; the spans' room is kept for the next batch.
    void clear();
    void swap(FrameBatch &other) noexcept;

    class const_iterator
    {
    public:
        const_iterator(const FrameBatch *batch, qsizetype i)
            : m_batch(batch)
            , m_i(i)
        {
        }
        Ref operator*() const { return m_batch->at(m_i); }
        const_iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        bool operator!=(const const_iterator &other) const { return m_i != other.m_i; }

    private:
        const FrameBatch *m_batch;
        qsizetype m_i;
    };
    const_iterator begin() const { return const_iterator(this, 0); }
    const_iterator end() const { return const_iterator(this, size()); }

private:
    void addBuffer(const QByteArray &buffer);

    QVarLengthArray<QByteArray, 2> m_buffers;
    std::vector<Span> m_spans;
};

} // namespace Sockpit

Q_DECLARE_METATYPE(Sockpit::FrameBatch)
