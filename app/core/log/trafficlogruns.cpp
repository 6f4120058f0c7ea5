// The frames of one read kept as a run: one slot, the read's buffer and a
// record per frame (see TrafficLog's class comment).
#include "trafficlog.h"

namespace Sockpit {

void TrafficLog::appendFrames(const Peer &peer, const FrameBatch &frames, bool datagram,
                              const std::optional<ChecksumSpec> &checksum)
{
    if (frames.isEmpty())
        return;
    RxStream *rx = datagram ? nullptr : &streamFor(peer.id, endSeq());
    const ChecksumSpec *spec = checksum ? &*checksum : nullptr;
    const Checksum::Algorithm algorithm = spec ? spec->algorithm : Checksum::Algorithm::Crc16Modbus;
    const std::vector<FrameBatch::Span> &spans = frames.spans();
    for (qsizetype first = 0; first < frames.size();) {
        qsizetype last = first + 1;
        while (last < frames.size() && spans[size_t(last)].buffer == spans[size_t(first)].buffer)
            ++last;
        if (last - first > 1) {
            addRun(peer, frames, first, last, datagram, spec, rx);
        } else {
            // A frame alone in its buffer is an entry like any other.
            Frame frame = frames.frame(first);
            addFrame(peer, frame, datagram, spec ? spec->verify(frame.data) : ChecksumSpec::Verdict{}, algorithm, rx);
        }
        first = last;
    }
    emit countersChanged();
}

void TrafficLog::addRun(const Peer &peer, const FrameBatch &frames, qsizetype first, qsizetype last, bool datagram,
                        const ChecksumSpec *checksum, RxStream *rx)
{
    const std::vector<FrameBatch::Span> &spans = frames.spans();
    const FrameBatch::Span &head = spans[size_t(first)];
    const QByteArray &buffer = frames.buffer(head.buffer);
    // Kept whole even when it holds more than the frames (a delimiter each):
    // the frames' offsets are into it.
    Slot &slot = emplaceSlot(endSeq(), head.firstByteMsecs, Direction::Rx, datagram, peer, tight(buffer));
    const qsizetype count = last - first;
    m_endSeq += quint64(count - 1);
    ++m_runSlots;
    m_counters.rxChunks += quint64(count);
    LogEntry &entry = slot.entry;
    entry.frame = true;
    if (checksum)
        entry.checkAlgorithm = checksum->algorithm;
    slot.run = std::make_unique<FrameRun>();
    std::vector<FrameRecord> &records = slot.run->records;
    records.reserve(size_t(count));
    // Where each frame's last character ends is found here for the lazy
    // encodings (what prepareRun() would work out again).
    const bool carries = rx && !m_hex && m_boundary != Boundary::Unknown;
    Carry carry = carries ? rx->carry : Carry();
    const char *data = buffer.constData();
    const auto bytesOf = [&](qsizetype i) {
        const FrameBatch::Span &span = spans[size_t(i)];
        return QByteArrayView(data + span.offset, span.size);
    };
    for (qsizetype i = first; i < last; ++i) {
        const FrameBatch::Span &span = spans[size_t(i)];
        FrameRecord &record = records.emplace_back();
        record.offset = span.offset;
        record.size = span.size;
        record.msecs = span.firstByteMsecs;
        record.mark = span.mark;
        record.endsStream = span.delimiterStripped;
        if (carries) {
            record.carry = carry;
            carry = record.endsStream ? Carry() : carryAfter(m_boundary, carry, bytesOf(i));
        }
    }
    if (checksum) {
        const FrameChecker checker(*checksum);
        constexpr qsizetype Batch = FrameChecker::Batch;
        QByteArrayView frameBytes[Batch];
        ChecksumSpec::Verdict verdicts[Batch];
        for (qsizetype at = 0; at < count; at += Batch) {
            const qsizetype n = qMin(Batch, count - at);
            for (qsizetype i = 0; i < n; ++i)
                frameBytes[i] = bytesOf(first + at + i);
            checker.verifyMany(frameBytes, n, verdicts);
            for (qsizetype i = 0; i < n; ++i)
                applyVerdict(records[size_t(at + i)], verdicts[i]);
        }
    }
    if (carries) {
        rx->carry = carry;
        rx->lastSeq = slot.entry.seq + quint64(count) - 1;
    } else {
        prepareRun(slot, rx);
    }
    charge(slot);
    evictOverflow();
}

void TrafficLog::applyVerdict(FrameRecord &record, const ChecksumSpec::Verdict &verdict)
{
    if (verdict.tooShort) {
        record.check = LogEntry::Check::TooShort;
        ++m_counters.badFrames;
        return;
    }
    if (!verdict.checked)
        return;
    record.check = verdict.good ? LogEntry::Check::Good : LogEntry::Check::Bad;
    record.checkExpected = verdict.expected;
    record.checkReceived = verdict.received;
    m_counters.badFrames += verdict.good ? 0 : 1;
}

void TrafficLog::prepareRun(Slot &slot, RxStream *rx)
{
    FrameRun &run = *slot.run;
    run.texts.clear();
    if (rx)
        rx->lastSeq = slot.entry.seq + countOf(slot) - 1;
    const char *data = slot.entry.data.constData();
    if (m_hex)
        return;
    if (m_boundary != Boundary::Unknown) {
        // Datagrams decode each frame on its own: nothing carries.
        if (!rx)
            return;
        Carry carry = rx->carry;
        for (FrameRecord &record : run.records) {
            record.carry = carry;
            carry = record.endsStream ? Carry()
                                      : carryAfter(m_boundary, carry, QByteArrayView(data + record.offset, record.size));
        }
        rx->carry = carry;
        return;
    }
    run.texts.reserve(run.records.size());
    for (const FrameRecord &record : run.records) {
        const QByteArrayView bytes(data + record.offset, record.size);
        if (rx) {
            if (!rx->decoder)
                rx->decoder = std::make_unique<StreamDecoder>(m_encoding);
            run.texts.push_back(rx->decoder->decode(bytes));
            if (record.endsStream)
                run.texts.back() += rx->decoder->finish();
        } else {
            run.texts.push_back(StreamDecoder::decodeAlone(m_encoding, bytes));
        }
    }
}

LogEntry TrafficLog::runEntry(const Slot &slot, qsizetype i, bool withText) const
{
    const FrameRecord &record = slot.run->records[size_t(i)];
    LogEntry entry = slot.entry;
    entry.seq = slot.entry.seq + quint64(i);
    entry.msecsSinceEpoch = record.msecs;
    entry.data = QByteArray(slot.entry.data.constData() + record.offset, record.size);
    entry.endsStream = record.endsStream;
    entry.frameMark = record.mark;
    entry.check = record.check;
    entry.checkExpected = record.checkExpected;
    entry.checkReceived = record.checkReceived;
    if (!slot.run->texts.empty())
        entry.text = slot.run->texts[size_t(i)];
    else if (withText && !m_hex)
        entry.text = decodeText(record.carry, entry.data, endsWithFinish(entry));
    return entry;
}

TrafficLog::TextPreview TrafficLog::runPreview(const Slot &slot, qsizetype i, int maxChars) const
{
    const FrameRecord &record = slot.run->records[size_t(i)];
    TextPreview preview;
    if (!slot.run->texts.empty()) {
        const QString &text = slot.run->texts[size_t(i)];
        preview.text = text.left(maxChars);
        preview.moreChars = text.size() - preview.text.size();
        return preview;
    }
    if (m_hex)
        return preview;
    const QByteArrayView bytes(slot.entry.data.constData() + record.offset, record.size);
    return previewText(record.carry, bytes, slot.entry.datagram || record.endsStream, maxChars);
}

void TrafficLog::endRun(Slot &slot, const QString &rest)
{
    FrameRun &run = *slot.run;
    run.records.back().endsStream = true;
    if (!run.texts.empty())
        run.texts.back() += rest;
}

bool TrafficLog::runEndsStream(const Slot &slot)
{
    return slot.run && slot.run->records.back().endsStream;
}

qint64 TrafficLog::costOfRun(const Slot &slot)
{
    // Texts are made when asked and not kept, except the ones decoded at ingestion.
    const FrameRun &run = *slot.run;
    qint64 cost = entryBookkeepingBytes() + heapCost(slot.entry.data.capacity()) + heapCost(sizeof(FrameRun))
        + heapCost(qsizetype(run.records.capacity() * sizeof(FrameRecord)))
        + heapCost(qsizetype(run.texts.capacity() * sizeof(QString)));
    for (const QString &text : run.texts)
        cost += heapCost(text.capacity() * qsizetype(sizeof(QChar)));
    return cost;
}

} // namespace Sockpit
