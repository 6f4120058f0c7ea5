#include "commandline.h"

#include "codec.h"
#include "endpoint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include <cstring>

namespace Sockpit {

namespace {

// The context lupdate and the translator agree on.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::CommandLine)
};

CommandLineResult fail(const QString &why)
{
    CommandLineResult result;
    result.action = CommandLineResult::Action::Fail;
    result.text = why;
    return result;
}

// Reads a whole number >= 0 from an option; returns an error message or "".
QString readCount(const QCommandLineParser &parser, const QString &name, int *out)
{
    if (!parser.isSet(name))
        return QString();
    bool ok = false;
    const QString text = parser.value(name);
    const int value = text.toInt(&ok);
    if (!ok || value < 0)
        return Text::tr("--%1: '%2' is not a whole number of 0 or more").arg(name, text);
    *out = value;
    return QString();
}

} // namespace

QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if ((arg == u"--lang" || arg == u"-lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        for (const QString &prefix : {QStringLiteral("--lang="), QStringLiteral("-lang=")}) {
            if (arg.startsWith(prefix))
                return arg.mid(prefix.size());
        }
    }
    return QString();
}

bool wantsNoWindow(int argc, char **argv)
{
    // The parser takes "-name" like "--name" and "--name=value", so these do too.
    for (int i = 1; i < argc; ++i) {
        const char *argument = argv[i];
        if (argument[0] != '-')
            continue;
        argument += argument[1] == '-' ? 2 : 1;
        const size_t nameLength = std::strcspn(argument, "=");
        for (const char *flag : {"headless", "ipcalc", "help", "h", "version", "v"}) {
            if (std::strlen(flag) == nameLength && std::strncmp(argument, flag, nameLength) == 0)
                return true;
        }
    }
    return false;
}

