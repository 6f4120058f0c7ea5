#include "commandline.h"

#include "codec.h"
#include "commandlinetls.h"
#include "ruleset.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <utility>

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

QString option(const char *name)
{
    return QString::fromLatin1(name);
}

/// Options that only make sense with one mode, given without it.
QString misplacedOption(const QCommandLineParser &parser, LaunchOptions::Mode mode)
{
    using Mode = LaunchOptions::Mode;
    const auto anySet = [&](std::initializer_list<const char *> names) {
        return std::any_of(names.begin(), names.end(), [&](const char *name) { return parser.isSet(option(name)); });
    };
    if (anySet({"connect-timeout"}) && mode != Mode::TcpClient && mode != Mode::Relay)
        return Text::tr("--connect-timeout needs --tcp-client or --relay");
    if (anySet({"to"}) != (mode == Mode::Relay))
        return mode == Mode::Relay ? Text::tr("--relay needs --to HOST:PORT, the target") : Text::tr("--to needs --relay");
    if (anySet({"max-clients", "max-per-ip", "idle-timeout", "echo", "reply"}) && mode != Mode::TcpServer)
        return Text::tr("--max-clients, --max-per-ip, --idle-timeout, --echo and --reply need --tcp-server");
    if (anySet({"peer", "join", "broadcast"}) && mode != Mode::Udp)
        return Text::tr("--peer, --join and --broadcast need --udp");
    if (parser.isSet(option("echo")) && parser.isSet(option("reply")))
        return Text::tr("choose one of --echo and --reply");
    return QString();
}

/// Text in lines of at most 78 columns, each after indent spaces.
QString wrapped(const QString &text, int indent)
{
    const QString margin(indent, u' ');
    QString out;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && margin.size() + line.size() + 1 + word.size() > 78) {
            out += margin + line + u'\n';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return out + margin + line + u'\n';
}

/// The end of --help: how headless stdin is read, and what the exit status means.
QString headlessHelp()
{
    QString help = u'\n' + Text::tr("Headless:") + u'\n';
    help += wrapped(Text::tr("stdin is read only as fast as the peer takes it, and by a server only while a client "
                             "is connected; a long line goes as it streams, in pieces of at most 16 KiB. Text that "
                             "is not UTF-8 is sent as U+FFFD and reported once with its byte offset; --raw sends "
                             "bytes unchanged. A message repeated on stderr is said once, then counted."),
                    2);
    help += u'\n'
            + wrapped(Text::tr("With TLS, stderr has the session (\"TLS 1.3, TLS_AES_256_GCM_SHA384\") and the peer's "
                               "certificates. A server first says its own certificate with its SHA-256 fingerprint, "
                               "then each client's handshake or why it failed, and goes on serving the others; stdin "
                               "waits for a client whose handshake is done."),
                      2);
    help += u'\n' + Text::tr("Exit status:") + u'\n';
    // Each status before its meaning, wrapped under it.
    const auto status = [](const char *code, const QString &meaning) {
        return QStringLiteral("  %1  ").arg(QLatin1String(code)) + wrapped(meaning, 5).mid(5);
    };
    help += status("0", Text::tr("the peer closed the connection (TCP client), SIGINT or SIGTERM, or the reader of "
                                 "stdout went away"));
    help += status("1", Text::tr("a network failure: refused, reset or timed out, or a failed TLS handshake (TCP client), "
                                 "cannot listen or bind; or stdout cannot be written"));
    help += status("2", Text::tr("bad arguments, a rules file that cannot be used, a capture file that cannot be "
                                 "opened, a certificate or key that cannot be used, or stdin that cannot be sent "
                                 "(bad hex)"));
    return help;
}

/// --tcp-client and its options, TLS included, checked by the one parser every front end uses.
QString readTcpClientConfig(const QCommandLineParser &parser, LaunchOptions &o)
{
    TcpClientInput input;
    input.target = parser.value(option("tcp-client"));
    input.connectTimeoutMs = parser.value(option("connect-timeout"));
    const Result<TlsClientOptions> tls = CommandLineTls::clientOptions(parser);
    if (!tls)
        return tls.error;
    input.tls = tls.value;
    const Result<TcpClientConfig> config = parseTcpClientConfig(input, ConfigSource::CommandLine);
    if (!config)
        return config.error;
    o.tcpClient = config.value;
    // The window asks for a missing passphrase itself.
    return o.headless ? CommandLineTls::missingPassphrase(input.tls.keyFile, input.tls.keyPassphrase) : QString();
}

