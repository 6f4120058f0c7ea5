// The command line: every option turned into LaunchOptions, every rejection
// with its reason, --help and --version, and the early no-window check.

#include "commandline.h"

#include "tcpserversession.h"

#include <QTest>
#include <QVariantMap>

#include <vector>

using namespace Sockpit;

namespace {

QString modeName(LaunchOptions::Mode mode)
{
    switch (mode) {
    case LaunchOptions::Mode::Window: return QStringLiteral("Window");
    case LaunchOptions::Mode::TcpClient: return QStringLiteral("TcpClient");
    case LaunchOptions::Mode::TcpServer: return QStringLiteral("TcpServer");
    case LaunchOptions::Mode::Udp: return QStringLiteral("Udp");
    case LaunchOptions::Mode::IpCalc: return QStringLiteral("IpCalc");
    case LaunchOptions::Mode::Relay: return QStringLiteral("Relay");
    }
    return QString();
}

QStringList groupNames(const QList<QHostAddress> &groups)
{
    QStringList names;
    for (const QHostAddress &group : groups)
        names << group.toString();
    return names;
}

// A framing spec field by field, so the test does not lean on the spec's own toString().
QString framingText(const std::optional<FramingSpec> &spec)
{
    if (!spec)
        return QString();
    using Mode = FramingSpec::Mode;
    QString text;
    switch (spec->mode) {
    case Mode::PerRead: text = QStringLiteral("read"); break;
    case Mode::IdleGap: text = QStringLiteral("gap %1").arg(spec->gapMs); break;
    case Mode::Delimiter: {
        QStringList delimiters;
        for (const QByteArray &d : spec->delimiters)
            delimiters << QString::fromLatin1(d.toHex());
        text = QStringLiteral("delim %1 %2").arg(delimiters.join(u','), spec->keepDelimiter ? u"keep" : u"strip");
        break;
    }
    case Mode::FixedLength: text = QStringLiteral("fixed %1").arg(spec->fixedLength); break;
    case Mode::LengthField:
        text = QStringLiteral("length %1,%2,%3,%4,%5")
                   .arg(spec->length.offset)
                   .arg(spec->length.width)
                   .arg(spec->length.bigEndian ? u"be" : u"le", spec->length.countsWholeFrame ? u"whole" : u"payload")
                   .arg(spec->length.adjust);
        break;
    }
    return text + QStringLiteral(" max %1").arg(spec->maxFrameBytes);
}

QString checksumText(const std::optional<ChecksumSpec> &spec)
{
    if (!spec)
        return QString();
    return QStringLiteral("%1 %2 %3,%4")
        .arg(int(spec->algorithm))
        .arg(spec->bigEndian ? u"be" : u"le")
        .arg(spec->skipFront)
        .arg(spec->skipBack);
}

// Every field by name, so a row can state only what differs from the defaults
// and the test still notices any other field changing. A mode's address reads
// back as the option's text; other modes leave it empty.
QVariantMap fieldsOf(const LaunchOptions &o)
{
    using Mode = LaunchOptions::Mode;
    const TcpServerConfig &server = o.tcpServer;
    const bool fixed = server.autoReply == TcpServerSession::AutoReply::Fixed;
    return {
        {QStringLiteral("mode"), modeName(o.mode)},
        {QStringLiteral("headless"), o.headless},
        {QStringLiteral("language"), o.language},
        {QStringLiteral("encoding"), o.encoding},
        {QStringLiteral("capturePath"), o.capturePath},
        {QStringLiteral("tcpClientTarget"), o.mode == Mode::TcpClient ? o.tcpClient.targetText() : QString()},
        {QStringLiteral("connectTimeoutMs"), o.tcpClient.connectTimeoutMs},
        {QStringLiteral("shortConnection"), o.tcpClient.shortConnection},
        {QStringLiteral("tcpServerListen"), o.mode == Mode::TcpServer ? server.listenText() : QString()},
        {QStringLiteral("maxClients"), server.maxClients},
        {QStringLiteral("maxPerIp"), server.maxPerIp},
        {QStringLiteral("idleTimeoutS"), server.idleTimeoutS},
        {QStringLiteral("echo"), server.autoReply == TcpServerSession::AutoReply::Echo},
        {QStringLiteral("reply"), fixed ? server.replyText : QString()},
        {QStringLiteral("replyBytes"), fixed ? server.reply.toHex(' ') : QByteArray()},
        {QStringLiteral("udpBind"), o.mode == Mode::Udp ? o.udp.bindText() : QString()},
        {QStringLiteral("udpPeer"), o.udp.targetText()},
        {QStringLiteral("joinGroups"), groupNames(o.udp.groups)},
        {QStringLiteral("broadcast"), o.udp.broadcast},
        {QStringLiteral("relayListen"), o.mode == Mode::Relay ? o.relay.listenText() : QString()},
        {QStringLiteral("relayTarget"), o.mode == Mode::Relay ? o.relay.targetText() : QString()},
        {QStringLiteral("ipcalcInput"), o.ipcalcInput},
        {QStringLiteral("framing"), framingText(o.framing)},
        {QStringLiteral("checksum"), checksumText(o.checksum)},
    };
}

CommandLineResult parse(const QStringList &arguments)
{
    return parseCommandLine(QStringList{QStringLiteral("sockpit")} + arguments);
}

QString describe(const CommandLineResult &result)
{
    switch (result.action) {
    case CommandLineResult::Action::Run: return QStringLiteral("Run");
    case CommandLineResult::Action::ShowText: return QStringLiteral("ShowText: ") + result.text;
    case CommandLineResult::Action::Fail: return QStringLiteral("Fail: ") + result.text;
    }
    return QString();
}

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

// --frame and --checksum refused, with the frame part's reasons (rows of rejected()).
void framingRejected()
{
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    const auto client = [](const char *rest) { return words("--tcp-client 127.0.0.1:1") + words(rest); };
    QTest::newRow("frame: missing value") << client("--frame") << s("Missing value after '--frame'");
    QTest::newRow("frame: unknown mode") << client("--frame bogus:1") << s("--frame: ");
    QTest::newRow("frame: bad hex") << client("--frame delim:ZZ") << s("--frame: ");
    QTest::newRow("frame: empty delimiter") << client("--frame delim:") << s("--frame: ");
    QTest::newRow("frame: zero length") << client("--frame fixed:0") << s("--frame: ");
    QTest::newRow("frame: negative gap") << client("--frame gap:-5") << s("--frame: ");
    QTest::newRow("frame: absurd maximum") << client("--frame fixed:8;max:99999999999") << s("--frame: ");
    QTest::newRow("frame: width 3") << client("--frame length:0,3,be") << s("--frame: ");
    QTest::newRow("frame: no byte order") << client("--frame length:0,2") << s("--frame: ");
    QTest::newRow("checksum: missing value") << client("--checksum") << s("Missing value after '--checksum'");
    QTest::newRow("checksum: unknown") << client("--checksum CRC-99") << s("--checksum: ");
    QTest::newRow("checksum: bad order") << client("--checksum crc32:middle") << s("--checksum: ");
    QTest::newRow("frame without a session") << words("--frame delim:0D0A")
                                             << s("--frame and --checksum need --tcp-client, --tcp-server, --udp or --relay");
    QTest::newRow("checksum with ipcalc") << words("--ipcalc 1.2.3.4 --checksum crc32")
                                          << s("--frame and --checksum need --tcp-client, --tcp-server, --udp or --relay");
}

} // namespace

class TstCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void requestedLanguage_data();
    void requestedLanguage();
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void help_data();
    void help();
    void version_data();
    void version();
    void wantsNoWindow_data();
    void wantsNoWindow();
};

void TstCommandLine::accepted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QVariantMap>("changed"); // fields that differ from the defaults

    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    QTest::newRow("no arguments: the window") << QStringList{} << QVariantMap{};
    QTest::newRow("tcp client") << words("--tcp-client 127.0.0.1:7788")
                                << QVariantMap{{s("mode"), s("TcpClient")}, {s("tcpClientTarget"), s("127.0.0.1:7788")}};
    QTest::newRow("tcp client, option=value") << words("--tcp-client=127.0.0.1:7788")
                                              << QVariantMap{{s("mode"), s("TcpClient")}, {s("tcpClientTarget"), s("127.0.0.1:7788")}};
    QTest::newRow("tcp client, IPv6") << words("--tcp-client [::1]:7788")
                                      << QVariantMap{{s("mode"), s("TcpClient")}, {s("tcpClientTarget"), s("[::1]:7788")}};
    QTest::newRow("tcp client, host name") << words("--tcp-client localhost:80")
                                           << QVariantMap{{s("mode"), s("TcpClient")}, {s("tcpClientTarget"), s("localhost:80")}};
    QTest::newRow("relay: the window's Relay tab")
        << words("--relay 127.0.0.1:7790 --to 127.0.0.1:7788")
        << QVariantMap{{s("mode"), s("Relay")}, {s("relayListen"), s("127.0.0.1:7790")}, {s("relayTarget"), s("127.0.0.1:7788")}};
    QTest::newRow("relay, headless")
        << words("--headless --relay 7790 --to 127.0.0.1:7788")
        << QVariantMap{{s("mode"), s("Relay")}, {s("headless"), true}, {s("relayListen"), s("7790")},
                       {s("relayTarget"), s("127.0.0.1:7788")}};
    QTest::newRow("tcp client, everything")
        << words("--headless --tcp-client 127.0.0.1:1 --encoding GBK --capture out.bin --connect-timeout 1500 --lang zh_CN")
        << QVariantMap{{s("mode"), s("TcpClient")}, {s("headless"), true}, {s("tcpClientTarget"), s("127.0.0.1:1")},
                       {s("encoding"), s("GBK")}, {s("capturePath"), s("out.bin")}, {s("connectTimeoutMs"), 1500},
                       {s("language"), s("zh_CN")}};
    QTest::newRow("single-dash long options") << words("-headless -tcp-client 127.0.0.1:1 -lang en")
                                              << QVariantMap{{s("mode"), s("TcpClient")}, {s("headless"), true},
                                                             {s("tcpClientTarget"), s("127.0.0.1:1")}, {s("language"), s("en")}};
    QTest::newRow("hex encoding, any case") << words("--encoding hex")
                                            << QVariantMap{{s("encoding"), s("hex")}};
    QTest::newRow("every offered encoding")
        << words("--encoding UTF-16BE") << QVariantMap{{s("encoding"), s("UTF-16BE")}};
    QTest::newRow("window with language and capture") << words("--lang en --capture /tmp/x.bin")
                                                      << QVariantMap{{s("language"), s("en")}, {s("capturePath"), s("/tmp/x.bin")}};
    QTest::newRow("tcp server, port only") << words("--tcp-server 7788")
                                           << QVariantMap{{s("mode"), s("TcpServer")}, {s("tcpServerListen"), s("7788")}};
    QTest::newRow("tcp server, limits and echo")
        << words("--tcp-server 127.0.0.1:0 --max-clients 10 --max-per-ip 2 --idle-timeout 30 --echo")
        << QVariantMap{{s("mode"), s("TcpServer")}, {s("tcpServerListen"), s("127.0.0.1:0")}, {s("maxClients"), 10},
                       {s("maxPerIp"), 2}, {s("idleTimeoutS"), 30}, {s("echo"), true}};
    QTest::newRow("tcp server, reply")
        << (words("--tcp-server [::1]:7788 --reply") << s("thank you !"))
        << QVariantMap{{s("mode"), s("TcpServer")}, {s("tcpServerListen"), s("[::1]:7788")}, {s("reply"), s("thank you !")},
                       {s("replyBytes"), QByteArray("thank you !").toHex(' ')}};
    QTest::newRow("tcp server, reply in GBK with escapes")
        << (words("--tcp-server 7788 --encoding GBK --reply") << s("谢谢\\r\\n"))
        << QVariantMap{{s("mode"), s("TcpServer")}, {s("tcpServerListen"), s("7788")}, {s("encoding"), s("GBK")},
                       {s("reply"), s("谢谢\\r\\n")}, {s("replyBytes"), QByteArray("d0 bb d0 bb 0d 0a")}};
    QTest::newRow("tcp server, hex reply with the Hex encoding")
        << words("--tcp-server 7788 --encoding Hex --reply 4f4b")
        << QVariantMap{{s("mode"), s("TcpServer")}, {s("tcpServerListen"), s("7788")}, {s("encoding"), s("Hex")},
                       {s("reply"), s("4f4b")}, {s("replyBytes"), QByteArray("4f 4b")}};
    QTest::newRow("tcp server, zero limits") << words("--tcp-server 1 --max-clients 0 --idle-timeout 0")
                                             << QVariantMap{{s("mode"), s("TcpServer")}, {s("tcpServerListen"), s("1")}};
    QTest::newRow("udp with peer") << words("--udp 7788 --peer 127.0.0.1:7789")
                                   << QVariantMap{{s("mode"), s("Udp")}, {s("udpBind"), s("7788")}, {s("udpPeer"), s("127.0.0.1:7789")}};
    QTest::newRow("udp, groups and broadcast")
        << words("--udp 7788 --join 239.1.2.3 --join ff02::1 --broadcast --headless")
        << QVariantMap{{s("mode"), s("Udp")}, {s("udpBind"), s("7788")}, {s("headless"), true},
                       {s("joinGroups"), QStringList{s("239.1.2.3"), s("ff02::1")}}, {s("broadcast"), true}};
    QTest::newRow("ipcalc") << words("--ipcalc 192.168.1.10/24")
                            << QVariantMap{{s("mode"), s("IpCalc")}, {s("ipcalcInput"), s("192.168.1.10/24")}};
    QTest::newRow("ipcalc=") << words("--ipcalc=10.0.0.1")
                             << QVariantMap{{s("mode"), s("IpCalc")}, {s("ipcalcInput"), s("10.0.0.1")}};

    const QVariantMap client{{s("mode"), s("TcpClient")}, {s("tcpClientTarget"), s("127.0.0.1:1")}};
    const auto with = [](QVariantMap fields, const QString &key, const QString &value) {
        fields.insert(key, value);
        return fields;
    };
    const int modbus = int(Checksum::Algorithm::Crc16Modbus);
    const int crc32 = int(Checksum::Algorithm::Crc32);
    QTest::newRow("frame: delimiter") << words("--tcp-client 127.0.0.1:1 --frame delim:0D0A")
                                      << with(client, s("framing"), s("delim 0d0a keep max 65536"));
    QTest::newRow("frame: delimiter stripped, maximum")
        << words("--tcp-client 127.0.0.1:1 --frame delim:0x03;strip;max:1024")
        << with(client, s("framing"), s("delim 03 strip max 1024"));
    QTest::newRow("frame: idle gap") << words("--tcp-client 127.0.0.1:1 --frame gap:20")
                                     << with(client, s("framing"), s("gap 20 max 65536"));
    QTest::newRow("frame: fixed") << words("--tcp-client 127.0.0.1:1 --frame fixed:8")
                                  << with(client, s("framing"), s("fixed 8 max 65536"));
    QTest::newRow("frame: length field") << words("--tcp-client 127.0.0.1:1 --frame length:0,2,be")
                                         << with(client, s("framing"), s("length 0,2,be,payload,0 max 65536"));
    QTest::newRow("frame: length field, whole, adjusted")
        << words("--tcp-client 127.0.0.1:1 --frame length:1,4,le,whole,-2")
        << with(client, s("framing"), s("length 1,4,le,whole,-2 max 65536"));
    QTest::newRow("frame on udp") << words("--udp 7788 --frame fixed:4")
                                  << QVariantMap{{s("mode"), s("Udp")}, {s("udpBind"), s("7788")},
                                                 {s("framing"), s("fixed 4 max 65536")}};
    QTest::newRow("checksum: natural order") << words("--tcp-client 127.0.0.1:1 --checksum CRC-16/MODBUS")
                                             << with(client, s("checksum"), QStringLiteral("%1 le 0,0").arg(modbus));
    QTest::newRow("checksum: the other byte order") << words("--tcp-client 127.0.0.1:1 --checksum crc32:le")
                                          << with(client, s("checksum"), QStringLiteral("%1 le 0,0").arg(crc32));
    QTest::newRow("frame and checksum, headless server")
        << words("--headless --tcp-server 1 --frame delim:0D0A --checksum modbus:be")
        << QVariantMap{{s("mode"), s("TcpServer")}, {s("headless"), true}, {s("tcpServerListen"), s("1")},
                       {s("framing"), s("delim 0d0a keep max 65536")}, {s("checksum"), QStringLiteral("%1 be 0,0").arg(modbus)}};
}

