#include "framer.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace Sockpit {

namespace {

using Mode = FramingSpec::Mode;

quint32 readField(QByteArrayView bytes, int width, bool bigEndian)
{
    quint32 value = 0;
    for (int i = 0; i < width; ++i) {
        const int index = bigEndian ? i : width - 1 - i;
        value = (value << 8) | uchar(bytes[index]);
    }
    return value;
}

// The first match of needle at or after from. Delimiters are short: memchr
// for the first byte and a compare beats a general search's set-up on frames
// of tens of bytes.
qsizetype find(QByteArrayView haystack, const QByteArray &needle, qsizetype from)
{
    const qsizetype length = needle.size();
    const char first = needle.front();
    const char *data = haystack.data();
    const qsizetype last = haystack.size() - length; // the last start a match can have
    while (from <= last) {
        const void *hit = std::memchr(data + from, first, size_t(last - from + 1));
        if (!hit)
            return -1;
        const qsizetype at = static_cast<const char *>(hit) - data;
        // The rest compared in line: a call to memcmp costs more than a delimiter's few bytes.
        qsizetype same = 1;
        while (same < length && data[at + same] == needle[same])
            ++same;
        if (same == length)
            return at;
        from = at + 1;
    }
    return -1;
}

qsizetype findDelimiter(QByteArrayView haystack, const QByteArray &delimiter, qsizetype from)
{
    return delimiter.size() <= 8 ? find(haystack, delimiter, from) : haystack.indexOf(QByteArrayView(delimiter), from);
}

// A frame whose buffer holds far more than its bytes gives the rest back.
void trim(QByteArray &bytes)
{
    if (bytes.capacity() > 4096 && bytes.capacity() > 4 * bytes.size())
        bytes.squeeze();
}

} // namespace

Framer::Framer(const FramingSpec &spec)
    : m_spec(spec.validate().ok() ? spec : FramingSpec())
{
    if (m_spec.mode == Mode::Delimiter) {
        m_search.resize(size_t(m_spec.delimiters.size()));
        for (const QByteArray &delimiter : m_spec.delimiters)
            m_longestDelimiter = std::max(m_longestDelimiter, delimiter.size());
    }
}

void Framer::feed(QByteArrayView bytes, qint64 msecs, QList<Frame> &out)
{
    if (bytes.isEmpty())
        return;
    if (m_spec.mode == Mode::PerRead) {
        feedPerRead(bytes, msecs, out);
        return;
    }
    const qint64 previousMsecs = m_lastByteMsecs;
    if (m_pending.isEmpty())
        m_firstByteMsecs = msecs;
    m_lastByteMsecs = msecs;
    // Idle-gap frames of a stream that keeps coming end every maxFrameBytes:
    // the pending frame takes only what completes it, and the rest of the read
    // is cut straight from it (one copy per byte instead of two).
    const qsizetype max = m_spec.maxFrameBytes;
    if (m_spec.mode == Mode::IdleGap && !m_pending.isEmpty() && m_pending.size() + bytes.size() > max) {
        const qsizetype completing = max - m_pending.size();
        m_pending.append(bytes.data(), completing);
        out.append(Frame{std::exchange(m_pending, QByteArray()), m_firstByteMsecs, Frame::Mark::Oversize});
        bytes = bytes.sliced(completing);
        m_firstByteMsecs = msecs;
    }
    // With nothing pending the frames are cut straight from the read: one copy
    // per frame, and only the unfinished rest is kept.
    const qsizetype oldSize = m_pending.size();
    const bool fromPending = oldSize > 0;
    if (fromPending)
        m_pending.append(bytes.data(), bytes.size());
    const QByteArrayView all = fromPending ? QByteArrayView(m_pending) : bytes;
    const Times times{oldSize, msecs, previousMsecs};
    const qsizetype start = m_spec.mode == Mode::Delimiter && m_search.size() == 1 ? cutAtOneDelimiter(all, times, out)
                                                                                  : cutFrames(all, times, out);
    keepRest(all, start, fromPending);
}

