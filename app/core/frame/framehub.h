#pragma once

#include "framer.h"
#include "peer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <unordered_map>

namespace Sockpit {

/// The framers of every stream of one session, and the one timer that ends
/// idle gaps for all of them: deadlines come in the order bytes arrived (the
/// gap is the same for every stream), so a FIFO of (stream, deadline) replaces
/// a timer per stream, and a pass handles a bounded number of them; 10,000
/// streams never stall the event loop.
class FrameHub : public QObject
{
    Q_OBJECT
public:
    explicit FrameHub(QObject *parent = nullptr);
    ~FrameHub() override;

    /// Applies to streams from now on; frames in progress are finished first.
    void setSpec(const FramingSpec &spec);
    const FramingSpec &spec() const { return m_spec; }
    /// Datagram sessions: each datagram ends its frames (PerRead and IdleGap:
    /// one frame per datagram, an empty one too; other modes split it, a
    /// remainder is Incomplete). Frames in progress are finished first.
    void setDatagramMode(bool datagram);

    /// Bytes from peer (a stream is keyed by peer.id); one framesReady with the frames they complete.
    void feed(const Peer &peer, const QByteArray &bytes, qint64 msecs);
    /// The stream ended (closed, reset, timed out): its frame in progress comes out.
    void endStream(const Peer &peer);
    /// Every frame in progress comes out now (e.g. before the session stops).
    void finishAll();

    /// Takes the frames instead of framesReady (not emitted while one is set).
    using Consumer = std::function<void(const Peer &peer, const FrameBatch &frames)>;
    void setConsumer(Consumer consumer) { m_consumer = std::move(consumer); }

    qsizetype streamCount() const { return qsizetype(m_streams.size()); }
    /// A frame of peerId's stream is in progress (waiting for more bytes or its gap).
    bool hasPending(quint64 peerId) const
    {
        const auto it = m_streams.find(peerId);
        return it != m_streams.end() && it->second.framer.hasPending();
    }
    /// Which feed (counted over all streams) began peerId's frame in progress;
    /// 0: none is. Idle-gap framing only: what orders frames of two streams
    /// whose first bytes came in the same millisecond.
    quint64 pendingFeed(quint64 peerId) const
    {
        const auto it = m_streams.find(peerId);
        return it != m_streams.end() && it->second.framer.hasPending() ? it->second.frameStartedFeed : 0;
    }
    /// While frames are handed on: the feed that began the first of them.
    quint64 deliveringFeed() const { return m_deliveringFeed; }

    /// Idle-gap deadlines one timer pass looks at, at most; more due ones wait for the next pass.
    static constexpr int GapItemsPerPass = 512;
    /// What the idle-gap timer has done, to show it never holds the loop long.
    struct GapStats
    {
        quint64 passes = 0;       ///< timer passes that looked at due deadlines
        qsizetype largestPass = 0; ///< most deadlines one pass looked at
        quint64 flushed = 0;      ///< frames the gap ended
        quint64 endedByLimit = 0; ///< frames that lasted the spec's gapLimit()
    };
    GapStats gapStats() const { return m_gapStats; }
    /// Milliseconds of a monotonic clock the gaps are measured by; tests drive
    /// time with their own. Empty: the hub's steady clock.
    void setClock(std::function<qint64()> clock) { m_now = std::move(clock); }

signals:
    /// The frames one call completed, in order, all from peer (never empty):
    /// one emission per read, not per frame, as 64-byte frames make millions.
    void framesReady(const Sockpit::Peer &peer, const Sockpit::FrameBatch &frames);

private:
    struct Stream
    {
        Peer peer;
        Framer framer;
        qint64 queuedAt = -1; ///< the time of its latest deadline (m_clock)
        qint64 frameStartedAt = 0; ///< when the frame in progress got its first bytes (m_clock)
        quint64 frameStartedFeed = 0; ///< the feed that began it (idle gap)
    };
    struct Deadline
    {
        quint64 peerId;
        qint64 queuedAt; ///< m_clock's time of the bytes; stale when the stream got bytes since
    };

    void expireGaps();
    void endLongFrame(Stream &stream, qint64 at, FrameBatch &frames);
    void armTimer();
    void emitAll(const Peer &peer, const FrameBatch &frames, quint64 firstFrameFeed);
    /// An empty batch for a feed, its room kept from the feeds before (see m_spare).
    FrameBatch takeSpare();
    void giveBack(FrameBatch &frames);
    void feedDatagram(const Peer &peer, const QByteArray &bytes, qint64 msecs);
    qint64 now() const { return m_now ? m_now() : m_clock.elapsed(); }

    FramingSpec m_spec;
    bool m_datagram = false;
    std::unordered_map<quint64, Stream> m_streams;
    std::deque<Deadline> m_deadlines;
    QTimer m_gapTimer;
    QElapsedTimer m_clock; ///< monotonic: gaps do not follow the wall clock's jumps
    std::function<qint64()> m_now;
    Consumer m_consumer;
    Framer m_datagramFramer;
    GapStats m_gapStats;
    quint64 m_feeds = 0; ///< feeds so far, of every stream
    quint64 m_deliveringFeed = 0;
    /// The last feed's batch, cleared, so that a feed neither allocates nor
    /// grows one; a receiver feeding again meanwhile finds it taken and makes its own.
    FrameBatch m_spare;
};

} // namespace Sockpit
