#include "udpsession.h"

#include "address.h"
#include "endpoint.h"
#include "socketerrors.h"
#include "udpsocketoptions.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QVariant>

namespace Sockpit {

namespace {

// What a full receive buffer holds (about 10,000 small datagrams in 8 MB),
// without following a flood that goes on while we read.
constexpr int MaxDatagramsOnStop = 16384;

QString notMulticastMessage(const QString &text)
{
    return QCoreApplication::translate("Sockpit::UdpSession",
                                       "'%1' is not a multicast group: IPv4 groups are 224.0.0.0–239.255.255.255 "
                                       "(class D), IPv6 groups start with ff")
        .arg(text);
}

} // namespace

QString MulticastMembership::toString() const
{
    if (!interface.isValid())
        return group.toString();
    return QCoreApplication::translate("Sockpit::UdpSession", "%1 on %2").arg(group.toString(), interface.humanReadableName());
}

UdpSession::UdpSession(QObject *parent)
    : Session(parent)
    , m_receiver([this](std::vector<ReceivedDatagram> &batch) { deliver(batch); })
{
    connect(&m_receiver, &UdpReceiver::readFailed, this, [this](const QString &reason) {
        emit errorOccurred(tr("receiving on %1 failed: %2").arg(localText(), reason));
    });
    connect(&m_receiver, &UdpReceiver::dropped, this, [this](quint64 count) {
        emit errorOccurred(tr("%1 datagrams to %2 were dropped by the system: they came faster than they were read "
                              "and the receive buffer was full")
                               .arg(count)
                               .arg(localText()));
    });
}

UdpSession::~UdpSession()
{
    abortLookup();
    // No signals to a half-destroyed owner.
    m_receiver.disconnect(this);
    m_socket.disconnect(this);
    m_receiver.stop();
    m_socket.abort();
}

void UdpSession::closeSocket()
{
    m_receiver.stop(); // reports what the system dropped, while the port is still known
    m_socket.close();
}

// ---- local side ----------------------------------------------------------

bool UdpSession::bind(const QString &bindSpec)
{
    const Result<Endpoint> spec = EndpointParser::parseBindSpec(bindSpec);
    if (!spec.ok()) {
        emit errorOccurred(spec.error);
        return false;
    }
    return bind(spec.value.address, spec.value.port);
}

bool UdpSession::bind(const QHostAddress &address, quint16 port)
{
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        stop();
    return bindSocket(address, port, false);
}

bool UdpSession::bindSocket(const QHostAddress &address, quint16 port, bool ephemeral)
{
    // DefaultForPlatform: no SO_REUSEADDR, so a port another program holds is reported, not shared.
    if (!m_socket.bind(address, port)) {
        const QString where = address.protocol() == QAbstractSocket::AnyIPProtocol
                                  ? tr("port %1 on every IPv4 and IPv6 address").arg(port)
                                  : Peer{0, address, port}.toString();
        const QString message = socketErrorMessage(m_socket.error(), where, m_socket.errorString());
        m_socket.abort();
        emit errorOccurred(message);
        setState(State::Idle);
        return false;
    }
    m_ephemeral = ephemeral;
    m_receiver.start(&m_socket);
    applySocketOptions();
    if (ephemeral)
        emit noticeOccurred(tr("sending from %1, a port chosen by the system; replies to it are shown").arg(localText()));
    else
        emit noticeOccurred(tr("bound to %1").arg(localText()));
    setState(State::Active);
    return true;
}

void UdpSession::stop()
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState) {
        setState(State::Idle);
        return;
    }
    // Datagrams that arrived before the stop are still delivered.
    m_receiver.drainNow(MaxDatagramsOnStop);
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return; // a receiver of the last datagrams stopped us already
    const QString where = localText();
    const bool hadGroups = !m_groups.isEmpty();
    m_groups.clear();
    closeSocket();
    m_ephemeral = false;
    if (hadGroups)
        emit groupsChanged();
    emit noticeOccurred(tr("closed %1").arg(where));
    setState(State::Idle);
}

QString UdpSession::localText() const
{
    if (!isBound())
        return QString();
    const QHostAddress address = m_socket.localAddress();
    if (address.protocol() == QAbstractSocket::AnyIPProtocol)
        return tr("port %1 on every IPv4 and IPv6 address").arg(m_socket.localPort());
    return Peer{0, address, m_socket.localPort()}.toString();
}

