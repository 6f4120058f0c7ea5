#include "framebatch.h"

#include <utility>

namespace Sockpit {

FrameBatch FrameBatch::fromFrames(const QList<Frame> &frames)
{
    FrameBatch batch;
    batch.m_spans.reserve(size_t(frames.size()));
    for (const Frame &frame : frames)
        batch.add(frame);
    return batch;
}

void FrameBatch::addBuffer(const QByteArray &buffer)
{
    // Offsets and sizes are 32 bits: a read or a framer's pending bytes are far smaller.
    Q_ASSERT(buffer.size() <= qsizetype(UINT32_MAX));
    m_buffers.append(buffer);
}

FrameBatch::Ref FrameBatch::at(qsizetype i) const
{
    const Span &span = m_spans[size_t(i)];
    const QByteArray &bytes = m_buffers[qsizetype(span.buffer)];
    return Ref{QByteArrayView(bytes.constData() + span.offset, span.size), span.firstByteMsecs, span.mark,
               span.delimiterStripped};
}

Frame FrameBatch::frame(qsizetype i) const
{
    const Span &span = m_spans[size_t(i)];
    const QByteArray &bytes = m_buffers[qsizetype(span.buffer)];
    if (span.offset == 0 && qsizetype(span.size) == bytes.size())
        return Frame{bytes, span.firstByteMsecs, span.mark, span.delimiterStripped};
    return Frame{QByteArray(bytes.constData() + span.offset, span.size), span.firstByteMsecs, span.mark,
                 span.delimiterStripped};
}

QList<Frame> FrameBatch::toFrames() const
{
    QList<Frame> frames;
    appendTo(frames);
    return frames;
}

void FrameBatch::appendTo(QList<Frame> &out) const
{
    out.reserve(out.size() + size());
    for (qsizetype i = 0; i < size(); ++i)
        out.append(frame(i));
}

void FrameBatch::clear()
{
    m_buffers.clear();
    m_spans.clear();
}

void FrameBatch::swap(FrameBatch &other) noexcept
{
    std::swap(m_buffers, other.m_buffers);
    m_spans.swap(other.m_spans);
}

} // namespace Sockpit
