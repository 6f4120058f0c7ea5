#include "sessionconfig.h"

#include "address.h"
#include "codec.h"
#include "settings.h"
#include "udpsession.h"

#include <QCoreApplication>
#include <QNetworkInterface>

namespace Sockpit {

namespace {

// The context lupdate and the translator agree on.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::SessionConfig)
};

// The fields a problem can be in, and the option that sets each on the command line.
enum class Field { TcpClient, ConnectTimeout, ReplyTimeout, TcpServer, MaxClients, MaxPerIp, IdleTimeout, Reply,
                   Udp, Peer, Join, MulticastTtl, Relay, RelayTarget };

QString optionOf(Field field)
{
    switch (field) {
    case Field::TcpClient: return QStringLiteral("--tcp-client");
    case Field::ConnectTimeout: return QStringLiteral("--connect-timeout");
    case Field::ReplyTimeout: return QStringLiteral("--reply-timeout"); // not on the command line yet
    case Field::TcpServer: return QStringLiteral("--tcp-server");
    case Field::MaxClients: return QStringLiteral("--max-clients");
    case Field::MaxPerIp: return QStringLiteral("--max-per-ip");
    case Field::IdleTimeout: return QStringLiteral("--idle-timeout");
    case Field::Reply: return QStringLiteral("--reply");
    case Field::Udp: return QStringLiteral("--udp");
    case Field::Peer: return QStringLiteral("--peer");
    case Field::Join: return QStringLiteral("--join");
    case Field::MulticastTtl: return QStringLiteral("--ttl"); // not on the command line yet
    case Field::Relay: return QStringLiteral("--relay");
    case Field::RelayTarget: return QStringLiteral("--to");
    }
    return QString();
}

// A form shows the sentence under its fields; only the fixed reply, which
// shares the error line with the address, says which field it is about.
QString problem(Field field, ConfigSource source, const QString &message)
{
    if (source == ConfigSource::CommandLine)
        return optionOf(field) + QStringLiteral(": ") + message;
    if (field == Field::Reply)
        return Text::tr("fixed reply: %1").arg(message);
    return message;
}

template<typename T>
Result<T> failure(Field field, ConfigSource source, const QString &message)
{
    return Result<T>::failure(problem(field, source, message));
}

/// A count that may be left empty (the default), or why not.
Result<int> countOr(const QString &text, int fallback, Field field, ConfigSource source)
{
    if (text.trimmed().isEmpty())
        return Result<int>::success(fallback);
    const Result<int> count = parseCount(text);
    return count.ok() ? count : failure<int>(field, source, count.error);
}

/// A time of more than 0 milliseconds, or why not.
Result<int> durationOr(const QString &text, int fallback, Field field, ConfigSource source)
{
    const Result<int> ms = countOr(text, fallback, field, source);
    if (ms.ok() && ms.value <= 0)
        return failure<int>(field, source, Text::tr("must be more than 0 milliseconds"));
    return ms;
}

QString bindSpecText(const Endpoint &endpoint)
{
    return endpoint.host.isEmpty() ? QString::number(endpoint.port) : Address::hostPort(endpoint.host, endpoint.port);
}

} // namespace

Result<int> parseCount(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0)
        return Result<int>::failure(Text::tr("'%1' is not a whole number of 0 or more").arg(text));
    return Result<int>::success(value);
}

// ---- TCP client ---------------------------------------------------------------

QString TcpClientConfig::targetText() const
{
    return Address::hostPort(host, port);
}

Result<TcpClientConfig> parseTcpClientConfig(const TcpClientInput &input, ConfigSource source)
{
    using R = Result<TcpClientConfig>;
    TcpClientConfig config;
    if (!input.target.isEmpty() || source == ConfigSource::CommandLine) {
        const Result<Endpoint> target = EndpointParser::parseHostPort(input.target);
        if (!target.ok())
            return failure<TcpClientConfig>(Field::TcpClient, source, target.error);
        config.host = target.value.host;
        config.port = target.value.port;
    } else {
        const QString host = Address::withoutBrackets(input.host);
        if (host.isEmpty() || input.port.trimmed().isEmpty())
            return R::failure(Text::tr("enter the server's host and port"));
        const Result<QHostAddress> parsedHost = EndpointParser::parseHost(host);
        if (!parsedHost.ok())
            return R::failure(parsedHost.error);
        const Result<quint16> port = EndpointParser::parsePort(input.port);
        if (!port.ok())
            return R::failure(port.error);
        config.host = host;
        config.port = port.value;
    }
    const Result<int> timeout = durationOr(input.connectTimeoutMs, config.connectTimeoutMs, Field::ConnectTimeout, source);
    if (!timeout.ok())
        return R::failure(timeout.error);
    const Result<int> reply = durationOr(input.replyTimeoutMs, config.replyTimeoutMs, Field::ReplyTimeout, source);
    if (!reply.ok())
        return R::failure(reply.error);
    config.connectTimeoutMs = timeout.value;
    config.replyTimeoutMs = reply.value;
    config.shortConnection = input.shortConnection;
    if (const Status tls = checkTlsOptions(input.tls, source); !tls.ok())
        return R::failure(tls.error);
    config.tls = input.tls;
    return R::success(config);
}

