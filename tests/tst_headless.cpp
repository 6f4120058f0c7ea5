// The built binary run headless (like netcat with encodings) against loopback
// servers in the test: stdin goes out, what arrives comes out on stdout,
// exit codes and reasons on stderr.

#include "common/headlessprocess.h"
#include "common/loopbackserver.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using SockpitTest::LoopbackTcpServer;

namespace {

constexpr int Timeout = 10000;

using Headless = HeadlessProcess;

QString target(const LoopbackTcpServer &server)
{
    const QHostAddress address = server.address();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                             : address.toString();
    return host + u':' + QString::number(server.port());
}

} // namespace

class tst_Headless : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void linesAreSentAndRepliesPrinted_data();
    void linesAreSentAndRepliesPrinted();
    void endOfInputSendsTheRestThenExitsWhenThePeerCloses();
    void gbkBothWays();
    void hexBothWays();
    void malformedHexOnStdin();
    void refusedConnection();
    void peerResetIsAnError();
    void badArguments_data();
    void badArguments();
    void captureWritesRawBytes();
    void sigtermEndsCleanly();
    void halfCharacterAtTheEndShows();
    void closedStdoutEndsTheRun();
    void againstTheTutorialServer();

private:
    bool serverReady(const LoopbackTcpServer &server);
};

void tst_Headless::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SOCKPIT_BINARY)).isExecutable(), SOCKPIT_BINARY);
}

bool tst_Headless::serverReady(const LoopbackTcpServer &server)
{
    if (!server.isListening())
        qWarning("server: %s", qPrintable(server.errorString()));
    return server.isListening();
}

void tst_Headless::linesAreSentAndRepliesPrinted_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("IPv4") << QStringLiteral("127.0.0.1");
    QTest::newRow("IPv6") << QStringLiteral("::1");
}

void tst_Headless::linesAreSentAndRepliesPrinted()
{
    QFETCH(QString, address);
    if (address == u"::1" && !SockpitTest::isIPv6LoopbackAvailable())
        QSKIP("IPv6 is not available on ::1 here");
    LoopbackTcpServer server{QHostAddress(address)};
    QVERIFY(serverReady(server));
    Headless run({QStringLiteral("--headless"), QStringLiteral("--tcp-client"), target(server)});
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    QTRY_VERIFY2_WITH_TIMEOUT(run.stderrText().contains(u"connected"), qPrintable(run.stderrText()), Timeout);

    run.write("hello\nworld\n");
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("hello\nworld\n"), Timeout);
    server.send(0, "from the server\n");
    QTRY_COMPARE_WITH_TIMEOUT(run.out(), QByteArray("from the server\n"), Timeout);
    run.write("more\n");
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("hello\nworld\nmore\n"), Timeout);

    server.close(0);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
    QVERIFY2(run.stderrText().contains(u"closed by the peer"), qPrintable(run.stderrText()));
    QCOMPARE(run.out(), QByteArray("from the server\n")); // state lines never mix into the data
}

void tst_Headless::endOfInputSendsTheRestThenExitsWhenThePeerCloses()
{
    LoopbackTcpServer server;
    QVERIFY(serverReady(server));
    Headless run({QStringLiteral("--headless"), QStringLiteral("--tcp-client"), target(server)});
    // Input that arrives before the connection is kept until it is up; a last
    // line without a newline goes out when the input ends.
    run.write("early\nlast line without newline");
    run.endInput();
    // The client closes its sending side; this server then closes the connection.
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionEnded(0), Timeout);
    QCOMPARE(server.received(0), QByteArray("early\nlast line without newline"));
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
}

void tst_Headless::gbkBothWays()
{
    LoopbackTcpServer server;
    QVERIFY(serverReady(server));
    Headless run({QStringLiteral("--headless"), QStringLiteral("--tcp-client"), target(server),
                  QStringLiteral("--encoding"), QStringLiteral("GBK")});
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);

    run.write(QStringLiteral("你好\n").toUtf8()); // the terminal speaks UTF-8
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("\xC4\xE3\xBA\xC3\n"), Timeout);

    // 谢谢 in GBK, split in the middle of a character.
    server.send(0, "\xD0\xBB\xD0");
    server.socket(0)->flush();
    QTRY_COMPARE_WITH_TIMEOUT(run.out(), QStringLiteral("谢").toUtf8(), Timeout);
    server.send(0, "\xBB\n");
    QTRY_COMPARE_WITH_TIMEOUT(run.out(), QStringLiteral("谢谢\n").toUtf8(), Timeout);
    server.close(0);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
}

