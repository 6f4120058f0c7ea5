// Session configs: what the user typed (a panel) or gave (the command line)
// checked once, with one set of messages; applied to sessions; kept in settings.

#include "sessionconfig.h"

#include "settings.h"
#include "udpsession.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Sockpit;

Q_DECLARE_METATYPE(Sockpit::ConfigSource)

namespace {
constexpr ConfigSource Form = ConfigSource::Form;
constexpr ConfigSource CommandLine = ConfigSource::CommandLine;
using AutoReply = TcpServerSession::AutoReply;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TstSessionConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void parseCount_data();
    void parseCount();
    void tcpClient_data();
    void tcpClient();
    void tcpServer_data();
    void tcpServer();
    void udp_data();
    void udp();
    void groupFits_data();
    void groupFits();

    void appliedToTheSessions();
    void udpTargetIsLookedUpOnlyWhenItChanges();
    void settingsRoundTrip();
    void damagedSettingsFallBackFieldByField();
};

void TstSessionConfig::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SockpitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sessionconfig"));
}

void TstSessionConfig::init()
{
    QSettings().clear();
}

void TstSessionConfig::parseCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("value"); // -1: refused
    QTest::newRow("zero") << s("0") << 0;
    QTest::newRow("spaces") << s(" 42 ") << 42;
    QTest::newRow("negative") << s("-1") << -1;
    QTest::newRow("unit") << s("5s") << -1;
    QTest::newRow("fraction") << s("1.5") << -1;
    QTest::newRow("words") << s("two") << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("too big") << s("99999999999") << -1;
}

void TstSessionConfig::parseCount()
{
    QFETCH(QString, text);
    QFETCH(int, value);
    const Result<int> count = Sockpit::parseCount(text);
    if (value < 0) {
        QVERIFY(!count.ok());
        QCOMPARE(count.error, QStringLiteral("'%1' is not a whole number of 0 or more").arg(text));
    } else {
        QVERIFY2(count.ok(), qPrintable(count.error));
        QCOMPARE(count.value, value);
    }
}

void TstSessionConfig::tcpClient_data()
{
    QTest::addColumn<ConfigSource>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("timeout");
    QTest::addColumn<QString>("expected"); // "host:port timeout" or the error
    QTest::addColumn<bool>("ok");

    QTest::newRow("form, IPv4") << Form << QString() << s("127.0.0.1") << s("7788") << QString() << s("127.0.0.1:7788 5000") << true;
    QTest::newRow("form, IPv6 in brackets") << Form << QString() << s("[::1]") << s("80") << s("300") << s("[::1]:80 300") << true;
    QTest::newRow("form, bare IPv6") << Form << QString() << s(" ::1 ") << s(" 80 ") << QString() << s("[::1]:80 5000") << true;
    QTest::newRow("form, name") << Form << QString() << s("localhost") << s("1") << QString() << s("localhost:1 5000") << true;
    QTest::newRow("form, empty host") << Form << QString() << QString() << s("80") << QString()
                                      << s("enter the server's host and port") << false;
    QTest::newRow("form, empty port") << Form << QString() << s("127.0.0.1") << QString() << QString()
                                      << s("enter the server's host and port") << false;
    QTest::newRow("form, bad IPv4") << Form << QString() << s("1.2.3") << s("80") << QString()
                                    << s("'1.2.3' is not an IPv4 address: it needs four numbers separated by dots") << false;
    QTest::newRow("form, port 0") << Form << QString() << s("127.0.0.1") << s("0") << QString()
                                  << s("port 0 is out of range 1–65535") << false;
    QTest::newRow("form, zero timeout") << Form << QString() << s("127.0.0.1") << s("1") << s("0")
                                        << s("must be more than 0 milliseconds") << false;
    QTest::newRow("command line") << CommandLine << s("[::1]:7788") << QString() << QString() << s("1500")
                                  << s("[::1]:7788 1500") << true;
    QTest::newRow("command line, no port") << CommandLine << s("127.0.0.1") << QString() << QString() << QString()
                                           << s("--tcp-client: '127.0.0.1' has no port; expected HOST:PORT") << false;
    QTest::newRow("command line, empty") << CommandLine << QString() << QString() << QString() << QString()
                                         << s("--tcp-client: the address is empty; expected HOST:PORT") << false;
    QTest::newRow("command line, timeout in words") << CommandLine << s("127.0.0.1:1") << QString() << QString() << s("5s")
                                                    << s("--connect-timeout: '5s' is not a whole number of 0 or more") << false;
    QTest::newRow("command line, zero timeout") << CommandLine << s("127.0.0.1:1") << QString() << QString() << s("0")
                                                << s("--connect-timeout: must be more than 0 milliseconds") << false;
}