void applyTo(TcpClientSession &session, const TcpClientConfig &config)
{
    session.setTarget(config.host, config.port);
    session.setConnectTimeout(config.connectTimeoutMs);
    session.setShortConnection(config.shortConnection, config.replyTimeoutMs);
}

// ---- TCP server ---------------------------------------------------------------

QString TcpServerConfig::listenText() const
{
    return bindSpecText(listen);
}

namespace {

/// The fixed reply's bytes: text in the encoding (escapes allowed), or hex digits.
Result<QByteArray> buildReply(const TcpServerInput &input, ConfigSource source)
{
    PayloadSpec spec;
    spec.encoding = input.encoding.isEmpty() ? QStringLiteral("UTF-8") : input.encoding;
    const QString encodingError = Encodings::checkName(spec.encoding);
    if (!encodingError.isEmpty())
        return failure<QByteArray>(Field::Reply, source, encodingError);
    // With the Hex encoding everything typed is hex, as in the send box and on stdin.
    spec.hex = input.replyHex || Encodings::isHex(spec.encoding);
    if (Encodings::isHex(spec.encoding))
        spec.encoding = QStringLiteral("UTF-8");
    const Result<QByteArray> bytes = buildPayload(input.replyText, spec);
    if (!bytes.ok())
        return failure<QByteArray>(Field::Reply, source, bytes.error);
    if (bytes.value.isEmpty())
        return failure<QByteArray>(Field::Reply, source, Text::tr("the fixed reply is empty: type what to answer"));
    return bytes;
}

} // namespace

Result<TcpServerConfig> parseTcpServerConfig(const TcpServerInput &input, ConfigSource source)
{
    using R = Result<TcpServerConfig>;
    TcpServerConfig config;
    if (input.listen.trimmed().isEmpty() && source == ConfigSource::Form)
        return R::failure(Text::tr("enter the port to listen on"));
    const Result<Endpoint> listen = EndpointParser::parseBindSpec(input.listen);
    if (!listen.ok())
        return failure<TcpServerConfig>(Field::TcpServer, source, listen.error);
    config.listen = listen.value;

    const Result<int> maxClients = countOr(input.maxClients, 0, Field::MaxClients, source);
    const Result<int> maxPerIp = countOr(input.maxPerIp, 0, Field::MaxPerIp, source);
    const Result<int> idle = countOr(input.idleTimeoutS, 0, Field::IdleTimeout, source);
    for (const Result<int> *count : {&maxClients, &maxPerIp, &idle}) {
        if (!count->ok())
            return R::failure(count->error);
    }
    config.maxClients = maxClients.value;
    config.maxPerIp = maxPerIp.value;
    config.idleTimeoutS = idle.value;

    config.autoReply = input.autoReply;
    config.replyText = input.replyText;
    config.replyHex = input.replyHex;
    if (input.autoReply == TcpServerSession::AutoReply::Fixed) {
        const Result<QByteArray> reply = buildReply(input, source);
        if (!reply.ok())
            return R::failure(reply.error);
        config.reply = reply.value;
    }
    if (const Status tls = checkTlsOptions(input.tls, source); !tls.ok())
        return R::failure(tls.error);
    config.tls = input.tls;
    return R::success(config);
}

void applyTo(TcpServerSession &session, const TcpServerConfig &config)
{
    session.setMaxClients(config.maxClients);
    session.setMaxPerIp(config.maxPerIp);
    session.setIdleTimeout(config.idleTimeoutS);
    session.setAutoReply(config.autoReply, config.reply);
}

// ---- relay ----------------------------------------------------------------------

QString RelayConfig::listenText() const
{
    return bindSpecText(listen);
}

QString RelayConfig::targetText() const
{
    return Address::hostPort(targetHost, targetPort);
}

