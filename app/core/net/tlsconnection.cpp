#include "tlsconnection.h"

#include "certificateinfo.h"
#include "tlsdiagnosis.h"

#include <QSslCertificate>
#include <QSslCipher>
#include <QSslSocket>
#include <QTimer>

namespace Sockpit {

namespace {

/// What one readyRead hands on at most, so one fast peer cannot hold the loop.
constexpr qint64 ReadChunkBytes = 1024 * 1024;

} // namespace

TlsConnection::TlsConnection(qintptr fd, Role role, const QSslConfiguration &configuration, const QString &peerName,
                             QObject *parent)
    : Connection(parent)
    , m_socket(new QSslSocket(this))
    , m_role(role)
    , m_peerName(peerName)
{
    m_socket->setSslConfiguration(configuration);
    m_socket->setPeerVerifyName(peerName);
    m_socket->setReadBufferSize(ReadBufferBytes); // bounded while reading is paused
    connect(m_socket, &QSslSocket::sslErrors, this, &TlsConnection::onSslErrors);
    connect(m_socket, &QSslSocket::encrypted, this, &TlsConnection::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &TlsConnection::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &TlsConnection::onError);
    connect(m_socket, &QSslSocket::disconnected, this, &TlsConnection::onDisconnected);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &TlsConnection::onWritten);
    if (!m_socket->setSocketDescriptor(fd)) {
        // Reported from the event loop: the caller has not connected to ended() yet.
        const ConnectionEnd end = ConnectionEnd::failed(IoError::Other, m_socket->errorString());
        QMetaObject::invokeMethod(this, [this, end] { finish(end); }, Qt::QueuedConnection);
        return;
    }
    if (role == Role::Client)
        m_socket->startClientEncryption();
    else
        m_socket->startServerEncryption();
}

TlsConnection::~TlsConnection() = default;

void TlsConnection::setHandshakeTimeout(int ms)
{
    m_handshakeTimeoutMs = ms;
    if (ms <= 0 || m_socket->isEncrypted() || m_finished) {
        if (m_handshakeTimer)
            m_handshakeTimer->stop();
        return;
    }
    if (!m_handshakeTimer) {
        m_handshakeTimer = new QTimer(this);
        m_handshakeTimer->setSingleShot(true);
        m_handshakeTimer->setTimerType(Qt::CoarseTimer);
        connect(m_handshakeTimer, &QTimer::timeout, this, &TlsConnection::onHandshakeTimeout);
    }
    m_handshakeTimer->start(ms);
}

void TlsConnection::onHandshakeTimeout()
{
    if (m_finished || m_socket->isEncrypted())
        return;
    const ConnectionEnd end = ConnectionEnd::failed(
        IoError::Other, m_role == Role::Server
                            ? tr("no TLS handshake within %1 s: the client sent nothing, or no TLS")
                                  .arg(m_handshakeTimeoutMs / 1000.0)
                            : tr("the TLS handshake did not finish within %1 s").arg(m_handshakeTimeoutMs / 1000.0));
    m_socket->abort();
    finish(end);
}

QString TlsConnection::peerSubject() const
{
    const QSslCertificate certificate = m_socket->peerCertificate();
    return certificate.isNull() ? QString() : CertificateSummary::of(certificate).subject;
}

void TlsConnection::acceptCertificateOnce(const QByteArray &sha256)
{
    m_acceptedDigest = sha256;
}

bool TlsConnection::isOpen() const
{
    return !m_finished;
}

bool TlsConnection::canWrite() const
{
    return !m_finished && !m_closing;
}

QHostAddress TlsConnection::peerAddress() const
{
    return m_socket->peerAddress();
}

quint16 TlsConnection::peerPort() const
{
    return m_socket->peerPort();
}

quint16 TlsConnection::localPort() const
{
    return m_socket->localPort();
}

void TlsConnection::setReadingPaused(bool paused)
{
    if (paused == m_readingPaused)
        return;
    m_readingPaused = paused;
    if (!paused && m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &TlsConnection::onReadyRead, Qt::QueuedConnection);
}

bool TlsConnection::isEncrypted() const
{
    return m_socket->isEncrypted();
}

QSslCertificate TlsConnection::peerCertificate() const
{
    return m_socket->peerCertificate();
}

QString TlsConnection::sessionLine() const
{
    return TlsText::sessionLine(m_socket->sessionProtocol(), m_socket->sessionCipher());
}

QStringList TlsConnection::chainLines() const
{
    return TlsText::chainLines(m_socket->peerCertificateChain());
}

