#pragma once

#include <QString>

class QObject;

namespace Sockpit {

class Session;
struct LaunchOptions;

/// A session made from the command line and already started (connecting,
/// listening or bound), or why it could not be.
struct LaunchResult
{
    Session *session = nullptr;
    QString error;
    int exitCode = 0; ///< 2: bad arguments, 1: network failure (port in use, ...)

    static LaunchResult failure(int code, const QString &why) { return LaunchResult{nullptr, why, code}; }
};

LaunchResult launchTcpClient(const LaunchOptions &options, QObject *parent);
LaunchResult launchTcpServer(const LaunchOptions &options, QObject *parent); // tcpserverlaunch.cpp
LaunchResult launchUdp(const LaunchOptions &options, QObject *parent);       // udplaunch.cpp

} // namespace Sockpit
