#pragma once

#include "clientstate.h"
#include "peer.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <vector>

namespace Sockpit {

class TcpServerSession;

/// The TCP server's client list: one row per client, in the order they joined.
///
/// Built for thousands of clients with traffic on all of them: the session
/// updates rows as often as it likes, and views hear about it in batches (new
/// rows in one insert, changed rows in one dataChanged) a few times a second.
class ClientTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, PeerColumn, SinceColumn, RxColumn, TxColumn, ActivityColumn, SecurityColumn, StateColumn,
                  ColumnCount };
    enum Role {
        PeerIdRole = Qt::UserRole + 1, ///< quint64 Peer::id
        ConnectedRole,                 ///< bool: still connected
    };
    static constexpr int FlushIntervalMs = 100;
    /// Departed rows kept for the user to see; the oldest go beyond this.
    static constexpr int MaxDepartedRows = 1000;

    explicit ClientTableModel(QObject *parent = nullptr);
    ~ClientTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Lists the session's clients, and follows them from now on.
    void attach(TcpServerSession *session);

    // Updates from the session; views see them at the next flush.
    void addClient(const Peer &peer, qint64 msecsSinceEpoch);
    void addTraffic(quint64 peerId, qint64 rxBytes, qint64 txBytes, qint64 msecsSinceEpoch);
    void setClientState(quint64 peerId, ClientState state, const QString &detail = QString());
    /// How the client is connected: plain TCP, TLS under way, or its TLS session and certificate subject.
    void setSecurity(quint64 peerId, const QString &text, const QString &detail = QString());

    /// Pushes pending changes to the views now (tests; the timer does it otherwise).
    void flush();
    /// Drops every departed client from the list.
    void removeDeparted();

    quint64 peerIdAt(int row) const;
    /// The row of a peer, or -1 when it is not (yet) listed.
    int rowOfPeer(quint64 peerId) const;
    bool isConnectedAt(int row) const;
    int connectedCount() const { return m_connected; }

    static QString stateName(ClientState state);

private:
    struct Row
    {
        Peer peer;
        QString peerText;
        qint64 since = 0;
        qint64 lastActivity = 0; ///< last data from the client; 0: none yet
        quint64 rx = 0;
        quint64 tx = 0;
        ClientState state = ClientState::Connected;
        QString detail;
        QString security;       ///< "plain", "TLS handshake…", "TLS 1.3 · CN=…"
        QString securityDetail; ///< the whole TLS session line, for the tool tip
        quint64 departure = 0; ///< order of leaving; 0: still here
    };

    void markDirty(int row);
    void scheduleFlush();
    void pruneDeparted(int keep);
    void reindex();

    std::vector<Row> m_rows;
    QHash<quint64, int> m_rowOf; ///< peer id -> index in m_rows
    int m_shown = 0;             ///< rows the views know about
    int m_dirtyFirst = -1;
    int m_dirtyLast = -1;
    int m_departed = 0;
    int m_connected = 0;
    quint64 m_departures = 0;
    QTimer m_flushTimer;
};

} // namespace Sockpit
