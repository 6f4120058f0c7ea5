#pragma once

#include "backpressure.h"
#include "connection.h"

#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QStringList>

class QSslSocket;
class QTimer;

namespace Sockpit {

/// What a TCP client needs to speak TLS, checked (TlsSetup::clientConfiguration()).
struct TlsClientSetup
{
    QSslConfiguration configuration;
    QString serverName; ///< SNI and the name checked; empty: the host connected to
    bool insecure = false; ///< certificate problems are warnings, not failures
};

/// A Connection over TLS: Qt's QSslSocket takes over the connected descriptor
/// that TcpConnector (or the server's acceptor) made and runs the handshake;
/// data flows once it is done. What the plain TcpConnection knows and this one
/// cannot: QSslSocket reports a peer's reset as a close, and Qt has no TLS
/// half-close, so closeSending() closes (close_notify, then FIN).
///
/// Our graceful close sends close_notify and then our FIN, and reads on (and
/// drops) until the peer's FIN before the socket is closed: closing a socket
/// with unread data in it (a late TLS 1.3 session ticket) would reset the
/// connection and lose the end of what we sent.
///
/// A handshake that fails ends the connection as Failed with the reason in
/// plain words (TlsDiagnosis). A certificate the user chose to accept once
/// (acceptCertificateOnce(), by its SHA-256 digest) passes despite its
/// problems, which are then reported as warnings().
class TlsConnection final : public Connection
{
    Q_OBJECT
public:
    enum class Role { Client, Server };

    /// Takes ownership of the connected descriptor fd and starts the handshake.
    /// peerName is what a client checks the certificate against (SNI too).
    TlsConnection(qintptr fd, Role role, const QSslConfiguration &configuration, const QString &peerName,
                  QObject *parent = nullptr);
    ~TlsConnection() override;

    /// Problems of this certificate (SHA-256 digest) do not stop the handshake.
    void acceptCertificateOnce(const QByteArray &sha256);
    /// Problems of any certificate do not stop the handshake (--insecure); they are warnings().
    void setInsecure(bool insecure) { m_insecure = insecure; }
    /// A handshake not done after this long fails (a server's defence against
    /// clients that connect and say nothing, or speak no TLS and wait); 0: none.
    void setHandshakeTimeout(int ms);
    static constexpr int DefaultServerHandshakeTimeoutMs = 10000;

    bool isOpen() const override;
    bool canWrite() const override;
    QHostAddress peerAddress() const override;
    quint16 peerPort() const override;
    quint16 localPort() const override;

    /// Before the handshake is done, data waits (and counts in bytesToWrite()).
    bool write(const QByteArray &data) override;
    /// Bytes of ours (as written, before encryption) that have not left yet.
    /// They count as gone once what waits encrypted is no more than what is still to count.
    qint64 bytesToWrite() const override;
    void closeSending() override;
    bool close() override;
    void abort() override;

    /// Paused, QSslSocket keeps at most ReadBufferBytes and then stops reading the descriptor.
    void setReadingPaused(bool paused) override;
    bool isReadingPaused() const override { return m_readingPaused; }
    /// TLS ends both directions together (close_notify): a peer's end is always its close.
    void setPeerFinishReported(bool reported) override { m_peerFinishReported = reported; }
    bool hasPeerFinished() const override { return false; }
    static constexpr qint64 ReadBufferBytes = 1024 * 1024;

    bool isEncrypted() const;
    /// After secured(): "TLS 1.3, TLS_AES_256_GCM_SHA384 (256-bit)".
    QString sessionLine() const;
    /// After secured(): the peer's certificate chain, described line by line.
    QStringList chainLines() const;
    /// Certificate problems passed over because the user accepted the certificate once.
    QStringList warnings() const { return m_warnings; }
    /// The certificate problems of the last handshake, in words (empty when none).
    QStringList certificateProblems() const { return m_problems; }
    /// The peer's own certificate (null before the handshake, or when it sent none).
    QSslCertificate peerCertificate() const;
    /// The subject of the peer's certificate ("CN=sensor-7, O=Acme"); empty when it sent none.
    QString peerSubject() const;

signals:
    /// The handshake is done: data can flow.
    void secured();

private:
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void onReadyRead();
    /// Hands on what is decrypted, ReadChunkBytes at most a pass.
    void deliver();
    void onError();
    void onDisconnected();
    void onWritten();
    void onHandshakeTimeout();
    void finish(const ConnectionEnd &end);
    /// Our close has sent close_notify: the rest of it goes on without us (see LingeringClose).
    void lingerOn();
    /// What waits to leave in every buffer, encrypted or not (with TLS's overhead and own messages).
    qint64 bufferedBytes() const;
    /// A server's words for what is wrong with its client's certificate (or its lack of one).
    static QStringList clientCertificateProblems(const QList<QSslError> &errors);
    /// Why a handshake failed, in words, for this side (a server speaks of its client).
    QString handshakeFailure() const;

    QSslSocket *m_socket;
    Role m_role;
    QTimer *m_handshakeTimer = nullptr;
    int m_handshakeTimeoutMs = 0;
    QString m_peerName;
    QByteArray m_acceptedDigest;
    QList<QByteArray> m_beforeHandshake;
    qint64 m_beforeHandshakeBytes = 0;
    qint64 m_unreportedBytes = 0; ///< written and not yet said by bytesWritten()
    QStringList m_problems;
    QStringList m_warnings;
    BacklogGauge m_backlog;
    bool m_insecure = false;
    bool m_readingPaused = false;
    bool m_peerFinishReported = false;
    bool m_closing = false;
    bool m_finished = false;
    bool m_endReported = false;
    bool m_deliveryQueued = false;
    int m_lingerFd = -1; ///< a second descriptor of the socket while our graceful close runs
};

} // namespace Sockpit
