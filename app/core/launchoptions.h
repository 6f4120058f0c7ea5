#pragma once

#include "checksum.h"
#include "framingspec.h"
#include "ruleset.h"
#include "sessionconfig.h"

#include <QString>

#include <optional>

namespace Sockpit {

/// What the command line asked for, checked once; shared by the window and the
/// headless runner. Only the config of the chosen mode is set.
struct LaunchOptions
{
    enum class Mode { Window, TcpClient, TcpServer, Udp, IpCalc, Relay };

    Mode mode = Mode::Window;
    bool headless = false;
    QString language;       ///< "zh_CN", "en" or empty (remembered / system)
    QString encoding;       ///< empty: the remembered one (UTF-8 headless)
    QString capturePath;    ///< capture received bytes to this file
    QString pcapPath;       ///< --pcap (headless): the traffic as pcapng, written as it happens
    bool raw = false;       ///< --raw (headless): bytes pass both ways unchanged
    /// --frame: how received bytes become frames (unset: the panel's remembered
    /// framing in the window; per read headless, a stream stays a stream).
    std::optional<FramingSpec> framing;
    /// --checksum NAME[:be|le]: appended to every send, verified on received frames.
    std::optional<ChecksumSpec> checksum;
    /// --rules FILE (headless): the responder's rules, read and checked for the encoding.
    std::optional<RuleSet> rules;

    /// --sequence FILE (headless, TCP client or UDP with a target): run it, exit with its verdict.
    QString sequencePath;
    QString junitPath; ///< --junit FILE: the sequence's results as JUnit XML

    TcpClientConfig tcpClient; ///< --tcp-client HOST:PORT [--connect-timeout MS]
    TcpServerConfig tcpServer; ///< --tcp-server [HOST:]PORT, limits, --echo / --reply
    UdpConfig udp;             ///< --udp [HOST:]PORT, --peer, --join, --broadcast
    RelayConfig relay;         ///< --relay [HOST:]PORT --to HOST:PORT [--connect-timeout MS]

    QString ipcalcInput;       ///< --ipcalc ADDRESS[/PREFIX|MASK]
};

} // namespace Sockpit
