#pragma once

#include "endpoint.h"
#include "relaysession.h"
#include "result.h"
#include "tcpclientsession.h"
#include "tcpserversession.h"
#include "tlsoptions.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sockpit {

class UdpSession;

/// Where the text of a config comes from. It changes only how a problem names
/// its field: the command line says "--max-clients: …", a panel shows the
/// sentence under the field it is about.
enum class ConfigSource { Form, CommandLine };

// ---- TCP client -------------------------------------------------------------

/// A TCP client's settings, checked: where to connect and how.
struct TcpClientConfig
{
    QString host;      ///< IP literal or host name, without brackets
    quint16 port = 0;  ///< 1–65535
    int connectTimeoutMs = TcpClientSession::DefaultConnectTimeoutMs; ///< more than 0
    bool shortConnection = false;
    int replyTimeoutMs = TcpClientSession::DefaultReplyTimeoutMs;     ///< more than 0
    TlsClientOptions tls;  ///< checked for sense; its files are read when connecting

    /// "host:port", with brackets around an IPv6 host.
    QString targetText() const;
};

/// A TCP client's settings as typed, before they are checked.
struct TcpClientInput
{
    QString target;           ///< "HOST:PORT" in one (the command line), or empty and:
    QString host;             ///< the host and
    QString port;             ///< the port apart (a form)
    QString connectTimeoutMs; ///< empty: the default
    bool shortConnection = false;
    QString replyTimeoutMs;   ///< empty: the default
    TlsClientOptions tls;
};

/// The one check of a TCP client's settings; the error names what is wrong.
Result<TcpClientConfig> parseTcpClientConfig(const TcpClientInput &input, ConfigSource source = ConfigSource::Form);
/// Sets target, timeouts and the short-connection mode; does not connect.
void applyTo(TcpClientSession &session, const TcpClientConfig &config);

// ---- TCP server -------------------------------------------------------------

/// A TCP server's settings, checked: where to listen, the defences, the auto-reply.
struct TcpServerConfig
{
    Endpoint listen;        ///< no host: every address (IPv4 and IPv6); port 0: the system's choice
    int maxClients = 0;     ///< 0: unlimited
    int maxPerIp = 0;       ///< 0: unlimited
    int idleTimeoutS = 0;   ///< 0: never
    TcpServerSession::AutoReply autoReply = TcpServerSession::AutoReply::Off;
    QString replyText;      ///< the fixed reply as typed (escapes, or hex digits)
    bool replyHex = false;  ///< replyText is hex digits
    QByteArray reply;       ///< the fixed reply's bytes, in the encoding it was checked with
    TlsServerOptions tls;   ///< checked for sense; its files are read (or the certificate made) when listening

    /// "[HOST:]PORT", as parseBindSpec reads it back.
    QString listenText() const;
};

/// A TCP server's settings as typed, before they are checked.
struct TcpServerInput
{
    QString listen;       ///< "[HOST:]PORT"
    QString maxClients;   ///< empty: 0
    QString maxPerIp;     ///< empty: 0
    QString idleTimeoutS; ///< empty: 0
    TcpServerSession::AutoReply autoReply = TcpServerSession::AutoReply::Off;
    QString replyText;
    bool replyHex = false;
    /// The fixed reply is encoded in this; empty: UTF-8. With Hex the reply is hex digits.
    QString encoding;
    TlsServerOptions tls;
};

Result<TcpServerConfig> parseTcpServerConfig(const TcpServerInput &input, ConfigSource source = ConfigSource::Form);
/// Sets the defences and the auto-reply; does not listen.
void applyTo(TcpServerSession &session, const TcpServerConfig &config);

// ---- UDP --------------------------------------------------------------------

/// A UDP socket's settings, checked.
struct UdpConfig
{
    Endpoint bind;               ///< no host: every address; port 0: the system's choice; null address: not given
    Endpoint target;             ///< no host: no target
    QList<QHostAddress> groups;  ///< multicast groups to join once bound
    bool broadcast = false;
    int multicastTtl = 1;        ///< 0–255
    bool multicastLoopback = true;
    QString interfaceName;       ///< where multicast leaves; empty: the system's choice

