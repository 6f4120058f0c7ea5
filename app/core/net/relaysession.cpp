#include "relaysession.h"

#include "address.h"
#include "poller.h"
#include "socketerrors.h"
#include "socketio.h"
#include "tcpconnection.h"
#include "tcpconnector.h"

#include <QNetworkInterface>

#include <algorithm>

namespace Sockpit {

namespace {

using Leg = Peer::Leg;

Leg otherLeg(Leg leg)
{
    return leg == Leg::Client ? Leg::Target : Leg::Client;
}

/// Whether connecting to target reaches a socket listening on listen (same port).
bool reachesListener(const QHostAddress &listen, const QHostAddress &target)
{
    // (Unmapping would make :: and the dual-stack any address 0.0.0.0.)
    const QHostAddress l = Address::isAny(listen) ? listen : Address::unmapped(listen);
    const QHostAddress t = Address::isAny(target) ? target : Address::unmapped(target);
    // By protocol: QHostAddress counts Any equal to AnyIPv4 and AnyIPv6.
    const bool v4 = t.protocol() == QAbstractSocket::IPv4Protocol;
    if (Address::isAny(l) && l.protocol() != QAbstractSocket::AnyIPProtocol && (l.protocol() == QAbstractSocket::IPv4Protocol) != v4)
        return false; // a listener of one family only
    // Connecting to 0.0.0.0 or :: reaches this host.
    const bool local = t.isLoopback() || Address::isAny(t) || QNetworkInterface::allAddresses().contains(t);
    if (Address::isAny(l))
        return local;
    return t == l || (Address::isAny(t) && l.protocol() == t.protocol());
}

} // namespace

QString RelaySession::loopReason(const QHostAddress &listenAddress, quint16 listenPort, const QString &targetHost,
                                 quint16 targetPort)
{
    if (listenPort == 0 || targetPort != listenPort)
        return QString();
    QList<QHostAddress> targets;
    if (targetHost.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        targets = {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)};
    else if (const QHostAddress literal(targetHost); !literal.isNull())
        targets = {literal};
    for (const QHostAddress &target : std::as_const(targets)) {
        if (reachesListener(listenAddress, target)) {
            return tr("the target %1 is this relay itself (it listens on %2): refused, it would connect to itself "
                      "without end")
                .arg(Address::hostPort(targetHost, targetPort), TcpListener::describe(listenAddress, listenPort, false));
        }
    }
    return QString();
}

RelaySession::RelaySession(QObject *parent)
    : Session(parent)
    , m_poller(Poller::create(this))
    , m_listener(m_poller)
{
    TcpAcceptor *acceptor = &m_listener.acceptor();
    connect(acceptor, &TcpAcceptor::accepted, this, &RelaySession::onAccepted);
    connect(acceptor, &TcpAcceptor::outOfDescriptors, this, [this] {
        fail(tr("cannot accept more clients: the process has no file descriptor left (ulimit -n); waiting clients "
                "are accepted as pairs close"));
    });
    connect(acceptor, &TcpAcceptor::acceptingAgain, this, [this] { emit noticeOccurred(tr("accepting clients again")); });
    connect(acceptor, &TcpAcceptor::failed, this,
            [this](IoError error, const QString &detail) { fail(socketErrorMessage(error, listenText(), detail)); });
    m_reaper.setSingleShot(true);
    m_reaper.setInterval(0);
    connect(&m_reaper, &QTimer::timeout, this, [this] { qDeleteAll(std::exchange(m_ended, {})); });
}

RelaySession::~RelaySession()
{
    m_listener.close();
    // No signals from the legs while the session is half destroyed.
    for (const Pair &pair : std::as_const(m_pairs)) {
        for (QObject *object : {static_cast<QObject *>(pair.client.connection), static_cast<QObject *>(pair.target.connection),
                                static_cast<QObject *>(pair.connector)}) {
            if (object) {
                object->disconnect(this);
                delete object;
            }
        }
    }
    qDeleteAll(m_ended);
}

void RelaySession::setTarget(const QString &host, quint16 port)
{
    m_targetHost = Address::withoutBrackets(host);
    m_targetPort = port;
}

QString RelaySession::targetText() const
{
    return Address::hostPort(m_targetHost, m_targetPort);
}

QString RelaySession::pollerBackend() const
{
    return m_poller->backendName();
}

bool RelaySession::listen(const QHostAddress &address, quint16 port)
{
    if (m_targetHost.isEmpty() || m_targetPort == 0) {
        fail(tr("no target to relay to: give its HOST:PORT"));
        setState(State::Idle);
        return false;
    }
    QString refusal = loopReason(address, port, m_targetHost, m_targetPort);
    const Status listening = refusal.isEmpty() ? m_listener.listen(address, port) : Status::failure(refusal);
    // With port 0 the system chose the port: the target may be just that one.
    if (listening.ok())
        refusal = loopReason(address, m_listener.port(), m_targetHost, m_targetPort);
    if (!listening.ok() || !refusal.isEmpty()) {
        m_listener.close();
        fail(listening.ok() ? refusal : listening.error);
        setState(State::Idle);
        return false;
    }
    m_errorString.clear();
    setState(State::Active);
    // Said from the event loop, so that a caller connecting right after listen() hears it.
    const QString where = listenText();
    const QString news = tr("relaying %1 → %2").arg(where, targetText());
    QMetaObject::invokeMethod(
        this,
        [this, where, news] {
            if (listenText() == where)
                emit noticeOccurred(news);
        },
        Qt::QueuedConnection);
    return true;
}

void RelaySession::stop()
{
    const bool wasListening = m_listener.isListening();
    const QString where = listenText();
    m_listener.close();
    for (const quint64 id : pairIds())
        closePair(id);
    if (wasListening)
        emit noticeOccurred(tr("stopped relaying on %1").arg(where));
    setState(State::Idle);
}

QList<quint64> RelaySession::pairIds() const
{
    QList<quint64> ids = m_pairs.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

RelaySession::PairInfo RelaySession::infoOf(const Pair &pair)
{
    PairInfo info;
    info.id = pair.id;
    info.client = pair.client.peer;
    info.target = pair.target.peer;
    info.targetLocalPort = pair.target.connection ? pair.target.connection->localPort() : 0;
    info.state = pair.state;
    info.toTarget = pair.toTarget;
    info.toClient = pair.toClient;
    info.toTarget.pendingBytes = pair.target.connection ? pair.target.connection->bytesToWrite() : pair.earlyBytes;
    info.toClient.pendingBytes = pair.client.connection ? pair.client.connection->bytesToWrite() : 0;
    return info;
}

RelaySession::PairInfo RelaySession::pair(quint64 pairId) const
{
    const auto it = m_pairs.constFind(pairId);
    return it == m_pairs.cend() ? PairInfo{} : infoOf(*it);
}

QList<RelaySession::PairInfo> RelaySession::pairs() const
{
    QList<PairInfo> list;
    for (const quint64 id : pairIds())
        list << infoOf(m_pairs[id]);
    return list;
}

RelaySession::Pair *RelaySession::find(quint64 pairId)
{
    const auto it = m_pairs.find(pairId);
    return it == m_pairs.end() ? nullptr : &*it;
}

// ---- pairs come and go ------------------------------------------------------

void RelaySession::onAccepted(qintptr descriptor, const QHostAddress &address, quint16 port)
{
    const quint64 id = m_nextPairId++;
    Pair pair;
    pair.id = id;
    pair.toTarget.paused = m_pauseAll[int(Flow::ClientToTarget)];
    pair.toClient.paused = m_pauseAll[int(Flow::TargetToClient)];
    // Each leg its own peer id: each direction is a stream of its own in the log.
    pair.client.peer = Peer{Peer::legId(id, Leg::Client), Address::unmapped(address), port, id, Leg::Client};
    pair.client.connection = makeLeg(descriptor, id, Leg::Client);
    m_pairs.insert(id, pair);
    updateReading(m_pairs[id]);
    emit peerJoined(pair.client.peer);
    emit pairCountChanged(pairCount());
    emit pairChanged(id);
    if (Pair *joined = find(id))
        startConnect(*joined);
}

Connection *RelaySession::makeLeg(qintptr descriptor, quint64 pairId, Leg leg)
{
    auto *connection = new TcpConnection(descriptor, m_poller, this);
    connection->setPeerFinishReported(true);
    connect(connection, &Connection::received, this,
            [this, pairId, leg](const QByteArray &data) { onLegReceived(pairId, leg, data); });
    connect(connection, &Connection::peerFinishedSending, this, [this, pairId, leg] { onLegFinished(pairId, leg); });
    connect(connection, &Connection::ended, this,
            [this, pairId, leg](const ConnectionEnd &end) { onLegEnded(pairId, leg, end); });
    connect(connection, &Connection::drained, this, [this, pairId] {
        if (Pair *pair = find(pairId))
            updateReading(*pair);
    });
    connect(connection, &Connection::bytesWritten, this, [this](qint64 bytes) {
        m_pendingBytes -= bytes;
        afterPendingShrank();
    });
    return connection;
}

void RelaySession::startConnect(Pair &pair)
{
    auto *connector = new TcpConnector(m_poller, this);
    pair.connector = connector;
    const quint64 id = pair.id;
    const QString target = targetText();
    connect(connector, &TcpConnector::connected, this, [this, id](qintptr fd) { onTargetConnected(id, fd); });
    connect(connector, &TcpConnector::hostNotFound, this, [this, id, target](const QString &detail) {
        onTargetFailed(id, tr("target %1 not found (%2)").arg(target, detail));
    });
    connect(connector, &TcpConnector::timedOut, this, [this, id, target] {
        onTargetFailed(id, tr("connect to target %1 timed out after %2 ms").arg(target).arg(m_connectTimeoutMs));
    });
    connect(connector, &TcpConnector::failed, this, [this, id, target](IoError error, const QString &detail) {
        onTargetFailed(id, error == IoError::Refused ? tr("target %1 refused the connection").arg(target)
                                                     : socketErrorMessage(error, target, detail));
    });
    // The pair may be gone once this returns: a failure can be reported at once.
    connector->start(m_targetHost, m_targetPort, m_connectTimeoutMs);
}

void RelaySession::onTargetConnected(quint64 pairId, qintptr descriptor)
{
    Pair *pair = find(pairId);
    if (!pair) {
        SocketIo::close(int(descriptor));
        return;
    }
    discard(std::exchange(pair->connector, nullptr));
    Connection *target = makeLeg(descriptor, pairId, Leg::Target);
    pair->target.connection = target;
    pair->target.peer = Peer{Peer::legId(pairId, Leg::Target), Address::unmapped(target->peerAddress()), target->peerPort(), pairId,
                              Leg::Target};
    if (isLoopTarget(*target)) {
        fail(tr("the target %1 is this relay itself: refused, it would connect to itself without end; relaying stopped")
                 .arg(targetText()));
        stop();
        return;
    }
    pair->state = pair->toTarget.finished ? PairState::Closing : PairState::Open;
    // What the client sent meanwhile goes first; it was counted as pending already.
    const QList<QByteArray> early = std::exchange(pair->early, {});
    m_pendingBytes -= std::exchange(pair->earlyBytes, 0);
    for (const QByteArray &chunk : early)
        writeTo(pair->target, chunk);
    if (pair->toTarget.finished)
        target->closeSending();
    updateReading(*pair);
    const Peer peer = pair->target.peer;
    emit peerJoined(peer);
    emit pairChanged(pairId);
}

void RelaySession::onTargetFailed(quint64 pairId, const QString &why)
{
    Pair *pair = find(pairId);
    if (!pair)
        return;
    discard(std::exchange(pair->connector, nullptr));
    fail(tr("pair #%1: %2").arg(pairId).arg(why));
    if (!(pair = find(pairId)))
        return;
    m_pendingBytes -= std::exchange(pair->earlyBytes, 0);
    pair->early.clear();
    pair->state = PairState::Closing;
    leave(*pair, Leg::Client, tr("client closed: %1").arg(why));
    if ((pair = find(pairId))) {
        dropLeg(pair->client, false);
        removeIfDone(pairId);
    }
    afterPendingShrank();
}

bool RelaySession::isLoopTarget(const Connection &target) const
{
    // A host name the settings could not check: did it lead back to our own port?
    return target.peerPort() == listenPort() && reachesListener(listenAddress(), target.peerAddress());
}

void RelaySession::closePair(quint64 pairId, bool reset)
{
    Pair *pair = find(pairId);
    if (!pair)
        return;
    if (pair->connector) {
        pair->connector->cancel();
        discard(std::exchange(pair->connector, nullptr));
    }
    pair->state = PairState::Closing;
    for (const Leg which : {Leg::Client, Leg::Target}) {
        if (!(pair = find(pairId)))
            return;
        Link &leg = legOf(*pair, which);
        if (leg.connection)
            leg.connection->setReadingPaused(true); // nothing more to forward
        leave(*pair, which, reset ? tr("reset by you") : tr("closed by you"));
        if ((pair = find(pairId)))
            dropLeg(legOf(*pair, which), reset);
    }
    removeIfDone(pairId);
}

void RelaySession::dropLeg(Link &leg, bool reset)
{
    if (!leg.connection)
        return;
    if (reset) {
        m_pendingBytes -= leg.connection->bytesToWrite();
        leg.connection->abort();
    } else if (!leg.connection->close()) {
        return; // its queue leaves first; ended() follows
    }
    discard(std::exchange(leg.connection, nullptr));
    afterPendingShrank();
}

void RelaySession::leave(Pair &pair, Leg which, const QString &reason)
{
    Link &leg = legOf(pair, which);
    if (leg.left || !leg.peer.isValid())
        return;
    leg.left = true;
    const Peer peer = leg.peer;
    const quint64 id = pair.id;
    emit peerLeft(peer, reason);
    emit pairChanged(id);
}

void RelaySession::removeIfDone(quint64 pairId)
{
    const Pair *pair = find(pairId);
    if (pair && !pair->client.connection && !pair->target.connection && !pair->connector)
        removePair(pairId);
}

void RelaySession::removePair(quint64 pairId)
{
    Pair pair = m_pairs.take(pairId);
    m_pendingBytes -= pair.earlyBytes;
    dropLeg(pair.client, true);
    dropLeg(pair.target, true);
    discard(pair.connector);
    emit pairRemoved(pairId);
    emit pairCountChanged(pairCount());
    afterPendingShrank();
}

void RelaySession::discard(QObject *object)
{
    if (!object)
        return;
    object->disconnect(this);
    if (auto *connector = qobject_cast<TcpConnector *>(object))
        connector->cancel();
    m_ended << object;
    if (!m_reaper.isActive())
        m_reaper.start();
}

// ---- forwarding -------------------------------------------------------------

void RelaySession::onLegReceived(quint64 pairId, Leg from, const QByteArray &data)
{
    Pair *pair = find(pairId);
    if (!pair)
        return;
    FlowCounters &flow = flowFrom(*pair, from);
    flow.bytes += quint64(data.size());
    ++flow.chunks;
    const Peer peer = legOf(*pair, from).peer;
    emit received(peer, data);
    if (!(pair = find(pairId)))
        return;
    if (from == Leg::Client && pair->state == PairState::Connecting) {
        pair->early << data;
        pair->earlyBytes += data.size();
        m_pendingBytes += data.size();
        m_backlog.grew(m_pendingBytes);
        updateReading(*pair);
        return;
    }
    Link &to = otherOf(*pair, from);
    if (!to.connection || !to.connection->canWrite())
        return; // closing the pair: reading has stopped already
    writeTo(to, data);
    if (to.connection && to.connection->isBackedUp())
        updateReading(*pair);
}

void RelaySession::writeTo(Link &leg, const QByteArray &data)
{
    // Counted before: what the system takes at once is subtracted inside write().
    m_pendingBytes += data.size();
    m_backlog.grew(m_pendingBytes);
    leg.connection->write(data);
}

void RelaySession::updateReading(Pair &pair)
{
    if (Connection *client = pair.client.connection) {
        const bool waiting = pair.target.connection ? pair.target.connection->isBackedUp() : pair.earlyBytes >= MaxEarlyBytes;
        client->setReadingPaused(pair.toTarget.paused || waiting);
    }
    if (Connection *target = pair.target.connection) {
        const bool waiting = pair.client.connection && pair.client.connection->isBackedUp();
        target->setReadingPaused(pair.toClient.paused || waiting);
    }
}

void RelaySession::afterPendingShrank()
{
    if (m_backlog.shrank(m_pendingBytes))
        emit drained();
}

void RelaySession::onLegFinished(quint64 pairId, Leg from)
{
    Pair *pair = find(pairId);
    if (!pair)
        return;
    flowFrom(*pair, from).finished = true;
    if (pair->state == PairState::Open)
        pair->state = PairState::Closing;
    // Passed on once what waits for the other side has left (at once while connecting).
    if (Connection *to = otherOf(*pair, from).connection)
        to->closeSending();
    leave(*pair, from,
          from == Leg::Client ? tr("client finished sending — passed on to the target")
                              : tr("target finished sending — passed on to the client"));
}

void RelaySession::onLegEnded(quint64 pairId, Leg from, const ConnectionEnd &end)
{
    Pair *pair = find(pairId);
    if (!pair)
        return;
    Link &leg = legOf(*pair, from);
    m_pendingBytes -= end.droppedBytes;
    discard(std::exchange(leg.connection, nullptr));
    pair->state = PairState::Closing;
    const bool client = from == Leg::Client;
    QString reason;
    switch (end.kind) {
    case ConnectionEnd::Kind::ResetByPeer:
        reason = client ? tr("client reset the connection — passed on as a reset")
                        : tr("target reset the connection — passed on as a reset");
        break;
    case ConnectionEnd::Kind::Failed:
        reason = (client ? tr("client connection failed (%1) — passed on as a reset")
                         : tr("target connection failed (%1) — passed on as a reset"))
                     .arg(socketErrorMessage(end.error, leg.peer.toString(), end.detail));
        break;
    case ConnectionEnd::Kind::ClosedByPeer:
        reason = client ? tr("closed by the client") : tr("closed by the target");
        break;
    default:
        reason = tr("closed by you");
        break;
    }
    if (end.isError()) {
        // A reset is passed on as a reset, also after this leg had finished sending.
        if (leg.left)
            emit noticeOccurred(tr("pair #%1: %2").arg(pairId).arg(reason));
        if (!(pair = find(pairId)))
            return;
        if (pair->connector) {
            pair->connector->cancel();
            discard(std::exchange(pair->connector, nullptr));
        }
        leave(*pair, from, reason);
        if (!(pair = find(pairId)))
            return;
        dropLeg(otherOf(*pair, from), true);
        leave(*pair, otherLeg(from), client ? tr("reset by the relay: the client reset its connection")
                                            : tr("reset by the relay: the target reset its connection"));
    } else {
        leave(*pair, from, reason);
    }
    removeIfDone(pairId);
    afterPendingShrank();
}

// ---- the user's hand --------------------------------------------------------

bool RelaySession::send(const QByteArray &data)
{
    return inject(0, Leg::Target, data);
}

bool RelaySession::inject(quint64 pairId, Leg to, const QByteArray &data)
{
    if (to == Leg::None) {
        fail(tr("choose the side to inject into: the client or the target"));
        return false;
    }
    const QList<quint64> ids = pairId ? QList<quint64>{pairId} : pairIds();
    int reached = 0;
    for (const quint64 id : ids) {
        Pair *pair = find(id);
        if (!pair)
            continue;
        Link &leg = legOf(*pair, to);
        if (!leg.connection || !leg.connection->canWrite())
            continue;
        ++reached;
        if (data.isEmpty())
            continue;
        writeTo(leg, data);
        (to == Leg::Client ? pair->toClient : pair->toTarget).injectedBytes += quint64(data.size());
        updateReading(*pair);
        const Peer peer = leg.peer;
        emit sent(peer, data);
    }
    if (reached > 0)
        return true;
    const QString side = to == Leg::Client ? tr("client") : tr("target");
    if (pairId)
        fail(tr("nothing injected: pair #%1 has no open connection to its %2").arg(pairId).arg(side));
    else
        fail(tr("nothing injected: no pair has an open connection to its %1").arg(side));
    return false;
}

void RelaySession::setPaused(quint64 pairId, Flow flow, bool paused)
{
    const QList<quint64> ids = pairId ? QList<quint64>{pairId} : pairIds();
    if (!pairId)
        m_pauseAll[int(flow)] = paused;
    for (const quint64 id : ids) {
        Pair *pair = find(id);
        if (!pair)
            continue;
        (flow == Flow::ClientToTarget ? pair->toTarget : pair->toClient).paused = paused;
        updateReading(*pair);
        emit pairChanged(id);
    }
}

bool RelaySession::isPaused(quint64 pairId, Flow flow) const
{
    if (!pairId)
        return m_pauseAll[int(flow)];
    const auto it = m_pairs.constFind(pairId);
    if (it == m_pairs.cend())
        return false;
    return (flow == Flow::ClientToTarget ? it->toTarget : it->toClient).paused;
}

void RelaySession::fail(const QString &message)
{
    m_errorString = message;
    emit errorOccurred(message);
}

} // namespace Sockpit
