#include "sessionlaunch.h"

#include "endpoint.h"
#include "launchoptions.h"
#include "tcpclientsession.h"

namespace Sockpit {

LaunchResult launchTcpClient(const LaunchOptions &options, QObject *parent)
{
    const Result<Endpoint> target = EndpointParser::parseHostPort(options.tcpClientTarget);
    if (!target.ok())
        return LaunchResult::failure(2, target.error);
    auto *session = new TcpClientSession(parent);
    session->setTarget(target.value.host, target.value.port);
    session->setConnectTimeout(options.connectTimeoutMs);
    session->open();
    return LaunchResult{session, QString(), 0};
}

} // namespace Sockpit
