#include "clienttablemodel.h"

#include "tcpserversession.h"
#include "trafficlog.h"

#include <QDateTime>

#include <algorithm>

namespace Sockpit {

ClientTableModel::ClientTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ClientTableModel::flush);
}

ClientTableModel::~ClientTableModel() = default;

void ClientTableModel::attach(TcpServerSession *session)
{
    // Clients already there are listed as the session knows them.
    for (const ServerClient &client : session->clientList()) {
        addClient(client.peer, client.connectedAt);
        Row &row = m_rows.back();
        row.rx = client.rxBytes;
        row.tx = client.txBytes;
        row.lastActivity = client.lastActivity;
        if (client.state == ClientState::Closing)
            row.state = ClientState::Closing;
    }
    connect(session, &Session::peerJoined, this, [this, session](const Peer &peer) {
        addClient(peer, QDateTime::currentMSecsSinceEpoch());
        setSecurity(peer.id, session->isTls() ? tr("TLS handshake…") : tr("plain TCP"));
    });
    connect(session, &TcpServerSession::clientSecured, this, [this, session](quint64 peerId) {
        const std::optional<ServerClient> client = session->clientInfo(peerId);
        if (!client)
            return;
        const QString version = client->tlsSession.section(u',', 0, 0);
        setSecurity(peerId,
                    client->certificateSubject.isEmpty() ? version
                                                         : tr("%1 · %2").arg(version, client->certificateSubject),
                    client->tlsSession);
    });
    connect(session, &Session::received, this, [this](const Peer &peer, const QByteArray &data) {
        addTraffic(peer.id, data.size(), 0, QDateTime::currentMSecsSinceEpoch());
    });
    connect(session, &Session::sent, this, [this](const Peer &peer, const QByteArray &data) {
        addTraffic(peer.id, 0, data.size(), QDateTime::currentMSecsSinceEpoch());
    });
    connect(session, &TcpServerSession::clientStateChanged, this, &ClientTableModel::setClientState);
}

int ClientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int ClientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown)
        return QVariant();
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return QString::number(row.peer.id);
        case PeerColumn:
            return row.peerText;
        case SinceColumn:
            return TrafficLog::formatTime(row.since);
        case RxColumn:
            return QString::number(row.rx);
        case TxColumn:
            return QString::number(row.tx);
        case ActivityColumn:
            return row.lastActivity ? TrafficLog::formatTime(row.lastActivity) : QString();
        case SecurityColumn:
            return row.security;
        case StateColumn:
            return stateName(row.state);
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !row.detail.isEmpty())
            return row.detail;
        if (index.column() == SecurityColumn && !row.securityDetail.isEmpty())
            return row.securityDetail;
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == RxColumn || index.column() == TxColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case PeerIdRole:
        return QVariant::fromValue(row.peer.id);
    case ConnectedRole:
        return row.state == ClientState::Connected;
    }
    return QVariant();
}

QVariant ClientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return tr("#");
        case PeerColumn:
            return tr("Client");
        case SinceColumn:
            return tr("Connected at");
        case RxColumn:
            return tr("Received (bytes)");
        case TxColumn:
            return tr("Sent (bytes)");
        case ActivityColumn:
            return tr("Last data");
        case SecurityColumn:
            return tr("Security");
        case StateColumn:
            return tr("State");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case IdColumn:
            return tr("The client's number in this server's log");
        case PeerColumn:
            return tr("The client's address and port");
        case ActivityColumn:
            return tr("When the client last sent data; the idle timeout counts from here");
        case SecurityColumn:
            return tr("Plain TCP, or the client's TLS version and certificate subject");
        case StateColumn:
            return tr("Connected, or how the connection ended");
        }
    }
    return QVariant();
}

void ClientTableModel::addClient(const Peer &peer, qint64 msecsSinceEpoch)
{
    Row row;
    row.peer = peer;
    row.peerText = peer.toString();
    row.since = msecsSinceEpoch;
    m_rowOf.insert(peer.id, int(m_rows.size()));
    m_rows.push_back(std::move(row));
    ++m_connected;
    scheduleFlush();
}

void ClientTableModel::addTraffic(quint64 peerId, qint64 rxBytes, qint64 txBytes, qint64 msecsSinceEpoch)
{
    const auto it = m_rowOf.constFind(peerId);
    if (it == m_rowOf.cend())
        return;
    Row &row = m_rows[size_t(*it)];
    row.rx += quint64(rxBytes);
    row.tx += quint64(txBytes);
    if (rxBytes > 0)
        row.lastActivity = msecsSinceEpoch;
    markDirty(*it);
}