UdpSession::Family UdpSession::socketFamily() const
{
    switch (m_socket.localAddress().protocol()) {
    case QAbstractSocket::IPv4Protocol:
        return Family::IPv4;
    case QAbstractSocket::IPv6Protocol:
        return Family::IPv6;
    default:
        return Family::Any;
    }
}

void UdpSession::applySocketOptions()
{
    // A burst then waits in the kernel while the GUI paints; the system may grant less.
    m_socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, ReceiveBufferBytes);
    const QString error = UdpSocketOptions::setBroadcast(&m_socket, m_broadcast);
    if (!error.isEmpty())
        emit errorOccurred(tr("could not switch broadcast: %1").arg(error));
    applyMulticastOptions();
}

void UdpSession::applyMulticastOptions()
{
    if (!isBound())
        return;
    m_socket.setSocketOption(QAbstractSocket::MulticastTtlOption, m_ttl);
    m_socket.setSocketOption(QAbstractSocket::MulticastLoopbackOption, m_loopback ? 1 : 0);
    if (socketFamily() == Family::Any) {
        // Qt sets only the IPv6 options on a dual-stack socket; IPv4 groups need their own.
        if (UdpSocketOptions::dualStackIPv4Multicast()) {
            const int index = m_multicastInterface.isValid() ? m_multicastInterface.index() : 0;
            const QString error = UdpSocketOptions::setIPv4Multicast(&m_socket, m_ttl, m_loopback, index);
            if (!error.isEmpty())
                emit errorOccurred(tr("could not set the multicast options: %1").arg(error));
        }
    }
    // An invalid interface gives the choice back to the system.
    m_socket.setMulticastInterface(m_multicastInterface);
}

// ---- remote side ---------------------------------------------------------

void UdpSession::setTarget(const QString &host, quint16 port)
{
    abortLookup();
    if (!m_queued.isEmpty()) {
        emit errorOccurred(tr("%1 datagrams waiting for %2 were not sent: the target changed")
                               .arg(m_queued.size())
                               .arg(targetText()));
        m_queued.clear();
    }
    m_targetHost = Address::withoutBrackets(host);
    m_targetPort = port;
    m_target = Peer{};
    m_targetIsBroadcast = false;

    QHostAddress literal;
    if (!m_targetHost.isEmpty() && literal.setAddress(m_targetHost))
        setResolvedTarget(literal);
    else if (!m_targetHost.isEmpty())
        m_lookupId = QHostInfo::lookupHost(m_targetHost, this, &UdpSession::onLookedUp);
    emit targetChanged();
}

QString UdpSession::setTarget(const QString &hostPort)
{
    const Result<Endpoint> endpoint = EndpointParser::parseHostPort(hostPort);
    if (!endpoint.ok()) {
        emit errorOccurred(endpoint.error);
        return endpoint.error;
    }
    setTarget(endpoint.value.host, endpoint.value.port);
    return QString();
}

void UdpSession::clearTarget()
{
    setTarget(QString(), 0);
}

QString UdpSession::targetText() const
{
    if (m_targetHost.isEmpty())
        return QString();
    return Endpoint{m_targetHost, QHostAddress(), m_targetPort}.toString();
}

void UdpSession::abortLookup()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
}

void UdpSession::onLookedUp(const QHostInfo &info)
{
    if (info.lookupId() != m_lookupId)
        return;
    m_lookupId = -1;
    const QList<QHostAddress> addresses = info.addresses();
    if (info.error() != QHostInfo::NoError || addresses.isEmpty()) {
        emit errorOccurred(socketErrorMessage(QAbstractSocket::HostNotFoundError, targetText(), info.errorString()));
        if (!m_queued.isEmpty()) {
            emit errorOccurred(tr("%1 datagrams waiting for %2 were not sent").arg(m_queued.size()).arg(targetText()));
            m_queued.clear();
        }
        emit targetChanged();
        return;
    }
    // A port bound to one family can only reach addresses of that family.
    QHostAddress chosen = addresses.first();
    const Family family = isBound() && !m_ephemeral ? socketFamily() : Family::Any;
    if (family != Family::Any) {
        const auto wanted = family == Family::IPv4 ? QAbstractSocket::IPv4Protocol : QAbstractSocket::IPv6Protocol;
        for (const QHostAddress &address : addresses) {
            if (Address::unmapped(address).protocol() == wanted) {
                chosen = address;
                break;
            }
        }
    }
    setResolvedTarget(chosen);
    emit noticeOccurred(tr("%1 is %2").arg(m_targetHost, m_target.address.toString()));
    emit targetChanged();

    const QList<QByteArray> queued = std::exchange(m_queued, {});
    for (qsizetype i = 0; i < queued.size(); ++i) {
        if (!writeTo(m_target, queued.at(i))) {
            if (i + 1 < queued.size())
                emit errorOccurred(tr("%1 more datagrams to %2 were not sent")
                                       .arg(queued.size() - i - 1)
                                       .arg(targetText()));
            break;
        }
    }
}

