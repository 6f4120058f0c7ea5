#include "tcpserversession.h"

#include "address.h"
#include "endpoint.h"
#include "fdlimit.h"
#include "poller.h"
#include "socketerrors.h"
#include "socketio.h"
#include "tcpconnection.h"

#include <QDateTime>

#include <algorithm>

namespace Sockpit {

namespace {
// How many peers an error message names before "and N more".
constexpr int NamedPeersInMessage = 5;

QString namePeers(const QStringList &names)
{
    if (names.size() <= NamedPeersInMessage)
        return names.join(QStringLiteral(", "));
    return TcpServerSession::tr("%1 and %2 more")
        .arg(names.mid(0, NamedPeersInMessage).join(QStringLiteral(", ")))
        .arg(names.size() - NamedPeersInMessage);
}
} // namespace

TcpServerSession::TcpServerSession(QObject *parent)
    : Session(parent)
    , m_poller(Poller::create(this))
    , m_listener(m_poller)
{
    m_clock.start();
    m_clockStartEpochMs = QDateTime::currentMSecsSinceEpoch();
    m_housekeeping.setTimerType(Qt::CoarseTimer);
    connect(&m_housekeeping, &QTimer::timeout, this, &TcpServerSession::onHousekeeping);
    m_expireMore.setSingleShot(true);
    m_expireMore.setInterval(0);
    connect(&m_expireMore, &QTimer::timeout, this, &TcpServerSession::onHousekeeping);
    TcpAcceptor *acceptor = &m_listener.acceptor();
    connect(acceptor, &TcpAcceptor::accepted, this, &TcpServerSession::onAccepted);
    connect(acceptor, &TcpAcceptor::outOfDescriptors, this, &TcpServerSession::onOutOfDescriptors);
    connect(acceptor, &TcpAcceptor::acceptingAgain, this, [this] {
        if (m_errorString == std::exchange(m_exhaustionMessage, QString()))
            m_errorString.clear(); // no longer true
        emit noticeOccurred(tr("accepting clients again"));
    });
    connect(acceptor, &TcpAcceptor::failed, this,
            [this](IoError error, const QString &detail) { fail(socketErrorMessage(error, listenText(), detail)); });
    m_admitTimer.setInterval(0);
    connect(&m_admitTimer, &QTimer::timeout, this, &TcpServerSession::admitQueued);
    m_reaper.setSingleShot(true);
    m_reaper.setInterval(0);
    connect(&m_reaper, &QTimer::timeout, this, [this] { qDeleteAll(std::exchange(m_ended, {})); });
}

TcpServerSession::~TcpServerSession()
{
    m_listener.close();
    for (const Newcomer &newcomer : std::as_const(m_acceptedQueue))
        SocketIo::close(int(newcomer.descriptor));
    // No signals from clients while the session is half destroyed.
    for (const Client &client : std::as_const(m_clients)) {
        client.connection->disconnect(this);
        delete client.connection;
    }
    qDeleteAll(m_ended);
}

bool TcpServerSession::listen(const QString &bindSpec)
{
    const Result<Endpoint> endpoint = EndpointParser::parseBindSpec(bindSpec);
    if (!endpoint.ok()) {
        fail(endpoint.error);
        return false;
    }
    return listen(endpoint.value.address, endpoint.value.port);
}

bool TcpServerSession::listen(const QHostAddress &address, quint16 port)
{
    const Status listening = m_listener.listen(address, port);
    if (!listening.ok()) {
        fail(listening.error);
        setState(State::Idle);
        return false;
    }
    setState(State::Active);
    // Said from the event loop, so a caller that connects to the session right
    // after listen() (the headless runner) still hears where it listens: with
    // port 0 this is the only way to learn the port.
    const QString where = listenText();
    QMetaObject::invokeMethod(
        this,
        [this, where] {
            if (listenText() == where)
                emit noticeOccurred(tr("listening on %1").arg(where));
        },
        Qt::QueuedConnection);
    return true;
}

void TcpServerSession::stop()
{
    if (!m_listener.isListening())
        return;
    const QString where = listenText();
    m_listener.close();
    emit noticeOccurred(tr("stopped listening on %1; %n client(s) stay connected", "", clientCount()).arg(where));
    setState(State::Idle);
}

QString TcpServerSession::listenText() const
{
    return m_listener.text();
}

ServerClient TcpServerSession::describe(const Client &client) const
{
    ServerClient entry;
    entry.peer = client.peer;
    entry.connectedAt = epochMs(client.connectedAtMs);
    entry.lastActivity = client.lastReceivedMs < 0 ? 0 : epochMs(client.lastReceivedMs);
    entry.rxBytes = client.rxBytes;
    entry.txBytes = client.txBytes;
    entry.bytesToWrite = client.connection->bytesToWrite();
    entry.state = client.closingFor ? ClientState::Closing : ClientState::Connected;
    entry.sendingClosed = client.sendingClosed;
    entry.tls = client.tls;
    entry.secured = client.secured;
    entry.tlsSession = client.tlsSession;
    entry.certificateSubject = client.certificateSubject;
    return entry;
}

QList<ServerClient> TcpServerSession::clientList() const
{
    QList<ServerClient> list;
    list.reserve(m_clients.size());
    for (const Client &client : m_clients)
        list << describe(client);
    std::sort(list.begin(), list.end(), [](const ServerClient &a, const ServerClient &b) { return a.peer.id < b.peer.id; });
    return list;
}

std::optional<ServerClient> TcpServerSession::clientInfo(quint64 peerId) const
{
    const auto it = m_clients.constFind(peerId);
    if (it == m_clients.cend())
        return std::nullopt;
    return describe(*it);
}

QList<Peer> TcpServerSession::clients() const
{
    QList<Peer> peers;
    peers.reserve(m_clients.size());
    for (const Client &client : m_clients)
        peers << client.peer;
    std::sort(peers.begin(), peers.end(), [](const Peer &a, const Peer &b) { return a.id < b.id; });
    return peers;
}

Peer TcpServerSession::client(quint64 peerId) const
{
    const auto it = m_clients.constFind(peerId);
    return it == m_clients.cend() ? Peer{} : it->peer;
}

qint64 TcpServerSession::bytesToWrite(quint64 peerId) const
{
    const auto it = m_clients.constFind(peerId);
    return it == m_clients.cend() ? 0 : it->connection->bytesToWrite();
}

QString TcpServerSession::pollerBackend() const
{
    return m_poller->backendName();
}

int TcpServerSession::clientsFrom(const QHostAddress &address) const
{
    return m_perIp.value(Address::unmapped(address), 0);
}

void TcpServerSession::setIdleTimeout(int seconds)
{
    m_idleTimeoutS = qMax(0, seconds);
    updateHousekeepingTimer();
}

void TcpServerSession::setTls(const std::optional<QSslConfiguration> &configuration, int handshakeTimeoutMs)
{
    m_tls = configuration;
    m_handshakeTimeoutMs = handshakeTimeoutMs;
}

void TcpServerSession::setAutoReply(AutoReply mode, const QByteArray &fixedReply)
{
    m_autoReply = mode;
    m_fixedReply = fixedReply;
}

void TcpServerSession::onAccepted(qintptr descriptor, const QHostAddress &address, quint16 port)
{
    // Setting clients up (and telling every listener about them) happens in
    // batches. A dual-stack listener sees IPv4 clients as ::ffff:a.b.c.d;
    // they are IPv4 clients.
    m_acceptedQueue << Newcomer{descriptor, Peer{0, Address::unmapped(address), port}};
    if (!m_admitTimer.isActive())
        m_admitTimer.start();
}

void TcpServerSession::admitQueued()
{
    const qsizetype count = qMin<qsizetype>(AdmitBatch, m_acceptedQueue.size());
    const QList<Newcomer> batch = m_acceptedQueue.mid(0, count);
    m_acceptedQueue.remove(0, count);
    if (m_acceptedQueue.isEmpty())
        m_admitTimer.stop();
    for (const Newcomer &newcomer : batch)
        admit(newcomer);
}

void TcpServerSession::discard(Connection *connection)
{
    connection->disconnect(this);
    m_ended << connection;
    if (!m_reaper.isActive())
        m_reaper.start();
}

void TcpServerSession::refuse(const Newcomer &newcomer, const QString &reason)
{
    SocketIo::close(int(newcomer.descriptor));
    emit clientRefused(newcomer.peer, reason);
    emit noticeOccurred(reason);
    emit defenceCountersChanged();
}

QString TcpServerSession::refusalOf(const Peer &newcomer, bool *byPerIp) const
{
    *byPerIp = false;
    if (m_maxClients > 0 && clientCount() >= m_maxClients)
        return tr("refused %1: %n client(s) connected, the maximum", "", clientCount()).arg(newcomer.toString());
    const int fromSameIp = m_perIp.value(newcomer.address, 0);
    if (m_maxPerIp > 0 && fromSameIp >= m_maxPerIp) {
        *byPerIp = true;
        return tr("refused %1: %n connection(s) from %2 already, the maximum per address", "", fromSameIp)
            .arg(newcomer.toString(), newcomer.address.toString());
    }
    return QString();
}

void TcpServerSession::takeInPendingEnds(const Peer &newcomer)
{
    // A client whose close or reset has arrived but not been read yet still
    // holds its place; serving what is ready lets it go first. Bounded: a
    // client's data takes a pass per MiB.
    constexpr int MaxPasses = 16;
    bool byPerIp = false;
    for (int pass = 0; pass < MaxPasses && !refusalOf(newcomer, &byPerIp).isEmpty(); ++pass) {
        if (m_poller->dispatchPending() == 0)
            return;
    }
}

void TcpServerSession::admit(const Newcomer &newcomer)
{
    if (SocketIo::isResetPending(int(newcomer.descriptor))) {
        SocketIo::close(int(newcomer.descriptor));
        emit noticeOccurred(tr("%1 reset the connection before it was admitted").arg(newcomer.peer.toString()));
        return;
    }
    bool byPerIp = false;
    if (!refusalOf(newcomer.peer, &byPerIp).isEmpty())
        takeInPendingEnds(newcomer.peer);
    const QString refusal = refusalOf(newcomer.peer, &byPerIp);
    if (!refusal.isEmpty()) {
        ++(byPerIp ? m_defences.refusedByPerIp : m_defences.refusedByLimit);
        refuse(newcomer, refusal);
        return;
    }

    const quint64 id = m_nextPeerId++;
    Connection *connection = makeConnection(newcomer.descriptor, id);
    Client client;
    client.connection = connection;
    client.tls = m_tls.has_value();
    client.peer = newcomer.peer;
    client.peer.id = id;
    client.connectedAtMs = m_clock.elapsed();
    client.idleSinceMs = client.connectedAtMs;
    m_clients.insert(id, client);
    ++m_perIp[client.peer.address];
    watchClient(id, connection);
    emit peerJoined(client.peer);
    emit clientCountChanged(clientCount());
    updateHousekeepingTimer();
}

Connection *TcpServerSession::makeConnection(qintptr descriptor, quint64 id)
{
    if (!m_tls)
        return new TcpConnection(descriptor, m_poller, this);
    // QSslSocket watches its descriptor itself; the Poller does not carry it.
    auto *tls = new TlsConnection(descriptor, TlsConnection::Role::Server, *m_tls, QString(), this);
    tls->setHandshakeTimeout(m_handshakeTimeoutMs);
    connect(tls, &TlsConnection::secured, this, [this, id] { onSecured(id); });
    return tls;
}

void TcpServerSession::onSecured(quint64 peerId)
{
    const auto it = m_clients.find(peerId);
    if (it == m_clients.end())
        return;
    const auto *tls = static_cast<const TlsConnection *>(it->connection);
    it->secured = true;
    it->tlsSession = tls->sessionLine();
    it->certificateSubject = tls->peerSubject();
    const QString who = it->peer.toString();
    emit noticeOccurred(it->certificateSubject.isEmpty()
                            ? tr("TLS with %1: %2").arg(who, it->tlsSession)
                            : tr("TLS with %1: %2; client certificate %3").arg(who, it->tlsSession, it->certificateSubject));
    emit clientSecured(peerId);
}

void TcpServerSession::watchClient(quint64 id, Connection *connection)
{
    connect(connection, &Connection::received, this, [this, id](const QByteArray &data) { onReceived(id, data); });
    connect(connection, &Connection::ended, this, [this, id](const ConnectionEnd &end) { onEnded(id, end); });
}

void TcpServerSession::onBytesWritten(quint64 peerId, qint64 bytes)
{
    m_pendingBytes -= bytes;
    const auto it = m_clients.find(peerId);
    if (it != m_clients.end() && it->backlog.shrank(it->connection->bytesToWrite()))
        emit clientDrained(peerId);
    if (m_backlog.shrank(m_pendingBytes))
        emit drained();
}

void TcpServerSession::onOutOfDescriptors()
{
    // The acceptor waits; clients stay in the listen backlog meanwhile.
    m_exhaustionMessage = tr("cannot accept more clients: the process has used all of its %1 file descriptors "
                             "(ulimit -n); waiting clients are accepted as others leave")
                              .arg(FdLimit::current());
    fail(m_exhaustionMessage);
}

void TcpServerSession::onReceived(quint64 peerId, const QByteArray &data)
{
    auto it = m_clients.find(peerId);
    if (it == m_clients.end())
        return;
    it->lastReceivedMs = m_clock.elapsed();
    it->idleSinceMs = it->lastReceivedMs;
    it->rxBytes += quint64(data.size());
    const Peer peer = it->peer;
    emit received(peer, data);

    if (m_autoReply == AutoReply::Off)
        return;
    // A receiver may have closed the client meanwhile; one we are closing gets no reply.
    it = m_clients.find(peerId);
    if (it == m_clients.end() || !it->connection->canWrite())
        return;
    const QByteArray reply = m_autoReply == AutoReply::Echo ? data : m_fixedReply;
    if (!reply.isEmpty() && !writeTo(*it, reply)) {
        fail(tr("auto-reply to %1 skipped: its send buffer is full (%2 bytes waiting)")
                 .arg(peer.toString())
                 .arg(it->connection->bytesToWrite()));
    }
}

bool TcpServerSession::canSendTo(quint64 peerId) const
{
    const auto it = m_clients.constFind(peerId);
    return it != m_clients.constEnd() && it->connection->canWrite() && !it->sendingClosed;
}

bool TcpServerSession::writeTo(Client &client, const QByteArray &data)
{
    Connection *connection = client.connection;
    if (!connection->canWrite() || connection->bytesToWrite() > MaxPendingBytesPerClient)
        return false;
    if (client.countsWrites) {
        // Counted before the write: what the system takes at once is subtracted inside it.
        m_pendingBytes += data.size();
        connection->write(data);
    } else {
        // Most writes leave at once; a client is followed only from its first backlog on,
        // which spares 10,000 clients a signal connection each.
        connection->write(data);
        if (const qint64 queued = connection->bytesToWrite()) {
            m_pendingBytes += queued;
            client.countsWrites = true;
            const quint64 id = client.peer.id;
            connect(connection, &Connection::bytesWritten, this, [this, id](qint64 bytes) { onBytesWritten(id, bytes); });
        }
    }
    m_backlog.grew(m_pendingBytes);
    client.backlog.grew(connection->bytesToWrite());
    client.txBytes += quint64(data.size());
    const Peer peer = client.peer; // client may be gone once receivers have run
    emit sent(peer, data);
    return true;
}

bool TcpServerSession::send(const QByteArray &data)
{
    if (m_clients.isEmpty()) {
        fail(tr("no client is connected: nothing was sent"));
        return false;
    }
    QList<quint64> ids = m_clients.keys();
    std::sort(ids.begin(), ids.end());
    return sendTo(ids, data);
}

bool TcpServerSession::sendTo(const QList<quint64> &peerIds, const QByteArray &data)
{
    if (peerIds.isEmpty()) {
        fail(tr("no client selected: nothing was sent"));
        return false;
    }
    int reached = 0;
    QStringList gone;
    QStringList full;
    for (const quint64 id : peerIds) {
        const auto it = m_clients.find(id);
        if (it == m_clients.end() || !it->connection->canWrite()) {
            gone << QStringLiteral("#%1").arg(id);
            continue;
        }
        if (data.isEmpty() || writeTo(*it, data))
            ++reached;
        else
            full << it->peer.toString();
    }
    if (!gone.isEmpty()) {
        fail(tr("not sent to %n client(s) no longer connected: %1", "", int(gone.size())).arg(namePeers(gone)));
    }
    if (!full.isEmpty()) {
        fail(tr("not sent to %n client(s) whose send buffer is full (they are not reading): %1", "", int(full.size()))
                 .arg(namePeers(full)));
    }
    return reached > 0;
}

void TcpServerSession::disconnectPeers(const QList<quint64> &peerIds)
{
    for (const quint64 id : peerIds)
        closeClient(id, ConnectionEnd::of(ConnectionEnd::Kind::ClosedByUs));
}

void TcpServerSession::disconnectAll()
{
    QList<quint64> ids = m_clients.keys();
    std::sort(ids.begin(), ids.end());
    disconnectPeers(ids);
}

void TcpServerSession::closeSending(quint64 peerId)
{
    const auto it = m_clients.find(peerId);
    if (it == m_clients.end() || !it->connection->canWrite())
        return;
    it->sendingClosed = true;
    it->connection->closeSending();
}

void TcpServerSession::closeClient(quint64 peerId, const ConnectionEnd &why)
{
    const auto it = m_clients.find(peerId);
    if (it == m_clients.end() || it->closingFor)
        return; // gone, or already closing
    it->closingFor = Client::Closing{why.kind, qint32(why.idleMs)};
    if (it->connection->close()) {
        finishClient(peerId, why);
        return;
    }
    it->closingSinceMs = m_clock.elapsed();
    ++m_closing;
    emit clientStateChanged(peerId, ClientState::Closing, describeEnd(why, PeerRole::Client, it->peer.toString()));
    updateHousekeepingTimer();
}

void TcpServerSession::onEnded(quint64 peerId, const ConnectionEnd &end)
{
    const auto it = m_clients.constFind(peerId);
    if (it == m_clients.cend())
        return;
    if (!it->closingFor) {
        finishClient(peerId, end);
        return;
    }
    // We were closing it; the reason is ours whatever the last event was.
    ConnectionEnd ours = it->closingFor->end();
    ours.droppedBytes = end.droppedBytes;
    finishClient(peerId, ours);
}

void TcpServerSession::finishClient(quint64 peerId, const ConnectionEnd &end)
{
    const auto it = m_clients.find(peerId);
    if (it == m_clients.end())
        return;
    const Client client = *it;
    m_clients.erase(it);
    if (client.closingSinceMs >= 0)
        --m_closing;
    auto perIp = m_perIp.find(client.peer.address);
    if (perIp != m_perIp.end() && --*perIp <= 0)
        m_perIp.erase(perIp);
    discard(client.connection);
    const QString reason = describeEnd(end, PeerRole::Client, client.peer.toString());
    emit clientStateChanged(peerId, end.clientState(), reason);

    // A descriptor is free again: a client waiting in the backlog may come in.
    m_listener.acceptor().retrySoon();
    updateHousekeepingTimer();
    emit peerLeft(client.peer, reason);
    emit clientCountChanged(clientCount());
    // What never left is no longer waiting; a client followed only from its
    // first backlog on may end with bytes that were never counted.
    if (client.countsWrites)
        m_pendingBytes -= end.droppedBytes;
    if (m_backlog.shrank(m_pendingBytes))
        emit drained();
}

void TcpServerSession::updateHousekeepingTimer()
{
    const bool needed = !m_clients.isEmpty() && (m_idleTimeoutS > 0 || m_closing > 0);
    if (!needed) {
        m_housekeeping.stop();
        return;
    }
    // A quarter of the timeout keeps the overshoot small; scanning even 10,000
    // clients a few times a second costs next to nothing.
    const int interval = m_idleTimeoutS > 0 ? std::clamp(m_idleTimeoutS * 250, 100, 1000) : 1000;
    if (!m_housekeeping.isActive() || m_housekeeping.interval() != interval)
        m_housekeeping.start(interval);
}

void TcpServerSession::onHousekeeping()
{
    const qint64 now = m_clock.elapsed();
    const qint64 idleLimitMs = qint64(m_idleTimeoutS) * 1000;
    QList<quint64> idle;
    QList<quint64> overdue;
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        if (it->closingSinceMs >= 0) {
            if (now - it->closingSinceMs >= CloseGraceMs)
                overdue << it.key();
        } else if (idleLimitMs > 0 && now - it->idleSinceMs >= idleLimitMs) {
            idle << it.key();
        }
    }
    // Each close tells every listener (the log, the client table): a batch per
    // pass, oldest first, and the rest in the next pass.
    std::sort(overdue.begin(), overdue.end());
    std::sort(idle.begin(), idle.end());
    const qsizetype cutOff = qMin<qsizetype>(overdue.size(), ExpireBatch);
    const qsizetype expired = qMin<qsizetype>(idle.size(), ExpireBatch - cutOff);
    if (cutOff + expired < overdue.size() + idle.size())
        m_expireMore.start();
    for (const quint64 id : overdue.mid(0, cutOff)) {
        const auto it = m_clients.constFind(id);
        if (it == m_clients.cend() || !it->closingFor)
            continue;
        ConnectionEnd end = it->closingFor->end();
        end.droppedBytes = it->connection->bytesToWrite();
        it->connection->abort();
        finishClient(id, end);
    }
    if (expired > 0) {
        m_defences.closedIdle += quint64(expired);
        for (const quint64 id : idle.mid(0, expired))
            closeClient(id, ConnectionEnd::idle(idleLimitMs));
        emit defenceCountersChanged();
    }
}

void TcpServerSession::fail(const QString &message)
{
    m_errorString = message;
    emit errorOccurred(message);
}

} // namespace Sockpit