    /// False when a form left the port empty: sends then take a port the system chooses.
    bool hasBind() const { return !bind.address.isNull(); }
    bool hasTarget() const { return !target.host.isEmpty(); }
    /// "[HOST:]PORT", as parseBindSpec reads it back.
    QString bindText() const;
    /// "HOST:PORT", or empty without a target.
    QString targetText() const;
};

/// A UDP socket's settings as typed, before they are checked.
struct UdpInput
{
    QString bind;          ///< "[HOST:]PORT"; a form may leave it empty
    QString target;        ///< "HOST:PORT"; empty: none
    QStringList groups;
    bool broadcast = false;
    QString multicastTtl;  ///< empty: 1
    bool multicastLoopback = true;
    QString interfaceName;
};

Result<UdpConfig> parseUdpConfig(const UdpInput &input, ConfigSource source = ConfigSource::Form);
/// Why a port bound as bind cannot receive group's datagrams; ok when it can.
Status checkGroupFits(const Endpoint &bind, const QHostAddress &group, ConfigSource source = ConfigSource::Form);
/// Sets broadcast, the multicast options and the target (looked up again only
/// when it changed or its last lookup failed); does not bind or join.
void applyTo(UdpSession &session, const UdpConfig &config);

// ---- relay ------------------------------------------------------------------

/// A relay's settings, checked: where to listen, where to connect each client.
struct RelayConfig
{
    Endpoint listen;       ///< no host: every address (IPv4 and IPv6); port 0: the system's choice
    QString targetHost;    ///< IP literal or host name, without brackets
    quint16 targetPort = 0; ///< 1–65535
    int connectTimeoutMs = RelaySession::DefaultConnectTimeoutMs; ///< more than 0

    /// "[HOST:]PORT", as parseBindSpec reads it back.
    QString listenText() const;
    /// "host:port", with brackets around an IPv6 host.
    QString targetText() const;
};

/// A relay's settings as typed, before they are checked.
struct RelayInput
{
    QString listen;           ///< "[HOST:]PORT"
    QString target;           ///< "HOST:PORT"
    QString connectTimeoutMs; ///< empty: the default
};

/// The one check of a relay's settings, loops included (a target that is the
/// relay itself); the error names what is wrong.
Result<RelayConfig> parseRelayConfig(const RelayInput &input, ConfigSource source = ConfigSource::Form);
/// Sets the target and the connect timeout; does not listen.
void applyTo(RelaySession &session, const RelayConfig &config);

// ---- TLS (sessionconfigtls.cpp) ---------------------------------------------

/// Whether TLS options make sense together (a certificate with its key, a
/// server name that is a host name…), without reading any file.
Status checkTlsOptions(const TlsClientOptions &options, ConfigSource source = ConfigSource::Form);
Status checkTlsOptions(const TlsServerOptions &options, ConfigSource source = ConfigSource::Form);
/// Reads the CA, certificate and key files and sets TLS (or plain TCP) on the
/// session for its next connections; the error names the file and the problem.
Status applyTlsTo(TcpClientSession &session, const TcpClientConfig &config);
/// An encrypted key file with no passphrase given: the caller asks for one.
bool needsKeyPassphrase(const QString &keyFile, const QByteArray &passphrase);

// ---- shared -----------------------------------------------------------------

/// A whole number of 0 or more, as typed ("5s" and "-1" are refused).
Result<int> parseCount(const QString &text);

// ---- settings: one config per panel, read and written through Settings ------

TcpClientConfig loadTcpClientConfig();
void saveConfig(const TcpClientConfig &config);
TcpServerConfig loadTcpServerConfig();
void saveConfig(const TcpServerConfig &config);
/// TLS settings apart (the passphrase is never remembered).
TlsClientOptions loadTlsClientOptions();
void saveTlsOptions(const TlsClientOptions &options);
TlsServerOptions loadTlsServerOptions();
void saveTlsOptions(const TlsServerOptions &options);
UdpConfig loadUdpConfig();
void saveConfig(const UdpConfig &config);

} // namespace Sockpit