void UdpSession::setResolvedTarget(const QHostAddress &address)
{
    m_target = peerFor(address, m_targetPort);
    m_targetIsBroadcast = Address::isLocalBroadcast(m_target.address);
}

bool UdpSession::send(const QByteArray &data)
{
    if (m_target.isValid())
        return writeTo(m_target, data);
    if (isResolvingTarget()) {
        if (data.size() > MaxIPv6Payload) {
            emit errorOccurred(tr("datagram of %1 bytes not sent: one datagram carries at most %2 bytes")
                                   .arg(data.size())
                                   .arg(MaxIPv6Payload));
            return false;
        }
        if (m_queued.size() >= MaxQueuedWhileResolving) {
            emit errorOccurred(tr("datagram not sent: %1 datagrams already wait for the address of %2")
                                   .arg(m_queued.size())
                                   .arg(targetText()));
            return false;
        }
        m_queued.append(data);
        return true;
    }
    if (!m_targetHost.isEmpty())
        emit errorOccurred(tr("datagram not sent: the address of %1 is unknown; set the target again").arg(targetText()));
    else
        emit errorOccurred(tr("datagram not sent: no target; enter HOST:PORT to send to"));
    return false;
}

bool UdpSession::sendTo(const Peer &peer, const QByteArray &data)
{
    if (!peer.isValid() || peer.port == 0) {
        emit errorOccurred(tr("datagram not sent: no peer to send to; select a received datagram first"));
        return false;
    }
    // The log files the datagram under the peer's stable id, even when the caller had none.
    return writeTo(peer.id != 0 ? peer : peerFor(peer.address, peer.port), data);
}

bool UdpSession::writeTo(const Peer &peer, const QByteArray &data)
{
    const QHostAddress destination = Address::unmapped(peer.address);
    const bool v4 = destination.protocol() == QAbstractSocket::IPv4Protocol;
    const qsizetype limit = maxPayload(destination);
    if (data.size() > limit) {
        emit errorOccurred((v4 ? tr("datagram of %1 bytes not sent: one IPv4 datagram carries at most %2 bytes")
                               : tr("datagram of %1 bytes not sent: one IPv6 datagram carries at most %2 bytes"))
                               .arg(data.size())
                               .arg(limit));
        return false;
    }
    if (!m_broadcast && v4) {
        if (destination == QHostAddress(QHostAddress::Broadcast)) {
            emit errorOccurred(tr("datagram not sent: 255.255.255.255 reaches every host of the local network; "
                                  "switch broadcast on to send to it"));
            return false;
        }
        if (m_targetIsBroadcast && destination == m_target.address) {
            emit errorOccurred(tr("datagram not sent: %1 is the broadcast address of a local network; "
                                  "switch broadcast on to send to it")
                                   .arg(destination.toString()));
            return false;
        }
    }
    if (!ensureBoundFor(destination))
        return false;

    const qint64 written = m_socket.writeDatagram(data, destination, peer.port);
    if (written != data.size()) {
        const QString target = peer.toString();
        QString message;
        if (written >= 0) {
            message = tr("datagram to %1 cut by the system: %2 of %3 bytes sent").arg(target).arg(written).arg(data.size());
        } else if (v4 && !m_broadcast && m_socket.error() == QAbstractSocket::NetworkError) {
            // The system refuses broadcasts while broadcast is off; Qt does not say why.
            message = tr("datagram to %1 not sent: %2 (if it is a broadcast address, switch broadcast on)")
                          .arg(target, m_socket.errorString());
        } else {
            message = socketErrorMessage(m_socket.error(), target, m_socket.errorString());
        }
        emit errorOccurred(message);
        return false;
    }
    emit sent(peer, data);
    return true;
}