/// --tcp-server and its options, TLS included.
QString readTcpServerConfig(const QCommandLineParser &parser, LaunchOptions &o)
{
    TcpServerInput input;
    input.listen = parser.value(option("tcp-server"));
    input.maxClients = parser.value(option("max-clients"));
    input.maxPerIp = parser.value(option("max-per-ip"));
    input.idleTimeoutS = parser.value(option("idle-timeout"));
    input.autoReply = parser.isSet(option("echo"))    ? TcpServerSession::AutoReply::Echo
                      : parser.isSet(option("reply")) ? TcpServerSession::AutoReply::Fixed
                                                      : TcpServerSession::AutoReply::Off;
    input.replyText = parser.value(option("reply"));
    input.encoding = o.encoding;
    const Result<TlsServerOptions> tls = CommandLineTls::serverOptions(parser);
    if (!tls)
        return tls.error;
    input.tls = tls.value;
    const Result<TcpServerConfig> config = parseTcpServerConfig(input, ConfigSource::CommandLine);
    if (!config)
        return config.error;
    o.tcpServer = config.value;
    return o.headless ? CommandLineTls::missingPassphrase(input.tls.keyFile, input.tls.keyPassphrase) : QString();
}

/// The chosen mode's config, checked by the one parser every front end uses.
QString readModeConfig(const QCommandLineParser &parser, LaunchOptions &o)
{
    constexpr ConfigSource source = ConfigSource::CommandLine;
    switch (o.mode) {
    case LaunchOptions::Mode::TcpClient:
        return readTcpClientConfig(parser, o);
    case LaunchOptions::Mode::TcpServer:
        return readTcpServerConfig(parser, o);
    case LaunchOptions::Mode::Udp: {
        UdpInput input;
        input.bind = parser.value(option("udp"));
        input.target = parser.value(option("peer"));
        input.groups = parser.values(option("join"));
        input.broadcast = parser.isSet(option("broadcast"));
        const Result<UdpConfig> config = parseUdpConfig(input, source);
        o.udp = config.value;
        return config.error;
    }
    case LaunchOptions::Mode::Relay: {
        RelayInput input;
        input.listen = parser.value(option("relay"));
        input.target = parser.value(option("to"));
        input.connectTimeoutMs = parser.value(option("connect-timeout"));
        const Result<RelayConfig> config = parseRelayConfig(input, source);
        o.relay = config.value;
        return config.error;
    }
    case LaunchOptions::Mode::IpCalc:
        o.ipcalcInput = parser.value(option("ipcalc"));
        return QString();
    case LaunchOptions::Mode::Window:
        return QString();
    }
    return QString();
}

/// --frame and --checksum, read by the frame part's own parsers (their reasons are specific).
QString readFramingOptions(const QCommandLineParser &parser, LaunchOptions &o)
{
    const bool framing = parser.isSet(option("frame"));
    const bool checksum = parser.isSet(option("checksum"));
    if ((framing || checksum) && (o.mode == LaunchOptions::Mode::Window || o.mode == LaunchOptions::Mode::IpCalc))
        return Text::tr("--frame and --checksum need --tcp-client, --tcp-server, --udp or --relay");
    if (framing) {
        const Result<FramingSpec> spec = FramingSpec::parse(parser.value(option("frame")));
        const Status valid = spec.ok() ? spec.value.validate() : Status::failure(spec.error);
        if (!valid.ok())
            return QStringLiteral("--frame: ") + valid.error;
        o.framing = spec.value;
    }
    if (checksum) {
        const Result<ChecksumSpec> spec = ChecksumSpec::parse(parser.value(option("checksum")));
        if (!spec.ok())
            return QStringLiteral("--checksum: ") + spec.error;
        o.checksum = spec.value;
    }
    return QString();
}

/// --rules FILE: read and compiled now, so that a bad file stops the run before it starts.
QString readRulesOption(const QCommandLineParser &parser, LaunchOptions &o)
{
    if (!parser.isSet(option("rules")))
        return QString();
    if (!o.headless || o.mode == LaunchOptions::Mode::Window || o.mode == LaunchOptions::Mode::IpCalc
        || o.mode == LaunchOptions::Mode::Relay)
        return Text::tr("--rules needs --headless with --tcp-client, --tcp-server or --udp");
    if (parser.isSet(option("echo")) || parser.isSet(option("reply")))
        return Text::tr("choose one of --rules and --echo / --reply (a rules file can hold an echo rule)");
    const QString path = parser.value(option("rules"));
    const Result<RuleSet> rules = RuleSet::load(path);
    if (!rules)
        return rules.error;
    const QString encoding = o.encoding.isEmpty() ? QStringLiteral("UTF-8") : o.encoding;
    if (const auto compiled = rules.value.compile(encoding); !compiled)
        return Text::tr("%1: %2").arg(path, compiled.error);
    o.rules = rules.value;
    return QString();
}

