#pragma once

#include <QString>

class QObject;

namespace Sockpit {

class Session;
struct TcpClientConfig;
struct TcpServerConfig;
struct UdpConfig;
struct RelayConfig;

/// A session made from a checked config and already started (connecting,
/// listening or bound), or why it could not start: a network failure (port in
/// use, not an address of this machine, …), exit code 1, or a TLS certificate,
/// key or CA file that cannot be used, exit code 2.
struct LaunchResult
{
    Session *session = nullptr;
    QString error;
    int exitCode = 0; ///< 1: network failure; 2: TLS files

    static LaunchResult failure(int code, const QString &why) { return LaunchResult{nullptr, why, code}; }
};

LaunchResult launchTcpClient(const TcpClientConfig &config, QObject *parent);
LaunchResult launchTcpServer(const TcpServerConfig &config, QObject *parent);
LaunchResult launchUdp(const UdpConfig &config, QObject *parent);
LaunchResult launchRelay(const RelayConfig &config, QObject *parent);

} // namespace Sockpit