void TstCommandLine::accepted()
{
    QFETCH(QStringList, arguments);
    QFETCH(QVariantMap, changed);
    const CommandLineResult result = parse(arguments);
    QVERIFY2(result.action == CommandLineResult::Action::Run, qPrintable(describe(result)));

    QVariantMap expected = fieldsOf(LaunchOptions{});
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        QVERIFY2(expected.contains(it.key()), qPrintable(it.key()));
        expected.insert(it.key(), it.value());
    }
    const QVariantMap actual = fieldsOf(result.options);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(actual.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1: got '%2', expected '%3'")
                                .arg(it.key(), actual.value(it.key()).toString(), it.value().toString())));
}

void TstCommandLine::rejected_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    framingRejected();
    QTest::newRow("unknown option") << words("--bogus") << s("Unknown option 'bogus'");
    QTest::newRow("missing value") << words("--tcp-client") << s("Missing value after '--tcp-client'");
    QTest::newRow("positional argument") << words("127.0.0.1:80") << s("unexpected argument '127.0.0.1:80'; see --help");
    QTest::newRow("unknown language") << words("--lang fr") << s("--lang: 'fr' is not a language of Sockpit; use zh_CN or en");
    QTest::newRow("unknown encoding") << words("--encoding KLINGON") << s("--encoding: encoding 'KLINGON' is not available");
    QTest::newRow("client: bad IPv4") << words("--tcp-client 1.2.3:80") << s("--tcp-client: '1.2.3' is not an IPv4 address");
    QTest::newRow("client: octet over 255") << words("--tcp-client 10.0.0.300:80") << s("--tcp-client: '10.0.0.300' is not an IPv4 address: 300 is over 255");
    QTest::newRow("client: port out of range") << words("--tcp-client 127.0.0.1:70000") << s("--tcp-client: port 70000 is out of range 1–65535");
    QTest::newRow("client: port 0") << words("--tcp-client 127.0.0.1:0") << s("--tcp-client: port 0 is out of range 1–65535");
    QTest::newRow("client: no port") << words("--tcp-client 127.0.0.1") << s("--tcp-client: '127.0.0.1' has no port; expected HOST:PORT");
    QTest::newRow("client: bare IPv6") << words("--tcp-client ::1:80") << s("--tcp-client: '::1:80' is ambiguous: write an IPv6 address as [ADDRESS]:PORT");
    QTest::newRow("client: bad IPv6") << words("--tcp-client [::g]:80") << s("--tcp-client: '::g' is not an IPv6 address");
    QTest::newRow("client: empty") << (QStringList{s("--tcp-client"), QString()}) << s("--tcp-client: the address is empty; expected HOST:PORT");
    QTest::newRow("server: port out of range") << words("--tcp-server 70000") << s("--tcp-server: port 70000 is out of range 0–65535");
    QTest::newRow("server: host name") << words("--tcp-server example.com:80") << s("--tcp-server: 'example.com' is a host name; binding needs a local IP address");
    QTest::newRow("udp: not a port") << words("--udp abc") << s("--udp: port 'abc' is not a number");
    QTest::newRow("udp: bad peer") << words("--udp 7788 --peer 1.2.3:4") << s("--peer: '1.2.3' is not an IPv4 address");
    QTest::newRow("udp: peer without port") << words("--udp 7788 --peer 127.0.0.1") << s("--peer: '127.0.0.1' has no port");
    QTest::newRow("udp: group not multicast") << words("--udp 7788 --join 10.0.0.1") << s("--join: '10.0.0.1' is not a multicast group");
    QTest::newRow("udp: group not an address") << words("--udp 7788 --join nowhere") << s("--join: 'nowhere' is a host name");
    QTest::newRow("udp: IPv6 group, IPv4 port") << words("--udp 0.0.0.0:7788 --join ff02::1")
                                                << s("--join: ff02::1 is an IPv6 group: bind to [::]:PORT or to every address");
    QTest::newRow("udp: group on one address") << words("--udp 127.0.0.1:5000 --join 239.1.2.3")
                                               << s("bind to port 5000 alone");
    QTest::newRow("empty reply") << (QStringList{s("--tcp-server"), s("1"), s("--reply"), QString()})
                                 << s("--reply: the fixed reply is empty");
    QTest::newRow("reply with a bad escape") << (words("--tcp-server 1 --reply") << s("a\\q")) << s("--reply: ");
    QTest::newRow("reply not hex with Hex") << words("--tcp-server 1 --encoding Hex --reply 4G") << s("--reply: ");
    QTest::newRow("two modes") << words("--tcp-client 127.0.0.1:1 --udp 1") << s("choose one of --tcp-client, --tcp-server, --udp, --relay and --ipcalc");
    QTest::newRow("three modes") << words("--tcp-server 1 --udp 1 --ipcalc 1.2.3.4") << s("choose one of --tcp-client, --tcp-server, --udp, --relay and --ipcalc");
    QTest::newRow("headless alone") << words("--headless") << s("--headless needs --tcp-client, --tcp-server, --udp or --relay");
    QTest::newRow("headless ipcalc") << words("--headless --ipcalc 1.2.3.4") << s("--headless needs --tcp-client, --tcp-server, --udp or --relay");
    QTest::newRow("negative count") << words("--tcp-server 1 --max-clients -1") << s("--max-clients: '-1' is not a whole number of 0 or more");
    QTest::newRow("count in words") << words("--tcp-server 1 --max-per-ip two") << s("--max-per-ip: 'two' is not a whole number of 0 or more");
    QTest::newRow("fraction") << words("--tcp-server 1 --idle-timeout 1.5") << s("--idle-timeout: '1.5' is not a whole number of 0 or more");
    QTest::newRow("timeout with unit") << words("--tcp-client 127.0.0.1:1 --connect-timeout 5s") << s("--connect-timeout: '5s' is not a whole number of 0 or more");
    QTest::newRow("zero timeout") << words("--tcp-client 127.0.0.1:1 --connect-timeout 0") << s("--connect-timeout: must be more than 0 milliseconds");
    QTest::newRow("timeout without client") << words("--tcp-server 1 --connect-timeout 100") << s("--connect-timeout needs --tcp-client or --relay");
    QTest::newRow("echo without server") << words("--echo") << s("--max-clients, --max-per-ip, --idle-timeout, --echo and --reply need --tcp-server");
    QTest::newRow("limits with client") << words("--tcp-client 127.0.0.1:1 --max-clients 3") << s("need --tcp-server");
    QTest::newRow("echo and reply") << words("--tcp-server 1 --echo --reply hi") << s("choose one of --echo and --reply");
    QTest::newRow("peer without udp") << words("--tcp-client 127.0.0.1:1 --peer 127.0.0.1:2") << s("--peer, --join and --broadcast need --udp");
    QTest::newRow("broadcast without udp") << words("--broadcast") << s("--peer, --join and --broadcast need --udp");
    QTest::newRow("raw in the window") << words("--raw --tcp-client 127.0.0.1:1") << s("--raw needs --headless");
    QTest::newRow("raw and an encoding") << words("--headless --raw --encoding GBK --tcp-client 127.0.0.1:1")
                                         << s("choose one of --raw and --encoding");
    QTest::newRow("raw and framing") << words("--headless --raw --frame delim:0A --tcp-client 127.0.0.1:1")
                                     << s("leave out --frame and --checksum");
    QTest::newRow("raw and a checksum") << words("--headless --raw --checksum modbus --tcp-client 127.0.0.1:1")
                                        << s("leave out --frame and --checksum");
}