/// --sequence and --junit: a run from a file needs one peer to talk to.
QString readSequenceOptions(const QCommandLineParser &parser, LaunchOptions &o)
{
    o.sequencePath = parser.value(option("sequence"));
    o.junitPath = parser.value(option("junit"));
    if (parser.isSet(option("junit")) && !parser.isSet(option("sequence")))
        return Text::tr("--junit needs --sequence");
    if (!parser.isSet(option("sequence")))
        return QString();
    if (o.sequencePath.isEmpty() || (parser.isSet(option("junit")) && o.junitPath.isEmpty()))
        return Text::tr("--sequence and --junit need a file name");
    if (!o.headless)
        return Text::tr("--sequence needs --headless");
    if (o.mode != LaunchOptions::Mode::TcpClient && o.mode != LaunchOptions::Mode::Udp)
        return Text::tr("--sequence runs on --tcp-client or --udp: a server or a relay has no one peer to talk to");
    if (o.mode == LaunchOptions::Mode::Udp && !o.udp.hasTarget())
        return Text::tr("--sequence with --udp needs --peer HOST:PORT");
    if (o.raw)
        return Text::tr("choose one of --raw and --sequence");
    if (o.rules)
        return Text::tr("choose one of --rules and --sequence");
    if (o.checksum)
        return Text::tr("--checksum does not apply to --sequence: give a send step its own \"checksum\"");
    return QString();
}

QList<QCommandLineOption> sequenceOptions()
{
    return {
        {QStringLiteral("sequence"),
         Text::tr("Headless, with --tcp-client, or --udp and --peer: run the test sequence in FILE (JSON) once "
                  "connected, one line per step on stdout; exit 0 when every step passed, 1 when one failed or "
                  "timed out, 2 when the file is bad. Received data is not printed (--capture keeps it); stdin is not read."),
         QStringLiteral("FILE")},
        {QStringLiteral("junit"), Text::tr("With --sequence: also write the results to FILE as JUnit XML."),
         QStringLiteral("FILE")},
    };
}

QList<QCommandLineOption> framingOptions()
{
    return {
        {QStringLiteral("frame"),
         Text::tr("Cut received data into frames, one a line headless: gap:MS (a pause ends a frame), delim:HEX (e.g. 0D0A; "
                  "add ;strip to drop it), fixed:N or length:OFFSET,WIDTH,be|le[,payload|whole][,ADJUST]; add ;max:BYTES "
                  "to limit a frame (default 65536)."),
         QStringLiteral("SPEC")},
        {QStringLiteral("checksum"),
         Text::tr("Append a checksum to every line sent and verify received frames (datagrams without --frame): "
                  "CRC-8, CRC-16/MODBUS, CRC-16/CCITT-FALSE, CRC-16/XMODEM, CRC-16/ARC, CRC-32, CRC-32C, SUM8, SUM16, "
                  "XOR8 or LRC, then :be or :le for the byte order."),
         QStringLiteral("NAME[:be|le]")},
        {QStringLiteral("rules"),
         Text::tr("Headless: answer received frames by the rules in FILE (JSON; see docs/examples), on any session. "
                  "Frames are cut as --frame says, per read without it."),
         QStringLiteral("FILE")},
    };
}

/// The options of sessions, headless runs and the calculator (help and version apart).
void addSessionOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("lang"), Text::tr("User interface language: zh_CN or en (default: remembered, else the system's)."), QStringLiteral("LANG")},
        {QStringLiteral("encoding"), Text::tr("Encoding of sent and received text: UTF-8 (default), GBK, GB18030, Big5, Shift_JIS, EUC-KR, ISO-8859-1, UTF-16LE, UTF-16BE or Hex."), QStringLiteral("NAME")},
        {QStringLiteral("capture"), Text::tr("Append every received byte to FILE."), QStringLiteral("FILE")},
        {QStringLiteral("pcap"), Text::tr("Headless: write the traffic to FILE as pcapng (for Wireshark) while running."),
         QStringLiteral("FILE")},
        {QStringLiteral("headless"), Text::tr("No window: received data to stdout, stdin sent, state and errors to stderr.")},
        {QStringLiteral("raw"), Text::tr("Headless: send stdin's bytes unchanged and write received bytes to stdout unchanged, "
                                         "like netcat (no encoding). UDP: each read from stdin is one datagram.")},
        {QStringLiteral("tcp-client"), Text::tr("Connect to a TCP server at HOST:PORT ([IPv6]:PORT)."), QStringLiteral("HOST:PORT")},
        {QStringLiteral("connect-timeout"), Text::tr("TCP client connect timeout in milliseconds (default 5000); a TLS handshake then gets as long again."), QStringLiteral("MS")},
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
        {QStringLiteral("relay"), Text::tr("Relay TCP: listen on [HOST:]PORT and connect each client to the target of --to, in the Relay tab; headless, one line per read (or frame) on stdout with its direction and pair."), QStringLiteral("[HOST:]PORT")},
        {QStringLiteral("to"), Text::tr("Relay: the target, HOST:PORT ([IPv6]:PORT)."), QStringLiteral("HOST:PORT")},
        {QStringLiteral("ipcalc"), Text::tr("Explain an IP address, e.g. 192.168.1.10/24, and exit."), QStringLiteral("ADDRESS")},
    });
    parser.addOptions(CommandLineTls::options());
    parser.addOptions(framingOptions());
    parser.addOptions(sequenceOptions());
}

