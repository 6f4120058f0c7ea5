// --tcp-server from the command line: its options checked (once, by the
// command line), launchTcpServer starting what they describe, and the built
// binary serving several loopback clients headless.
#include "commandline.h"
#include "launchoptions.h"
#include "sessionlaunch.h"
#include "tcpserversession.h"

#include "common/headlessprocess.h"
#include "common/loopbackserver.h"

#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include <csignal>

#include <unistd.h>

using namespace Sockpit;

namespace {
constexpr int Timeout = 10000;

/// The config "--tcp-server ARGS..." asks for, or why it cannot be had.
Result<TcpServerConfig> serverConfig(const QStringList &arguments)
{
    const CommandLineResult parsed = parseCommandLine(QStringList{QStringLiteral("sockpit"), QStringLiteral("--headless"),
                                                                  QStringLiteral("--tcp-server")}
                                                      + arguments);
    if (parsed.action != CommandLineResult::Action::Run)
        return Result<TcpServerConfig>::failure(parsed.text);
    return Result<TcpServerConfig>::success(parsed.options.tcpServer);
}

TcpServerConfig serverOptions(const QString &listen)
{
    const Result<TcpServerConfig> config = serverConfig({listen});
    if (!config.ok())
        qFatal("'%s' is not a listen address: %s", qPrintable(listen), qPrintable(config.error));
    return config.value;
}
} // namespace

class TstTcpServerLaunch : public QObject
{
    Q_OBJECT

private slots:
    void badOptions_data();
    void badOptions();
    void optionsReachTheSession();
    void portInUseIsANetworkFailure();
    void privilegedPortNeedsRights();
    void headlessServesSeveralClients();
    void headlessReplyInGbk();
};

void TstTcpServerLaunch::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments"); // after --headless --tcp-server
    QTest::addColumn<QString>("expected");
    const auto a = [](std::initializer_list<const char *> words) {
        QStringList list;
        for (const char *word : words)
            list << QString::fromUtf8(word);
        return list;
    };
    QTest::newRow("port out of range") << a({"70000"}) << "--tcp-server: port 70000 is out of range 0–65535";
    QTest::newRow("host name") << a({"localhost:7788"}) << "host name";
    QTest::newRow("empty") << a({""}) << "--tcp-server";
    QTest::newRow("negative limit") << a({"0", "--max-clients", "-1"}) << "--max-clients: '-1' is not a whole number";
    QTest::newRow("negative idle") << a({"0", "--idle-timeout", "-5"}) << "--idle-timeout: '-5' is not a whole number";
    QTest::newRow("echo and reply") << a({"0", "--echo", "--reply", "x"}) << "--echo and --reply";
    QTest::newRow("bad escape") << a({"0", "--reply", "a\\q"}) << "--reply: ";
    QTest::newRow("bad encoding") << a({"0", "--reply", "x", "--encoding", "NoSuchCode"}) << "NoSuchCode";
    QTest::newRow("bad hex reply") << a({"0", "--reply", "4G", "--encoding", "Hex"}) << "--reply: ";
}

void TstTcpServerLaunch::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Result<TcpServerConfig> config = serverConfig(arguments);
    QVERIFY(!config.ok());
    QVERIFY2(config.error.contains(expected), qPrintable(config.error));
    QVERIFY(!config.error.contains(u'\n'));
}

void TstTcpServerLaunch::optionsReachTheSession()
{
    const Result<TcpServerConfig> options = serverConfig(
        {QStringLiteral("[::1]:0"), QStringLiteral("--max-clients"), QStringLiteral("7"), QStringLiteral("--max-per-ip"),
         QStringLiteral("3"), QStringLiteral("--idle-timeout"), QStringLiteral("9"), QStringLiteral("--reply"),
         QStringLiteral("ok\\r\\n")});
    QVERIFY2(options.ok(), qPrintable(options.error));
    QObject parent;
    const LaunchResult result = launchTcpServer(options.value, &parent);
    QVERIFY2(result.session, qPrintable(result.error));
    auto *server = qobject_cast<TcpServerSession *>(result.session);
    QVERIFY(server);
    QCOMPARE(server->parent(), &parent);
    QVERIFY(server->isListening());
    QCOMPARE(server->listenAddress(), QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(server->maxClients(), 7);
    QCOMPARE(server->maxPerIp(), 3);
    QCOMPARE(server->idleTimeout(), 9);
    QCOMPARE(server->autoReply(), TcpServerSession::AutoReply::Fixed);
    QCOMPARE(server->fixedReply(), QByteArray("ok\r\n"));

    const Result<TcpServerConfig> echo = serverConfig({QStringLiteral("127.0.0.1:0"), QStringLiteral("--echo")});
    QVERIFY2(echo.ok(), qPrintable(echo.error));
    const LaunchResult echoed = launchTcpServer(echo.value, &parent);
    QVERIFY(echoed.session);
    QCOMPARE(qobject_cast<TcpServerSession *>(echoed.session)->autoReply(), TcpServerSession::AutoReply::Echo);
}

void TstTcpServerLaunch::portInUseIsANetworkFailure()
{
    TcpServerSession occupier;
    QVERIFY(occupier.listen(QStringLiteral("127.0.0.1:0")));
    QObject parent;
    const LaunchResult result =
        launchTcpServer(serverOptions(QStringLiteral("127.0.0.1:%1").arg(occupier.listenPort())), &parent);
    QVERIFY(!result.session);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.error.contains(u"already in use"), qPrintable(result.error));
    QVERIFY(parent.children().isEmpty());
}