Result<RelayConfig> parseRelayConfig(const RelayInput &input, ConfigSource source)
{
    using R = Result<RelayConfig>;
    RelayConfig config;
    if (input.listen.trimmed().isEmpty() && source == ConfigSource::Form)
        return R::failure(Text::tr("enter the port to listen on"));
    const Result<Endpoint> listen = EndpointParser::parseBindSpec(input.listen);
    if (!listen.ok())
        return failure<RelayConfig>(Field::Relay, source, listen.error);
    config.listen = listen.value;
    if (input.target.trimmed().isEmpty()) {
        return failure<RelayConfig>(Field::RelayTarget, source,
                                    Text::tr("enter the target to relay to, as HOST:PORT"));
    }
    const Result<Endpoint> target = EndpointParser::parseHostPort(input.target.trimmed());
    if (!target.ok())
        return failure<RelayConfig>(Field::RelayTarget, source, target.error);
    config.targetHost = target.value.host;
    config.targetPort = target.value.port;
    const QString loop =
        RelaySession::loopReason(config.listen.address, config.listen.port, config.targetHost, config.targetPort);
    if (!loop.isEmpty())
        return failure<RelayConfig>(Field::RelayTarget, source, loop);
    const Result<int> timeout = durationOr(input.connectTimeoutMs, config.connectTimeoutMs, Field::ConnectTimeout, source);
    if (!timeout.ok())
        return R::failure(timeout.error);
    config.connectTimeoutMs = timeout.value;
    return R::success(config);
}

void applyTo(RelaySession &session, const RelayConfig &config)
{
    session.setTarget(config.targetHost, config.targetPort);
    session.setConnectTimeout(config.connectTimeoutMs);
}

// ---- UDP ------------------------------------------------------------------------

QString UdpConfig::bindText() const
{
    return hasBind() ? bindSpecText(bind) : QString();
}

QString UdpConfig::targetText() const
{
    return hasTarget() ? target.toString() : QString();
}

Status checkGroupFits(const Endpoint &bind, const QHostAddress &group, ConfigSource source)
{
    // A port bound to every address (the port alone) has both families.
    const QAbstractSocket::NetworkLayerProtocol family = bind.address.protocol();
    const bool v4Group = group.protocol() == QAbstractSocket::IPv4Protocol;
    QString why;
    if (family == QAbstractSocket::IPv4Protocol && !v4Group)
        why = Text::tr("%1 is an IPv6 group: bind to [::]:PORT or to every address (PORT alone)").arg(group.toString());
    else if (family == QAbstractSocket::IPv6Protocol && v4Group)
        why = Text::tr("%1 is an IPv4 group: bind to 0.0.0.0:PORT or to every address (PORT alone)").arg(group.toString());
    else if (!Address::isAny(bind.address) && bind.address != group)
        why = Text::tr("%1: group datagrams only reach a port bound to every address; bind to port %2 alone")
                  .arg(group.toString())
                  .arg(bind.port);
    return why.isEmpty() ? Status::success() : Status::failure(problem(Field::Join, source, why));
}

Result<UdpConfig> parseUdpConfig(const UdpInput &input, ConfigSource source)
{
    using R = Result<UdpConfig>;
    UdpConfig config;
    // A form may leave the port empty: sending then takes a port the system chooses.
    if (!input.bind.trimmed().isEmpty() || source == ConfigSource::CommandLine) {
        const Result<Endpoint> bind = EndpointParser::parseBindSpec(input.bind);
        if (!bind.ok())
            return failure<UdpConfig>(Field::Udp, source, bind.error);
        config.bind = bind.value;
    }
    if (!input.target.trimmed().isEmpty()) {
        const Result<Endpoint> target = EndpointParser::parseHostPort(input.target);
        if (!target.ok())
            return failure<UdpConfig>(Field::Peer, source, target.error);
        config.target = target.value;
    }
    for (const QString &text : input.groups) {
        const Result<QHostAddress> group = UdpSession::parseGroup(text);
        if (!group.ok())
            return failure<UdpConfig>(Field::Join, source, group.error);
        const Status fits = checkGroupFits(config.bind, group.value, source);
        if (!fits.ok())
            return R::failure(fits.error);
        config.groups.append(group.value);
    }
    const Result<int> ttl = countOr(input.multicastTtl, config.multicastTtl, Field::MulticastTtl, source);
    if (!ttl.ok())
        return R::failure(ttl.error);
    if (ttl.value > 255)
        return failure<UdpConfig>(Field::MulticastTtl, source, Text::tr("a hop limit is 0–255, not %1").arg(ttl.value));
    config.multicastTtl = ttl.value;
    config.broadcast = input.broadcast;
    config.multicastLoopback = input.multicastLoopback;
    config.interfaceName = input.interfaceName;
    return R::success(config);
}

