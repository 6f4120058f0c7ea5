#pragma once

#include <QAbstractListModel>
#include <QTimer>

#include <deque>
#include <optional>

namespace Sockpit {

class TrafficLog;
struct LogEntry;

/// A list model over the traffic log ring. New entries are taken in one batch
/// per timer tick (about 30 a second) with a single beginInsertRows, entries
/// that left the ring are removed in one beginRemoveRows, and a row's text is
/// made only when the view asks for it (only visible rows are painted).
class ReceiveLogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class ViewMode { Text, Hex, Both };
    enum Roles { SeqRole = Qt::UserRole + 1 };
    /// A row shows at most this much payload; saving the log writes everything.
    /// More than a wide screen shows, and no more: under a flood every visible
    /// row is laid out again about 30 times a second.
    static constexpr int MaxRowChars = 300;
    static constexpr int RefreshIntervalMs = 33;
    /// Under a flood the view is refreshed less often: each refresh lays the
    /// whole list out again and paints it, time the socket needs to keep up.
    static constexpr int FloodRefreshIntervalMs = 150;
    /// Rows arriving in one refresh that make it a flood.
    static constexpr int FloodRowsPerRefresh = 300;
    /// Or bytes (about 30 MiB/s): a stream of large reads, a TLS stream that
    /// comes in 64 KiB rows, is a flood in fewer rows, and each refresh of it
    /// lays out as many long rows.
    static constexpr quint64 FloodBytesPerRefresh = 1024 * 1024;

    explicit ReceiveLogModel(TrafficLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setViewMode(ViewMode mode);
    ViewMode viewMode() const { return m_mode; }
    /// While paused the view keeps its rows; the log keeps recording.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void setPeerFilter(std::optional<quint64> peerId);
    /// Entries in the log not yet shown because the view is paused.
    quint64 hiddenWhilePaused() const;

    quint64 seqAt(int row) const { return m_rows.at(size_t(row)); }
    /// Finds the next row (after from, or before it when backwards) whose line contains text.
    int find(const QString &text, int from, bool backwards) const;

    /// One entry as a line of text: time, direction, peer, payload. With a limit,
    /// the payload's start is decoded from the log (by entry.seq); with INT_MAX
    /// the line holds entry.text whole (take the entry from TrafficLog::at()).
    QString lineFor(const LogEntry &entry, int maxChars = MaxRowChars) const;
    /// A row's tooltip: its length and, for a frame, what its marks mean (the
    /// checksum's expected and received values on a ✗ row).
    static QString toolTipFor(const LogEntry &entry);
    /// A relay payload's direction and pair in words ("Client → target, pair #3").
    static QString relayFlowOf(const LogEntry &entry);
    /// How long until the view takes new rows again.
    int refreshInterval() const { return m_timer.interval(); }

public slots:
    /// Takes what the log has appended or dropped since the last call.
    void sync();

signals:
    void rowsAppended();
    /// While paused: the number of entries not shown has changed.
    void hiddenCountChanged();

private:
    bool accepts(const LogEntry &entry) const;
    void rebuild();

    TrafficLog *m_log;
    std::deque<quint64> m_rows; ///< sequence numbers of the shown entries
    quint64 m_nextSeq = 0;      ///< first log sequence number not yet looked at
    quint64 m_bytesSeen = 0;    ///< the log's bytes both ways at the last refresh
    ViewMode m_mode = ViewMode::Text;
    bool m_paused = false;
    quint64 m_reportedHidden = 0; ///< hiddenWhilePaused() when last signalled
    std::optional<quint64> m_peerFilter;
    QTimer m_timer;
};

} // namespace Sockpit