void TstCommandLine::rejected()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CommandLineResult result = parse(arguments);
    QVERIFY2(result.action == CommandLineResult::Action::Fail, qPrintable(describe(result)));
    QVERIFY2(result.text.contains(message), qPrintable(result.text));
}

void TstCommandLine::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--help") << words("--help");
    QTest::newRow("-h") << words("-h");
    QTest::newRow("help wins over other options") << words("--tcp-client 127.0.0.1:1 --help");
}

void TstCommandLine::help()
{
    QFETCH(QStringList, arguments);
    const CommandLineResult result = parse(arguments);
    QVERIFY2(result.action == CommandLineResult::Action::ShowText, qPrintable(describe(result)));
    QVERIFY(result.text.startsWith(u"Usage:"));
    for (const char *option : {"--tcp-client <HOST:PORT>", "--tcp-server <[HOST:]PORT>", "--udp <[HOST:]PORT>",
                               "--ipcalc <ADDRESS>", "--headless", "--encoding <NAME>", "--capture <FILE>",
                               "--connect-timeout <MS>", "--lang <LANG>", "--max-clients <N>", "--max-per-ip <N>",
                               "--idle-timeout <SECONDS>", "--echo", "--reply <TEXT>", "--peer <HOST:PORT>",
                               "--join <GROUP>", "--broadcast", "--raw", "--version", "--help", "Exit status:"}) {
        QVERIFY2(result.text.contains(QString::fromLatin1(option)), option);
    }
    QVERIFY(result.text.contains(u"GBK"));
    for (const char *option : {"--frame <SPEC>", "--checksum <NAME[:be|le]>", "delim:HEX", "CRC-16/MODBUS"})
        QVERIFY2(result.text.contains(QString::fromLatin1(option)), option);
}

