#include "tlsconnection.h"

#include "certificateinfo.h"
#include "socketio.h"
#include "tlsdiagnosis.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslSocket>
#include <QTimer>

namespace Sockpit {

namespace {

/// What one pass of the event loop hands on at most, so one fast peer cannot hold the loop.
constexpr qint64 ReadChunkBytes = 1024 * 1024;

/// The last part of our graceful close, on a second descriptor of the socket
/// kept when the close began: QSslSocket closes its own descriptor right after
/// close_notify, and a socket closed with unread data in it (a TLS 1.3 session
/// ticket that came late, a client still talking) is reset, which throws away
/// what the peer has not read yet. So: our FIN, then what the peer still sends
/// is read and dropped until its FIN (or LingerMs), and only then the close.
/// Lives on its own: the connection is gone by then.
class LingeringClose final : public QObject
{
public:
    static constexpr int LingerMs = 2000;

    explicit LingeringClose(int fd)
        : QObject(QCoreApplication::instance())
        , m_fd(fd)
        , m_notifier(fd, QSocketNotifier::Read, this)
    {
        SocketIo::shutdownSending(fd);
        connect(&m_notifier, &QSocketNotifier::activated, this, &LingeringClose::drain);
        QTimer::singleShot(LingerMs, this, &LingeringClose::done);
        drain();
    }
    ~LingeringClose() override
    {
        if (m_fd >= 0)
            SocketIo::close(m_fd);
    }

private:
    void drain()
    {
        char buffer[16 * 1024];
        for (int i = 0; i < 64 && m_fd >= 0; ++i) { // bounded: the rest comes with the next notification
            const IoResult result = SocketIo::receive(m_fd, buffer, sizeof buffer);
            if (result.endOfStream || (!result.ok() && result.error != IoError::WouldBlock)) {
                done();
                return;
            }
            if (!result.ok())
                return;
        }
    }
    void done()
    {
        m_notifier.setEnabled(false);
        if (m_fd >= 0)
            SocketIo::close(std::exchange(m_fd, -1));
        deleteLater();
    }

    int m_fd;
    QSocketNotifier m_notifier;
};

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

TlsConnection::~TlsConnection()
{
    if (m_lingerFd >= 0)
        SocketIo::close(m_lingerFd);
}

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
    // Said before the abort, whose disconnected() would otherwise speak first (as a close by the peer).
    finish(end);
    m_socket->abort();
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
        onReadyRead();
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
    // Our own bytes only: what waits encrypted also holds record overhead and
    // TLS's own messages (session tickets), which no write() of ours accounted for.
    return m_unreportedBytes;
}

qint64 TlsConnection::bufferedBytes() const
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
    m_lingerFd = SocketIo::duplicate(int(m_socket->socketDescriptor())); // -1: closed the plain way
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        m_finished = true;
        m_endReported = true; // closed at once: the caller knows
        lingerOn();
        return true;
    }
    return false;
}

void TlsConnection::lingerOn()
{
    if (m_lingerFd >= 0)
        new LingeringClose(std::exchange(m_lingerFd, -1));
}

void TlsConnection::abort()
{
    m_finished = true;
    m_endReported = true;
    m_socket->abort();
    if (m_lingerFd >= 0)
        SocketIo::closeWithReset(std::exchange(m_lingerFd, -1));
}

void TlsConnection::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate certificate = m_socket->peerCertificate();
    const QStringList words = m_role == Role::Server ? clientCertificateProblems(errors)
                                                     : TlsDiagnosis::explainAll(errors, m_peerName);
    if (m_insecure
        || (!m_acceptedDigest.isEmpty() && certificate.digest(QCryptographicHash::Sha256) == m_acceptedDigest)) {
        m_warnings = words;
        m_socket->ignoreSslErrors();
        return;
    }
    m_problems = words;
}

QStringList TlsConnection::clientCertificateProblems(const QList<QSslError> &errors)
{
    QStringList lines;
    for (const QSslError &error : errors) {
        QString line;
        switch (error.error()) {
        case QSslError::NoPeerCertificate:
            line = tr("the client sent no certificate, and this server requires one");
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            line = tr("the client's certificate (%1) is not signed by the client CA this server trusts")
                       .arg(CertificateSummary::of(error.certificate()).subject);
            break;
        default:
            line = tr("the client's certificate: %1").arg(TlsDiagnosis::explain(error, QString()));
            break;
        }
        if (!lines.contains(line))
            lines << line;
    }
    return lines;
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
    // QSslSocket says readyRead for every 4 KiB it decrypts: what comes in one
    // pass is handed on at once, from the event loop.
    if (m_deliveryQueued || m_finished || m_readingPaused)
        return;
    m_deliveryQueued = true;
    QMetaObject::invokeMethod(this, &TlsConnection::deliver, Qt::QueuedConnection);
}

void TlsConnection::deliver()
{
    m_deliveryQueued = false;
    if (m_finished || m_readingPaused)
        return;
    const QByteArray data = m_socket->read(ReadChunkBytes);
    if (!data.isEmpty())
        emit received(data);
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void TlsConnection::onWritten()
{
    // Qt counts what is still encrypted apart: what left is what no longer waits,
    // and all of it once nothing waits.
    const qint64 left = bufferedBytes();
    const qint64 gone = left == 0 ? m_unreportedBytes : qBound<qint64>(0, m_unreportedBytes - left, m_unreportedBytes);
    m_unreportedBytes -= gone;
    if (gone > 0)
        emit bytesWritten(gone);
    if (m_backlog.shrank(m_unreportedBytes))
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
    const bool offeredCertificate = m_role == Role::Server || !m_socket->sslConfiguration().localCertificate().isNull();
    return TlsDiagnosis::explainHandshakeFailure(m_socket->errorString(), offeredCertificate);
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
    m_finished = true; // nothing more is written: what waits now is what droppedBytes says
    if (m_handshakeTimer)
        m_handshakeTimer->stop();
    // What was decrypted before the end comes before it (a receiver may abort meanwhile).
    while (!m_endReported && m_socket->bytesAvailable() > 0)
        emit received(m_socket->read(ReadChunkBytes));
    if (end.kind == ConnectionEnd::Kind::ClosedByUs)
        lingerOn();
    else if (m_lingerFd >= 0)
        SocketIo::close(std::exchange(m_lingerFd, -1)); // the peer closed first: nothing to wait for
    if (m_endReported)
        return;
    m_endReported = true;
    emit ended(end);
}

} // namespace Sockpit
