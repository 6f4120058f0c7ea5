// The built binary run headless (like netcat with encodings) against loopback
// servers in the test: stdin goes out, what arrives comes out on stdout,
// exit codes and reasons on stderr. And the pump that reads stdin only as fast
// as the session sends, against a session whose backlog the test controls.

#include "address.h"
#include "inputpump.h"
#include "stdinreader.h"

#include "common/fakesession.h"
#include "common/headlessprocess.h"
#include "common/loopbackserver.h"

#include <QSocketNotifier>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

#include <fcntl.h>
#include <unistd.h>

using namespace Sockpit;
using SockpitTest::FakeSession;
using SockpitTest::LoopbackTcpServer;

namespace {

constexpr int Timeout = 10000;

using Headless = HeadlessProcess;

QString target(const LoopbackTcpServer &server)
{
    return Address::hostPort(server.address(), server.port());
}

/// A pipe standing in for stdin: the test writes data into it as fast as the
/// reader takes it, then closes it.
class InputPipe
{
public:
    explicit InputPipe(QByteArray data)
        : m_data(std::move(data))
    {
        if (::pipe(m_fds) != 0)
            qFatal("pipe failed");
        ::fcntl(m_fds[1], F_SETFL, O_NONBLOCK);
        m_writable = std::make_unique<QSocketNotifier>(m_fds[1], QSocketNotifier::Write);
        QObject::connect(m_writable.get(), &QSocketNotifier::activated, m_writable.get(), [this] { writeSome(); });
    }
    ~InputPipe()
    {
        closeWriter();
        ::close(m_fds[0]);
    }
    InputPipe(const InputPipe &) = delete;
    InputPipe &operator=(const InputPipe &) = delete;

    int readEnd() const { return m_fds[0]; }
    qsizetype written() const { return m_written; }

private:
    void writeSome()
    {
        while (m_written < m_data.size()) {
            const ssize_t n = ::write(m_fds[1], m_data.constData() + m_written, size_t(m_data.size() - m_written));
            if (n <= 0)
                return; // full: the reader is not reading
            m_written += n;
        }
        closeWriter();
    }
    void closeWriter()
    {
        m_writable.reset();
        if (m_fds[1] >= 0)
            ::close(m_fds[1]);
        m_fds[1] = -1;
    }

    QByteArray m_data;
    int m_fds[2] = {-1, -1};
    qsizetype m_written = 0;
    std::unique_ptr<QSocketNotifier> m_writable;
};

/// Lines of 1000 bytes numbered in order, so a lost or repeated line shows.
QByteArray numberedLines(qsizetype total)
{
    QByteArray data;
    data.reserve(total);
    for (int n = 0; data.size() < total; ++n)
        data += QByteArray::number(n).rightJustified(10, '0') + QByteArray(989, 'x') + '\n';
    return data;
}

} // namespace

class TstHeadless : public QObject
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

    void stdinWaitsWhileTheSessionIsBackedUp();
    void stdinWaitsForTheConnection();
    void badHexLineStopsThePump();

private:
    bool serverReady(const LoopbackTcpServer &server);
};

void TstHeadless::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SOCKPIT_BINARY)).isExecutable(), SOCKPIT_BINARY);
}

bool TstHeadless::serverReady(const LoopbackTcpServer &server)
{
    if (!server.isListening())
        qWarning("server: %s", qPrintable(server.errorString()));
    return server.isListening();
}

void TstHeadless::linesAreSentAndRepliesPrinted_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("IPv4") << QStringLiteral("127.0.0.1");
    QTest::newRow("IPv6") << QStringLiteral("::1");
}

void TstHeadless::linesAreSentAndRepliesPrinted()
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

void TstHeadless::endOfInputSendsTheRestThenExitsWhenThePeerCloses()
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

void TstHeadless::gbkBothWays()
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

void TstHeadless::hexBothWays()
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

void TstHeadless::malformedHexOnStdin()
{
    LoopbackTcpServer server;
    QVERIFY(serverReady(server));
    Headless run({QStringLiteral("--headless"), QStringLiteral("--tcp-client"), target(server),
                  QStringLiteral("--encoding"), QStringLiteral("hex")});
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    run.write("41\n48 6G\n42\n");
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(2), qPrintable(run.exitDescription()));
    QVERIFY2(run.stderrText().contains(u"stdin: line 2: 'G' at column 5 is not a hex digit"), qPrintable(run.stderrText()));
    // The line before went out; the bad one and everything after did not.
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionEnded(0), Timeout);
    QCOMPARE(server.received(0), QByteArray("A"));
}

void TstHeadless::refusedConnection()
{
    const quint16 port = SockpitTest::unusedTcpPort(QHostAddress(QHostAddress::LocalHost));
    QVERIFY(port != 0);
    Headless run({QStringLiteral("--headless"), QStringLiteral("--tcp-client"), QStringLiteral("127.0.0.1:%1").arg(port)});
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(1), qPrintable(run.exitDescription()));
    QVERIFY2(run.stderrText().contains(QStringLiteral("connection to 127.0.0.1:%1 refused").arg(port)), qPrintable(run.stderrText()));
    QVERIFY(run.out().isEmpty());
}

