#include "trafficlog.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Sockpit {

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

void TrafficLog::setEncoding(const QString &encoding)
{
    if (encoding == m_encoding)
        return;
    m_encoding = encoding;
    m_rxStreams.clear();
    m_used = 0;
    // Re-decode in order so each stream's split characters join up again.
    for (LogEntry &entry : m_entries) {
        if (entry.isPayload())
            entry.text = decodeFor(entry);
        if (entry.endsStream) {
            const auto stream = m_rxStreams.find(entry.peer.id);
            if (stream != m_rxStreams.end()) {
                if (!Encodings::isHex(m_encoding))
                    entry.text += stream->second.decoder.finish();
                m_rxStreams.erase(stream);
            }
        }
        m_used += costOf(entry);
    }
    evictOverflow();
    emit encodingChanged(encoding);
}

QString TrafficLog::decodeFor(const LogEntry &entry)
{
    const bool hex = Encodings::isHex(m_encoding);
    if (entry.direction == Direction::Tx || entry.datagram) {
        if (hex)
            return QString();
        // A whole message: a half character at its end shows as U+FFFD, not as nothing.
        StreamDecoder decoder(m_encoding);
        const QString text = decoder.decode(entry.data);
        return text + decoder.finish();
    }
    // Streams are followed in Hex too, so that their ends are known when the
    // encoding changes back to text.
    auto stream = m_rxStreams.find(entry.peer.id);
    if (stream == m_rxStreams.end())
        stream = m_rxStreams.try_emplace(entry.peer.id, m_encoding, entry.seq).first;
    stream->second.lastSeq = entry.seq;
    return hex ? QString() : stream->second.decoder.decode(entry.data);
}

void TrafficLog::appendPayload(Direction direction, const Peer &peer, const QByteArray &data, bool datagram)
{
    if (direction == Direction::Rx) {
        m_counters.rxBytes += quint64(data.size());
        ++m_counters.rxChunks;
    } else {
        m_counters.txBytes += quint64(data.size());
        ++m_counters.txChunks;
    }
    LogEntry entry;
    entry.msecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
    entry.direction = direction;
    entry.datagram = datagram;
    entry.peer = peer;
    entry.data = data;
    entry.seq = endSeq();
    entry.text = decodeFor(entry);
    push(std::move(entry));
    emit countersChanged();
}

void TrafficLog::appendMessage(Direction direction, const Peer &peer, const QString &message)
{
    LogEntry entry;
    entry.msecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
    entry.direction = direction;
    entry.peer = peer;
    entry.text = message;
    push(std::move(entry));
}

void TrafficLog::endStream(quint64 peerId)
{
    const auto stream = m_rxStreams.find(peerId);
    if (stream == m_rxStreams.end())
        return;
    const QString rest = Encodings::isHex(m_encoding) ? QString() : stream->second.decoder.finish();
    const quint64 lastSeq = stream->second.lastSeq;
    m_rxStreams.erase(stream);
    if (!contains(lastSeq))
        return;
    LogEntry &last = m_entries[lastSeq - m_firstSeq];
    last.endsStream = true;
    if (!rest.isEmpty()) {
        last.text += rest;
        m_used += rest.size() * qint64(sizeof(QChar));
        evictOverflow();
    }
}

void TrafficLog::resetCounters()
{
    m_counters = TrafficCounters{};
    emit countersChanged();
}

void TrafficLog::clear()
{
    m_firstSeq = endSeq();
    m_entries.clear();
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

void TrafficLog::push(LogEntry &&entry)
{
    entry.seq = endSeq();
    m_used += costOf(entry);
    m_entries.push_back(std::move(entry));
    evictOverflow();
}

void TrafficLog::evictOverflow()
{
    while (m_used > m_capacity && m_entries.size() > 1) {
        m_used -= costOf(m_entries.front());
        m_entries.pop_front();
        ++m_firstSeq;
        ++m_counters.evictedEntries;
    }
}

qint64 TrafficLog::costOf(const LogEntry &entry)
{
    return qint64(sizeof(LogEntry)) + entry.data.size() + entry.text.size() * qint64(sizeof(QChar));
}

} // namespace Sockpit
