#include "framehub.h"

#include <algorithm>

namespace Sockpit {

FrameHub::FrameHub(QObject *parent)
    : QObject(parent)
    , m_datagramFramer(m_spec)
{
    m_gapTimer.setSingleShot(true);
    connect(&m_gapTimer, &QTimer::timeout, this, &FrameHub::expireGaps);
    m_clock.start();
}

FrameHub::~FrameHub() = default;

void FrameHub::setSpec(const FramingSpec &spec)
{
    finishAll();
    m_spec = spec;
    m_datagramFramer = Framer(spec);
}

void FrameHub::setDatagramMode(bool datagram)
{
    if (datagram == m_datagram)
        return;
    finishAll();
    m_datagram = datagram;
}

void FrameHub::feed(const Peer &peer, const QByteArray &bytes, qint64 msecs)
{
    if (m_datagram) {
        feedDatagram(peer, bytes, msecs);
        return;
    }
    if (bytes.isEmpty())
        return;
    auto it = m_streams.find(peer.id);
    if (it == m_streams.end())
        it = m_streams.emplace(peer.id, Stream{peer, Framer(m_spec)}).first;
    Stream &stream = it->second;
    FrameBatch frames = takeSpare();
    const quint64 feedNumber = ++m_feeds;
    // The first frame out of this feed began with the frame in progress, or in this read.
    const quint64 firstFrameFeed = stream.framer.hasPending() ? stream.frameStartedFeed : feedNumber;
    const bool idleGap = stream.framer.spec().mode == FramingSpec::Mode::IdleGap;
    const qint64 at = idleGap ? now() : 0;
    if (idleGap)
        endLongFrame(stream, at, frames);
    const bool wasPending = stream.framer.hasPending();
    const qsizetype framesBefore = frames.size();
    stream.framer.feed(bytes, msecs, frames);
    if (idleGap && stream.framer.hasPending()) {
        if (!wasPending || frames.size() > framesBefore) {
            stream.frameStartedAt = at; // the frame in progress began in this read
            stream.frameStartedFeed = feedNumber;
        }
        // Deadlines of one millisecond share an entry; the latest one counts.
        if (stream.queuedAt != at) {
            stream.queuedAt = at;
            m_deadlines.push_back(Deadline{peer.id, at});
        }
        if (!m_gapTimer.isActive())
            armTimer();
    }
    emitAll(peer, frames, firstFrameFeed);
    giveBack(frames);
}

// A frame that has lasted the limit ends before the read that comes after it:
// a stream that never pauses for the gap still shows, a frame at least every
// limit, and nothing waits behind it (held sends) for longer.
void FrameHub::endLongFrame(Stream &stream, qint64 at, FrameBatch &frames)
{
    if (!stream.framer.hasPending() || at - stream.frameStartedAt < stream.framer.spec().gapLimit())
        return;
    if (stream.framer.flushIdle(frames))
        ++m_gapStats.endedByLimit;
}

// A datagram never carries into the next one: it ends its own frames.
void FrameHub::feedDatagram(const Peer &peer, const QByteArray &bytes, qint64 msecs)
{
    FrameBatch frames;
    const FramingSpec::Mode mode = m_datagramFramer.spec().mode;
    const bool wholeDatagram = mode == FramingSpec::Mode::PerRead || mode == FramingSpec::Mode::IdleGap;
    if (bytes.isEmpty()) {
        // An empty datagram still arrived; as a frame of its own it shows.
        if (wholeDatagram)
            frames.add(Frame{QByteArray(), msecs, Frame::Mark::Complete});
    } else {
        m_datagramFramer.feed(bytes, msecs, frames);
        m_datagramFramer.finish(frames);
    }
    emitAll(peer, frames, ++m_feeds);
}

void FrameHub::endStream(const Peer &peer)
{
    const auto it = m_streams.find(peer.id);
    if (it == m_streams.end())
        return;
    FrameBatch frames;
    it->second.framer.finish(frames);
    const Peer known = it->second.peer;
    const quint64 firstFrameFeed = it->second.frameStartedFeed;
    m_streams.erase(it);
    // Its deadlines go stale: expireGaps skips streams it cannot find.
    if (m_streams.empty()) {
        m_deadlines.clear();
        m_gapTimer.stop();
    }
    emitAll(known, frames, firstFrameFeed);
}

void FrameHub::finishAll()
{
    // Taken out first: a receiver of framesReady may feed new bytes meanwhile.
    std::unordered_map<quint64, Stream> streams;
    streams.swap(m_streams);
    m_deadlines.clear();
    m_gapTimer.stop();
    for (auto &entry : streams) {
        FrameBatch frames;
        entry.second.framer.finish(frames);
        emitAll(entry.second.peer, frames, entry.second.frameStartedFeed);
    }
}

// Deadlines are in arrival order and the gap is one for all, so the due ones
// are at the front; a pass looks at GapItemsPerPass of them at most and
// re-arms at once for the rest, letting the event loop run in between.
void FrameHub::expireGaps()
{
    const qint64 gap = m_datagramFramer.spec().gapMs;
    const qint64 at = now();
    qsizetype looked = 0;
    while (!m_deadlines.empty() && looked < GapItemsPerPass) {
        const Deadline due = m_deadlines.front();
        if (due.queuedAt + gap > at)
            break;
        m_deadlines.pop_front();
        ++looked;
        const auto it = m_streams.find(due.peerId);
        if (it == m_streams.end() || it->second.queuedAt != due.queuedAt)
            continue; // stale: the stream ended or got bytes since
        FrameBatch frames;
        if (!it->second.framer.flushIdle(frames))
            continue;
        const Peer peer = it->second.peer;
        ++m_gapStats.flushed;
        emitAll(peer, frames, it->second.frameStartedFeed);
    }
    if (looked > 0) {
        ++m_gapStats.passes;
        m_gapStats.largestPass = std::max(m_gapStats.largestPass, looked);
    }
    armTimer();
}

void FrameHub::armTimer()
{
    if (m_deadlines.empty()) {
        m_gapTimer.stop();
        return;
    }
    const qint64 gap = m_datagramFramer.spec().gapMs;
    const qint64 wait = m_deadlines.front().queuedAt + gap - now();
    m_gapTimer.start(int(std::clamp<qint64>(wait, 0, gap)));
}

void FrameHub::emitAll(const Peer &peer, const FrameBatch &frames, quint64 firstFrameFeed)
{
    if (frames.isEmpty())
        return;
    m_deliveringFeed = firstFrameFeed;
    if (m_consumer)
        m_consumer(peer, frames);
    else
        emit framesReady(peer, frames);
}

FrameBatch FrameHub::takeSpare()
{
    FrameBatch frames;
    frames.swap(m_spare);
    return frames;
}

void FrameHub::giveBack(FrameBatch &frames)
{
    frames.clear();
    m_spare.swap(frames);
}

} // namespace Sockpit