void TstSessionConfig::tcpClient()
{
    QFETCH(ConfigSource, source);
    QFETCH(QString, target);
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, timeout);
    QFETCH(QString, expected);
    QFETCH(bool, ok);
    TcpClientInput input;
    input.target = target;
    input.host = host;
    input.port = port;
    input.connectTimeoutMs = timeout;
    const Result<TcpClientConfig> config = parseTcpClientConfig(input, source);
    QCOMPARE(config.ok(), ok);
    if (ok)
        QCOMPARE(config.value.targetText() + u' ' + QString::number(config.value.connectTimeoutMs), expected);
    else
        QCOMPARE(config.error, expected); // whole: one message, said once
}

void TstSessionConfig::tcpServer_data()
{
    QTest::addColumn<ConfigSource>("source");
    QTest::addColumn<QString>("listen");
    QTest::addColumn<QString>("maxClients");
    QTest::addColumn<AutoReply>("mode");
    QTest::addColumn<QString>("reply");
    QTest::addColumn<bool>("hex");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("expected"); // "listen clients | reply bytes (hex)" or the error
    QTest::addColumn<bool>("ok");

    QTest::newRow("port alone") << Form << s("7788") << QString() << AutoReply::Off << QString() << false << QString()
                                << s("7788 0 | ") << true;
    QTest::newRow("IPv6 any") << Form << s("[::]:1") << s("3") << AutoReply::Echo << QString() << false << QString()
                              << s("[::]:1 3 | ") << true;
    QTest::newRow("fixed in GBK") << Form << s("0") << QString() << AutoReply::Fixed << s("谢谢\\r") << false << s("GBK")
                                  << s("0 0 | d0bbd0bb0d") << true;
    QTest::newRow("fixed hex") << Form << s("0") << QString() << AutoReply::Fixed << s("74 68 78") << true << QString()
                               << s("0 0 | 746878") << true;
    QTest::newRow("Hex encoding means hex") << Form << s("0") << QString() << AutoReply::Fixed << s("4f4b") << false << s("Hex")
                                            << s("0 0 | 4f4b") << true;
    QTest::newRow("reply kept when off") << Form << s("0") << QString() << AutoReply::Off << s("74 6G") << true << QString()
                                         << s("0 0 | ") << true;
    QTest::newRow("empty port") << Form << QString() << QString() << AutoReply::Off << QString() << false << QString()
                                << s("enter the port to listen on") << false;
    QTest::newRow("form, port out of range") << Form << s("70000") << QString() << AutoReply::Off << QString() << false << QString()
                                             << s("port 70000 is out of range 0–65535") << false;
    QTest::newRow("form, bad hex reply") << Form << s("0") << QString() << AutoReply::Fixed << s("74 6G") << true << QString()
                                         << s("fixed reply: 'G' at column 5 is not a hex digit") << false;
    QTest::newRow("form, empty reply") << Form << s("0") << QString() << AutoReply::Fixed << QString() << false << QString()
                                       << s("fixed reply: the fixed reply is empty: type what to answer") << false;
    QTest::newRow("command line, empty") << CommandLine << QString() << QString() << AutoReply::Off << QString() << false
                                         << QString() << s("--tcp-server: the address is empty") << false;
    QTest::newRow("command line, host name") << CommandLine << s("example.com:80") << QString() << AutoReply::Off << QString()
                                             << false << QString()
                                             << s("--tcp-server: 'example.com' is a host name; binding needs a local IP address")
                                             << false;
    QTest::newRow("command line, negative") << CommandLine << s("1") << s("-1") << AutoReply::Off << QString() << false
                                            << QString() << s("--max-clients: '-1' is not a whole number of 0 or more") << false;
    QTest::newRow("command line, bad escape") << CommandLine << s("1") << QString() << AutoReply::Fixed << s("a\\q") << false
                                              << QString() << s("--reply: ") << false;
    QTest::newRow("command line, bad encoding") << CommandLine << s("1") << QString() << AutoReply::Fixed << s("x") << false
                                                << s("NoSuchCode") << s("--reply: encoding 'NoSuchCode' is not available") << false;
}

