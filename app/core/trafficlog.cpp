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
    m_rxDecoders.clear();
    m_used = 0;
    // Re-decode in order so each stream's split characters join up again.
    for (LogEntry &entry : m_entries) {
        if (entry.isPayload())
            entry.text = decodeFor(entry);
        m_used += costOf(entry);
    }
    evictOverflow();
    emit encodingChanged(encoding);
}

QString TrafficLog::decodeFor(const LogEntry &entry)
{
    if (Encodings::isHex(m_encoding))
        return QString();
    if (entry.direction == Direction::Tx || entry.datagram)
        return StreamDecoder(m_encoding).decode(entry.data);
    std::shared_ptr<StreamDecoder> &decoder = m_rxDecoders[entry.peer.id];
    if (!decoder)
        decoder = std::make_shared<StreamDecoder>(m_encoding);
    return decoder->decode(entry.data);
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
    m_rxDecoders.remove(peerId);
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