void TstCommandLine::version_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--version") << words("--version");
    QTest::newRow("-v") << words("-v");
}

void TstCommandLine::version()
{
    QFETCH(QStringList, arguments);
    const CommandLineResult result = parse(arguments);
    QVERIFY2(result.action == CommandLineResult::Action::ShowText, qPrintable(describe(result)));
    QCOMPARE(result.text, QStringLiteral("sockpit " SOCKPIT_VERSION "\n"));
}

void TstCommandLine::wantsNoWindow_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("noWindow");
    QTest::newRow("nothing") << QStringList{} << false;
    QTest::newRow("tcp client window") << words("--tcp-client 127.0.0.1:1") << false;
    QTest::newRow("--headless") << words("--tcp-client 127.0.0.1:1 --headless") << true;
    QTest::newRow("relay window") << words("--relay 1 --to 127.0.0.1:2") << false;
    QTest::newRow("relay headless") << words("--headless --relay 1 --to 127.0.0.1:2") << true;
    QTest::newRow("-headless") << words("-headless --tcp-client 127.0.0.1:1") << true;
    QTest::newRow("--ipcalc value") << words("--ipcalc 10.0.0.1") << true;
    QTest::newRow("--ipcalc=value") << words("--ipcalc=10.0.0.1") << true;
    QTest::newRow("-ipcalc=value") << words("-ipcalc=10.0.0.1") << true;
    QTest::newRow("--help") << words("--help") << true;
    QTest::newRow("-h") << words("-h") << true;
    QTest::newRow("--version") << words("--version") << true;
    QTest::newRow("-v") << words("-v") << true;
    QTest::newRow("a value that looks like a flag") << words("--capture --headless.bin") << false;
    QTest::newRow("headless as a reply text") << (QStringList{QStringLiteral("--tcp-server"), QStringLiteral("1"),
                                                              QStringLiteral("--reply"), QStringLiteral("--headless")})
                                              << true; // cannot tell without parsing; no window is the safe side
}

