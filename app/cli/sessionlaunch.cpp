#include "sessionlaunch.h"

#include "relaysession.h"
#include "sessionconfig.h"
#include "tcpclientsession.h"
#include "tcpserversession.h"
#include "tlsserversetup.h"
#include "udpsession.h"

#include <QCoreApplication>

#include <functional>

namespace Sockpit {

namespace {

/// A session that listens (the TCP server, the relay): configured, then listening, or why not.
template<typename ListeningSession, typename Config>
LaunchResult launchListening(const Config &config, QObject *parent,
                             const std::function<void(ListeningSession &)> &beforeListening = {})
{
    auto *session = new ListeningSession(parent);
    applyTo(*session, config);
    if (beforeListening)
        beforeListening(*session);
    if (!session->listen(config.listen.address, config.listen.port)) {
        const QString why = session->errorString();
        delete session;
        return LaunchResult::failure(1, why);
    }
    return LaunchResult{session, QString(), 0};
}

} // namespace

LaunchResult launchTcpClient(const TcpClientConfig &config, QObject *parent)
{
    auto *session = new TcpClientSession(parent);
    applyTo(*session, config);
    // Its files are read now: one that cannot be used stops the run before it connects.
    if (const Status tls = applyTlsTo(*session, config); !tls) {
        delete session;
        return LaunchResult::failure(2, tls.error);
    }
    session->open();
    return LaunchResult{session, QString(), 0};
}

LaunchResult launchTcpServer(const TcpServerConfig &config, QObject *parent)
{
    if (!config.tls.enabled)
        return launchListening<TcpServerSession>(config, parent);
    const Result<TlsServerSetup> tls = TlsSetup::serverSetup(config.tls);
    if (!tls)
        return LaunchResult::failure(2, tls.error);
    const LaunchResult launched = launchListening<TcpServerSession>(
        config, parent, [&tls](TcpServerSession &server) { server.setTls(tls.value.configuration); });
    // What a client checks (a self-signed certificate's fingerprint), said after where it listens.
    if (Session *session = launched.session) {
        const QString line = QCoreApplication::translate("Sockpit::Launch", "TLS with %1").arg(tls.value.certificateLine);
        QMetaObject::invokeMethod(
            session, [session, line] { emit session->noticeOccurred(line); }, Qt::QueuedConnection);
    }
    return launched;
}

LaunchResult launchRelay(const RelayConfig &config, QObject *parent)
{
    return launchListening<RelaySession>(config, parent);
}

LaunchResult launchUdp(const UdpConfig &config, QObject *parent)
{
    auto *session = new UdpSession(parent);
    // The runner listens only once the session is returned: keep the reason of a failure here.
    QString failure;
    const QMetaObject::Connection keepError = QObject::connect(session, &Session::errorOccurred, session,
                                                               [&failure](const QString &message) { failure = message; });
    UdpConfig options = config;
    options.target = Endpoint{}; // set once bound, as a target that resolves sends from the bound port
    applyTo(*session, options);
    bool started = session->bind(config.bind.address, config.bind.port);
    for (qsizetype i = 0; started && i < config.groups.size(); ++i)
        started = session->joinGroup(config.groups.at(i));
    QObject::disconnect(keepError);
    if (!started) {
        delete session;
        return LaunchResult::failure(1, failure);
    }
    applyTo(*session, config);

    // Say where datagrams arrive (port 0 means the system chose one) once the runner listens.
    QString where = QCoreApplication::translate("Sockpit::Launch", "receiving on %1").arg(session->localText());
    for (const QHostAddress &group : config.groups)
        where += QCoreApplication::translate("Sockpit::Launch", ", group %1").arg(group.toString());
    QMetaObject::invokeMethod(
        session, [session, where] { emit session->noticeOccurred(where); }, Qt::QueuedConnection);
    return LaunchResult{session, QString(), 0};
}

} // namespace Sockpit
