#pragma once

#include "backpressure.h"
#include "connection.h"
#include "session.h"
#include "tcpconnector.h"
#include "tlsconnection.h"

#include <QTimer>

#include <optional>

namespace Sockpit {

class Poller;

/// A TCP client: one connection to HOST:PORT, long-lived or, in short-connection
/// mode, opened for each send and closed after the reply.
///
/// The connection is a Connection (TcpConnection on a raw descriptor) made by
/// a TcpConnector, so a peer's reset is told from its close, also after our
/// own half-close, and the backlog is counted for back-pressure.
class TcpClientSession : public Session
{
    Q_OBJECT
public:
    static constexpr int DefaultConnectTimeoutMs = 5000;
    static constexpr int DefaultReplyTimeoutMs = 2000;
    /// send() refuses more data while this much is still waiting to leave: a
    /// last safety net behind isBackedUp() for producers that do not wait.
    static constexpr qint64 MaxPendingBytes = 64 * 1024 * 1024;
    /// After stop(), the peer gets this long to take the queued data before
    /// the connection is cut off.
    static constexpr int CloseGraceMs = 5000;

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

    /// Connects to the target (long connection); a connection already open is aborted first.
    void open();
    /// Closes gracefully: queued data is sent first (within CloseGraceMs).
    void stop() override;
    /// Drops the connection at once with a reset, or stops connecting.
    void abort();
    /// Half-close: once the queued data has left, sends our FIN; the session
    /// keeps reading until the peer closes. send() is refused from then on.
    void closeSending();
    bool isSendingClosed() const { return m_sendingClosed; }

    /// Queues data on the connection. In short-connection mode an idle session
    /// connects first. Returns false (and says why through errorOccurred) when it cannot.
    bool send(const QByteArray &data) override;
    qint64 pendingBytes() const override;
    /// The local port of the connection; 0 when not connected.
    quint16 localPort() const;

    /// TLS on every connection from now on; std::nullopt: plain TCP.
    void setTls(const std::optional<TlsClientSetup> &tls);
    bool isTls() const { return m_tls.has_value(); }
    /// The certificate the last handshake failed on: what is wrong with it, and
    /// its SHA-256 digest, which acceptCertificateOnce() takes.
    struct RejectedCertificate
    {
        QByteArray sha256;
        QStringList problems; ///< in plain words
        QStringList details;  ///< the certificate described
    };
    std::optional<RejectedCertificate> rejectedCertificate() const { return m_rejected; }
    /// The next handshakes pass despite this certificate's problems (warned about in the log).
    void acceptCertificateOnce(const QByteArray &sha256);
    /// After secured(): "TLS 1.3, TLS_AES_256_GCM_SHA384 (256-bit)"; empty for plain TCP.
    QString tlsSessionLine() const { return m_tlsSessionLine; }
    /// After secured(): the server's certificate chain, described line by line.
    QStringList tlsChainLines() const { return m_tlsChainLines; }

    Peer peer() const { return m_peer; }
    /// The Poller backend carrying the connection ("epoll" or "portable").
    QString pollerBackend() const;

signals:
    /// A TLS handshake is done (the connection becomes Active right after).
    void secured(const QString &sessionLine);

private:
    void startConnecting();
    void onConnected(qintptr descriptor);
    /// The connection carries data: Active, peerJoined, queued data out.
    void join(Connection *connection);
    void onSecured(TlsConnection *connection);
    void onConnectFailed(const QString &message);
    void onReceived(const QByteArray &data);
    void onEnded(const ConnectionEnd &end);
    /// Our own close: gracefully, for the given reason.
    void closeConnection(const ConnectionEnd &why);
    /// The one way out of a connection: says how it ended and goes Idle.
    void finishConnection(ConnectionEnd end);
    void dropQueued();
    void checkDrained();

    Poller *m_poller;
    TcpConnector m_connector;
    Connection *m_connection = nullptr;
    std::optional<ConnectionEnd> m_closingFor; ///< set while our own close is under way
    bool m_sendingClosed = false;
    QTimer m_replyTimer;
    QTimer m_closeGraceTimer;
    QString m_host;
    quint16 m_port = 0;
    int m_connectTimeoutMs = DefaultConnectTimeoutMs;
    int m_replyTimeoutMs = DefaultReplyTimeoutMs;
    bool m_shortConnection = false;
    QByteArray m_queued; ///< short mode: data waiting for the connection
    BacklogGauge m_backlog;
    Peer m_peer;
    bool m_joined = false; ///< peerJoined was said for the connection (a TLS one after its handshake)
    quint64 m_nextPeerId = 1;
    std::optional<TlsClientSetup> m_tls;
    QByteArray m_acceptedDigest;
    std::optional<RejectedCertificate> m_rejected;
    QString m_tlsSessionLine;
    QStringList m_tlsChainLines;
};

} // namespace Sockpit