void tst_Headless::hexBothWays()
{
    LoopbackTcpServer server;
    QVERIFY(serverReady(server));
    Headless run({QStringLiteral("--headless"), QStringLiteral("--tcp-client"), target(server),
                  QStringLiteral("--encoding"), QStringLiteral("Hex")});
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    run.write("48 65 6c 6C 6f\n0x0d,0x0a\n\n00FF\n");
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("Hello\r\n\x00\xff", 9), Timeout);
    server.send(0, QByteArray("\x00\x7f\xff", 3));
    QTRY_COMPARE_WITH_TIMEOUT(run.out(), QByteArray("00 7F FF\n"), Timeout);
    server.close(0);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
}

void tst_Headless::malformedHexOnStdin()
{
    LoopbackTcpServer server;
    QVERIFY(serverReady(server));
    Headless run({QStringLiteral("--headless"), QStringLiteral("--tcp-client"), target(server),
                  QStringLiteral("--encoding"), QStringLiteral("hex")});
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    run.write("41\n48 6G\n42\n");
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(2), qPrintable(run.exitDescription()));
    QVERIFY2(run.stderrText().contains(u"stdin: 'G' at column 5 is not a hex digit"), qPrintable(run.stderrText()));
    // The line before went out; the bad one and everything after did not.
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionEnded(0), Timeout);
    QCOMPARE(server.received(0), QByteArray("A"));
}

void tst_Headless::refusedConnection()
{
    const quint16 port = SockpitTest::unusedTcpPort(QHostAddress(QHostAddress::LocalHost));
    QVERIFY(port != 0);
    Headless run({QStringLiteral("--headless"), QStringLiteral("--tcp-client"), QStringLiteral("127.0.0.1:%1").arg(port)});
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(1), qPrintable(run.exitDescription()));
    QVERIFY2(run.stderrText().contains(QStringLiteral("connection to 127.0.0.1:%1 refused").arg(port)), qPrintable(run.stderrText()));
    QVERIFY(run.out().isEmpty());
}

void tst_Headless::peerResetIsAnError()
{
    LoopbackTcpServer server;
    QVERIFY(serverReady(server));
    Headless run({QStringLiteral("--headless"), QStringLiteral("--tcp-client"), target(server)});
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    server.send(0, "last words\n");
    QTRY_COMPARE_WITH_TIMEOUT(run.out(), QByteArray("last words\n"), Timeout);
    server.reset(0);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(1), qPrintable(run.exitDescription()));
    QVERIFY2(run.stderrText().contains(QStringLiteral("connection to %1 reset by the peer").arg(target(server))),
             qPrintable(run.stderrText()));
}

void tst_Headless::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    const QString headless = QStringLiteral("--headless");
    const QString client = QStringLiteral("--tcp-client");
    QTest::newRow("bad port") << QStringList{headless, client, QStringLiteral("127.0.0.1:70000")}
                              << QStringLiteral("port 70000 is out of range 1–65535");
    QTest::newRow("bad IP") << QStringList{headless, client, QStringLiteral("1.2.3:80")}
                            << QStringLiteral("'1.2.3' is not an IPv4 address");
    QTest::newRow("unknown encoding") << QStringList{headless, client, QStringLiteral("127.0.0.1:80"), QStringLiteral("--encoding"),
                                                     QStringLiteral("NOPE-1")}
                                      << QStringLiteral("encoding 'NOPE-1' is not available");
    QTest::newRow("unknown option") << QStringList{headless, QStringLiteral("--frobnicate")} << QStringLiteral("Unknown option 'frobnicate'");
    QTest::newRow("no mode") << QStringList{headless} << QStringLiteral("--headless needs --tcp-client, --tcp-server or --udp");
    QTest::newRow("capture file cannot be opened")
        << QStringList{headless, client, QStringLiteral("127.0.0.1:80"), QStringLiteral("--capture"),
                       QStringLiteral("/nonexistent-dir/capture.bin")}
        << QStringLiteral("cannot open capture file '/nonexistent-dir/capture.bin'");
}

void tst_Headless::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    Headless run(arguments);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(2), qPrintable(run.exitDescription()));
    QVERIFY2(run.stderrText().contains(reason), qPrintable(run.stderrText()));
    QVERIFY(run.out().isEmpty());
}