void TstHeadless::peerResetIsAnError()
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

void TstHeadless::badArguments_data()
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
    QTest::newRow("no mode") << QStringList{headless} << QStringLiteral("--headless needs --tcp-client, --tcp-server, --udp or --relay");
    QTest::newRow("capture file cannot be opened")
        << QStringList{headless, client, QStringLiteral("127.0.0.1:80"), QStringLiteral("--capture"),
                       QStringLiteral("/nonexistent-dir/capture.bin")}
        << QStringLiteral("cannot open capture file '/nonexistent-dir/capture.bin'");
}

void TstHeadless::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    Headless run(arguments);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(2), qPrintable(run.exitDescription()));
    QVERIFY2(run.stderrText().contains(reason), qPrintable(run.stderrText()));
    QVERIFY(run.out().isEmpty());
}

void TstHeadless::captureWritesRawBytes()
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

void TstHeadless::sigtermEndsCleanly()
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

void TstHeadless::halfCharacterAtTheEndShows()
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

void TstHeadless::closedStdoutEndsTheRun()
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

void TstHeadless::againstTheTutorialServer()
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

void TstHeadless::stdinWaitsWhileTheSessionIsBackedUp()
{
    const QByteArray data = numberedLines(3 * Session::HighWaterMark + 5000);
    InputPipe pipe(data);
    FakeSession session;
    StdinReader reader(nullptr, pipe.readEnd());
    InputPump pump(&session, &reader, QStringLiteral("UTF-8"), /*waitForActive*/ false);
    qsizetype peakHeld = 0;
    session.onSend([&] { peakHeld = qMax(peakHeld, pump.heldBytes()); });
    QSignalSpy done(&pump, &InputPump::done);
    reader.start();

    int pauses = 0;
    while (done.isEmpty()) {
        QTRY_VERIFY_WITH_TIMEOUT(session.isBackedUp() || !done.isEmpty(), Timeout);
        if (!done.isEmpty())
            break;
        ++pauses;
        // Backed up: stdin is not read and nothing more is sent, however often the loop runs.
        const qsizetype sent = session.received().size();
        const qsizetype written = pipe.written();
        for (int pass = 0; pass < 100; ++pass)
            QCoreApplication::processEvents();
        QVERIFY(reader.isPaused());
        QCOMPARE(session.received().size(), sent);
        QVERIFY(pipe.written() - written <= 2 * StdinReader::ChunkBytes); // the pipe fills and the writer waits
        session.drain(); // drained(): on with the input
        QVERIFY(pauses < 10);
    }
    QCOMPARE(pauses, 3);
    QVERIFY(pump.isDone());
    QCOMPARE(session.received().size(), data.size());
    QVERIFY(session.received() == data); // every byte, in order
    QVERIFY2(peakHeld <= StdinReader::ChunkBytes + 1000, qPrintable(QString::number(peakHeld)));
    QVERIFY2(session.peakBacklog() < Session::HighWaterMark + 1000, qPrintable(QString::number(session.peakBacklog())));
}

void TstHeadless::stdinWaitsForTheConnection()
{
    InputPipe pipe(QByteArray("one\ntwo\nthree without newline"));
    FakeSession session; // idle: a TCP client still connecting
    StdinReader reader(nullptr, pipe.readEnd());
    InputPump pump(&session, &reader, QStringLiteral("UTF-8"), /*waitForActive*/ true);
    QSignalSpy done(&pump, &InputPump::done);
    reader.start();
    QTRY_VERIFY_WITH_TIMEOUT(pump.heldBytes() > 0, Timeout);
    for (int pass = 0; pass < 100; ++pass)
        QCoreApplication::processEvents();
    QCOMPARE(session.sends(), 0);
    QVERIFY(reader.isPaused()); // one read is held, no more

    session.setActive(true);
    pump.pump(); // as the runner does once the peer is known
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, Timeout);
    QCOMPARE(session.received(), QByteArray("one\ntwo\nthree without newline"));
    QCOMPARE(session.sends(), 3); // line by line
}

void TstHeadless::badHexLineStopsThePump()
{
    InputPipe pipe(QByteArray("41 42\n4G\n43\n"));
    FakeSession session;
    StdinReader reader(nullptr, pipe.readEnd());
    InputPump pump(&session, &reader, QStringLiteral("Hex"), /*waitForActive*/ false);
    QSignalSpy failed(&pump, &InputPump::failed);
    reader.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
    QVERIFY2(failed.at(0).at(0).toString().contains(u"not a hex digit"), qPrintable(failed.at(0).at(0).toString()));
    for (int pass = 0; pass < 100; ++pass)
        QCoreApplication::processEvents();
    QCOMPARE(session.received(), QByteArray("AB")); // the good line went; nothing after the bad one
    QVERIFY(!pump.isDone());
}

QTEST_GUILESS_MAIN(TstHeadless)
#include "tst_headless.moc"
