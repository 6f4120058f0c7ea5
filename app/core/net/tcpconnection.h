#pragma once

#include "connection.h"
#include "poller.h"

#include <QList>
#include <QPointer>

namespace Sockpit {

/// A Connection on a raw connected TCP descriptor, driven by a Poller.
///
/// Reading the descriptor itself is what tells a reset from a close: recv()
/// returning 0 is the peer's FIN, ECONNRESET its RST, also after our own
/// half-close (QTcpSocket reports both as RemoteHostClosedError). It also costs
/// a server with thousands of clients less than a QTcpSocket each.
///
/// Reads take at most 1 MiB per wakeup, so one fast peer cannot starve the
/// others on the same event loop. The send queue is a list of the chunks given
/// to write(), sent with one gathering call; memory is what waits, no more.
///
/// By default the peer's FIN ends the connection: what we still had queued for
/// it is counted in ConnectionEnd::droppedBytes, and said in the reason. A relay
/// has it reported instead (setPeerFinishReported()) and pauses reading while
/// the other leg is backed up (setReadingPaused()).
///
/// A descriptor that is not read (paused, or after the peer's FIN) still wakes
/// epoll for an error or a hang-up: a reset then ends the connection at once;
/// anything else leaves it unwatched until reading resumes, so a level-triggered
/// hang-up cannot spin.
class TcpConnection final : public Connection, private PollTarget
{
    Q_OBJECT
public:
    /// Takes ownership of the connected descriptor fd.
    TcpConnection(qintptr fd, Poller *poller, QObject *parent = nullptr);
    ~TcpConnection() override;

    bool isOpen() const override { return m_fd >= 0; }
    bool canWrite() const override { return m_fd >= 0 && !m_closing && !m_sendingClosed; }
    QHostAddress peerAddress() const override { return m_peerAddress; }
    quint16 peerPort() const override { return m_peerPort; }
    quint16 localPort() const override { return m_localPort; }

    /// Past the poller's share of writes in this pass, sends in a later pass.
    bool write(const QByteArray &data) override;
    qint64 bytesToWrite() const override { return m_queuedBytes; }
    void closeSending() override;
    bool close() override;
    void abort() override;

    void setReadingPaused(bool paused) override;
    bool isReadingPaused() const override { return m_readPaused; }
    void setPeerFinishReported(bool reported) override { m_peerFinishReported = reported; }
    bool hasPeerFinished() const override { return m_peerFinished; }

private:
    void pollReadable() override;
    void pollWritable() override;
    /// Sends from the queue until it is empty or the system has no room.
    void flush();
    /// Drops chunks the system took.
    void consume(qint64 bytes);
    void afterQueueEmptied();
    void setWriteInterest(bool wanted);
    /// Tells the poller what we wait for now: reading (unless paused or
    /// finished by the peer) and room to send (when data waits).
    void updateInterest();
    bool wantsToRead() const { return !m_readPaused && !m_peerFinished; }
    /// Woken while not reading: only an error or a hang-up does that.
    void onWokenWithoutReading();
    void onPeerFinished();
    /// Closes the descriptor and reports end, now or from the event loop (when
    /// the caller may be walking its own list of connections).
    void finish(ConnectionEnd end, bool fromEventLoop);
    void closeDescriptor(bool reset);

    int m_fd = -1;
    QPointer<Poller> m_poller;
    bool m_writeInterest = false;
    bool m_writeQueued = false;  ///< waiting for its turn in the poller
    bool m_closing = false;      ///< close() once the queue is empty
    bool m_sendingClosed = false; ///< closeSending() asked for
    bool m_finSent = false;
    bool m_readPaused = false;
    bool m_peerFinishReported = false;
    bool m_peerFinished = false;  ///< its FIN was read (reported mode)
    bool m_unwatched = false;     ///< taken off the poller while not reading
    QList<QByteArray> m_queue; ///< empty costs nothing (std::deque allocates 600 bytes up front)
    qsizetype m_frontOffset = 0; ///< bytes of m_queue.front() already sent
    qint64 m_queuedBytes = 0;
    BacklogGauge m_backlog;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    quint16 m_localPort = 0;
};

} // namespace Sockpit