void tst_Headless::captureWritesRawBytes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("capture.bin"));
    LoopbackTcpServer server;
    QVERIFY(serverReady(server));
    Headless run({QStringLiteral("--headless"), QStringLiteral("--tcp-client"), target(server), QStringLiteral("--encoding"),
                  QStringLiteral("GBK"), QStringLiteral("--capture"), path});
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    const QByteArray first("\xC4\xE3\xBA", 3);
    const QByteArray second("\xC3\x00\xff\r\n", 5);
    server.send(0, first);
    server.socket(0)->flush();
    QTRY_VERIFY_WITH_TIMEOUT(!run.out().isEmpty(), Timeout);
    server.send(0, second);
    server.close(0);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), first + second); // raw, whatever the encoding
    QVERIFY(QString::fromUtf8(run.out()).startsWith(QStringLiteral("你好")));
}

void tst_Headless::sigtermEndsCleanly()
{
    LoopbackTcpServer server;
    QVERIFY(serverReady(server));
    Headless run({QStringLiteral("--headless"), QStringLiteral("--tcp-client"), target(server)});
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(run.stderrText().contains(u"connected"), Timeout);
    server.send(0, "before the signal\n");
    QTRY_COMPARE_WITH_TIMEOUT(run.out(), QByteArray("before the signal\n"), Timeout);

    run.process().terminate(); // SIGTERM
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionEnded(0), Timeout);
}

void tst_Headless::halfCharacterAtTheEndShows()
{
    LoopbackTcpServer server;
    QVERIFY(serverReady(server));
    Headless run({QStringLiteral("--headless"), QStringLiteral("--tcp-client"), target(server),
                  QStringLiteral("--encoding"), QStringLiteral("GBK")});
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    server.send(0, "\xC4\xE3\xBA"); // 你, then half of 好
    server.close(0);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
    QCOMPARE(QString::fromUtf8(run.out()), QStringLiteral("你\uFFFD"));
}

void tst_Headless::closedStdoutEndsTheRun()
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sh"));
    const QString head = QStandardPaths::findExecutable(QStringLiteral("head"));
    if (shell.isEmpty() || head.isEmpty())
        QSKIP("sh and head are needed for a pipeline");
    LoopbackTcpServer server;
    QVERIFY(serverReady(server));
    // sockpit | head -c 4: once head has its bytes and leaves, writing to stdout fails.
    Headless run({QStringLiteral("-c"),
                  QStringLiteral("{ \"$0\" --headless --tcp-client \"$1\"; echo \"exit=$?\" >&2; } | head -c 4"),
                  QStringLiteral(SOCKPIT_BINARY), target(server)},
                 shell);
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    QTimer feeder;
    QObject::connect(&feeder, &QTimer::timeout, &feeder, [&server] { server.send(0, "data\n"); });
    feeder.start(20);
    QVERIFY(run.waitForExit());
    feeder.stop();
    QCOMPARE(run.out(), QByteArray("data"));
    QVERIFY2(run.stderrText().contains(u"exit=0"), qPrintable(run.stderrText()));
    QVERIFY2(run.stderrText().contains(u"stdout:"), qPrintable(run.stderrText()));
}

void tst_Headless::againstTheTutorialServer()
{
    // The tutorial's GBK server (tests/peers): receives once, prints, answers "thank you !", closes.
    const QString script = QStringLiteral(SOCKPIT_SOURCE_DIR "/tests/peers/seed_tcp_server.py");
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty() || !QFileInfo::exists(script))
        QSKIP("python3 or tests/peers/seed_tcp_server.py is not available");
    QProcess server;
    server.start(python, {script, QStringLiteral("0")});
    QVERIFY(server.waitForStarted(Timeout));
    QByteArray serverOut;
    QTRY_VERIFY_WITH_TIMEOUT((serverOut += server.readAllStandardOutput()).contains('\n'), Timeout);
    const int port = serverOut.left(serverOut.indexOf('\n')).trimmed().toInt();
    QVERIFY2(port > 0, serverOut.constData());

    Headless run({QStringLiteral("--headless"), QStringLiteral("--tcp-client"), QStringLiteral("127.0.0.1:%1").arg(port),
                  QStringLiteral("--encoding"), QStringLiteral("GBK")});
    run.write(QStringLiteral("你好").toUtf8());
    run.endInput();
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
    QCOMPARE(run.out(), QByteArray("thank you !"));
    QVERIFY(server.state() == QProcess::NotRunning || server.waitForFinished(Timeout));
    serverOut += server.readAllStandardOutput();
    QVERIFY2(QString::fromUtf8(serverOut).contains(QStringLiteral("接收到的数据为: 你好")), serverOut.constData());
}

QTEST_GUILESS_MAIN(tst_Headless)
#include "tst_headless.moc"