bool TlsConnection::write(const QByteArray &data)
{
    if (!canWrite())
        return false;
    if (!m_socket->isEncrypted()) {
        m_beforeHandshake << data;
        m_beforeHandshakeBytes += data.size();
    } else {
        m_socket->write(data);
    }
    m_unreportedBytes += data.size();
    m_backlog.grew(bytesToWrite());
    return true;
}

qint64 TlsConnection::bytesToWrite() const
{
    return m_beforeHandshakeBytes + m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

void TlsConnection::closeSending()
{
    // TLS has no half-close in Qt: close_notify and FIN together, once the data has left.
    close();
}

bool TlsConnection::close()
{
    if (m_finished)
        return true;
    m_closing = true;
    if (!m_socket->isEncrypted()) {
        abort(); // nothing of ours has left: there is nothing to wait for
        return true;
    }
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        m_finished = true;
        m_endReported = true; // closed at once: the caller knows
        return true;
    }
    return false;
}

void TlsConnection::abort()
{
    m_finished = true;
    m_endReported = true;
    m_socket->abort();
}

void TlsConnection::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate certificate = m_socket->peerCertificate();
    const QStringList words = TlsDiagnosis::explainAll(errors, m_peerName);
    if (m_insecure
        || (!m_acceptedDigest.isEmpty() && certificate.digest(QCryptographicHash::Sha256) == m_acceptedDigest)) {
        m_warnings = words;
        m_socket->ignoreSslErrors();
        return;
    }
    m_problems = words;
}

void TlsConnection::onEncrypted()
{
    if (m_handshakeTimer)
        m_handshakeTimer->stop();
    for (const QByteArray &data : std::as_const(m_beforeHandshake))
        m_socket->write(data);
    m_beforeHandshake.clear();
    m_beforeHandshakeBytes = 0;
    emit secured();
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void TlsConnection::onReadyRead()
{
    if (m_finished || m_readingPaused)
        return;
    const QByteArray data = m_socket->read(ReadChunkBytes);
    if (!data.isEmpty())
        emit received(data);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &TlsConnection::onReadyRead, Qt::QueuedConnection);
}

void TlsConnection::onWritten()
{
    // Qt counts what is still encrypted apart: what left is what no longer waits,
    // and all of it once nothing waits.
    const qint64 left = bytesToWrite();
    const qint64 gone = left == 0 ? m_unreportedBytes : qBound<qint64>(0, m_unreportedBytes - left, m_unreportedBytes);
    m_unreportedBytes -= gone;
    if (gone > 0)
        emit bytesWritten(gone);
    if (m_backlog.shrank(left))
        emit drained();
}

void TlsConnection::onError()
{
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        if (m_socket->isEncrypted()) {
            ConnectionEnd end = ConnectionEnd::of(ConnectionEnd::Kind::ClosedByPeer);
            end.droppedBytes = bytesToWrite();
            finish(end);
            return;
        }
        // Gone during the handshake: the peer did not like something of ours.
        finish(ConnectionEnd::failed(IoError::Other,
                                     m_role == Role::Server
                                         ? tr("the client closed the connection during the TLS handshake "
                                              "(it may not trust this server's certificate)")
                                         : tr("the peer closed the connection during the TLS handshake")));
        return;
    }
    if (error == QAbstractSocket::SslHandshakeFailedError) {
        finish(ConnectionEnd::failed(IoError::Other, tr("TLS handshake failed: %1").arg(handshakeFailure())));
        return;
    }
    const QString words = TlsDiagnosis::explainAlert(m_socket->errorString());
    finish(ConnectionEnd::failed(IoError::Other,
                                 words.isEmpty() ? m_socket->errorString() : tr("TLS: %1").arg(words)));
}

QString TlsConnection::handshakeFailure() const
{
    if (!m_problems.isEmpty())
        return m_problems.join(QStringLiteral("; "));
    if (m_role == Role::Server) {
        const QString words = TlsDiagnosis::explainClientFailure(m_socket->errorString());
        if (!words.isEmpty())
            return words;
    }
    return TlsDiagnosis::explainHandshakeFailure(m_socket->errorString());
}

void TlsConnection::onDisconnected()
{
    if (m_closing) {
        ConnectionEnd end = ConnectionEnd::of(ConnectionEnd::Kind::ClosedByUs);
        finish(end);
        return;
    }
    finish(ConnectionEnd::of(ConnectionEnd::Kind::ClosedByPeer));
}

void TlsConnection::finish(const ConnectionEnd &end)
{
    m_finished = true;
    if (m_handshakeTimer)
        m_handshakeTimer->stop();
    if (m_endReported)
        return;
    m_endReported = true;
    emit ended(end);
}

} // namespace Sockpit