void TstSessionConfig::tcpServer()
{
    QFETCH(ConfigSource, source);
    QFETCH(QString, listen);
    QFETCH(QString, maxClients);
    QFETCH(AutoReply, mode);
    QFETCH(QString, reply);
    QFETCH(bool, hex);
    QFETCH(QString, encoding);
    QFETCH(QString, expected);
    QFETCH(bool, ok);
    TcpServerInput input;
    input.listen = listen;
    input.maxClients = maxClients;
    input.autoReply = mode;
    input.replyText = reply;
    input.replyHex = hex;
    input.encoding = encoding;
    const Result<TcpServerConfig> config = parseTcpServerConfig(input, source);
    QVERIFY2(config.ok() == ok, qPrintable(config.error));
    if (ok) {
        const TcpServerConfig &c = config.value;
        QCOMPARE(QStringLiteral("%1 %2 | %3").arg(c.listenText()).arg(c.maxClients).arg(QString::fromLatin1(c.reply.toHex())),
                 expected);
        QCOMPARE(c.autoReply, mode);
        QCOMPARE(c.replyText, reply); // as typed, for the form and the settings
    } else {
        QVERIFY2(config.error.startsWith(expected), qPrintable(config.error));
    }
}

void TstSessionConfig::udp_data()
{
    QTest::addColumn<ConfigSource>("source");
    QTest::addColumn<QString>("bind");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QString>("ttl");
    QTest::addColumn<QString>("expected"); // "bind > target [groups] ttl" or the error
    QTest::addColumn<bool>("ok");

    const QStringList none;
    QTest::newRow("port alone") << Form << s("7788") << QString() << none << QString() << s("7788 >  [] 1") << true;
    QTest::newRow("every IPv4, target") << Form << s("0.0.0.0:0") << s("127.0.0.1:7789") << none << s("7")
                                        << s("0.0.0.0:0 > 127.0.0.1:7789 [] 7") << true;
    QTest::newRow("groups on every address") << CommandLine << s("5000") << QString()
                                             << QStringList{s("239.1.2.3"), s("ff15::1")} << QString()
                                             << s("5000 >  [239.1.2.3,ff15::1] 1") << true;
    QTest::newRow("IPv4 group on 0.0.0.0") << CommandLine << s("0.0.0.0:5000") << QString() << QStringList{s("239.1.2.3")}
                                           << QString() << s("0.0.0.0:5000 >  [239.1.2.3] 1") << true;
    QTest::newRow("form, no port: sending only") << Form << QString() << s("127.0.0.1:9") << none << QString()
                                                 << s(" > 127.0.0.1:9 [] 1") << true;
    QTest::newRow("command line, empty") << CommandLine << QString() << QString() << none << QString()
                                         << s("--udp: the address is empty") << false;
    QTest::newRow("form, bad target") << Form << s("0") << s("127.0.0.1") << none << QString()
                                      << s("'127.0.0.1' has no port; expected HOST:PORT") << false;
    QTest::newRow("form, ttl over 255") << Form << s("0") << QString() << none << s("256") << s("a hop limit is 0–255, not 256")
                                        << false;
    QTest::newRow("command line, port") << CommandLine << s("70000") << QString() << none << QString()
                                        << s("--udp: port 70000 is out of range 0–65535") << false;
    QTest::newRow("command line, peer") << CommandLine << s("0") << s("1.2.3:4") << none << QString()
                                        << s("--peer: '1.2.3' is not an IPv4 address") << false;
    QTest::newRow("command line, not a group") << CommandLine << s("0") << QString() << QStringList{s("10.0.0.1")} << QString()
                                               << s("--join: '10.0.0.1' is not a multicast group") << false;
    QTest::newRow("form, IPv6 group on IPv4") << Form << s("0.0.0.0:0") << QString() << QStringList{s("ff15::1")} << QString()
                                              << s("ff15::1 is an IPv6 group: bind to [::]:PORT or to every address (PORT alone)")
                                              << false;
}

