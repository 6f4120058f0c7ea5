#include "tcpclientsession.h"

#include "endpoint.h"
#include "socketerrors.h"

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace Sockpit {

TcpClientSession::TcpClientSession(QObject *parent)
    : Session(parent)
{
    m_connectTimer.setSingleShot(true);
    m_replyTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &TcpClientSession::onConnectTimeout);
    connect(&m_replyTimer, &QTimer::timeout, this, [this] {
        m_pendingReason = tr("short connection closed after waiting %1 ms for more data").arg(m_replyTimeoutMs);
        closeSocket();
    });
    connect(&m_socket, &QAbstractSocket::stateChanged, this, &TcpClientSession::onSocketStateChanged);
    connect(&m_socket, &QAbstractSocket::connected, this, &TcpClientSession::onConnected);
    connect(&m_socket, &QIODevice::readyRead, this, &TcpClientSession::onReadyRead);
    connect(&m_socket, &QAbstractSocket::errorOccurred, this, &TcpClientSession::onErrorOccurred);
    connect(&m_socket, &QAbstractSocket::disconnected, this, &TcpClientSession::onDisconnected);
}

TcpClientSession::~TcpClientSession()
{
    // No signals to a half-destroyed owner.
    m_socket.disconnect(this);
    abortSocket();
}

void TcpClientSession::setTarget(const QString &host, quint16 port)
{
    m_host = host;
    m_port = port;
}

QString TcpClientSession::targetText() const
{
    return Endpoint{m_host, QHostAddress(), m_port}.toString();
}

void TcpClientSession::setShortConnection(bool enabled, int replyTimeoutMs)
{
    m_shortConnection = enabled;
    m_replyTimeoutMs = replyTimeoutMs;
}

void TcpClientSession::open()
{
    if (m_host.isEmpty() || m_port == 0) {
        emit errorOccurred(tr("no server address: enter a host and a port"));
        return;
    }
    if (m_socket.state() != QAbstractSocket::UnconnectedState) {
        abortSocket();
    }
    startConnecting();
}

void TcpClientSession::startConnecting()
{
    m_pendingReason.clear();
    m_connectTimer.start(m_connectTimeoutMs);
    m_socket.connectToHost(m_host, m_port);
}

void TcpClientSession::stop()
{
    m_connectTimer.stop();
    m_replyTimer.stop();
    m_queued.clear();
    switch (m_socket.state()) {
    case QAbstractSocket::UnconnectedState:
        return;
    case QAbstractSocket::ConnectedState:
        m_pendingReason = tr("disconnected");
        closeSocket();
        return;
    default:
        abortSocket();
        return;
    }
}

void TcpClientSession::abort()
{
    m_connectTimer.stop();
    m_replyTimer.stop();
    m_queued.clear();
    m_pendingReason = tr("connection aborted");
    abortSocket();
}

// Our own closes go through these two: the witness must let go first, or the
// socket would outlive Qt's close and the peer would see no FIN.
void TcpClientSession::closeSocket()
{
    m_resetWitness.release();
    m_socket.disconnectFromHost();
}

void TcpClientSession::abortSocket()
{
    m_resetWitness.release();
    m_socket.abort();
}

void TcpClientSession::closeSending()
{
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    // Once we have sent our FIN, the peer's orderly close leaves the same TCP
    // state as a reset, so resets are no longer told apart.
    m_resetWitness.release();
#ifdef Q_OS_UNIX
    ::shutdown(int(m_socket.socketDescriptor()), SHUT_WR);
#endif
}

