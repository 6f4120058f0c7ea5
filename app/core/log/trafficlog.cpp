#include "trafficlog.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace Sockpit {

qint64 TrafficLog::heapCost(qsizetype capacity)
{
    return capacity > 0 ? capacity + AllocationOverheadBytes : 0;
}

// A read's buffer is often far larger than the read (64 KiB for one byte);
// kept as it is, the spare room would stay in the ring. A copy holds the bytes
// alone. A buffer at least half full is kept (and charged whole): copying it
// would cost more than it saves, and a stream's large reads are copied never.
QByteArray TrafficLog::tight(QByteArray data)
{
    const qsizetype spare = data.capacity() - data.size();
    if (spare > 64 && spare > data.size())
        data = QByteArray(data.constData(), data.size());
    return data;
}

TrafficLog::TrafficLog(QObject *parent)
    : QObject(parent)
{
}

TrafficLog::~TrafficLog() = default;

void TrafficLog::setCapacityBytes(qint64 bytes)
{
    m_capacity = qMax<qint64>(bytes, 4096);
    evictOverflow();
}

qint64 TrafficLog::usedBytes() const
{
    for (Slot &slot : m_slots)
        decodePending(slot);
    return m_used;
}

size_t TrafficLog::slotIndex(quint64 seq) const
{
    if (m_runSlots == 0)
        return size_t(seq - m_firstSeq);
    // The slot whose first seq is the last at or before seq.
    const auto after = std::upper_bound(m_slots.begin(), m_slots.end(), seq,
                                        [](quint64 wanted, const Slot &slot) { return wanted < slot.entry.seq; });
    return size_t(after - m_slots.begin()) - 1;
}

LogEntry TrafficLog::at(quint64 seq) const
{
    Slot &slot = slotOf(seq);
    if (slot.run)
        return runEntry(slot, qsizetype(seq - slot.entry.seq), true);
    decodePending(slot);
    return slot.entry;
}

LogEntry TrafficLog::peekAt(quint64 seq) const
{
    const Slot &slot = slotOf(seq);
    if (slot.run)
        return runEntry(slot, qsizetype(seq - slot.entry.seq), false);
    return slot.entry;
}

bool TrafficLog::endsWithFinish(const LogEntry &entry)
{
    return entry.direction == Direction::Tx || entry.datagram || entry.endsStream;
}

StreamDecoder &TrafficLog::lazyDecoder() const
{
    if (!m_lazyDecoder)
        m_lazyDecoder = std::make_unique<StreamDecoder>(m_encoding);
    return *m_lazyDecoder;
}

QString TrafficLog::decodeWhole(const Slot &slot) const
{
    return decodeText(slot.carry, slot.entry.data, endsWithFinish(slot.entry));
}

QString TrafficLog::decodeText(const Carry &carry, QByteArrayView data, bool finish) const
{
    StreamDecoder &decoder = lazyDecoder();
    decoder.reset();
    decoder.decode(carry.view()); // an unfinished character: nothing comes out yet
    QString text = decoder.decode(data);
    if (finish)
        text += decoder.finish();
    decoder.reset();
    return text;
}

void TrafficLog::decodePending(Slot &slot) const
{
    if (!slot.textPending)
        return;
    slot.entry.text = decodeWhole(slot);
    // Charged at most one unit a byte while pending; the decoder's spare room must not exceed it.
    if (slot.entry.text.capacity() > slot.carry.size + slot.entry.data.size())
        slot.entry.text.squeeze();
    slot.textPending = false;
    charge(slot);
}

TrafficLog::TextPreview TrafficLog::textPreview(quint64 seq, int maxChars) const
{
    TextPreview preview;
    if (!contains(seq))
        return preview;
    const Slot &slot = slotOf(seq);
    if (slot.run)
        return runPreview(slot, qsizetype(seq - slot.entry.seq), maxChars);
    const LogEntry &entry = slot.entry;
    if (!slot.lazy) {
        preview.text = entry.text.left(maxChars);
        preview.moreChars = entry.text.size() - preview.text.size();
        return preview;
    }
    return previewText(slot.carry, entry.data, endsWithFinish(entry), maxChars);
}

TrafficLog::TextPreview TrafficLog::previewText(const Carry &carry, QByteArrayView data, bool finish,
                                                int maxChars) const
{
    // Decode in steps that cannot overshoot maxChars by more than a character:
    // no byte makes more than one UTF-16 unit, except the last of a character
    // whose earlier bytes made none.
    TextPreview preview;
    StreamDecoder &decoder = lazyDecoder();
    decoder.reset();
    decoder.decode(carry.view());
    qsizetype offset = 0;
    while (offset < data.size() && preview.text.size() < maxChars) {
        const qsizetype room = maxChars - preview.text.size();
        const qsizetype step = qMin(room > 4 ? room - 3 : 1, data.size() - offset);
        preview.text += decoder.decode(data.sliced(offset, step));
        offset += step;
    }
    if (offset < data.size()) {
        // Bytes of a character the cut left unfinished are not shown either.
        const qsizetype unfinished = carryAfter(m_boundary, carry, data.first(offset)).size;
        preview.moreBytes = data.size() - offset + qMin(unfinished, offset);
    } else if (finish) {
        preview.text += decoder.finish();
    }
    decoder.reset();
    return preview;
}

