#include "sessionlaunch.h"

#include "codec.h"
#include "endpoint.h"
#include "launchoptions.h"
#include "tcpserversession.h"

#include <QCoreApplication>

namespace Sockpit {

LaunchResult launchTcpServer(const LaunchOptions &options, QObject *parent)
{
    const Result<Endpoint> listen = EndpointParser::parseBindSpec(options.tcpServerListen);
    if (!listen.ok())
        return LaunchResult::failure(2, QStringLiteral("--tcp-server: ") + listen.error);
    if (options.maxClients < 0)
        return LaunchResult::failure(2, QCoreApplication::translate("Sockpit::Launch", "--max-clients %1: give 0 (unlimited) or more").arg(options.maxClients));
    if (options.maxPerIp < 0)
        return LaunchResult::failure(2, QCoreApplication::translate("Sockpit::Launch", "--max-per-ip %1: give 0 (unlimited) or more").arg(options.maxPerIp));
    if (options.idleTimeoutS < 0)
        return LaunchResult::failure(2, QCoreApplication::translate("Sockpit::Launch", "--idle-timeout %1: give 0 (never) or more seconds").arg(options.idleTimeoutS));
    if (options.echo && !options.reply.isEmpty())
        return LaunchResult::failure(2, QCoreApplication::translate("Sockpit::Launch", "choose one of --echo and --reply"));

    QByteArray reply;
    if (!options.reply.isEmpty()) {
        // Headless output defaults to UTF-8; the reply goes out in the same encoding.
        PayloadSpec spec;
        spec.encoding = options.encoding.isEmpty() ? QStringLiteral("UTF-8") : options.encoding;
        const QString encodingError = Encodings::checkName(spec.encoding);
        if (!encodingError.isEmpty())
            return LaunchResult::failure(2, QStringLiteral("--encoding: ") + encodingError);
        if (Encodings::isHex(spec.encoding)) {
            spec.hex = true;
            spec.encoding = QStringLiteral("UTF-8");
        }
        const Result<QByteArray> built = buildPayload(options.reply, spec);
        if (!built.ok())
            return LaunchResult::failure(2, QStringLiteral("--reply: ") + built.error);
        reply = built.value;
    }

    auto *session = new TcpServerSession(parent);
    session->setMaxClients(options.maxClients);
    session->setMaxPerIp(options.maxPerIp);
    session->setIdleTimeout(options.idleTimeoutS);
    if (options.echo)
        session->setAutoReply(TcpServerSession::AutoReply::Echo);
    else if (!reply.isEmpty())
        session->setAutoReply(TcpServerSession::AutoReply::Fixed, reply);
    if (!session->listen(listen.value.address, listen.value.port)) {
        const QString why = session->errorString();
        delete session;
        return LaunchResult::failure(1, why);
    }
    return LaunchResult{session, QString(), 0};
}

} // namespace Sockpit
