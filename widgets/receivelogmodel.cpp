#include "receivelogmodel.h"

#include "logline.h"
#include "theme.h"
#include "trafficlog.h"

#include <QBrush>
#include <QGuiApplication>

#include <climits>
#include <utility>

namespace Sockpit {

namespace {
Theme::Tone toneOf(Direction direction)
{
    switch (direction) {
    case Direction::Rx: return Theme::Tone::Rx;
    case Direction::Tx: return Theme::Tone::Tx;
    case Direction::Info: return Theme::Tone::Info;
    case Direction::Error: return Theme::Tone::Bad;
    }
    return Theme::Tone::Info;
}

Theme::Tone toneOf(const LogEntry &entry)
{
    const bool bad = entry.check == LogEntry::Check::Bad || entry.check == LogEntry::Check::TooShort;
    return bad ? Theme::Tone::Bad : toneOf(entry.direction);
}
} // namespace

ReceiveLogModel::ReceiveLogModel(TrafficLog *log, QObject *parent)
    : QAbstractListModel(parent)
    , m_log(log)
    , m_nextSeq(log->firstSeq())
{
    m_timer.setInterval(RefreshIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ReceiveLogModel::sync);
    m_timer.start();
    connect(m_log, &TrafficLog::cleared, this, [this] {
        beginResetModel();
        m_rows.clear();
        m_nextSeq = m_log->endSeq();
        endResetModel();
    });
    connect(m_log, &TrafficLog::encodingChanged, this, [this] {
        if (!m_rows.empty())
            emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, Qt::ToolTipRole});
    });
}

int ReceiveLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReceiveLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const quint64 seq = m_rows[size_t(index.row())];
    if (!m_log->contains(seq))
        return {};
    // Not at(): a row decodes only the start of its payload (see lineFor).
    const LogEntry entry = m_log->peekAt(seq);
    switch (role) {
    case Qt::DisplayRole:
        return lineFor(entry);
    case Qt::ToolTipRole:
        return entry.isPayload() ? toolTipFor(entry) : QVariant();
    case Qt::ForegroundRole:
        return QBrush(Theme::color(toneOf(entry), QGuiApplication::palette(), QPalette::Base));
    case SeqRole:
        return QVariant::fromValue(seq);
    default:
        return {};
    }
}

QString ReceiveLogModel::relayFlowOf(const LogEntry &entry)
{
    const bool client = entry.peer.leg == Peer::Leg::Client;
    const quint64 pair = entry.peer.pairId;
    if (entry.direction == Direction::Tx)
        return (client ? tr("Injected into the client of pair #%1") : tr("Injected into the target of pair #%1")).arg(pair);
    return (client ? tr("Client → target, pair #%1") : tr("Target → client, pair #%1")).arg(pair);
}

QString ReceiveLogModel::toolTipFor(const LogEntry &entry)
{
    QStringList lines{entry.frame ? tr("A frame of %n byte(s)", nullptr, int(entry.data.size()))
                                  : tr("%n byte(s)", nullptr, int(entry.data.size()))};
    if (entry.peer.isRelayLeg())
        lines << relayFlowOf(entry);
    if (!entry.frame)
        return lines.join(u'\n');
    switch (entry.frameMark) {
    case Frame::Mark::Complete:
        break;
    case Frame::Mark::Incomplete:
        lines << tr("Incomplete: the connection (or the datagram) ended before the frame did");
        break;
    case Frame::Mark::Oversize:
        lines << tr("Cut at the maximum frame size: the rest follows in the next rows");
        break;
    }
    ChecksumSpec spec;
    spec.algorithm = entry.checkAlgorithm;
    const QString name = Checksum::name(entry.checkAlgorithm);
    switch (entry.check) {
    case LogEntry::Check::None:
        break;
    case LogEntry::Check::Good:
        lines << tr("✓ %1 matches: %2").arg(name, spec.formatValue(entry.checkExpected));
        break;
    case LogEntry::Check::Bad:
        lines << tr("✗ %1 does not match: expected %2, received %3")
                     .arg(name, spec.formatValue(entry.checkExpected), spec.formatValue(entry.checkReceived));
        break;
    case LogEntry::Check::TooShort:
        lines << tr("✗ too short to hold its %1: %n byte(s) needed", nullptr, Checksum::widthBytes(entry.checkAlgorithm)).arg(name);
        break;
    }
    return lines.join(u'\n');
}