bool UdpSession::ensureBoundFor(const QHostAddress &destination)
{
    const bool v4 = destination.protocol() == QAbstractSocket::IPv4Protocol;
    if (isBound()) {
        const Family family = socketFamily();
        if (family == Family::Any || (family == Family::IPv4) == v4)
            return true;
        if (!m_ephemeral) {
            emit errorOccurred((v4 ? tr("datagram not sent: %1 is IPv4 but this port is bound to IPv6 address %2; "
                                        "bind to every address to use both")
                                   : tr("datagram not sent: %1 is IPv6 but this port is bound to IPv4 address %2; "
                                        "bind to every address to use both"))
                                   .arg(destination.toString(), m_socket.localAddress().toString()));
            return false;
        }
        // A port the system chose for the other family is of no further use.
        closeSocket();
    }
    return bindSocket(QHostAddress(v4 ? QHostAddress::AnyIPv4 : QHostAddress::AnyIPv6), 0, true);
}

Peer UdpSession::peerFor(const QHostAddress &address, quint16 port)
{
    const QHostAddress bare = Address::unmapped(address);
    const PeerKey key{bare, port};
    const auto found = m_peers.constFind(key);
    if (found != m_peers.cend())
        return Peer{found->id, bare, port};
    if (m_peers.size() >= MaxRememberedPeers) {
        m_peers.clear(); // ids stay unique: the counter keeps growing
        m_lastSender = Peer{};
    }
    const quint64 id = m_nextPeerId++;
    m_peers.insert(key, PeerRecord{id, false});
    return Peer{id, bare, port};
}

void UdpSession::deliver(std::vector<ReceivedDatagram> &batch)
{
    for (ReceivedDatagram &datagram : batch) {
        const Peer peer = heardPeer(datagram.sender, datagram.port);
        emit received(peer, datagram.data);
    }
}

Peer UdpSession::heardPeer(const QHostAddress &sender, quint16 port)
{
    if (m_lastSender.port == port && m_lastSender.address == sender && m_lastSender.isValid())
        return m_lastSender;
    const auto found = m_peers.constFind(PeerKey{sender, port});
    Peer peer;
    if (found != m_peers.cend() && found->heard) {
        peer = Peer{found->id, sender, port};
    } else {
        peer = peerFor(sender, port);
        m_peers[PeerKey{sender, port}].heard = true;
        emit senderSeen(peer);
    }
    m_lastSender = peer;
    return peer;
}

// ---- broadcast and multicast ---------------------------------------------

void UdpSession::setBroadcastEnabled(bool enabled)
{
    if (m_broadcast == enabled)
        return;
    m_broadcast = enabled;
    if (isBound()) {
        const QString error = UdpSocketOptions::setBroadcast(&m_socket, enabled);
        if (!error.isEmpty())
            emit errorOccurred(tr("could not switch broadcast: %1").arg(error));
    }
}

bool UdpSession::joinGroup(const QHostAddress &group, const QNetworkInterface &iface)
{
    return changeMembership(group, iface, true);
}

bool UdpSession::leaveGroup(const QHostAddress &group, const QNetworkInterface &iface)
{
    return changeMembership(group, iface, false);
}

