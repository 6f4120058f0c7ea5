#pragma once

#include <QCoreApplication>
#include <QString>

namespace Sockpit {

/// What a port number means: its IANA range and the service usually behind it.
class PortInfo
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::PortInfo)
public:
    enum class Range {
        WellKnown,   ///< 0–1023
        Registered,  ///< 1024–49151
        Dynamic,     ///< 49152–65535
    };

    /// The ports the system picks for outgoing connections (Linux: 32768–60999).
    struct EphemeralRange
    {
        int first = 0;
        int last = 0;
        bool isValid() const { return first > 0 && first <= last; }
        bool contains(int port) const { return isValid() && port >= first && port <= last; }
    };

    static Range range(quint16 port);
    static QString rangeToken(Range range);   ///< "well-known", "registered", "dynamic"
    /// The range, what it is for, and how the tutorial's two-way split sees it.
    static QString describeRange(quint16 port);
    /// The service commonly found on the port, e.g. "HTTP (web pages)"; empty if none.
    static QString service(quint16 port);
    /// The bare protocol name ("HTTP"); empty if none.
    static QString serviceName(quint16 port);

    /// Parses /proc/sys/net/ipv4/ip_local_port_range ("32768\t60999\n").
    static EphemeralRange parseEphemeralRange(const QByteArray &content);
    /// This machine's range where the platform exposes it; invalid otherwise.
    static EphemeralRange systemEphemeralRange();
};

} // namespace Sockpit
