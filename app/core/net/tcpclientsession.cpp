#include "tcpclientsession.h"

#include "endpoint.h"
#include "poller.h"
#include "socketerrors.h"

#include <QSslCertificate>
#include "certificateinfo.h"
#include "tcpconnection.h"

namespace Sockpit {

TcpClientSession::TcpClientSession(QObject *parent)
    : Session(parent)
    , m_poller(Poller::create(this))
    , m_connector(m_poller)
{
    m_replyTimer.setSingleShot(true);
    m_closeGraceTimer.setSingleShot(true);
    connect(&m_replyTimer, &QTimer::timeout, this,
            [this] { closeConnection(ConnectionEnd::idle(m_replyTimeoutMs)); });
    connect(&m_closeGraceTimer, &QTimer::timeout, this, [this] {
        if (!m_connection || !m_closingFor)
            return;
        ConnectionEnd end = *m_closingFor;
        end.droppedBytes = m_connection->bytesToWrite();
        m_connection->abort();
        finishConnection(end);
    });

    connect(&m_connector, &TcpConnector::resolving, this, [this] { setState(State::Resolving); });
    connect(&m_connector, &TcpConnector::connecting, this, [this] { setState(State::Connecting); });
    connect(&m_connector, &TcpConnector::connected, this, &TcpClientSession::onConnected);
    connect(&m_connector, &TcpConnector::hostNotFound, this, [this](const QString &detail) {
        onConnectFailed(socketErrorMessage(QAbstractSocket::HostNotFoundError, targetText(), detail));
    });
    connect(&m_connector, &TcpConnector::timedOut, this,
            [this] { onConnectFailed(connectTimeoutMessage(targetText(), m_connectTimeoutMs)); });
    connect(&m_connector, &TcpConnector::failed, this, [this](IoError error, const QString &detail) {
        onConnectFailed(socketErrorMessage(error, targetText(), detail));
    });
}

TcpClientSession::~TcpClientSession()
{
    // No signals to a half-destroyed owner.
    m_connector.disconnect(this);
    m_connector.cancel();
    if (m_connection) {
        m_connection->disconnect(this);
        delete m_connection;
    }
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

qint64 TcpClientSession::pendingBytes() const
{
    return (m_connection ? m_connection->bytesToWrite() : 0) + m_queued.size();
}

quint16 TcpClientSession::localPort() const
{
    return m_connection ? m_connection->localPort() : 0;
}

QString TcpClientSession::pollerBackend() const
{
    return m_poller->backendName();
}

void TcpClientSession::open()
{
    if (m_host.isEmpty() || m_port == 0) {
        emit errorOccurred(tr("no server address: enter a host and a port"));
        return;
    }
    if (m_connection) {
        m_connection->abort();
        finishConnection(ConnectionEnd::of(ConnectionEnd::Kind::AbortedByUs));
    }
    startConnecting();
}

void TcpClientSession::startConnecting()
{
    m_connector.start(m_host, m_port, m_connectTimeoutMs);
}

void TcpClientSession::stop()
{
    m_replyTimer.stop();
    dropQueued();
    if (m_connector.isBusy()) {
        m_connector.cancel();
        setState(State::Idle);
        return;
    }
    if (!m_connection)
        return;
    if (m_closingFor) {
        // Asked twice: the peer has had its chance to take the rest.
        ConnectionEnd end = *m_closingFor;
        end.droppedBytes = m_connection->bytesToWrite();
        m_connection->abort();
        finishConnection(end);
        return;
    }
    closeConnection(ConnectionEnd::of(ConnectionEnd::Kind::ClosedByUs));
}

void TcpClientSession::abort()
{
    m_replyTimer.stop();
    dropQueued();
    if (m_connector.isBusy()) {
        m_connector.cancel();
        setState(State::Idle);
    }
    if (!m_connection)
        return;
    ConnectionEnd end = ConnectionEnd::of(ConnectionEnd::Kind::AbortedByUs);
    end.droppedBytes = m_connection->bytesToWrite();
    m_connection->abort();
    finishConnection(end);
}

void TcpClientSession::closeSending()
{
    if (!m_connection || !m_connection->canWrite())
        return;
    m_sendingClosed = true;
    m_connection->closeSending();
}

void TcpClientSession::closeConnection(const ConnectionEnd &why)
{
    if (!m_connection || m_closingFor)
        return;
    m_replyTimer.stop();
    if (m_connection->close()) {
        finishConnection(why);
        return;
    }
    m_closingFor = why;
    m_closeGraceTimer.start(CloseGraceMs);
    setState(State::Closing);
}

bool TcpClientSession::send(const QByteArray &data)
{
    if (data.isEmpty())
        return true;
    if (m_connection && !m_joined && m_shortConnection) {
        // A TLS handshake is under way: the data leaves once it is done (join()).
        m_queued += data;
        m_backlog.grew(pendingBytes());
        return true;
    }
    if (m_connection && m_joined && m_connection->canWrite()) {
        const qint64 waiting = m_connection->bytesToWrite();
        if (waiting > MaxPendingBytes) {
            emit errorOccurred(tr("send buffer full: the peer is not reading (%1 bytes waiting)").arg(waiting));
            return false;
        }
        m_connection->write(data);
        m_backlog.grew(pendingBytes());
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
        m_backlog.grew(pendingBytes());
        // A connection still closing is followed by a new one (finishConnection).
        if (!m_connection && !m_connector.isBusy())
            startConnecting();
        return true;
    }
    if (m_connection && m_sendingClosed) {
        emit errorOccurred(tr("cannot send: the sending side of the connection to %1 is closed").arg(targetText()));
        return false;
    }
    if (m_connection && !m_joined) {
        emit errorOccurred(tr("not connected yet: the TLS handshake with %1 is under way").arg(targetText()));
        return false;
    }
    emit errorOccurred(tr("not connected: connect to a server before sending"));
    return false;
}

void TcpClientSession::setTls(const std::optional<TlsClientSetup> &tls)
{
    m_tls = tls;
}

void TcpClientSession::acceptCertificateOnce(const QByteArray &sha256)
{
    m_acceptedDigest = sha256;
}

void TcpClientSession::onConnected(qintptr descriptor)
{
    Connection *connection = nullptr;
    m_tlsSessionLine.clear();
    m_tlsChainLines.clear();
    m_rejected.reset(); // a new handshake: what the last one refused is said again if it still is
    if (m_tls) {
        auto *tls = new TlsConnection(descriptor, TlsConnection::Role::Client, m_tls->configuration,
                                      m_tls->serverName.isEmpty() ? m_host : m_tls->serverName, this);
        tls->setInsecure(m_tls->insecure);
        tls->acceptCertificateOnce(m_acceptedDigest);
        // A peer that accepts but never answers (no TLS on that port) must not hold the client forever.
        tls->setHandshakeTimeout(m_connectTimeoutMs);
        connect(tls, &TlsConnection::secured, this, [this, tls] { onSecured(tls); });
        connection = tls;
    } else {
        connection = new TcpConnection(descriptor, m_poller, this);
    }
    m_connection = connection;
    m_joined = false;
    connect(connection, &Connection::received, this, &TcpClientSession::onReceived);
    connect(connection, &Connection::ended, this, &TcpClientSession::onEnded);
    connect(connection, &Connection::bytesWritten, this, &TcpClientSession::checkDrained);
    connect(connection, &Connection::drained, this, &TcpClientSession::checkDrained);
    if (!m_tls)
        join(connection);
}

void TcpClientSession::onSecured(TlsConnection *connection)
{
    if (connection != m_connection)
        return;
    m_rejected.reset();
    m_tlsSessionLine = connection->sessionLine();
    m_tlsChainLines = connection->chainLines();
    emit noticeOccurred(tr("TLS: %1").arg(m_tlsSessionLine));
    for (const QString &line : std::as_const(m_tlsChainLines))
        emit noticeOccurred(line);
    for (const QString &warning : connection->warnings())
        emit errorOccurred(tr("warning: continuing although %1").arg(warning));
    emit secured(m_tlsSessionLine);
    join(connection);
}

void TcpClientSession::join(Connection *connection)
{
    m_joined = true;
    m_peer = Peer{m_nextPeerId++, connection->peerAddress(), connection->peerPort()};
    setState(State::Active);
    emit peerJoined(m_peer);
    if (!m_queued.isEmpty() && m_connection == connection) {
        const QByteArray data = std::exchange(m_queued, QByteArray());
        connection->write(data);
        emit sent(m_peer, data);
    }
    if (m_shortConnection && m_connection == connection)
        m_replyTimer.start(m_replyTimeoutMs);
}

void TcpClientSession::onConnectFailed(const QString &message)
{
    dropQueued();
    emit errorOccurred(message);
    setState(State::Idle);
}

void TcpClientSession::onReceived(const QByteArray &data)
{
    emit received(m_peer, data);
    if (m_shortConnection && m_replyTimer.isActive())
        m_replyTimer.start(m_replyTimeoutMs);
}

void TcpClientSession::onEnded(const ConnectionEnd &end)
{
    if (!m_closingFor) {
        finishConnection(end);
        return;
    }
    // We were closing it; the reason is ours whatever the last event was.
    ConnectionEnd ours = *m_closingFor;
    ours.droppedBytes = end.droppedBytes;
    finishConnection(ours);
}

void TcpClientSession::finishConnection(ConnectionEnd end)
{
    if (auto *tls = qobject_cast<TlsConnection *>(m_connection); tls && !m_joined) {
        // The handshake failed: keep what a user needs to accept the certificate once.
        const QSslCertificate certificate = tls->peerCertificate();
        if (!tls->certificateProblems().isEmpty() && !certificate.isNull()) {
            m_rejected = RejectedCertificate{certificate.digest(QCryptographicHash::Sha256),
                                             tls->certificateProblems(), TlsText::chainLines({certificate})};
        }
    }
    if (Connection *connection = std::exchange(m_connection, nullptr)) {
        connection->disconnect(this);
        connection->deleteLater(); // we may be inside one of its signals
    }
    m_replyTimer.stop();
    m_closeGraceTimer.stop();
    m_closingFor.reset();
    m_sendingClosed = false;
    if (end.isError()) {
        dropQueued();
        emit errorOccurred(endErrorMessage(end, targetText()));
    }
    checkDrained();
    setState(State::Idle);
    if (std::exchange(m_joined, false))
        emit peerLeft(m_peer, describeEnd(end, PeerRole::Server, targetText()));
    if (m_shortConnection && !m_queued.isEmpty() && !m_connection && !m_connector.isBusy())
        startConnecting();
}

void TcpClientSession::dropQueued()
{
    if (m_queued.isEmpty())
        return;
    m_queued.clear();
    checkDrained();
}

void TcpClientSession::checkDrained()
{
    if (m_backlog.shrank(pendingBytes()))
        emit drained();
}

} // namespace Sockpit