void TrafficLog::setEncoding(const QString &encoding)
{
    if (encoding == m_encoding)
        return;
    m_encoding = encoding;
    m_hex = Encodings::isHex(encoding);
    m_boundary = m_hex ? Boundary::Unknown : boundaryRuleFor(encoding);
    m_lazyDecoder.reset();
    m_rxStreams.clear();
    m_used = 0;
    // In order, so that each stream's split characters join up again.
    for (Slot &slot : m_slots) {
        slot.charged = 0;
        if (slot.entry.isPayload())
            prepareText(slot);
        if (slot.entry.endsStream || runEndsStream(slot)) {
            const auto stream = m_rxStreams.find(slot.entry.peer.id);
            if (stream != m_rxStreams.end()) {
                const QString rest = stream->second.decoder ? stream->second.decoder->finish() : QString();
                if (slot.run)
                    endRun(slot, rest);
                else
                    slot.entry.text += rest;
                m_rxStreams.erase(stream);
            }
        }
        charge(slot);
    }
    evictOverflow();
    emit encodingChanged(encoding);
}

TrafficLog::RxStream &TrafficLog::streamFor(quint64 peerId, quint64 seq)
{
    RxStream &stream = m_rxStreams.try_emplace(peerId, seq).first->second;
    stream.lastSeq = seq;
    return stream;
}

void TrafficLog::prepareText(Slot &slot)
{
    const LogEntry &entry = slot.entry;
    const bool stream = entry.direction == Direction::Rx && !entry.datagram;
    // Streams are followed in Hex too, so that their ends are known when the
    // encoding changes back to text.
    RxStream *rx = stream ? &streamFor(entry.peer.id, entry.seq + countOf(slot) - 1) : nullptr;
    if (slot.run)
        prepareRun(slot, rx);
    else
        prepareText(slot, rx);
}

void TrafficLog::prepareText(Slot &slot, RxStream *rx)
{
    LogEntry &entry = slot.entry;
    entry.text.clear();
    slot.carry = Carry{};
    slot.lazy = false;
    slot.textPending = false;
    if (rx)
        rx->lastSeq = entry.seq;
    if (m_hex)
        return;
    if (m_boundary != Boundary::Unknown) {
        slot.lazy = true;
        slot.textPending = true;
        if (rx) {
            slot.carry = rx->carry;
            rx->carry = entry.endsStream ? Carry() : carryAfter(m_boundary, slot.carry, entry.data);
        }
        return;
    }
    if (rx) {
        if (!rx->decoder)
            rx->decoder = std::make_unique<StreamDecoder>(m_encoding);
        entry.text = rx->decoder->decode(entry.data);
        if (entry.endsStream)
            entry.text += rx->decoder->finish();
        return;
    }
    // A whole message: a half character at its end shows as U+FFFD, not as nothing.
    StreamDecoder decoder(m_encoding);
    entry.text = decoder.decode(entry.data);
    entry.text += decoder.finish();
}

TrafficLog::Slot &TrafficLog::appendReceived(qint64 msecs, const Peer &peer, QByteArray &&data, bool datagram)
{
    Slot &slot = emplaceSlot(endSeq(), msecs, Direction::Rx, datagram, peer, tight(std::move(data)));
    ++m_counters.rxChunks;
    return slot;
}

void TrafficLog::appendPayload(Direction direction, const Peer &peer, const QByteArray &data, bool datagram,
                               qint64 msecs)
{
    const qint64 now = msecs >= 0 ? msecs : QDateTime::currentMSecsSinceEpoch();
    Slot *slot = nullptr;
    if (direction == Direction::Rx) {
        m_counters.rxBytes += quint64(data.size());
        slot = &appendReceived(now, peer, QByteArray(data), datagram);
    } else {
        m_counters.txBytes += quint64(data.size());
        ++m_counters.txChunks;
        slot = &emplaceSlot(endSeq(), now, direction, datagram, peer, tight(data));
    }
    prepareText(*slot);
    charge(*slot);
    evictOverflow(); // never the newest entry
    emit countersChanged();
}

void TrafficLog::appendFrame(const Peer &peer, const Frame &frame, bool datagram, const ChecksumSpec::Verdict &verdict,
                             Checksum::Algorithm algorithm)
{
    RxStream *rx = datagram ? nullptr : &streamFor(peer.id, endSeq());
    Frame shared = frame; // the bytes are shared, not copied
    addFrame(peer, shared, datagram, verdict, algorithm, rx);
    emit countersChanged();
}

void TrafficLog::appendFrames(const Peer &peer, const QList<Frame> &frames, bool datagram,
                              const std::optional<ChecksumSpec> &checksum)
{
    appendFrames(peer, FrameBatch::fromFrames(frames), datagram, checksum);
}

