#pragma once

#include "session.h"
#include "tcpresetwitness.h"

#include <QTcpSocket>
#include <QTimer>

namespace Sockpit {

/// A TCP client: one connection to HOST:PORT, long-lived or, in short-connection
/// mode, opened for each send and closed after the reply.
class TcpClientSession : public Session
{
    Q_OBJECT
public:
    static constexpr int DefaultConnectTimeoutMs = 5000;
    static constexpr int DefaultReplyTimeoutMs = 2000;
    /// send() refuses more data while this much is still waiting to leave.
    static constexpr qint64 MaxPendingBytes = 64 * 1024 * 1024;

    explicit TcpClientSession(QObject *parent = nullptr);
    ~TcpClientSession() override;

    void setTarget(const QString &host, quint16 port);
    QString targetText() const;
    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }
    int connectTimeout() const { return m_connectTimeoutMs; }
    /// Short connections: each send connects, sends, waits up to replyTimeoutMs
    /// for a reply (or for the peer to close), then closes.
    void setShortConnection(bool enabled, int replyTimeoutMs = DefaultReplyTimeoutMs);
    bool isShortConnection() const { return m_shortConnection; }

    /// Connects to the target (long connection).
    void open();
    /// Closes gracefully: buffered data is sent first.
    void stop() override;
    /// Drops the connection at once.
    void abort();
    /// Closes our direction only (a FIN), and keeps reading until the peer closes.
    void closeSending();

    /// Queues data on the connection. In short-connection mode an idle session
    /// connects first. Returns false (and says why through errorOccurred) when it cannot.
    bool send(const QByteArray &data) override;
    qint64 pendingBytes() const override { return m_socket.bytesToWrite() + m_queued.size(); }
    /// The local port of the connection; 0 when not connected.
    quint16 localPort() const { return m_socket.localPort(); }

    Peer peer() const { return m_peer; }
    QTcpSocket *socket() { return &m_socket; }

private:
    void onSocketStateChanged(QAbstractSocket::SocketState state);
    void onConnected();
    void onReadyRead();
    void onErrorOccurred(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onConnectTimeout();
    void startConnecting();
    void closeSocket();
    void abortSocket();

    QTcpSocket m_socket;
    TcpResetWitness m_resetWitness; ///< released by closeSocket() and abortSocket()
    QTimer m_connectTimer;
    QTimer m_replyTimer;
    QString m_host;
    quint16 m_port = 0;
    int m_connectTimeoutMs = DefaultConnectTimeoutMs;
    int m_replyTimeoutMs = DefaultReplyTimeoutMs;
    bool m_shortConnection = false;
    QByteArray m_queued; ///< short mode: data waiting for the connection
    Peer m_peer;
    quint64 m_nextPeerId = 1;
    QString m_pendingReason; ///< why the connection is ending, for peerLeft
};

} // namespace Sockpit