void TstTcpServerLaunch::privilegedPortNeedsRights()
{
    // As an unprivileged user, as most users run it.
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty() || ::geteuid() != 0)
        QSKIP("needs root and setpriv to run the binary as an unprivileged user");
    HeadlessProcess sockpit({QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                             QStringLiteral(SOCKPIT_BINARY), QStringLiteral("--headless"), QStringLiteral("--tcp-server"),
                             QStringLiteral("127.0.0.1:1")},
                            setpriv);
    QVERIFY(sockpit.waitForExit());
    const QString err = sockpit.stderrText();
    if (err.contains(u"Permission denied") && !err.contains(u"127.0.0.1:1"))
        QSKIP("the binary cannot be run as an unprivileged user here");
    QVERIFY2(sockpit.exitedWith(1), qPrintable(sockpit.exitDescription()));
    QVERIFY2(err.contains(u"permission denied") && err.contains(u"below 1024"), qPrintable(err));
}

void TstTcpServerLaunch::headlessServesSeveralClients()
{
    const quint16 port = SockpitTest::unusedTcpPort(QHostAddress(QHostAddress::Any));
    QVERIFY(port);
    HeadlessProcess sockpit({QStringLiteral("--headless"), QStringLiteral("--tcp-server"), QString::number(port),
                             QStringLiteral("--echo")});
    QTRY_VERIFY2_WITH_TIMEOUT(sockpit.stderrText().contains(QStringLiteral("listening on port %1").arg(port)),
                              qPrintable(sockpit.exitDescription()), Timeout);

    QTcpSocket v4, v6;
    v4.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    v6.connectToHost(QHostAddress(QHostAddress::LocalHostIPv6), port);
    QTRY_COMPARE_WITH_TIMEOUT(v4.state(), QAbstractSocket::ConnectedState, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(v6.state(), QAbstractSocket::ConnectedState, Timeout);
    v4.write("from v4\n");
    v6.write("from v6\n");
    // Data to stdout as it comes; joins on stderr; every client hears its echo.
    QTRY_VERIFY_WITH_TIMEOUT(sockpit.out().contains("from v4\n") && sockpit.out().contains("from v6\n"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(v4.bytesAvailable(), qint64(8), Timeout);
    QCOMPARE(v4.readAll(), QByteArray("from v4\n"));
    QTRY_COMPARE_WITH_TIMEOUT(v6.bytesAvailable(), qint64(8), Timeout);
    QCOMPARE(v6.readAll(), QByteArray("from v6\n"));
    const QString v4Name = QStringLiteral("127.0.0.1:%1").arg(v4.localPort());
    const QString v6Name = QStringLiteral("[::1]:%1").arg(v6.localPort());
    QTRY_VERIFY_WITH_TIMEOUT(sockpit.stderrText().contains(v4Name + QStringLiteral(" connected")), Timeout);
    QVERIFY2(sockpit.stderrText().contains(v6Name + QStringLiteral(" connected")), qPrintable(sockpit.stderrText()));

    // A stdin line goes to every client.
    sockpit.write("to all\n");
    QTRY_VERIFY_WITH_TIMEOUT(v4.bytesAvailable() >= 7 && v6.bytesAvailable() >= 7, Timeout);
    QCOMPARE(v4.readAll(), QByteArray("to all\n"));
    QCOMPARE(v6.readAll(), QByteArray("to all\n"));

    // Leaving is reported with the reason.
    v4.disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(sockpit.stderrText().contains(v4Name + QStringLiteral(": closed by the client")), Timeout);

    ::kill(pid_t(sockpit.process().processId()), SIGTERM);
    QVERIFY(sockpit.waitForExit());
    QVERIFY2(sockpit.exitedWith(0), qPrintable(sockpit.exitDescription()));
}

void TstTcpServerLaunch::headlessReplyInGbk()
{
    const quint16 port = SockpitTest::unusedTcpPort(QHostAddress(QHostAddress::LocalHost));
    QVERIFY(port);
    const QString address = QStringLiteral("127.0.0.1:%1").arg(port);
    HeadlessProcess sockpit({QStringLiteral("--headless"), QStringLiteral("--tcp-server"), address, QStringLiteral("--encoding"),
                             QStringLiteral("GBK"), QStringLiteral("--reply"), QStringLiteral("谢谢")});
    QTRY_VERIFY2_WITH_TIMEOUT(sockpit.stderrText().contains(QStringLiteral("listening on ") + address),
                              qPrintable(sockpit.exitDescription()), Timeout);
    QTcpSocket client;
    client.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, Timeout);
    client.write("\xc4\xe3\xba\xc3"); // 你好 in GBK
    QTRY_COMPARE_WITH_TIMEOUT(client.bytesAvailable(), qint64(4), Timeout);
    QCOMPARE(client.readAll(), QByteArray("\xd0\xbb\xd0\xbb")); // 谢谢 in GBK
    // stdout is UTF-8 whatever the wire encoding.
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromUtf8(sockpit.out()), QStringLiteral("你好"), Timeout);
}

QTEST_GUILESS_MAIN(TstTcpServerLaunch)
#include "tst_tcpserverlaunch.moc"