qsizetype Framer::cutFrames(QByteArrayView all, const Times &times, QList<Frame> &out)
{
    qsizetype start = 0;
    for (;;) {
        const Cut cut = nextCut(all.sliced(start));
        if (cut.consumed == 0)
            break;
        out.append(Frame{QByteArray(all.data() + start, cut.size), m_firstByteMsecs, cut.mark});
        start += cut.consumed;
        advance(cut.consumed);
        m_firstByteMsecs = times.of(start);
    }
    return start;
}

// The usual delimiter framing, one delimiter, as delimiterCut() and advance()
// do it for many, without their per-frame set-up: the read is gone through
// once, a memchr from each frame's start.
qsizetype Framer::cutAtOneDelimiter(QByteArrayView all, const Times &times, QList<Frame> &out)
{
    const QByteArray &delimiter = m_spec.delimiters.front();
    const qsizetype length = delimiter.size();
    const qsizetype max = m_spec.maxFrameBytes;
    const qsizetype certain = m_spec.keepDelimiter ? max : max + length;
    Search &search = m_search.front();
    const char *data = all.data();
    qsizetype start = 0;
    for (;;) {
        const qsizetype avail = all.size() - start;
        if (search.hit < 0 && search.from + length <= avail) {
            const qsizetype at = findDelimiter(QByteArrayView(data + start, avail), delimiter, search.from);
            if (at >= 0)
                search.hit = at;
            else
                search.from = avail - length + 1;
        }
        Cut cut{max, max, Frame::Mark::Oversize};
        if (search.hit >= 0) {
            const qsizetype size = m_spec.keepDelimiter ? search.hit + length : search.hit;
            if (size <= max)
                cut = Cut{size, search.hit + length, Frame::Mark::Complete};
        } else if (avail < certain) {
            break;
        }
        out.append(Frame{QByteArray(data + start, cut.size), m_firstByteMsecs, cut.mark});
        start += cut.consumed;
        search.hit = search.hit < cut.consumed ? -1 : search.hit - cut.consumed;
        search.from = std::max<qsizetype>(0, search.from - cut.consumed);
        m_firstByteMsecs = times.of(start);
    }
    return start;
}

void Framer::keepRest(QByteArrayView all, qsizetype start, bool fromPending)
{
    if (!fromPending) {
        if (start < all.size())
            m_pending = all.sliced(start).toByteArray();
        return;
    }
    if (start == m_pending.size()) {
        m_pending = QByteArray();
    } else if (start > 0) {
        m_pending.remove(0, start);
        trim(m_pending);
    }
}

void Framer::feedPerRead(QByteArrayView bytes, qint64 msecs, QList<Frame> &out)
{
    m_firstByteMsecs = msecs;
    m_lastByteMsecs = msecs;
    const qsizetype max = m_spec.maxFrameBytes;
    while (bytes.size() > max) {
        out.append(Frame{bytes.first(max).toByteArray(), msecs, Frame::Mark::Oversize});
        bytes = bytes.sliced(max);
    }
    out.append(Frame{bytes.toByteArray(), msecs, Frame::Mark::Complete});
}

Framer::Cut Framer::nextCut(QByteArrayView frame)
{
    const qsizetype max = m_spec.maxFrameBytes;
    switch (m_spec.mode) {
    case Mode::PerRead:
    case Mode::IdleGap:
        if (frame.size() > max)
            return Cut{max, max, Frame::Mark::Oversize};
        return Cut();
    case Mode::Delimiter:
        return delimiterCut(frame);
    case Mode::FixedLength:
        if (frame.size() >= m_spec.fixedLength)
            return Cut{m_spec.fixedLength, m_spec.fixedLength, Frame::Mark::Complete};
        return Cut();
    case Mode::LengthField:
        return lengthCut(frame);
    }
    return Cut();
}

