#include "trafficlog.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace Sockpit {

namespace {

// The bytes of a carry followed by a read, looked at from the end without joining them.
class Joined
{
public:
    Joined(QByteArrayView head, QByteArrayView tail)
        : m_head(head)
        , m_tail(tail)
    {
    }
    qsizetype size() const { return m_head.size() + m_tail.size(); }
    uchar operator[](qsizetype i) const
    {
        return uchar(i < m_head.size() ? m_head[i] : m_tail[i - m_head.size()]);
    }

private:
    QByteArrayView m_head;
    QByteArrayView m_tail;
};

// UTF-8: a lead byte in the last three bytes followed by fewer continuation
// bytes than it needs (the rule StreamDecoder keeps its unfinished tail by).
qsizetype unfinishedUtf8(const Joined &bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype back = 1; back <= qMin<qsizetype>(3, n); ++back) {
        const uchar b = bytes[n - back];
        if (b >= 0x80 && b < 0xC0)
            continue;
        if (b < 0xC2 || b > 0xF4)
            return 0;
        const qsizetype needed = b < 0xE0 ? 2 : (b < 0xF0 ? 3 : 4);
        return needed > back ? back : 0;
    }
    return 0;
}

// Two-byte encodings (GBK, Big5, EUC-KR, Shift_JIS): every lead byte is also a
// valid second byte, so only the run of lead-range bytes at the end is in
// doubt. A byte outside that range ends a character (it is a single byte or a
// second byte), and the run after it pairs up from its start.
template<typename IsLead>
qsizetype unfinishedDoubleByte(const Joined &bytes, IsLead isLead)
{
    qsizetype run = 0;
    for (qsizetype i = bytes.size() - 1; i >= 0 && isLead(bytes[i]); --i)
        ++run;
    return run % 2;
}

// GB18030 adds four-byte characters: lead, digit, lead, digit. A byte that is
// neither a lead byte nor a digit ends a character; from there the grammar is
// followed forwards to the end.
qsizetype unfinishedGb18030(const Joined &bytes)
{
    const auto isLead = [](uchar b) { return b >= 0x81 && b <= 0xFE; };
    const auto isDigit = [](uchar b) { return b >= 0x30 && b <= 0x39; };
    const qsizetype n = bytes.size();
    qsizetype i = n;
    while (i > 0 && (isLead(bytes[i - 1]) || isDigit(bytes[i - 1])))
        --i;
    while (i < n) {
        if (!isLead(bytes[i])) {
            ++i;
            continue;
        }
        if (i + 1 >= n)
            return n - i;
        if (!isDigit(bytes[i + 1])) {
            i += 2;
            continue;
        }
        if (i + 3 >= n)
            return n - i;
        i += 4;
    }
    return 0;
}

qint64 heapCost(qsizetype capacity)
{
    return capacity > 0 ? capacity + TrafficLog::AllocationOverheadBytes : 0;
}

// A read's buffer is often far larger than the read (64 KiB for one byte);
// kept as it is, the spare room would stay in the ring. A copy holds the bytes
// alone. A buffer at least half full is kept (and charged whole): copying it
// would cost more than it saves, and a stream's large reads are copied never.
QByteArray &&tight(QByteArray &&data)
{
    const qsizetype spare = data.capacity() - data.size();
    if (spare > 64 && spare > data.size())
        data = QByteArray(data.constData(), data.size());
    return std::move(data);
}

QByteArray tight(const QByteArray &data)
{
    return tight(QByteArray(data));
}

} // namespace

TrafficLog::TrafficLog(QObject *parent)
    : QObject(parent)
{
}

TrafficLog::~TrafficLog() = default;

TrafficLog::Boundary TrafficLog::boundaryFor(const QString &encoding)
{
    const QByteArray name = encoding.toLatin1();
    if (const std::optional<QStringConverter::Encoding> builtin = QStringConverter::encodingForName(name.constData())) {
        switch (*builtin) {
        case QStringConverter::Utf8:
            return Boundary::Utf8;
        case QStringConverter::Utf16LE:
        case QStringConverter::Utf16BE:
            return Boundary::Utf16;
        case QStringConverter::Latin1:
            return Boundary::SingleByte;
        default:
            return Boundary::Unknown; // byte order marks and the like keep state of their own
        }
    }
    const QByteArray lower = name.toLower();
    if (lower == "gbk" || lower == "big5" || lower == "euc-kr")
        return Boundary::DoubleByte;
    if (lower == "shift_jis")
        return Boundary::ShiftJis;
    if (lower == "gb18030")
        return Boundary::Gb18030;
    return Boundary::Unknown;
}

TrafficLog::Carry TrafficLog::carryAfter(Boundary boundary, const Carry &carry, QByteArrayView data)
{
    const Joined bytes(carry.view(), data);
    qsizetype unfinished = 0;
    switch (boundary) {
    case Boundary::Utf8:
        unfinished = unfinishedUtf8(bytes);
        break;
    case Boundary::Utf16:
        unfinished = bytes.size() % 2;
        break;
    case Boundary::DoubleByte:
        unfinished = unfinishedDoubleByte(bytes, [](uchar b) { return b >= 0x81 && b <= 0xFE; });
        break;
    case Boundary::ShiftJis:
        unfinished = unfinishedDoubleByte(bytes, [](uchar b) { return (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC); });
        break;
    case Boundary::Gb18030:
        unfinished = unfinishedGb18030(bytes);
        break;
    case Boundary::SingleByte:
    case Boundary::Unknown:
        break;
    }
    Carry next;
    next.size = quint8(qMin<qsizetype>(unfinished, sizeof next.bytes));
    for (qsizetype i = 0; i < next.size; ++i)
        next.bytes[i] = char(bytes[bytes.size() - next.size + i]);
    return next;
}

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

