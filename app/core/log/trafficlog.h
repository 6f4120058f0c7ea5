#pragma once

#include "charboundary.h"
#include "checksum.h"
#include "codec.h"
#include "framebatch.h"
#include "peer.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <algorithm>
#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>

namespace Sockpit {

enum class Direction : quint8 { Rx, Tx, Info, Error };

/// One line of the traffic log. Payload entries keep their raw bytes; text is
/// the payload decoded in the log's encoding (stream-wise for TCP), or the
/// message of an Info/Error entry. TrafficLog::at() decodes the text (see
/// TrafficLog); TrafficLog::peekAt() leaves it as it is.
struct LogEntry
{
    quint64 seq = 0;
    qint64 msecsSinceEpoch = 0;
    Direction direction = Direction::Info;
    bool datagram = false; ///< decoded on its own rather than as part of a stream
    /// The last received entry of a stream that has ended, or a frame whose
    /// stripped delimiter ends its text: a half character at its end shows as U+FFFD.
    bool endsStream = false;
    Peer peer;
    QByteArray data;
    QString text;
    /// Received frames: how the frame ended (Incomplete: the stream ended first;
    /// Oversize: cut at the maximum frame size). Complete for everything else.
    Frame::Mark frameMark = Frame::Mark::Complete;
    /// A received frame (TrafficLog::appendFrame): its row shows its length and marks.
    bool frame = false;
    /// Received frames checked against the receive checksum.
    enum class Check : quint8 { None, Good, Bad, TooShort }; ///< TooShort: no room for the checksum (a bad frame)
    Check check = Check::None;
    Checksum::Algorithm checkAlgorithm = Checksum::Algorithm::Crc16Modbus; ///< what check is about
    quint32 checkExpected = 0; ///< computed over the frame (Check::Bad shows both)
    quint32 checkReceived = 0; ///< the frame's own last bytes

    bool isPayload() const { return direction == Direction::Rx || direction == Direction::Tx; }
};

/// Running totals; they count everything, including entries that later fall out of the ring.
struct TrafficCounters
{
    quint64 rxBytes = 0;  ///< as they arrived (a frame may leave its delimiter out)
    quint64 rxChunks = 0; ///< reads, or frames once received bytes are framed
    quint64 txBytes = 0;
    quint64 txChunks = 0;
    quint64 evictedEntries = 0; ///< entries dropped from the ring to stay under capacity
    quint64 badFrames = 0;      ///< received frames whose checksum did not match
};

/// The traffic log store: a ring of entries bounded by memory, so a flood keeps
/// memory flat. Entries are addressed by a sequence number that only grows;
/// views poll [firstSeq(), endSeq()) on a timer instead of a signal per packet.
///
/// Payload text is decoded lazily: under a flood almost every entry leaves the
/// ring unseen, so decoding at ingestion would be the receive path's main cost.
/// For the encodings Sockpit offers, ingestion only finds where the last
/// character of each read ends (a few bytes looked at) and keeps the unfinished
/// one with the next entry of the stream, so an entry decodes on its own later
/// and a character split across reads still shows whole. Other encodings are
/// decoded at ingestion, stream by stream.
class TrafficLog : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultCapacityBytes = 16 * 1024 * 1024;

    /// The start of a payload's text, for a row of a view.
    struct TextPreview
    {
        QString text;
        qsizetype moreBytes = 0; ///< bytes of the payload not decoded into text
        qsizetype moreChars = 0; ///< characters not in text (entries decoded in full)
    };

    explicit TrafficLog(QObject *parent = nullptr);
    ~TrafficLog() override;

    /// What the heap spends on a buffer besides its bytes (Qt's header, the allocator's).
    static constexpr qint64 AllocationOverheadBytes = 32;

    void setCapacityBytes(qint64 bytes);
    qint64 capacityBytes() const { return m_capacity; }
    /// What the entries cost: the memory they hold (raw bytes and text with
    /// their buffers' spare room, and bookkeeping). Exact: decodes whatever text
    /// is still pending, so call it from tests and reports, not per packet.
    /// A payload whose buffer is mostly spare room (a 64 KiB read buffer holding
    /// one byte) is copied on the way in, so the ring keeps the bytes alone;
    /// one at least half full is kept, and charged for its whole buffer.
    qint64 usedBytes() const;
    /// What one decoded entry costs (see usedBytes()).
    static qint64 costOfEntry(const LogEntry &entry);
    /// What every entry costs besides its buffers: its slot in the ring and the
    /// slot's share of the ring's blocks (64-byte frames make millions of entries).
    static qint64 entryBookkeepingBytes();

    /// Decoding of payload text; Hex keeps text empty (views format the bytes).
    /// Changing it re-decodes the stored entries from their raw bytes.
    void setEncoding(const QString &encoding);
    QString encoding() const { return m_encoding; }

