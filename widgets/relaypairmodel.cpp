#include "relaypairmodel.h"

#include <QLocale>

namespace Sockpit {

RelayPairModel::RelayPairModel(RelaySession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    m_timer.setInterval(RefreshIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RelayPairModel::refresh);
    // A pair that comes or goes shows at the next tick; counters tick while there are pairs.
    connect(session, &RelaySession::pairCountChanged, this, [this] {
        if (!m_timer.isActive())
            m_timer.start();
    });
    connect(session, &RelaySession::pairChanged, this, [this] {
        if (!m_timer.isActive())
            m_timer.start();
    });
}

int RelayPairModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int RelayPairModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

quint64 RelayPairModel::pairIdAt(int row) const
{
    return row >= 0 && row < m_pairs.size() ? m_pairs.at(row).id : 0;
}

int RelayPairModel::rowOf(quint64 pairId) const
{
    for (int row = 0; row < m_pairs.size(); ++row) {
        if (m_pairs.at(row).id == pairId)
            return row;
    }
    return -1;
}

void RelayPairModel::refresh()
{
    const QList<RelaySession::PairInfo> pairs = m_session->pairs();
    if (pairs.isEmpty())
        m_timer.stop();
    bool sameRows = pairs.size() == m_pairs.size();
    for (qsizetype i = 0; sameRows && i < pairs.size(); ++i)
        sameRows = pairs.at(i).id == m_pairs.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_pairs = pairs;
        endResetModel();
        return;
    }
    m_pairs = pairs;
    if (!m_pairs.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

QString RelayPairModel::stateText(RelaySession::PairState state)
{
    switch (state) {
    case RelaySession::PairState::Connecting: return tr("Connecting to the target");
    case RelaySession::PairState::Open: return tr("Open");
    case RelaySession::PairState::Closing: return tr("Closing");
    }
    return QString();
}

QString RelayPairModel::flowText(const RelaySession::FlowCounters &flow)
{
    const QLocale locale;
    QString text = tr("%1 B").arg(locale.toString(flow.bytes));
    if (flow.pendingBytes > 0)
        text += tr(", %1 B waiting").arg(locale.toString(flow.pendingBytes));
    if (flow.injectedBytes > 0)
        text += tr(", %1 B injected").arg(locale.toString(flow.injectedBytes));
    if (flow.paused)
        text += tr(", paused");
    if (flow.finished)
        text += tr(", finished");
    return text;
}

QVariant RelayPairModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || role != Qt::DisplayRole)
        return {};
    const RelaySession::PairInfo &pair = m_pairs.at(index.row());
    switch (index.column()) {
    case PairColumn: return QStringLiteral("#%1").arg(pair.id);
    case ClientColumn: return pair.client.toString();
    case TargetColumn: return pair.target.isValid() ? pair.target.toString() : QString();
    case StateColumn: return stateText(pair.state);
    case ToTargetColumn: return flowText(pair.toTarget);
    case ToClientColumn: return flowText(pair.toClient);
    default: return {};
    }
}

QVariant RelayPairModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PairColumn: return tr("Pair");
    case ClientColumn: return tr("Client");
    case TargetColumn: return tr("Target");
    case StateColumn: return tr("State");
    case ToTargetColumn: return tr("Client → target");
    case ToClientColumn: return tr("Target → client");
    default: return {};
    }
}

} // namespace Sockpit