QString ReceiveLogModel::lineFor(const LogEntry &entry, int maxChars) const
{
    static_assert(int(ViewMode::Text) == int(LogLine::Payload::Text) && int(ViewMode::Hex) == int(LogLine::Payload::Hex)
                  && int(ViewMode::Both) == int(LogLine::Payload::Both));
    return LogLine::format(*m_log, entry, LogLine::Style{LogLine::Payload(m_mode), maxChars});
}

void ReceiveLogModel::setViewMode(ViewMode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    if (!m_rows.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
}

void ReceiveLogModel::setPaused(bool paused)
{
    m_paused = paused;
    m_reportedHidden = 0;
    if (!paused)
        sync();
}

void ReceiveLogModel::setPeerFilter(std::optional<quint64> peerId)
{
    if (m_peerFilter == peerId)
        return;
    m_peerFilter = peerId;
    rebuild();
}

quint64 ReceiveLogModel::hiddenWhilePaused() const
{
    return m_paused ? m_log->endSeq() - qMax(m_nextSeq, m_log->firstSeq()) : 0;
}

bool ReceiveLogModel::accepts(const LogEntry &entry) const
{
    // Messages without a peer (errors, notices) stay visible under a filter.
    return !m_peerFilter || entry.peer.id == *m_peerFilter || !entry.peer.isValid();
}

void ReceiveLogModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    // A paused view stays where it was; the rest comes on resume.
    const quint64 end = m_paused ? qBound(m_log->firstSeq(), m_nextSeq, m_log->endSeq()) : m_log->endSeq();
    m_log->visitHeads(m_log->firstSeq(), end, [this](quint64 seq, const LogEntry &head) {
        if (accepts(head))
            m_rows.push_back(seq);
    });
    m_nextSeq = end;
    endResetModel();
}

void ReceiveLogModel::sync()
{
    // Rows whose entries left the ring go first, in one removal.
    const quint64 first = m_log->firstSeq();
    size_t gone = 0;
    while (gone < m_rows.size() && m_rows[gone] < first)
        ++gone;
    if (gone > 0) {
        beginRemoveRows(QModelIndex(), 0, int(gone) - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + qsizetype(gone));
        endRemoveRows();
    }
    if (m_paused) {
        const quint64 hidden = hiddenWhilePaused();
        if (hidden != m_reportedHidden) {
            m_reportedHidden = hidden;
            emit hiddenCountChanged();
        }
        return;
    }

    const quint64 end = m_log->endSeq();
    std::vector<quint64> fresh;
    m_log->visitHeads(qMax(m_nextSeq, first), end, [this, &fresh](quint64 seq, const LogEntry &head) {
        if (accepts(head))
            fresh.push_back(seq);
    });
    m_nextSeq = end;
    const quint64 bytes = m_log->counters().rxBytes + m_log->counters().txBytes;
    const bool flood = fresh.size() > FloodRowsPerRefresh || bytes - std::exchange(m_bytesSeen, bytes) > FloodBytesPerRefresh;
    m_timer.setInterval(flood ? FloodRefreshIntervalMs : RefreshIntervalMs);
    if (fresh.empty())
        return;
    const int row = rowCount();
    beginInsertRows(QModelIndex(), row, row + int(fresh.size()) - 1);
    m_rows.insert(m_rows.end(), fresh.begin(), fresh.end());
    endInsertRows();
    emit rowsAppended();
}

int ReceiveLogModel::find(const QString &text, int from, bool backwards) const
{
    if (text.isEmpty() || m_rows.empty())
        return -1;
    const int n = rowCount();
    if (from < 0 || from >= n)
        from = backwards ? n : -1;
    for (int step = 1; step <= n; ++step) {
        const int row = backwards ? (from - step + n * 2) % n : (from + step + n) % n;
        const quint64 seq = m_rows[size_t(row)];
        if (m_log->contains(seq) && lineFor(m_log->at(seq), INT_MAX).contains(text, Qt::CaseInsensitive))
            return row;
    }
    return -1;
}

} // namespace Sockpit