void TstCommandLine::wantsNoWindow()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, noWindow);
    std::vector<QByteArray> storage{QByteArray("sockpit")};
    for (const QString &argument : std::as_const(arguments))
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    QCOMPARE(Sockpit::wantsNoWindow(int(storage.size()), argv.data()), noWindow);
}

void TstCommandLine::requestedLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    const QString program = QStringLiteral("sockpit");
    QTest::newRow("none") << QStringList{program, QStringLiteral("--headless")} << QString();
    QTest::newRow("separate") << QStringList{program, QStringLiteral("--lang"), QStringLiteral("zh_CN")} << QStringLiteral("zh_CN");
    QTest::newRow("equals") << QStringList{program, QStringLiteral("--lang=en")} << QStringLiteral("en");
    QTest::newRow("single dash") << QStringList{program, QStringLiteral("-lang"), QStringLiteral("zh_CN")} << QStringLiteral("zh_CN");
    QTest::newRow("missing value") << QStringList{program, QStringLiteral("--lang")} << QString();
    QTest::newRow("among others") << QStringList{program, QStringLiteral("--tcp-client"), QStringLiteral("127.0.0.1:1"),
                                                 QStringLiteral("--lang"), QStringLiteral("en")}
                                  << QStringLiteral("en");
}

void TstCommandLine::requestedLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);
    QCOMPARE(Sockpit::requestedLanguage(arguments), language);
}

QTEST_GUILESS_MAIN(TstCommandLine)
#include "tst_commandline.moc"