    /// msecs: when it happened (ms since the epoch); -1: now.
    void appendPayload(Direction direction, const Peer &peer, const QByteArray &data, bool datagram = false,
                       qint64 msecs = -1);
    /// A received frame: stamped with its first byte's time, marked as it ended,
    /// with the checksum's verdict when verdict.checked (a bad one counts in
    /// badFrames; algorithm names it on the row). It counts in rxChunks; its
    /// bytes count in rxBytes through countReceived(), when they arrive.
    /// Stream frames (not datagram) decode as one stream: a character a frame
    /// boundary cuts shows whole on the next frame of the stream.
    void appendFrame(const Peer &peer, const Frame &frame, bool datagram,
                     const ChecksumSpec::Verdict &verdict = {},
                     Checksum::Algorithm algorithm = Checksum::Algorithm::Crc16Modbus);
    /// Frames of one peer, in order, as appendFrame() each (verified when
    /// checksum is set), with one countersChanged for them all. Their bytes
    /// are shared, not copied.
    void appendFrames(const Peer &peer, const QList<Frame> &frames, bool datagram,
                      const std::optional<ChecksumSpec> &checksum = std::nullopt);
    /// The same for a framer's batch: frames cut one after another from one
    /// buffer become a run (see the class comment), sharing the buffer.
    void appendFrames(const Peer &peer, const FrameBatch &frames, bool datagram,
                      const std::optional<ChecksumSpec> &checksum = std::nullopt);
    /// Received bytes that will reach the log as frames (see appendFrame()).
    void countReceived(qsizetype bytes) { m_counters.rxBytes += quint64(bytes); }
    void appendMessage(Direction direction, const Peer &peer, const QString &message);
    /// A stream ended: a half character left in its decoder is flushed as U+FFFD
    /// onto the stream's last entry (also when the encoding changes later).
    void endStream(quint64 peerId);

    quint64 firstSeq() const { return m_firstSeq; }
    quint64 endSeq() const { return m_endSeq; }
    /// Entries (a run counts its frames).
    qsizetype size() const { return qsizetype(m_endSeq - m_firstSeq); }
    bool contains(quint64 seq) const { return seq >= m_firstSeq && seq < m_endSeq; }
    /// The entry with its text decoded (on first access, then kept; a run's
    /// frame is decoded again each time).
    LogEntry at(quint64 seq) const;
    /// The entry as stored: a payload's text may still be empty because it is not
    /// decoded yet. For views that need the time, direction or peer only.
    LogEntry peekAt(quint64 seq) const;
    /// Calls visit(seq, head) for each entry in [from, to) in the ring, where
    /// head holds the entry's direction and peer: cheaper than peekAt() for
    /// going through many (a run's frames share their head, made for none).
    template<typename Visit>
    void visitHeads(quint64 from, quint64 to, Visit visit) const
    {
        from = std::max(from, m_firstSeq);
        to = std::min(to, m_endSeq);
        for (size_t i = from < to ? slotIndex(from) : m_slots.size(); from < to; ++i) {
            const Slot &slot = m_slots[i];
            const quint64 end = std::min(to, slot.entry.seq + countOf(slot));
            for (; from < end; ++from)
                visit(from, slot.entry);
        }
    }
    /// Up to about maxChars characters from the start of a payload's text (a
    /// message's text for other entries), decoding no more bytes than that takes.
    TextPreview textPreview(quint64 seq, int maxChars) const;

    const TrafficCounters &counters() const { return m_counters; }
    void resetCounters();
    /// Drops all entries (counters stay; sequence numbers keep growing).
    void clear();

    /// "12:01:02.345" in local time.
    static QString formatTime(qint64 msecsSinceEpoch);
    static QString directionName(Direction direction);

signals:
    void countersChanged();
    void cleared();
    void encodingChanged(const QString &encoding);

private:
    using Boundary = BoundaryRule;
    using Carry = CarriedBytes;
    /// A frame of a run: its bytes are entry.data's [offset, offset + size).
    struct FrameRecord
    {
        quint32 offset = 0;
        quint32 size = 0;
        qint64 msecs = 0;
        quint32 checkExpected = 0;
        quint32 checkReceived = 0;
        Carry carry; ///< the stream's unfinished character before its bytes (lazy decoding)
        Frame::Mark mark = Frame::Mark::Complete;
        LogEntry::Check check = LogEntry::Check::None;
        bool endsStream = false;
    };
    /// The frames of one read (see the class comment).
    struct FrameRun
    {
        std::vector<FrameRecord> records;
        /// Each frame's text decoded at ingestion: only for encodings without a boundary rule.
        std::vector<QString> texts;
    };
    struct Slot
    {
        Slot() = default;
        /// A payload's entry, made in place: a QHostAddress made empty first
        /// allocates, and one moved is copied (it has no move constructor).
        Slot(quint64 seq, qint64 msecs, Direction direction, bool datagram, const Peer &peer, QByteArray &&data)
            : entry{seq, msecs, direction, datagram, false, peer, std::move(data), QString()}
        {
        }

