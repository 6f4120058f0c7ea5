#pragma once

#include "backpressure.h"
#include "connectionend.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

namespace Sockpit {

/// One established stream connection, as every TCP session sees it: the TCP
/// client's, each of the TCP server's clients, later each leg of a relay.
/// One rule for all of them:
///
/// - **How it ends**: ended() comes once with a ConnectionEnd (closed or
///   reset by the peer, failed), also for our own close() when data was still
///   queued. Our own abort() and a close() that finishes at once emit nothing:
///   the caller knows. describeEnd() puts any end into the user's words.
/// - **Half-close**: closeSending() sends our FIN once the queued data has
///   left; we keep reading until the peer closes (or resets).
/// - **Back-pressure**: write() never refuses for want of room; bytesToWrite()
///   says what waits. A producer stops while isBackedUp() and goes on at
///   drained(). Nothing is dropped unless the connection ends.
/// - **Relaying** (off by default): setReadingPaused() stops reading, so the
///   peer waits on its own full window (data waits in its kernel, nothing is
///   read into memory); setPeerFinishReported() makes the peer's FIN a
///   peerFinishedSending() instead of the end, so the other direction goes on
///   until our own closeSending() has left too.
///
/// TLS later: a TlsConnection implements this interface on a QSslSocket, which
/// takes over the connected descriptor that TcpConnector (client) or the
/// listener (server) made, through QSslSocket::setSocketDescriptor(). The
/// sessions talk to Connection only, so they need no change beyond choosing
/// which one to make.
class Connection : public QObject
{
    Q_OBJECT
public:
    ~Connection() override;

    /// Not yet ended, closed or aborted.
    virtual bool isOpen() const = 0;
    /// Open and still sending: no close(), no closeSending() asked for.
    virtual bool canWrite() const = 0;
    virtual QHostAddress peerAddress() const = 0;
    virtual quint16 peerPort() const = 0;
    virtual quint16 localPort() const = 0;

    /// Sends what the system takes now and queues the rest. False, sending
    /// nothing, when !canWrite().
    virtual bool write(const QByteArray &data) = 0;
    /// Bytes accepted by write() that have not left yet.
    virtual qint64 bytesToWrite() const = 0;
    bool isBackedUp() const { return bytesToWrite() >= BackPressure::HighWaterMark; }

    /// Half-close: a FIN once the queue is empty; reading goes on.
    virtual void closeSending() = 0;
    /// Graceful close: the queue leaves first. True when closed at once;
    /// otherwise ended(ClosedByUs) follows (or another end if the peer is faster).
    virtual bool close() = 0;
    /// Closes now with a reset (RST), dropping the queue; emits nothing.
    virtual void abort() = 0;

    /// Stops (true) or resumes reading. While paused nothing is read: what the
    /// peer sends waits in the system's buffers and then in the peer's.
    virtual void setReadingPaused(bool paused) = 0;
    virtual bool isReadingPaused() const = 0;
    /// False (the default): the peer's FIN ends the connection. True: it is
    /// reported by peerFinishedSending() and sending goes on; the connection
    /// ends (ClosedByPeer) once our closeSending() has sent our FIN as well.
    virtual void setPeerFinishReported(bool reported) = 0;
    /// The peer's FIN has been read (only when it is reported).
    virtual bool hasPeerFinished() const = 0;

signals:
    /// Everything that was waiting when the connection became readable.
    void received(const QByteArray &data);
    /// This many queued bytes went to the system.
    void bytesWritten(qint64 bytes);
    /// The backlog fell to BackPressure::LowWaterMark after reaching the high mark.
    void drained();
    /// The peer sent its FIN: it sends nothing more (setPeerFinishReported(true) only).
    void peerFinishedSending();
    /// The connection is over (once; not after abort() or a close() that returned true).
    void ended(const Sockpit::ConnectionEnd &end);

protected:
    explicit Connection(QObject *parent = nullptr);
};

} // namespace Sockpit