void TstSessionConfig::udp()
{
    QFETCH(ConfigSource, source);
    QFETCH(QString, bind);
    QFETCH(QString, target);
    QFETCH(QStringList, groups);
    QFETCH(QString, ttl);
    QFETCH(QString, expected);
    QFETCH(bool, ok);
    UdpInput input;
    input.bind = bind;
    input.target = target;
    input.groups = groups;
    input.multicastTtl = ttl;
    const Result<UdpConfig> config = parseUdpConfig(input, source);
    QVERIFY2(config.ok() == ok, qPrintable(config.error));
    if (ok) {
        QStringList names;
        for (const QHostAddress &group : config.value.groups)
            names << group.toString();
        QCOMPARE(QStringLiteral("%1 > %2 [%3] %4")
                     .arg(config.value.bindText(), config.value.targetText(), names.join(u','))
                     .arg(config.value.multicastTtl),
                 expected);
    } else {
        QVERIFY2(config.error.startsWith(expected), qPrintable(config.error));
    }
}

void TstSessionConfig::groupFits_data()
{
    QTest::addColumn<QString>("bind");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("error"); // empty: fits
    QTest::newRow("every address, IPv4") << s("1") << s("239.1.2.3") << QString();
    QTest::newRow("every address, IPv6") << s("1") << s("ff15::1") << QString();
    QTest::newRow("the group's own address") << s("239.1.2.3:1") << s("239.1.2.3") << QString();
    QTest::newRow("::, IPv6") << s("[::]:1") << s("ff15::1") << QString();
    QTest::newRow("::, IPv4") << s("[::]:1") << s("239.1.2.3")
                              << s("239.1.2.3 is an IPv4 group: bind to 0.0.0.0:PORT or to every address (PORT alone)");
    QTest::newRow("one address") << s("127.0.0.1:5000") << s("239.1.2.3")
                                 << s("239.1.2.3: group datagrams only reach a port bound to every address; bind to port 5000 alone");
}

void TstSessionConfig::groupFits()
{
    QFETCH(QString, bind);
    QFETCH(QString, group);
    QFETCH(QString, error);
    const Result<Endpoint> endpoint = EndpointParser::parseBindSpec(bind);
    QVERIFY(endpoint.ok());
    const Status form = checkGroupFits(endpoint.value, QHostAddress(group), Form);
    QCOMPARE(form.error, error);
    const Status commandLine = checkGroupFits(endpoint.value, QHostAddress(group), CommandLine);
    QCOMPARE(commandLine.error, error.isEmpty() ? QString() : QStringLiteral("--join: ") + error);
}

void TstSessionConfig::appliedToTheSessions()
{
    TcpClientConfig client;
    client.host = s("::1");
    client.port = 7788;
    client.connectTimeoutMs = 1234;
    client.shortConnection = true;
    client.replyTimeoutMs = 99;
    TcpClientSession tcpClient;
    applyTo(tcpClient, client);
    QCOMPARE(tcpClient.targetText(), s("[::1]:7788"));
    QCOMPARE(tcpClient.connectTimeout(), 1234);
    QVERIFY(tcpClient.isShortConnection());
    QCOMPARE(tcpClient.state(), Session::State::Idle); // applying connects nothing

    TcpServerInput input;
    input.listen = s("127.0.0.1:0");
    input.maxClients = s("4");
    input.maxPerIp = s("2");
    input.idleTimeoutS = s("30");
    input.autoReply = AutoReply::Fixed;
    input.replyText = s("ok");
    const Result<TcpServerConfig> server = parseTcpServerConfig(input);
    QVERIFY(server.ok());
    TcpServerSession tcpServer;
    applyTo(tcpServer, server.value);
    QCOMPARE(tcpServer.maxClients(), 4);
    QCOMPARE(tcpServer.maxPerIp(), 2);
    QCOMPARE(tcpServer.idleTimeout(), 30);
    QCOMPARE(tcpServer.autoReply(), AutoReply::Fixed);
    QCOMPARE(tcpServer.fixedReply(), QByteArray("ok"));
    QVERIFY(!tcpServer.isListening());

    UdpConfig udp;
    udp.broadcast = true;
    udp.multicastTtl = 9;
    udp.multicastLoopback = false;
    udp.target = EndpointParser::parseHostPort(s("127.0.0.1:9")).value;
    UdpSession udpSession;
    applyTo(udpSession, udp);
    QVERIFY(udpSession.isBroadcastEnabled());
    QCOMPARE(udpSession.multicastTtl(), 9);
    QVERIFY(!udpSession.multicastLoopback());
    QCOMPARE(udpSession.targetText(), s("127.0.0.1:9"));
    QVERIFY(!udpSession.isBound());
    udp.target = Endpoint{};
    applyTo(udpSession, udp);
    QCOMPARE(udpSession.targetText(), QString());
}

