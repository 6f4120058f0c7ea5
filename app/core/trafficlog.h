#pragma once

#include "codec.h"
#include "peer.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <deque>
#include <unordered_map>

namespace Sockpit {

enum class Direction : quint8 { Rx, Tx, Info, Error };

/// One line of the traffic log. Payload entries keep their raw bytes; text is
/// the payload decoded in the log's encoding (stream-wise for TCP), or the
/// message of an Info/Error entry.
struct LogEntry
{
    quint64 seq = 0;
    qint64 msecsSinceEpoch = 0;
    Direction direction = Direction::Info;
    bool datagram = false; ///< decoded on its own rather than as part of a stream
    bool endsStream = false; ///< the last received entry of a stream that has ended
    Peer peer;
    QByteArray data;
    QString text;

    bool isPayload() const { return direction == Direction::Rx || direction == Direction::Tx; }
};

/// Running totals; they count everything, including entries that later fall out of the ring.
struct TrafficCounters
{
    quint64 rxBytes = 0;
    quint64 rxChunks = 0;
    quint64 txBytes = 0;
    quint64 txChunks = 0;
    quint64 evictedEntries = 0; ///< entries dropped from the ring to stay under capacity
};

/// The traffic log store: a ring of entries bounded by memory, so a flood keeps
/// memory flat. Entries are addressed by a sequence number that only grows;
/// views poll [firstSeq(), endSeq()) on a timer instead of a signal per packet.
class TrafficLog : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultCapacityBytes = 16 * 1024 * 1024;

    explicit TrafficLog(QObject *parent = nullptr);
    ~TrafficLog() override;

    void setCapacityBytes(qint64 bytes);
    qint64 capacityBytes() const { return m_capacity; }
    qint64 usedBytes() const { return m_used; }

    /// Decoding of payload text; Hex keeps text empty (views format the bytes).
    /// Changing it re-decodes the stored entries from their raw bytes.
    void setEncoding(const QString &encoding);
    QString encoding() const { return m_encoding; }

    void appendPayload(Direction direction, const Peer &peer, const QByteArray &data, bool datagram = false);
    void appendMessage(Direction direction, const Peer &peer, const QString &message);
    /// A stream ended: a half character left in its decoder is flushed as U+FFFD
    /// onto the stream's last entry (also when the encoding changes later).
    void endStream(quint64 peerId);

    quint64 firstSeq() const { return m_firstSeq; }
    quint64 endSeq() const { return m_firstSeq + m_entries.size(); }
    qsizetype size() const { return qsizetype(m_entries.size()); }
    bool contains(quint64 seq) const { return seq >= m_firstSeq && seq < endSeq(); }
    const LogEntry &at(quint64 seq) const { return m_entries[seq - m_firstSeq]; }

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
    /// Received bytes of one stream (a TCP connection), decoded in order.
    struct RxStream
    {
        RxStream(const QString &encoding, quint64 seq)
            : decoder(encoding)
            , lastSeq(seq)
        {
        }
        StreamDecoder decoder; ///< built in place: it must not move
        quint64 lastSeq = 0;
    };

    QString decodeFor(const LogEntry &entry);
    void push(LogEntry &&entry);
    void evictOverflow();
    static qint64 costOf(const LogEntry &entry);

    std::deque<LogEntry> m_entries;
    quint64 m_firstSeq = 0;
    qint64 m_capacity = DefaultCapacityBytes;
    qint64 m_used = 0;
    QString m_encoding = QStringLiteral("UTF-8");
    std::unordered_map<quint64, RxStream> m_rxStreams; ///< by peer id
    TrafficCounters m_counters;
};

} // namespace Sockpit
