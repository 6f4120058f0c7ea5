#pragma once

#include <QString>
#include <QStringList>

namespace Sockpit {

/// What the command line asked for; shared by the window and the headless runner.
struct LaunchOptions
{
    enum class Mode { Window, TcpClient, TcpServer, Udp, IpCalc };

    Mode mode = Mode::Window;
    bool headless = false;
    QString language;       ///< "zh_CN", "en" or empty (remembered / system)
    QString encoding;       ///< empty: the remembered one (UTF-8 headless)
    QString capturePath;    ///< capture received bytes to this file

    // --tcp-client HOST:PORT
    QString tcpClientTarget;
    int connectTimeoutMs = 5000;

    // --tcp-server [HOST:]PORT
    QString tcpServerListen;
    int maxClients = 0;      ///< 0: unlimited
    int maxPerIp = 0;        ///< 0: unlimited
    int idleTimeoutS = 0;    ///< 0: none
    bool echo = false;
    QString reply;           ///< fixed reply text, encoded with encoding

    // --udp [HOST:]PORT
    QString udpBind;
    QString udpPeer;         ///< --peer HOST:PORT
    QStringList joinGroups;  ///< --join GROUP (repeatable)
    bool broadcast = false;

    // --ipcalc ADDRESS[/PREFIX|MASK]
    QString ipcalcInput;
};

} // namespace Sockpit