void TstSessionConfig::udpTargetIsLookedUpOnlyWhenItChanges()
{
    UdpSession session;
    QSignalSpy changed(&session, &UdpSession::targetChanged);
    UdpConfig config;
    config.target = EndpointParser::parseHostPort(s("127.0.0.1:9")).value;
    applyTo(session, config);
    QCOMPARE(changed.size(), 1);
    config.broadcast = true; // another option changes; the target stays as it is
    applyTo(session, config);
    QCOMPARE(changed.size(), 1);
    config.target.port = 10;
    applyTo(session, config);
    QCOMPARE(changed.size(), 2);
}

void TstSessionConfig::settingsRoundTrip()
{
    TcpClientConfig client;
    client.host = s("::1");
    client.port = 9123;
    client.connectTimeoutMs = 777;
    client.shortConnection = true;
    client.replyTimeoutMs = 55;
    saveConfig(client);
    const TcpClientConfig clientBack = loadTcpClientConfig();
    QCOMPARE(clientBack.targetText(), s("[::1]:9123"));
    QCOMPARE(clientBack.connectTimeoutMs, 777);
    QVERIFY(clientBack.shortConnection);
    QCOMPARE(clientBack.replyTimeoutMs, 55);
    QCOMPARE(Settings::TcpClientPort.value(), s("9123")); // the keys of Sockpit 0.1 stay

    TcpServerConfig server;
    server.listen = EndpointParser::parseBindSpec(s("[::]:7799")).value;
    server.maxPerIp = 3;
    server.idleTimeoutS = 42;
    server.autoReply = AutoReply::Echo;
    server.replyText = s("74 68");
    server.replyHex = true;
    saveConfig(server);
    const TcpServerConfig serverBack = loadTcpServerConfig();
    QCOMPARE(serverBack.listenText(), s("[::]:7799"));
    QCOMPARE(serverBack.maxPerIp, 3);
    QCOMPARE(serverBack.idleTimeoutS, 42);
    QCOMPARE(serverBack.autoReply, AutoReply::Echo);
    QCOMPARE(serverBack.replyText, s("74 68"));
    QVERIFY(serverBack.replyHex);

    UdpConfig udp;
    udp.bind = EndpointParser::parseBindSpec(s("127.0.0.1:0")).value;
    udp.target = EndpointParser::parseHostPort(s("[::1]:9123")).value;
    udp.broadcast = true;
    udp.multicastTtl = 7;
    udp.multicastLoopback = false;
    udp.interfaceName = s("lo");
    saveConfig(udp);
    const UdpConfig udpBack = loadUdpConfig();
    QCOMPARE(udpBack.bindText(), s("127.0.0.1:0"));
    QCOMPARE(udpBack.targetText(), s("[::1]:9123"));
    QVERIFY(udpBack.broadcast);
    QCOMPARE(udpBack.multicastTtl, 7);
    QVERIFY(!udpBack.multicastLoopback);
    QCOMPARE(udpBack.interfaceName, s("lo"));
}

void TstSessionConfig::damagedSettingsFallBackFieldByField()
{
    Settings::TcpClientHost.setValue(s("1.2.3"));
    Settings::TcpClientPort.setValue(s("70000"));
    Settings::TcpClientConnectTimeoutMs.setValue(1500);
    const TcpClientConfig client = loadTcpClientConfig();
    QCOMPARE(client.targetText(), s("127.0.0.1:7788"));
    QCOMPARE(client.connectTimeoutMs, 1500);

    Settings::TcpServerListen.setValue(s("example.com:1"));
    Settings::TcpServerMaxClients.setValue(-4);
    Settings::TcpServerAutoReply.setValue(9);
    Settings::TcpServerIdleTimeoutS.setValue(12);
    const TcpServerConfig server = loadTcpServerConfig();
    QCOMPARE(server.listenText(), s("7788"));
    QCOMPARE(server.maxClients, 0);
    QCOMPARE(server.autoReply, AutoReply::Fixed);
    QCOMPARE(server.idleTimeoutS, 12);

    Settings::UdpBind.setValue(s("nowhere"));
    Settings::UdpTarget.setValue(s("no port"));
    Settings::UdpMulticastTtl.setValue(999);
    const UdpConfig udp = loadUdpConfig();
    QCOMPARE(udp.bindText(), s("7788"));
    QVERIFY(!udp.hasTarget());
    QCOMPARE(udp.multicastTtl, 255);
}

QTEST_GUILESS_MAIN(TstSessionConfig)
#include "tst_sessionconfig.moc"
