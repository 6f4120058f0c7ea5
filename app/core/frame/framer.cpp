#include "framer.h"

#include "delimiterscan.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <utility>

namespace Sockpit {

namespace {

using Mode = FramingSpec::Mode;
constexpr quint32 NoBuffer = ~quint32(0);

quint32 readField(QByteArrayView bytes, int width, bool bigEndian)
{
    quint32 value = 0;
    for (int i = 0; i < width; ++i) {
        const int index = bigEndian ? i : width - 1 - i;
        value = (value << 8) | uchar(bytes[index]);
    }
    return value;
}

// The first c in [from, end). Frames are tens of bytes: a few 16-byte
// compares reach the next delimiter before a call to memchr is set up.
inline const char *findByte(const char *from, const char *end, char c)
{
#if defined(__SSE2__)
    const __m128i wanted = _mm_set1_epi8(c);
    for (int step = 0; step < 8 && end - from >= 16; ++step, from += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(from));
        const int found = _mm_movemask_epi8(_mm_cmpeq_epi8(chunk, wanted));
        if (found != 0)
            return from + __builtin_ctz(unsigned(found));
    }
#endif
    return static_cast<const char *>(std::memchr(from, c, size_t(end - from)));
}

// The first match of needle at or after from. Delimiters are short: a scan
// for the first byte and a compare beats a general search's set-up on frames
// of tens of bytes.
inline qsizetype find(QByteArrayView haystack, const QByteArray &needle, qsizetype from)
{
    const qsizetype length = needle.size();
    const char first = needle.front();
    const char *data = haystack.data();
    const qsizetype last = haystack.size() - length; // the last start a match can have
    while (from <= last) {
        const char *hit = findByte(data + from, data + last + 1, first);
        if (!hit)
            return -1;
        const qsizetype at = hit - data;
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
    FrameBatch batch;
    feed(bytes.toByteArray(), msecs, batch);
    batch.appendTo(out);
}

void Framer::feed(const QByteArray &read, qint64 msecs, FrameBatch &out)
{
    if (read.isEmpty())
        return;
    if (m_spec.mode == Mode::PerRead) {
        feedPerRead(read, msecs, out);
        return;
    }
    const qint64 previousMsecs = m_lastByteMsecs;
    if (m_pending.isEmpty())
        m_firstByteMsecs = msecs;
    m_lastByteMsecs = msecs;
    // Idle-gap frames of a stream that keeps coming end every maxFrameBytes:
    // the pending frame takes only what completes it.
    const qsizetype max = m_spec.maxFrameBytes;
    qsizetype from = 0; // where in the read the frames cut straight from it start
    if (m_spec.mode == Mode::IdleGap && !m_pending.isEmpty() && m_pending.size() + read.size() > max) {
        from = max - m_pending.size();
        m_pending.append(read.constData(), from);
        const QByteArray frame = std::exchange(m_pending, QByteArray());
        out.add(frame, 0, frame.size(), m_firstByteMsecs, Frame::Mark::Oversize);
        m_firstByteMsecs = msecs;
    }
    if (!m_pending.isEmpty()) {
        from = completePending(read, Times{m_pending.size(), msecs, previousMsecs}, out);
        if (from < 0)
            return;
    }
    // The rest are spans of the read itself; only its unfinished end is copied.
    const qsizetype end = cut(read, from, Times{0, msecs, msecs}, out);
    if (end < read.size())
        m_pending = QByteArray(read.constData() + end, read.size() - end);
}

// The frame in progress takes the read's first bytes, a slice at a time (each
// twice the one before, so no byte is copied more than about twice), until it
// is complete: from there the frames lie in the read whole, and the bytes
// after the last slice need not be copied at all. Returns where in the read
// the next frame starts, or -1 when the read ended first (all of it is pending).
qsizetype Framer::completePending(const QByteArray &read, Times times, FrameBatch &out)
{
    qsizetype used = 0; // bytes of the read appended to m_pending, after times.oldSize older ones
    qsizetype step = std::max<qsizetype>(256, m_pending.size());
    for (;;) {
        const qsizetype take = std::min(step, read.size() - used);
        m_pending.append(read.constData() + used, take);
        used += take;
        const QByteArray all = m_pending; // the frames share it
        const qsizetype start = cut(all, 0, times, out);
        if (start >= times.oldSize) {
            m_pending = QByteArray();
            return start - times.oldSize;
        }
        // The next frame starts in the older bytes still (an oversize cut).
        if (start > 0) {
            m_pending = QByteArray(all.constData() + start, all.size() - start);
            times.oldSize -= start;
        }
        if (used == read.size())
            return -1;
        step *= 2;
    }
}

qsizetype Framer::cut(const QByteArray &all, qsizetype from, const Times &times, FrameBatch &out)
{
    return m_spec.mode == Mode::Delimiter && m_search.size() == 1 ? cutAtOneDelimiter(all, from, times, out)
                                                                   : cutFrames(all, from, times, out);
}

qsizetype Framer::cutFrames(const QByteArray &all, qsizetype start, const Times &times, FrameBatch &out)
{
    for (;;) {
        const Cut cut = nextCut(QByteArrayView(all).sliced(start));
        if (cut.consumed == 0)
            break;
        out.add(all, start, cut.size, m_firstByteMsecs, cut.mark, cut.consumed > cut.size);
        start += cut.consumed;
        advance(cut.consumed);
        m_firstByteMsecs = times.of(start);
    }
    return start;
}

// The usual delimiter framing, one delimiter, as delimiterCut() and advance()
// do it for many, without their per-frame set-up: the read is gone through
// once. One or two bytes (the usual ones) are found by a scan of the whole
// buffer; longer ones by a search from each frame's start.
qsizetype Framer::cutAtOneDelimiter(const QByteArray &all, qsizetype start, const Times &times, FrameBatch &out)
{
    const QByteArray &delimiter = m_spec.delimiters.front();
    if (DelimiterScan::handles(delimiter)) {
        DelimiterScan scan(all.constData(), all.size(), delimiter);
        return cutAtOneDelimiterWith(all, start, times, out, [&scan](qsizetype frameStart, qsizetype from) {
            const qsizetype at = scan.next(frameStart + from);
            return at < 0 ? at : at - frameStart;
        });
    }
    const char *data = all.constData();
    return cutAtOneDelimiterWith(all, start, times, out, [&](qsizetype frameStart, qsizetype from) {
        return findDelimiter(QByteArrayView(data + frameStart, all.size() - frameStart), delimiter, from);
    });
}

// The search state and the frame's time are kept in locals while the frames
// are cut: stored through this and the batch's spans they would be read back
// from memory every frame.
template <typename Find>
qsizetype Framer::cutAtOneDelimiterWith(const QByteArray &all, qsizetype start, const Times &times, FrameBatch &out,
                                        Find &&find)
{
    const qsizetype length = m_spec.delimiters.front().size();
    const qsizetype max = m_spec.maxFrameBytes;
    const bool keep = m_spec.keepDelimiter;
    const qsizetype certain = keep ? max : max + length;
    const qsizetype total = all.size();
    Search &search = m_search.front();
    qsizetype from = search.from;
    qsizetype hit = search.hit;
    qint64 firstByteMsecs = m_firstByteMsecs;
    quint32 buffer = NoBuffer; // taken into the batch with its first frame
    for (;;) {
        const qsizetype avail = total - start;
        if (hit < 0 && from + length <= avail) {
            hit = find(start, from);
            if (hit < 0)
                from = avail - length + 1;
        }
        Cut cut{max, max, Frame::Mark::Oversize};
        if (hit >= 0) {
            const qsizetype size = keep ? hit + length : hit;
            if (size <= max)
                cut = Cut{size, hit + length, Frame::Mark::Complete};
        } else if (avail < certain) {
            break;
        }
        if (buffer == NoBuffer)
            buffer = out.indexOf(all);
        out.addSpan(buffer, start, cut.size, firstByteMsecs, cut.mark, cut.consumed > cut.size);
        start += cut.consumed;
        hit = hit < cut.consumed ? -1 : hit - cut.consumed;
        from = std::max<qsizetype>(0, from - cut.consumed);
        firstByteMsecs = times.of(start);
    }
    search.from = from;
    search.hit = hit;
    m_firstByteMsecs = firstByteMsecs;
    return start;
}

void Framer::feedPerRead(const QByteArray &bytes, qint64 msecs, FrameBatch &out)
{
    m_firstByteMsecs = msecs;
    m_lastByteMsecs = msecs;
    const qsizetype max = m_spec.maxFrameBytes;
    qsizetype offset = 0;
    for (; bytes.size() - offset > max; offset += max)
        out.add(bytes, offset, max, msecs, Frame::Mark::Oversize);
    out.add(bytes, offset, bytes.size() - offset, msecs, Frame::Mark::Complete);
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
    FrameBatch batch;
    const bool flushed = flushIdle(batch);
    batch.appendTo(out);
    return flushed;
}

bool Framer::flushIdle(FrameBatch &out)
{
    if (m_spec.mode != Mode::IdleGap || m_pending.isEmpty())
        return false;
    takePending(Frame::Mark::Complete, out);
    return true;
}

bool Framer::finish(QList<Frame> &out)
{
    FrameBatch batch;
    const bool finished = finish(batch);
    batch.appendTo(out);
    return finished;
}

bool Framer::finish(FrameBatch &out)
{
    if (m_pending.isEmpty()) {
        resetState();
        return false;
    }
    const bool endEnds = m_spec.mode == Mode::PerRead || m_spec.mode == Mode::IdleGap;
    // Only delimiter framing with the delimiter stripped may hold more than max.
    const qsizetype max = m_spec.maxFrameBytes;
    if (m_pending.size() > max) {
        qsizetype offset = 0;
        qint64 msecs = m_firstByteMsecs;
        for (; m_pending.size() - offset > max; offset += max) {
            out.add(m_pending, offset, max, msecs, Frame::Mark::Oversize);
            msecs = m_lastByteMsecs;
        }
        m_pending = QByteArray(m_pending.constData() + offset, m_pending.size() - offset);
        m_firstByteMsecs = msecs;
    }
    takePending(endEnds ? Frame::Mark::Complete : Frame::Mark::Incomplete, out);
    resetState();
    return true;
}

void Framer::takePending(Frame::Mark mark, FrameBatch &out)
{
    QByteArray frame = std::exchange(m_pending, QByteArray());
    trim(frame);
    out.add(frame, 0, frame.size(), m_firstByteMsecs, mark);
}

void Framer::resetState()
{
    std::fill(m_search.begin(), m_search.end(), Search());
    m_remaining = -1;
}

} // namespace Sockpit