const LogEntry &TrafficLog::at(quint64 seq) const
{
    Slot &slot = m_slots[seq - m_firstSeq];
    decodePending(slot);
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
    StreamDecoder &decoder = lazyDecoder();
    decoder.reset();
    decoder.decode(slot.carry.view()); // an unfinished character: nothing comes out yet
    QString text = decoder.decode(slot.entry.data);
    if (endsWithFinish(slot.entry))
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
    const Slot &slot = m_slots[seq - m_firstSeq];
    const LogEntry &entry = slot.entry;
    if (!slot.lazy) {
        preview.text = entry.text.left(maxChars);
        preview.moreChars = entry.text.size() - preview.text.size();
        return preview;
    }
    // Decode in steps that cannot overshoot maxChars by more than a character:
    // no byte makes more than one UTF-16 unit, except the last of a character
    // whose earlier bytes made none.
    StreamDecoder &decoder = lazyDecoder();
    decoder.reset();
    decoder.decode(slot.carry.view());
    const QByteArrayView data = entry.data;
    qsizetype offset = 0;
    while (offset < data.size() && preview.text.size() < maxChars) {
        const qsizetype room = maxChars - preview.text.size();
        const qsizetype step = qMin(room > 4 ? room - 3 : 1, data.size() - offset);
        preview.text += decoder.decode(data.sliced(offset, step));
        offset += step;
    }
    if (offset < data.size()) {
        // Bytes of a character the cut left unfinished are not shown either.
        const qsizetype unfinished = carryAfter(m_boundary, slot.carry, data.first(offset)).size;
        preview.moreBytes = data.size() - offset + qMin(unfinished, offset);
    } else if (endsWithFinish(entry)) {
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
    m_boundary = m_hex ? Boundary::Unknown : boundaryFor(encoding);
    m_lazyDecoder.reset();
    m_rxStreams.clear();
    m_used = 0;
    // In order, so that each stream's split characters join up again.
    for (Slot &slot : m_slots) {
        slot.charged = 0;
        if (slot.entry.isPayload())
            prepareText(slot);
        if (slot.entry.endsStream) {
            const auto stream = m_rxStreams.find(slot.entry.peer.id);
            if (stream != m_rxStreams.end()) {
                if (stream->second.decoder)
                    slot.entry.text += stream->second.decoder->finish();
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
    prepareText(slot, stream ? &streamFor(entry.peer.id, entry.seq) : nullptr);
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
            rx->carry = carryAfter(m_boundary, slot.carry, entry.data);
        }
        return;
    }
    if (rx) {
        if (!rx->decoder)
            rx->decoder = std::make_unique<StreamDecoder>(m_encoding);
        entry.text = rx->decoder->decode(entry.data);
        return;
    }
    // A whole message: a half character at its end shows as U+FFFD, not as nothing.
    StreamDecoder decoder(m_encoding);
    entry.text = decoder.decode(entry.data);
    entry.text += decoder.finish();
}

TrafficLog::Slot &TrafficLog::appendReceived(qint64 msecs, const Peer &peer, QByteArray &&data, bool datagram)
{
    Slot &slot = m_slots.emplace_back(endSeq(), msecs, Direction::Rx, datagram, peer, tight(std::move(data)));
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
        slot = &m_slots.emplace_back(endSeq(), now, direction, datagram, peer, tight(data));
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

void TrafficLog::appendFrames(const Peer &peer, QList<Frame> &frames, bool datagram,
                              const std::optional<ChecksumSpec> &checksum)
{
    if (frames.isEmpty())
        return;
    // The peer's stream is found once for the batch: its node stays put while
    // the ring grows and evicts.
    RxStream *rx = datagram ? nullptr : &streamFor(peer.id, endSeq());
    const ChecksumSpec *spec = checksum ? &*checksum : nullptr;
    const Checksum::Algorithm algorithm = spec ? spec->algorithm : Checksum::Algorithm::Crc16Modbus;
    for (Frame &frame : frames)
        addFrame(peer, frame, datagram, spec ? spec->verify(frame.data) : ChecksumSpec::Verdict{}, algorithm, rx);
    emit countersChanged();
}

void TrafficLog::addFrame(const Peer &peer, Frame &frame, bool datagram, const ChecksumSpec::Verdict &verdict,
                          Checksum::Algorithm algorithm, RxStream *rx)
{
    Slot &slot = appendReceived(frame.firstByteMsecs, peer, std::move(frame.data), datagram);
    LogEntry &entry = slot.entry;
    entry.frame = true;
    entry.frameMark = frame.mark;
    if (verdict.checked) {
        entry.check = verdict.good ? LogEntry::Check::Good : LogEntry::Check::Bad;
        entry.checkAlgorithm = algorithm;
        entry.checkExpected = verdict.expected;
        entry.checkReceived = verdict.received;
        if (!verdict.good)
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
    Slot &last = m_slots[lastSeq - m_firstSeq];
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
    m_firstSeq = endSeq();
    m_slots.clear();
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
    slot.entry.seq = endSeq();
    slot.charged = 0;
    m_slots.push_back(std::move(slot));
    charge(m_slots.back());
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
        m_used -= m_slots.front().charged;
        m_slots.pop_front();
        ++m_firstSeq;
        ++m_counters.evictedEntries;
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
