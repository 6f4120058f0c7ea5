#include "sessionlaunch.h"

#include "endpoint.h"
#include "launchoptions.h"
#include "udpsession.h"

#include <QCoreApplication>

namespace Sockpit {

namespace {

bool isAny(const QHostAddress &address)
{
    return address == QHostAddress(QHostAddress::Any) || address == QHostAddress(QHostAddress::AnyIPv4)
           || address == QHostAddress(QHostAddress::AnyIPv6);
}

/// Why the bound address cannot receive group, or "" when it can.
QString groupProblem(const Endpoint &bind, const QHostAddress &group)
{
    const QAbstractSocket::NetworkLayerProtocol family = bind.address.protocol();
    const bool v4Group = group.protocol() == QAbstractSocket::IPv4Protocol;
    if (family == QAbstractSocket::IPv4Protocol && !v4Group) {
        return QCoreApplication::translate(
                   "Sockpit::Launch", "--join %1: an IPv6 group needs --udp bound to [::]:PORT or to every address (PORT alone)")
            .arg(group.toString());
    }
    if (family == QAbstractSocket::IPv6Protocol && v4Group) {
        return QCoreApplication::translate(
                   "Sockpit::Launch", "--join %1: an IPv4 group needs --udp bound to 0.0.0.0:PORT or to every address (PORT alone)")
            .arg(group.toString());
    }
    if (!isAny(bind.address) && bind.address != group) {
        return QCoreApplication::translate(
                   "Sockpit::Launch", "--join %1: group datagrams only reach a port bound to every address; use --udp %2")
            .arg(group.toString())
            .arg(bind.port);
    }
    return QString();
}

} // namespace

LaunchResult launchUdp(const LaunchOptions &options, QObject *parent)
{
    const Result<Endpoint> bind = EndpointParser::parseBindSpec(options.udpBind);
    if (!bind.ok())
        return LaunchResult::failure(2, QStringLiteral("--udp: ") + bind.error);
    Endpoint peer;
    if (!options.udpPeer.isEmpty()) {
        const Result<Endpoint> parsed = EndpointParser::parseHostPort(options.udpPeer);
        if (!parsed.ok())
            return LaunchResult::failure(2, QStringLiteral("--peer: ") + parsed.error);
        peer = parsed.value;
    }
    QList<QHostAddress> groups;
    for (const QString &text : options.joinGroups) {
        const Result<QHostAddress> group = UdpSession::parseGroup(text);
        if (!group.ok())
            return LaunchResult::failure(2, QStringLiteral("--join: ") + group.error);
        const QString problem = groupProblem(bind.value, group.value);
        if (!problem.isEmpty())
            return LaunchResult::failure(2, problem);
        groups.append(group.value);
    }

    auto *session = new UdpSession(parent);
    // The runner listens only once the session is returned: keep the reason of a failure here.
    QString failure;
    const QMetaObject::Connection keepError = QObject::connect(session, &Session::errorOccurred, session,
                                                               [&failure](const QString &message) { failure = message; });
    session->setBroadcastEnabled(options.broadcast);
    bool started = session->bind(bind.value.address, bind.value.port);
    for (qsizetype i = 0; started && i < groups.size(); ++i)
        started = session->joinGroup(groups.at(i));
    QObject::disconnect(keepError);
    if (!started) {
        delete session;
        return LaunchResult::failure(1, failure);
    }
    if (!peer.host.isEmpty())
        session->setTarget(peer.host, peer.port);

    // Say where datagrams arrive (port 0 means the system chose one) once the runner listens.
    QString where = QCoreApplication::translate("Sockpit::Launch", "receiving on %1").arg(session->localText());
    for (const QHostAddress &group : std::as_const(groups))
        where += QCoreApplication::translate("Sockpit::Launch", ", group %1").arg(group.toString());
    QMetaObject::invokeMethod(
        session, [session, where] { emit session->noticeOccurred(where); }, Qt::QueuedConnection);
    return LaunchResult{session, QString(), 0};
}

} // namespace Sockpit