/// Options every mode takes: language, encoding, capture, raw, pcap.
QString readGeneralOptions(const QCommandLineParser &parser, LaunchOptions &o)
{
    o.headless = parser.isSet(QStringLiteral("headless"));
    o.language = parser.value(QStringLiteral("lang"));
    if (!o.language.isEmpty() && o.language != u"zh_CN" && o.language != u"en")
        return Text::tr("--lang: '%1' is not a language of Sockpit; use zh_CN or en").arg(o.language);
    o.encoding = parser.value(QStringLiteral("encoding"));
    if (!o.encoding.isEmpty()) {
        const QString error = Encodings::checkName(o.encoding);
        if (!error.isEmpty())
            return QStringLiteral("--encoding: ") + error;
    }
    o.capturePath = parser.value(QStringLiteral("capture"));
    o.raw = parser.isSet(QStringLiteral("raw"));
    o.pcapPath = parser.value(QStringLiteral("pcap"));
    if (parser.isSet(QStringLiteral("pcap")) && (!o.headless || o.pcapPath.isEmpty()))
        return Text::tr("--pcap FILE needs --headless (the window exports from its File menu)");
    if (o.raw && !o.headless)
        return Text::tr("--raw needs --headless");
    if (o.raw && !o.encoding.isEmpty())
        return Text::tr("choose one of --raw and --encoding");
    return QString();
}

/// At most one of the session modes (or the calculator), and one that fits --headless.
QString readMode(const QCommandLineParser &parser, LaunchOptions &o)
{
    int modes = 0;
    const std::pair<const char *, LaunchOptions::Mode> modeOptions[] = {
        {"tcp-client", LaunchOptions::Mode::TcpClient},
        {"tcp-server", LaunchOptions::Mode::TcpServer},
        {"udp", LaunchOptions::Mode::Udp},
        {"relay", LaunchOptions::Mode::Relay},
        {"ipcalc", LaunchOptions::Mode::IpCalc},
    };
    for (const auto &[name, mode] : modeOptions) {
        if (parser.isSet(option(name))) {
            ++modes;
            o.mode = mode;
        }
    }
    if (modes > 1)
        return Text::tr("choose one of --tcp-client, --tcp-server, --udp, --relay and --ipcalc");
    if (o.headless && (o.mode == LaunchOptions::Mode::Window || o.mode == LaunchOptions::Mode::IpCalc))
        return Text::tr("--headless needs --tcp-client, --tcp-server, --udp or --relay");
    return QString();
}

/// What the chosen mode takes, checked against it.
QString readModeOptions(const QCommandLineParser &parser, LaunchOptions &o)
{
    if (const QString misplaced = misplacedOption(parser, o.mode); !misplaced.isEmpty())
        return misplaced;
    if (const QString misplaced = CommandLineTls::misplaced(parser, o.mode); !misplaced.isEmpty())
        return misplaced;
    if (const QString error = readModeConfig(parser, o); !error.isEmpty())
        return error;
    if (const QString error = readFramingOptions(parser, o); !error.isEmpty())
        return error;
    if (const QString error = readRulesOption(parser, o); !error.isEmpty())
        return error;
    if (const QString error = readSequenceOptions(parser, o); !error.isEmpty())
        return error;
    // A relay writes both directions of every pair, a line each: there is no one stream to pass unchanged.
    if (o.raw && o.mode == LaunchOptions::Mode::Relay)
        return Text::tr("--relay writes a line per read with its direction: leave out --raw");
    // Raw bytes are neither cut into frames nor given checksums: each read would be a frame.
    if (o.raw && (o.framing || o.checksum))
        return Text::tr("--raw passes bytes unchanged: leave out --frame and --checksum");
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
    addSessionOptions(parser);

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(Text::tr("unexpected argument '%1'; see --help").arg(parser.positionalArguments().constFirst()));

    CommandLineResult result;
    if (parser.isSet(help)) {
        result.action = CommandLineResult::Action::ShowText;
        result.text = parser.helpText() + headlessHelp();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = CommandLineResult::Action::ShowText;
        result.text = QStringLiteral("sockpit " SOCKPIT_VERSION "\n");
        return result;
    }
    for (const auto read : {readGeneralOptions, readMode, readModeOptions}) {
        if (const QString error = read(parser, result.options); !error.isEmpty())
            return fail(error);
    }
    return result;
}

} // namespace Sockpit
