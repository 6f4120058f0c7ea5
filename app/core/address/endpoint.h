#pragma once

#include "result.h"

#include <QHostAddress>
#include <QString>

namespace Sockpit {

/// A host (IP literal or name) and a port, as typed by the user.
struct Endpoint
{
    QString host;          ///< as typed, without brackets; empty for "any address"
    QHostAddress address;  ///< set when host is an IP literal (or any address for binds)
    quint16 port = 0;

    bool isLiteral() const { return !address.isNull(); }
    /// "host:port", with brackets around IPv6 literals.
    QString toString() const;
};

/// Parsing and validation of what users type into host and port fields.
/// Every failure says what is wrong in words a user understands.
namespace EndpointParser {

enum class PortUse {
    Connect, ///< 1–65535
    Bind,    ///< 0–65535; 0 lets the system choose
};

Result<quint16> parsePort(const QString &text, PortUse use = PortUse::Connect);

/// Validates an IPv4/IPv6 literal or a DNS host name (not resolved here).
/// Returns the literal address when it is one, a null address for a name.
Result<QHostAddress> parseHost(const QString &text);

/// "HOST:PORT", "[IPv6]:PORT" (a bare IPv6 literal is ambiguous and refused).
Result<Endpoint> parseHostPort(const QString &text);

/// "[HOST:]PORT" for listening or binding: "7788", "0.0.0.0:7788", "[::]:7788",
/// "127.0.0.1:0". No host means every address (IPv4 and IPv6). Host names are refused.
Result<Endpoint> parseBindSpec(const QString &text);

} // namespace EndpointParser
} // namespace Sockpit