bool TcpClientSession::send(const QByteArray &data)
{
    if (data.isEmpty())
        return true;
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        if (m_socket.bytesToWrite() > MaxPendingBytes) {
            emit errorOccurred(tr("send buffer full: the peer is not reading (%1 bytes waiting)").arg(m_socket.bytesToWrite()));
            return false;
        }
        m_socket.write(data);
        emit sent(m_peer, data);
        if (m_shortConnection)
            m_replyTimer.start(m_replyTimeoutMs);
        return true;
    }
    if (m_shortConnection) {
        if (m_host.isEmpty() || m_port == 0) {
            emit errorOccurred(tr("no server address: enter a host and a port"));
            return false;
        }
        if (m_queued.size() + data.size() > MaxPendingBytes) {
            emit errorOccurred(tr("send buffer full: %1 bytes wait for the connection").arg(m_queued.size()));
            return false;
        }
        m_queued += data;
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            startConnecting();
        return true;
    }
    emit errorOccurred(tr("not connected: connect to a server before sending"));
    return false;
}

void TcpClientSession::onSocketStateChanged(QAbstractSocket::SocketState state)
{
    switch (state) {
    case QAbstractSocket::HostLookupState:
        setState(State::Resolving);
        break;
    case QAbstractSocket::ConnectingState:
        setState(State::Connecting);
        break;
    case QAbstractSocket::ConnectedState:
        setState(State::Active);
        break;
    case QAbstractSocket::ClosingState:
        setState(State::Closing);
        break;
    case QAbstractSocket::UnconnectedState:
        setState(State::Idle);
        break;
    default:
        break;
    }
}

void TcpClientSession::onConnected()
{
    m_connectTimer.stop();
    m_resetWitness.watch(m_socket.socketDescriptor());
    m_peer = Peer{m_nextPeerId++, m_socket.peerAddress(), m_socket.peerPort()};
    emit peerJoined(m_peer);
    if (!m_queued.isEmpty()) {
        const QByteArray data = std::exchange(m_queued, QByteArray());
        m_socket.write(data);
        emit sent(m_peer, data);
    }
    if (m_shortConnection)
        m_replyTimer.start(m_replyTimeoutMs);
}

void TcpClientSession::onReadyRead()
{
    if (!m_socket.isOpen())
        return; // aborted: Qt has dropped its buffer, and reading would only warn
    const QByteArray data = m_socket.readAll();
    if (data.isEmpty())
        return;
    emit received(m_peer, data);
    if (m_shortConnection && m_replyTimer.isActive())
        m_replyTimer.start(m_replyTimeoutMs);
}

void TcpClientSession::onErrorOccurred(QAbstractSocket::SocketError error)
{
    m_connectTimer.stop();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        // A reset may lose what was in flight: it is an error, a close is not.
        if (m_resetWitness.peerReset()) {
            if (m_pendingReason.isEmpty())
                m_pendingReason = tr("reset by the peer");
            m_queued.clear();
            emit errorOccurred(tr("connection to %1 reset by the peer").arg(targetText()));
        } else if (m_pendingReason.isEmpty()) {
            m_pendingReason = tr("closed by the peer");
        }
        return;
    }
    m_resetWitness.release();
    const QString message = socketErrorMessage(error, targetText(), m_socket.errorString());
    if (m_pendingReason.isEmpty())
        m_pendingReason = message;
    m_queued.clear();
    emit errorOccurred(message);
}

void TcpClientSession::onDisconnected()
{
    m_resetWitness.release();
    m_replyTimer.stop();
    // Data still in Qt's buffer arrived before the close; deliver it first.
    onReadyRead();
    const QString reason = m_pendingReason.isEmpty() ? tr("disconnected") : m_pendingReason;
    m_pendingReason.clear();
    emit peerLeft(m_peer, reason);
    if (m_shortConnection && !m_queued.isEmpty())
        startConnecting();
}

void TcpClientSession::onConnectTimeout()
{
    if (m_socket.state() == QAbstractSocket::ConnectedState || m_socket.state() == QAbstractSocket::UnconnectedState)
        return;
    m_queued.clear();
    abortSocket();
    emit errorOccurred(tr("connection to %1 timed out after %2 ms").arg(targetText()).arg(m_connectTimeoutMs));
}

} // namespace Sockpit
