#pragma once

#include "relaysession.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace Sockpit {

/// The relay's pairs as a table: who, its state, and per direction what went
/// through, what waits and whether it is paused or finished. Taken from the
/// session a few times a second, not per read.
class RelayPairModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PairColumn, ClientColumn, TargetColumn, StateColumn, ToTargetColumn, ToClientColumn, ColumnCount };
    static constexpr int RefreshIntervalMs = 250;

    explicit RelayPairModel(RelaySession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// 0 for a row that does not exist.
    quint64 pairIdAt(int row) const;
    /// -1 when the pair is not in the table.
    int rowOf(quint64 pairId) const;
    /// Takes the session's pairs now.
    void refresh();

private:
    static QString flowText(const RelaySession::FlowCounters &flow);
    static QString stateText(RelaySession::PairState state);

    RelaySession *m_session;
    QList<RelaySession::PairInfo> m_pairs;
    QTimer m_timer;
};

} // namespace Sockpit