void TrafficLog::addFrame(const Peer &peer, Frame &frame, bool datagram, const ChecksumSpec::Verdict &verdict,
                          Checksum::Algorithm algorithm, RxStream *rx)
{
    Slot &slot = appendReceived(frame.firstByteMsecs, peer, std::move(frame.data), datagram);
    LogEntry &entry = slot.entry;
    entry.frame = true;
    entry.frameMark = frame.mark;
    entry.endsStream = frame.delimiterStripped; // its text ends with it, as at a stream's end
    if (verdict.checked) {
        entry.check = verdict.good ? LogEntry::Check::Good : LogEntry::Check::Bad;
        entry.checkAlgorithm = algorithm;
        entry.checkExpected = verdict.expected;
        entry.checkReceived = verdict.received;
        if (!verdict.good)
            ++m_counters.badFrames;
    } else if (verdict.tooShort) {
        entry.check = LogEntry::Check::TooShort;
        entry.checkAlgorithm = algorithm;
        ++m_counters.badFrames;
    }
    prepareText(slot, rx);
    charge(slot);
    evictOverflow();
}

void TrafficLog::appendMessage(Direction direction, const Peer &peer, const QString &message)
{
    Slot slot;
    slot.entry.msecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
    slot.entry.direction = direction;
    slot.entry.peer = peer;
    slot.entry.text = message;
    push(std::move(slot));
}

void TrafficLog::endStream(quint64 peerId)
{
    const auto stream = m_rxStreams.find(peerId);
    if (stream == m_rxStreams.end())
        return;
    const QString rest = stream->second.decoder ? stream->second.decoder->finish() : QString();
    const quint64 lastSeq = stream->second.lastSeq;
    m_rxStreams.erase(stream);
    if (!contains(lastSeq))
        return;
    Slot &last = slotOf(lastSeq);
    if (last.run) {
        endRun(last, rest);
        charge(last);
        evictOverflow();
        return;
    }
    last.entry.endsStream = true;
    if (last.lazy) {
        // Decoded again when read, with the half character flushed.
        last.entry.text.clear();
        last.textPending = true;
    } else {
        last.entry.text += rest;
    }
    charge(last);
    evictOverflow();
}

void TrafficLog::resetCounters()
{
    m_counters = TrafficCounters{};
    emit countersChanged();
}

void TrafficLog::clear()
{
    m_firstSeq = m_endSeq;
    m_slots.clear();
    m_runSlots = 0;
    m_used = 0;
    emit cleared();
}

QString TrafficLog::formatTime(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch).toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString TrafficLog::directionName(Direction direction)
{
    switch (direction) {
    case Direction::Rx:
        return QCoreApplication::translate("Sockpit::TrafficLog", "RX");
    case Direction::Tx:
        return QCoreApplication::translate("Sockpit::TrafficLog", "TX");
    case Direction::Info:
        return QCoreApplication::translate("Sockpit::TrafficLog", "INFO");
    case Direction::Error:
        return QCoreApplication::translate("Sockpit::TrafficLog", "ERROR");
    }
    return QString();
}

void TrafficLog::push(Slot &&slot)
{
    slot.charged = 0;
    charge(emplaceSlot(std::move(slot)));
    evictOverflow();
}

void TrafficLog::charge(Slot &slot) const
{
    const qint64 cost = costOf(slot);
    m_used += cost - slot.charged;
    slot.charged = cost;
}

void TrafficLog::evictOverflow()
{
    while (m_used > m_capacity && m_slots.size() > 1) {
        const Slot &front = m_slots.front();
        m_used -= front.charged;
        m_counters.evictedEntries += countOf(front);
        m_runSlots -= front.run ? 1 : 0;
        m_slots.pop_front();
        m_firstSeq = m_slots.front().entry.seq;
    }
}

qint64 TrafficLog::entryBookkeepingBytes()
{
    // std::deque keeps slots in blocks of about 512 bytes, each an allocation
    // with a pointer to it in the deque's map; a slot carries its share.
    constexpr qint64 slot = qint64(sizeof(Slot));
    constexpr qint64 perBlock = slot < 512 ? 512 / slot : 1;
    constexpr qint64 blockShare = (AllocationOverheadBytes + qint64(sizeof(void *)) + perBlock - 1) / perBlock;
    return slot + blockShare;
}

qint64 TrafficLog::costOf(const Slot &slot)
{
    if (slot.run)
        return costOfRun(slot);
    // What the entry holds on the heap, spare room included, so the budget
    // bounds real memory. Text not decoded yet is charged at its most: no byte
    // decodes to more than one UTF-16 unit, counting the carried bytes.
    const qsizetype chars = slot.textPending ? slot.carry.size + slot.entry.data.size() : slot.entry.text.capacity();
    return entryBookkeepingBytes() + heapCost(slot.entry.data.capacity()) + heapCost(chars * qsizetype(sizeof(QChar)));
}

qint64 TrafficLog::costOfEntry(const LogEntry &entry)
{
    return entryBookkeepingBytes() + heapCost(entry.data.capacity()) + heapCost(entry.text.capacity() * qsizetype(sizeof(QChar)));
}

} // namespace Sockpit