        LogEntry entry;
        Carry carry;              ///< the stream's unfinished character before this entry's bytes
        bool lazy = false;        ///< the text is made from data and carry, not at ingestion
        bool textPending = false; ///< lazy and not decoded yet
        qint64 charged = 0;       ///< its part of m_used, so eviction need not look at its buffers
        /// Set: the slot is a run of frames (entry is their head: peer,
        /// direction, the first one's time and seq; data their buffer).
        std::unique_ptr<FrameRun> run;
    };
    /// Received bytes of one stream (a TCP connection).
    struct RxStream
    {
        explicit RxStream(quint64 seq)
            : lastSeq(seq)
        {
        }
        Carry carry; ///< the unfinished character at the stream's end (lazy decoding)
        std::unique_ptr<StreamDecoder> decoder; ///< decoding at ingestion (encodings without a boundary rule)
        quint64 lastSeq = 0;
    };

    static quint64 countOf(const Slot &slot) { return slot.run ? slot.run->records.size() : 1; }
    /// The slot holding seq (contains(seq)).
    size_t slotIndex(quint64 seq) const;
    Slot &slotOf(quint64 seq) const { return m_slots[slotIndex(seq)]; }
    RxStream &streamFor(quint64 peerId, quint64 seq);
    /// Sets up a payload's text for the current encoding: pending (lazy), or decoded now.
    void prepareText(Slot &slot);
    /// The same with the entry's stream found already (nullptr: not a received stream's entry).
    void prepareText(Slot &slot, RxStream *rx);
    /// A received frame at the end of the ring, marked and checked, its text set up, charged.
    void addFrame(const Peer &peer, Frame &frame, bool datagram, const ChecksumSpec::Verdict &verdict,
                  Checksum::Algorithm algorithm, RxStream *rx);
    QString decodeWhole(const Slot &slot) const;
    QString decodeText(const Carry &carry, QByteArrayView data, bool finish) const;
    TextPreview previewText(const Carry &carry, QByteArrayView data, bool finish, int maxChars) const;
    /// Frames [first, last) of frames, all in one buffer, as a run at the end of the ring.
    void addRun(const Peer &peer, const FrameBatch &frames, qsizetype first, qsizetype last, bool datagram,
                const ChecksumSpec *checksum, RxStream *rx);
    /// A run's frame's checksum verdict, counted.
    void applyVerdict(FrameRecord &record, const ChecksumSpec::Verdict &verdict);
    /// Sets up a run's texts for the current encoding (carries, or texts decoded now).
    void prepareRun(Slot &slot, RxStream *rx);
    /// Frame i of a run as an entry.
    LogEntry runEntry(const Slot &slot, qsizetype i, bool withText) const;
    TextPreview runPreview(const Slot &slot, qsizetype i, int maxChars) const;
    /// Marks the run's last frame as its stream's end; rest: what the stream's decoder still held.
    void endRun(Slot &slot, const QString &rest);
    static bool runEndsStream(const Slot &slot);
    /// What the heap spends on a buffer of capacity bytes.
    static qint64 heapCost(qsizetype capacity);
    /// data, copied when most of its buffer is spare room.
    static QByteArray tight(QByteArray data);
    static qint64 costOfRun(const Slot &slot);
    void decodePending(Slot &slot) const;
    /// Payloads that are messages of their own: a half character at the end shows as U+FFFD.
    static bool endsWithFinish(const LogEntry &entry);
    StreamDecoder &lazyDecoder() const;
    void push(Slot &&slot);
    /// A new slot at the end of the ring, with the next sequence number.
    template<typename... Args>
    Slot &emplaceSlot(Args &&...args)
    {
        Slot &slot = m_slots.emplace_back(std::forward<Args>(args)...);
        slot.entry.seq = m_endSeq++;
        return slot;
    }
    /// A received payload or frame at the end of the ring, its text set up and charged.
    Slot &appendReceived(qint64 msecs, const Peer &peer, QByteArray &&data, bool datagram);
    /// Brings slot's charge (and m_used) up to what it costs now.
    void charge(Slot &slot) const;
    void evictOverflow();
    static qint64 costOf(const Slot &slot);

    mutable std::deque<Slot> m_slots; ///< mutable: text is decoded on first read
    quint64 m_firstSeq = 0;
    quint64 m_endSeq = 0;
    qsizetype m_runSlots = 0; ///< slots that are runs: without any, a seq's slot is found by subtraction
    qint64 m_capacity = DefaultCapacityBytes;
    mutable qint64 m_used = 0;
    QString m_encoding = QStringLiteral("UTF-8");
    Boundary m_boundary = Boundary::Utf8;
    bool m_hex = false;
    mutable std::unique_ptr<StreamDecoder> m_lazyDecoder; ///< on the heap: a StreamDecoder must not move
    std::unordered_map<quint64, RxStream> m_rxStreams; ///< by peer id
    TrafficCounters m_counters;
};

} // namespace Sockpit