CommandLineResult parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Sockpit: a network debugging tool for TCP and UDP, with encodings such as GBK."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, Text::tr("Show the version and exit."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOptions({
        {QStringLiteral("lang"), Text::tr("User interface language: zh_CN or en (default: remembered, else the system's)."), QStringLiteral("LANG")},
        {QStringLiteral("encoding"), Text::tr("Encoding of sent and received text: UTF-8 (default), GBK, GB18030, Big5, Shift_JIS, EUC-KR, ISO-8859-1, UTF-16LE, UTF-16BE or Hex."), QStringLiteral("NAME")},
        {QStringLiteral("capture"), Text::tr("Append every received byte to FILE."), QStringLiteral("FILE")},
        {QStringLiteral("headless"), Text::tr("No window: received data to stdout, stdin sent, state and errors to stderr.")},
        {QStringLiteral("tcp-client"), Text::tr("Connect to a TCP server at HOST:PORT ([IPv6]:PORT)."), QStringLiteral("HOST:PORT")},
        {QStringLiteral("connect-timeout"), Text::tr("TCP client connect timeout in milliseconds (default 5000)."), QStringLiteral("MS")},
        {QStringLiteral("tcp-server"), Text::tr("Listen for TCP clients on [HOST:]PORT."), QStringLiteral("[HOST:]PORT")},
        {QStringLiteral("max-clients"), Text::tr("TCP server: refuse clients beyond N at once (0: unlimited)."), QStringLiteral("N")},
        {QStringLiteral("max-per-ip"), Text::tr("TCP server: refuse more than N connections from one IP (0: unlimited)."), QStringLiteral("N")},
        {QStringLiteral("idle-timeout"), Text::tr("TCP server: close a client silent for SECONDS (0: never)."), QStringLiteral("SECONDS")},
        {QStringLiteral("echo"), Text::tr("TCP server: send every received chunk back.")},
        {QStringLiteral("reply"), Text::tr("TCP server: answer every received chunk with TEXT."), QStringLiteral("TEXT")},
        {QStringLiteral("udp"), Text::tr("Bind a UDP socket to [HOST:]PORT."), QStringLiteral("[HOST:]PORT")},
        {QStringLiteral("peer"), Text::tr("UDP: send to HOST:PORT."), QStringLiteral("HOST:PORT")},
        {QStringLiteral("join"), Text::tr("UDP: join the multicast GROUP (repeatable)."), QStringLiteral("GROUP")},
        {QStringLiteral("broadcast"), Text::tr("UDP: allow sending to broadcast addresses.")},
        {QStringLiteral("ipcalc"), Text::tr("Explain an IP address, e.g. 192.168.1.10/24, and exit."), QStringLiteral("ADDRESS")},
    });

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(Text::tr("unexpected argument '%1'; see --help").arg(parser.positionalArguments().constFirst()));

    CommandLineResult result;
    if (parser.isSet(help)) {
        result.action = CommandLineResult::Action::ShowText;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = CommandLineResult::Action::ShowText;
        result.text = QStringLiteral("sockpit " SOCKPIT_VERSION "\n");
        return result;
    }

    LaunchOptions &o = result.options;
    o.headless = parser.isSet(QStringLiteral("headless"));
    o.language = parser.value(QStringLiteral("lang"));
    if (!o.language.isEmpty() && o.language != u"zh_CN" && o.language != u"en")
        return fail(Text::tr("--lang: '%1' is not a language of Sockpit; use zh_CN or en").arg(o.language));
    o.encoding = parser.value(QStringLiteral("encoding"));
    if (!o.encoding.isEmpty()) {
        const QString error = Encodings::checkName(o.encoding);
        if (!error.isEmpty())
            return fail(QStringLiteral("--encoding: ") + error);
    }
    o.capturePath = parser.value(QStringLiteral("capture"));

    int modes = 0;
    if (parser.isSet(QStringLiteral("tcp-client"))) {
        ++modes;
        o.mode = LaunchOptions::Mode::TcpClient;
        o.tcpClientTarget = parser.value(QStringLiteral("tcp-client"));
        const Result<Endpoint> target = EndpointParser::parseHostPort(o.tcpClientTarget);
        if (!target.ok())
            return fail(QStringLiteral("--tcp-client: ") + target.error);
    }
    if (parser.isSet(QStringLiteral("tcp-server"))) {
        ++modes;
        o.mode = LaunchOptions::Mode::TcpServer;
        o.tcpServerListen = parser.value(QStringLiteral("tcp-server"));
        const Result<Endpoint> listen = EndpointParser::parseBindSpec(o.tcpServerListen);
        if (!listen.ok())
            return fail(QStringLiteral("--tcp-server: ") + listen.error);
    }
    if (parser.isSet(QStringLiteral("udp"))) {
        ++modes;
        o.mode = LaunchOptions::Mode::Udp;
        o.udpBind = parser.value(QStringLiteral("udp"));
        const Result<Endpoint> bind = EndpointParser::parseBindSpec(o.udpBind);
        if (!bind.ok())
            return fail(QStringLiteral("--udp: ") + bind.error);
    }
    if (parser.isSet(QStringLiteral("ipcalc"))) {
        ++modes;
        o.mode = LaunchOptions::Mode::IpCalc;
        o.ipcalcInput = parser.value(QStringLiteral("ipcalc"));
    }
    if (modes > 1)
        return fail(Text::tr("choose one of --tcp-client, --tcp-server, --udp and --ipcalc"));
    if (o.headless && (o.mode == LaunchOptions::Mode::Window || o.mode == LaunchOptions::Mode::IpCalc))
        return fail(Text::tr("--headless needs --tcp-client, --tcp-server or --udp"));

    for (const QString &count : {QStringLiteral("max-clients"), QStringLiteral("max-per-ip"), QStringLiteral("idle-timeout"),
                                 QStringLiteral("connect-timeout")}) {
        int *target = count == u"max-clients"    ? &o.maxClients
                      : count == u"max-per-ip"   ? &o.maxPerIp
                      : count == u"idle-timeout" ? &o.idleTimeoutS
                                                 : &o.connectTimeoutMs;
        const QString error = readCount(parser, count, target);
        if (!error.isEmpty())
            return fail(error);
    }
    if (o.connectTimeoutMs <= 0)
        return fail(Text::tr("--connect-timeout: must be more than 0 milliseconds"));
    if (parser.isSet(QStringLiteral("connect-timeout")) && o.mode != LaunchOptions::Mode::TcpClient)
        return fail(Text::tr("--connect-timeout needs --tcp-client"));

    o.echo = parser.isSet(QStringLiteral("echo"));
    o.reply = parser.value(QStringLiteral("reply"));
    if (o.echo && parser.isSet(QStringLiteral("reply")))
        return fail(Text::tr("choose one of --echo and --reply"));
    o.udpPeer = parser.value(QStringLiteral("peer"));
    if (!o.udpPeer.isEmpty()) {
        const Result<Endpoint> peer = EndpointParser::parseHostPort(o.udpPeer);
        if (!peer.ok())
            return fail(QStringLiteral("--peer: ") + peer.error);
    }
    o.joinGroups = parser.values(QStringLiteral("join"));
    for (const QString &group : std::as_const(o.joinGroups)) {
        const QHostAddress address(group.trimmed());
        if (address.isNull() || !address.isMulticast())
            return fail(Text::tr("--join: '%1' is not a multicast group address (224.0.0.0/4 or ff00::/8)").arg(group));
    }
    o.broadcast = parser.isSet(QStringLiteral("broadcast"));

    const bool serverOptions = parser.isSet(QStringLiteral("max-clients")) || parser.isSet(QStringLiteral("max-per-ip"))
                               || parser.isSet(QStringLiteral("idle-timeout")) || o.echo || parser.isSet(QStringLiteral("reply"));
    if (serverOptions && o.mode != LaunchOptions::Mode::TcpServer)
        return fail(Text::tr("--max-clients, --max-per-ip, --idle-timeout, --echo and --reply need --tcp-server"));
    const bool udpOptions = !o.udpPeer.isEmpty() || !o.joinGroups.isEmpty() || o.broadcast;
    if (udpOptions && o.mode != LaunchOptions::Mode::Udp)
        return fail(Text::tr("--peer, --join and --broadcast need --udp"));
    return result;
}

} // namespace Sockpit