void applyTo(UdpSession &session, const UdpConfig &config)
{
    // The port is bound, and groups joined, by the caller: they are actions that can fail.
    session.setBroadcastEnabled(config.broadcast);
    session.setMulticastTtl(config.multicastTtl);
    session.setMulticastLoopback(config.multicastLoopback);
    session.setMulticastInterface(config.interfaceName.isEmpty() ? QNetworkInterface()
                                                                 : QNetworkInterface::interfaceFromName(config.interfaceName));
    if (!config.hasTarget()) {
        if (!session.targetText().isEmpty())
            session.clearTarget();
        return;
    }
    // The same target again is not looked up again, unless its lookup failed.
    const bool failedBefore = !session.target().isValid() && !session.isResolvingTarget();
    if (config.targetText() != session.targetText() || failedBefore)
        session.setTarget(config.target.host, config.target.port);
}

// ---- settings -------------------------------------------------------------------
// Each field is read on its own: one damaged value falls back to its default
// and leaves the others as they were.

TcpClientConfig loadTcpClientConfig()
{
    const Settings::Batch batch;
    TcpClientConfig config;
    const QString host = Settings::TcpClientHost.value();
    config.host = EndpointParser::parseHost(host).ok() ? host : Settings::TcpClientHost.defaultValue();
    config.port = EndpointParser::parsePort(Settings::TcpClientPort.value())
                      .valueOr(EndpointParser::parsePort(Settings::TcpClientPort.defaultValue()).value);
    config.connectTimeoutMs = qMax(1, Settings::TcpClientConnectTimeoutMs.value());
    config.shortConnection = Settings::TcpClientShortConnection.value();
    config.replyTimeoutMs = qMax(1, Settings::TcpClientReplyTimeoutMs.value());
    return config;
}

void saveConfig(const TcpClientConfig &config)
{
    const Settings::Batch batch;
    Settings::TcpClientHost.setValue(config.host);
    Settings::TcpClientPort.setValue(QString::number(config.port));
    Settings::TcpClientConnectTimeoutMs.setValue(config.connectTimeoutMs);
    Settings::TcpClientShortConnection.setValue(config.shortConnection);
    Settings::TcpClientReplyTimeoutMs.setValue(config.replyTimeoutMs);
}

TcpServerConfig loadTcpServerConfig()
{
    const Settings::Batch batch;
    TcpServerConfig config;
    config.listen = EndpointParser::parseBindSpec(Settings::TcpServerListen.value())
                        .valueOr(EndpointParser::parseBindSpec(Settings::TcpServerListen.defaultValue()).value);
    config.maxClients = qMax(0, Settings::TcpServerMaxClients.value());
    config.maxPerIp = qMax(0, Settings::TcpServerMaxPerIp.value());
    config.idleTimeoutS = qMax(0, Settings::TcpServerIdleTimeoutS.value());
    config.autoReply = TcpServerSession::AutoReply(qBound(0, Settings::TcpServerAutoReply.value(), 2));
    // The reply's bytes depend on the encoding of the panel, which checks it again.
    config.replyText = Settings::TcpServerReplyText.value();
    config.replyHex = Settings::TcpServerReplyHex.value();
    return config;
}

void saveConfig(const TcpServerConfig &config)
{
    const Settings::Batch batch;
    Settings::TcpServerListen.setValue(config.listenText());
    Settings::TcpServerMaxClients.setValue(config.maxClients);
    Settings::TcpServerMaxPerIp.setValue(config.maxPerIp);
    Settings::TcpServerIdleTimeoutS.setValue(config.idleTimeoutS);
    Settings::TcpServerAutoReply.setValue(int(config.autoReply));
    Settings::TcpServerReplyText.setValue(config.replyText);
    Settings::TcpServerReplyHex.setValue(config.replyHex);
}

UdpConfig loadUdpConfig()
{
    const Settings::Batch batch;
    UdpConfig config;
    config.bind = EndpointParser::parseBindSpec(Settings::UdpBind.value())
                      .valueOr(EndpointParser::parseBindSpec(Settings::UdpBind.defaultValue()).value);
    const QString target = Settings::UdpTarget.value();
    if (!target.trimmed().isEmpty())
        config.target = EndpointParser::parseHostPort(target).valueOr(Endpoint{});
    config.broadcast = Settings::UdpBroadcast.value();
    config.multicastTtl = qBound(0, Settings::UdpMulticastTtl.value(), 255);
    config.multicastLoopback = Settings::UdpMulticastLoopback.value();
    config.interfaceName = Settings::UdpInterface.value();
    return config;
}

void saveConfig(const UdpConfig &config)
{
    const Settings::Batch batch;
    Settings::UdpBind.setValue(config.bindText());
    Settings::UdpTarget.setValue(config.targetText());
    Settings::UdpBroadcast.setValue(config.broadcast);
    Settings::UdpMulticastTtl.setValue(config.multicastTtl);
    Settings::UdpMulticastLoopback.setValue(config.multicastLoopback);
    Settings::UdpInterface.setValue(config.interfaceName);
}

} // namespace Sockpit
