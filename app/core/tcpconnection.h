#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

class QSocketNotifier;

namespace Sockpit {

/// One accepted TCP connection, driven on its raw descriptor by socket notifiers.
///
/// QTcpSocket reports a reset by the peer as an orderly close; reading the
/// descriptor here tells recv() returning 0 (the peer closed) from ECONNRESET,
/// and costs a server with thousands of clients less than a QTcpSocket each.
class TcpConnection : public QObject
{
    Q_OBJECT
public:
    enum class End {
        ClosedByPeer, ///< recv() returned 0
        Reset,        ///< ECONNRESET / EPIPE
        Error,        ///< another socket error (detail says which)
        Closed,       ///< closeGracefully() finished sending and closed
    };
    Q_ENUM(End)

    /// Takes ownership of the connected descriptor fd.
    explicit TcpConnection(qintptr fd, QObject *parent = nullptr);
    ~TcpConnection() override;

    bool isOpen() const { return m_fd >= 0; }
    bool isClosing() const { return m_closing; }
    QHostAddress peerAddress() const { return m_peerAddress; }
    quint16 peerPort() const { return m_peerPort; }

    /// Sends at once what the kernel takes and queues the rest. False when closed.
    bool write(const QByteArray &data);
    qint64 bytesToWrite() const { return m_pending.size() - m_pendingOffset; }

    /// Closes after the queued data has left. Returns true when it closed at once
    /// (nothing was queued); otherwise ended(Closed) follows.
    bool closeGracefully();
    /// Closes now, dropping queued data; emits nothing.
    void abort();

signals:
    /// Everything that was waiting on the socket when it became readable.
    void received(const QByteArray &data);
    /// The connection is over (emitted once; not after abort()).
    void ended(Sockpit::TcpConnection::End end, const QString &detail);

private:
    void onReadable();
    void onWritable();
    void flush();
    void closeDescriptor();

    int m_fd = -1;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QByteArray m_pending;
    qsizetype m_pendingOffset = 0;
    bool m_closing = false;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
};

} // namespace Sockpit