void ClientTableModel::setClientState(quint64 peerId, ClientState state, const QString &detail)
{
    const auto it = m_rowOf.constFind(peerId);
    if (it == m_rowOf.cend())
        return;
    Row &row = m_rows[size_t(*it)];
    const bool wasConnected = row.state == ClientState::Connected || row.state == ClientState::Closing;
    const bool connected = state == ClientState::Connected || state == ClientState::Closing;
    row.state = state;
    row.detail = detail;
    if (wasConnected && !connected) {
        --m_connected;
        ++m_departed;
        row.departure = ++m_departures;
    }
    markDirty(*it);
}

void ClientTableModel::setSecurity(quint64 peerId, const QString &text, const QString &detail)
{
    const auto it = m_rowOf.constFind(peerId);
    if (it == m_rowOf.cend())
        return;
    Row &row = m_rows[size_t(*it)];
    row.security = text;
    row.securityDetail = detail;
    markDirty(*it);
}

void ClientTableModel::markDirty(int row)
{
    if (row < m_shown) {
        m_dirtyFirst = m_dirtyFirst < 0 ? row : std::min(m_dirtyFirst, row);
        m_dirtyLast = std::max(m_dirtyLast, row);
    }
    scheduleFlush();
}

void ClientTableModel::scheduleFlush()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ClientTableModel::flush()
{
    m_flushTimer.stop();
    if (m_departed > MaxDepartedRows)
        pruneDeparted(MaxDepartedRows / 2);
    if (m_dirtyFirst >= 0) {
        const int first = m_dirtyFirst;
        const int last = std::min(m_dirtyLast, m_shown - 1);
        m_dirtyFirst = m_dirtyLast = -1;
        if (first <= last)
            emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
    const int total = int(m_rows.size());
    if (total > m_shown) {
        beginInsertRows(QModelIndex(), m_shown, total - 1);
        m_shown = total;
        endInsertRows();
    }
}

void ClientTableModel::removeDeparted()
{
    pruneDeparted(0);
}

void ClientTableModel::pruneDeparted(int keep)
{
    if (m_departed <= keep)
        return;
    // The ones that left first go first.
    std::vector<std::pair<quint64, size_t>> departed; // (departure order, index)
    departed.reserve(size_t(m_departed));
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].departure)
            departed.emplace_back(m_rows[i].departure, i);
    }
    if (departed.size() <= size_t(std::max(keep, 0)))
        return;
    const size_t dropCount = departed.size() - size_t(std::max(keep, 0));
    std::nth_element(departed.begin(), departed.begin() + qsizetype(dropCount) - 1, departed.end());
    std::vector<bool> drop(m_rows.size(), false);
    for (size_t k = 0; k < dropCount; ++k)
        drop[departed[k].second] = true;

    // Remove contiguous runs from the end so earlier indexes stay valid.
    int i = int(m_rows.size()) - 1;
    while (i >= 0) {
        if (!drop[size_t(i)]) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && drop[size_t(first - 1)])
            --first;
        const bool shown = first < m_shown;
        const int shownLast = std::min(i, m_shown - 1);
        if (shown)
            beginRemoveRows(QModelIndex(), first, shownLast);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + i + 1);
        m_departed -= i - first + 1;
        if (shown) {
            m_shown -= shownLast - first + 1;
            endRemoveRows();
        }
        i = first - 1;
    }
    m_dirtyFirst = m_dirtyLast = -1;
    if (m_shown > 0) {
        // Indexes moved; repaint what remains rather than track every shift.
        m_dirtyFirst = 0;
        m_dirtyLast = m_shown - 1;
    }
    reindex();
}

void ClientTableModel::reindex()
{
    m_rowOf.clear();
    m_rowOf.reserve(qsizetype(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows[i].peer.id, int(i));
}

quint64 ClientTableModel::peerIdAt(int row) const
{
    return row >= 0 && row < m_shown ? m_rows[size_t(row)].peer.id : 0;
}

int ClientTableModel::rowOfPeer(quint64 peerId) const
{
    const int row = m_rowOf.value(peerId, -1);
    return row < m_shown ? row : -1;
}

bool ClientTableModel::isConnectedAt(int row) const
{
    return row >= 0 && row < m_shown && m_rows[size_t(row)].state == ClientState::Connected;
}

QString ClientTableModel::stateName(ClientState state)
{
    switch (state) {
    case ClientState::Connected:
        return tr("connected");
    case ClientState::Closing:
        return tr("closing");
    case ClientState::ClosedByPeer:
        return tr("closed by client");
    case ClientState::Reset:
        return tr("reset by client");
    case ClientState::IdleTimeout:
        return tr("idle timeout");
    case ClientState::Disconnected:
        return tr("disconnected by you");
    case ClientState::Failed:
        return tr("error");
    }
    return QString();
}

} // namespace Sockpit