// The frame ends where the first delimiter match ends (on a tie the longer,
// earlier-starting match wins): a rule the bytes decide alone, wherever the
// reads split them.
Framer::Cut Framer::delimiterCut(QByteArrayView frame)
{
    const qsizetype avail = frame.size();
    qsizetype bestStart = -1;
    qsizetype bestEnd = 0;
    for (size_t i = 0; i < m_search.size(); ++i) {
        Search &search = m_search[i];
        const QByteArray &delimiter = m_spec.delimiters.at(qsizetype(i));
        const qsizetype length = delimiter.size();
        if (search.hit < 0 && search.from + length <= avail) {
            const qsizetype at = findDelimiter(frame, delimiter, search.from);
            if (at >= 0)
                search.hit = at;
            else
                search.from = avail - length + 1;
        }
        if (search.hit < 0)
            continue;
        const qsizetype end = search.hit + length;
        if (bestStart < 0 || end < bestEnd || (end == bestEnd && search.hit < bestStart)) {
            bestStart = search.hit;
            bestEnd = end;
        }
    }
    const qsizetype max = m_spec.maxFrameBytes;
    if (bestStart >= 0) {
        const qsizetype size = m_spec.keepDelimiter ? bestEnd : bestStart;
        if (size <= max)
            return Cut{size, bestEnd, Frame::Mark::Complete};
        return Cut{max, max, Frame::Mark::Oversize};
    }
    // No match yet: once no later match could end the frame within max, cut there.
    const qsizetype certain = m_spec.keepDelimiter ? max : max + m_longestDelimiter;
    if (avail >= certain)
        return Cut{max, max, Frame::Mark::Oversize};
    return Cut();
}

// The announced length is only a count to cut by: bytes are kept only as they
// arrive, and an announcement past max comes out in max-sized Oversize pieces.
Framer::Cut Framer::lengthCut(QByteArrayView frame)
{
    const FramingSpec::LengthField &field = m_spec.length;
    const qsizetype max = m_spec.maxFrameBytes;
    if (m_remaining < 0) {
        const qint64 header = qint64(field.offset) + field.width;
        if (frame.size() < header)
            return Cut();
        const qint64 value = readField(frame.sliced(field.offset), field.width, field.bigEndian);
        const qint64 total = (field.countsWholeFrame ? value : header + value) + field.adjust;
        // A length shorter than its own header cannot be: the header alone is the frame.
        m_remaining = std::max(total, header);
    }
    if (m_remaining > max) {
        if (frame.size() < max)
            return Cut();
        m_remaining -= max;
        return Cut{max, max, Frame::Mark::Oversize};
    }
    if (frame.size() < m_remaining)
        return Cut();
    const qsizetype size = qsizetype(m_remaining);
    m_remaining = -1;
    return Cut{size, size, Frame::Mark::Complete};
}

void Framer::advance(qsizetype consumed)
{
    for (Search &search : m_search) {
        if (search.hit < consumed)
            search.hit = -1;
        else
            search.hit -= consumed;
        search.from = std::max<qsizetype>(0, search.from - consumed);
    }
}

bool Framer::flushIdle(QList<Frame> &out)
{
    if (m_spec.mode != Mode::IdleGap || m_pending.isEmpty())
        return false;
    takePending(Frame::Mark::Complete, out);
    return true;
}

bool Framer::finish(QList<Frame> &out)
{
    if (m_pending.isEmpty()) {
        resetState();
        return false;
    }
    const bool endEnds = m_spec.mode == Mode::PerRead || m_spec.mode == Mode::IdleGap;
    // Only delimiter framing with the delimiter stripped may hold more than max.
    const qsizetype max = m_spec.maxFrameBytes;
    if (m_pending.size() > max) {
        QByteArrayView rest(m_pending);
        qint64 msecs = m_firstByteMsecs;
        while (rest.size() > max) {
            out.append(Frame{rest.first(max).toByteArray(), msecs, Frame::Mark::Oversize});
            rest = rest.sliced(max);
            msecs = m_lastByteMsecs;
        }
        m_pending = rest.toByteArray();
        m_firstByteMsecs = msecs;
    }
    takePending(endEnds ? Frame::Mark::Complete : Frame::Mark::Incomplete, out);
    resetState();
    return true;
}

void Framer::takePending(Frame::Mark mark, QList<Frame> &out)
{
    Frame frame{std::move(m_pending), m_firstByteMsecs, mark};
    m_pending = QByteArray();
    trim(frame.data);
    out.append(std::move(frame));
}

void Framer::resetState()
{
    std::fill(m_search.begin(), m_search.end(), Search());
    m_remaining = -1;
}

} // namespace Sockpit