bool UdpSession::changeMembership(const QHostAddress &anyGroup, const QNetworkInterface &requested, bool join)
{
    const QHostAddress group = Address::unmapped(anyGroup);
    if (!group.isMulticast()) {
        emit errorOccurred(notMulticastMessage(group.toString()));
        return false;
    }
    const auto sameMembership = [&](const MulticastMembership &m) {
        return m.group == group && (m.interface.name() == requested.name() || (!join && !requested.isValid()));
    };
    const auto existing = std::find_if(m_groups.begin(), m_groups.end(), sameMembership);
    if (!join && existing == m_groups.end()) {
        emit errorOccurred(tr("%1 is not a joined group").arg(group.toString()));
        return false;
    }
    if (join && existing != m_groups.end()) {
        emit noticeOccurred(tr("%1 is joined already").arg(existing->toString()));
        return true;
    }
    const QNetworkInterface iface = join ? requested : existing->interface;
    const MulticastMembership membership{group, iface};

    if (join) {
        if (!isBound() || m_ephemeral) {
            emit errorOccurred(tr("bind a port before joining %1: the group's datagrams arrive at the port you bind")
                                   .arg(group.toString()));
            return false;
        }
        const QHostAddress local = Address::unmapped(m_socket.localAddress());
        if (!Address::isAny(local) && local != group) {
            // The system hands group datagrams only to ports bound to every address (or to the group).
            emit errorOccurred(tr("cannot receive group %1 on a port bound to %2: bind to every address, e.g. port %3 alone")
                                   .arg(group.toString(), local.toString())
                                   .arg(m_socket.localPort()));
            return false;
        }
    }
    const bool v4 = group.protocol() == QAbstractSocket::IPv4Protocol;
    const Family family = socketFamily();
    if (family == Family::IPv4 && !v4) {
        emit errorOccurred(tr("%1 is an IPv6 group but this port is bound to IPv4 only: bind to [::]:%2 or to every address")
                               .arg(group.toString())
                               .arg(m_socket.localPort()));
        return false;
    }
    if (family == Family::IPv6 && v4) {
        emit errorOccurred(tr("%1 is an IPv4 group but this port is bound to IPv6 only: bind to 0.0.0.0:%2 or to every address")
                               .arg(group.toString())
                               .arg(m_socket.localPort()));
        return false;
    }

    bool ok = false;
    QString reason;
    if (family == Family::Any && v4) {
        if (!UdpSocketOptions::dualStackIPv4Multicast()) {
            emit errorOccurred(tr("this system cannot join IPv4 group %1 on a port bound to every address: bind to 0.0.0.0:%2")
                                   .arg(group.toString())
                                   .arg(m_socket.localPort()));
            return false;
        }
        reason = UdpSocketOptions::changeIPv4Membership(&m_socket, group, iface.isValid() ? iface.index() : 0, join);
        ok = reason.isEmpty();
    } else {
        ok = join ? m_socket.joinMulticastGroup(group, iface) : m_socket.leaveMulticastGroup(group, iface);
        reason = m_socket.errorString();
    }
    if (!ok) {
        emit errorOccurred((join ? tr("could not join %1: %2") : tr("could not leave %1: %2")).arg(membership.toString(), reason));
        return false;
    }
    if (join) {
        m_groups.append(membership);
        emit noticeOccurred(tr("joined %1").arg(membership.toString()));
    } else {
        m_groups.erase(existing);
        emit noticeOccurred(tr("left %1").arg(membership.toString()));
    }
    emit groupsChanged();
    return true;
}

void UdpSession::setMulticastTtl(int ttl)
{
    m_ttl = qBound(0, ttl, 255);
    applyMulticastOptions();
}

void UdpSession::setMulticastLoopback(bool enabled)
{
    m_loopback = enabled;
    applyMulticastOptions();
}

void UdpSession::setMulticastInterface(const QNetworkInterface &iface)
{
    m_multicastInterface = iface;
    applyMulticastOptions();
}

// ---- helpers -------------------------------------------------------------

QList<QHostAddress> UdpSession::broadcastAddresses(const QNetworkInterface &iface)
{
    return Address::broadcastAddresses(iface);
}

qsizetype UdpSession::maxPayload(const QHostAddress &destination)
{
    return Address::unmapped(destination).protocol() == QAbstractSocket::IPv6Protocol ? MaxIPv6Payload : MaxIPv4Payload;
}

Result<QHostAddress> UdpSession::parseGroup(const QString &text)
{
    const Result<QHostAddress> host = EndpointParser::parseHost(text);
    if (!host.ok())
        return host;
    if (host.value.isNull()) {
        return Result<QHostAddress>::failure(
            tr("'%1' is a host name; a multicast group is an address such as 239.1.2.3 or ff15::1").arg(text.trimmed()));
    }
    const QHostAddress group = Address::unmapped(host.value);
    if (!group.isMulticast())
        return Result<QHostAddress>::failure(notMulticastMessage(text.trimmed()));
    return Result<QHostAddress>::success(group);
}

} // namespace Sockpit
