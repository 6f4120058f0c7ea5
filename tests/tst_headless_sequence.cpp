// --sequence and --junit: the built binary runs a sequence against a scripted
// server (and the tutorial's own Python server), prints one line per step,
// exits 0, 1 or 2, and writes a JUnit file a JUnit parser reads.

#include "commandline.h"
#include "common/headlessprocess.h"
#include "common/junitparsercheck.h"
#include "common/loopbackserver.h"

#include <QDir>
#include <QFile>
#include <QNetworkDatagram>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace Sockpit;
using SockpitTest::LoopbackTcpServer;

namespace {

/// The device: one reply per request line; "BYE" closes the connection instead.
void script(LoopbackTcpServer &server)
{
    server.setChunkHandler([&server](qsizetype client, const QByteArray &chunk) {
        for (const QByteArray &line : chunk.split('\n')) {
            if (line == "LOGIN")
                server.send(client, "OK welcome\n");
            else if (line == "Q")
                server.send(client, "VALUE=42\n");
            else if (line == "BAD")
                server.send(client, "ERR 5\n");
            else if (line == "BYE")
                server.close(client);
        }
    });
}

const QByteArray PassingSteps = R"(
    {"send": {"text": "LOGIN", "lineEnding": "lf"}},
    {"expect": {"match": "starts-with", "pattern": "OK"}, "name": "logged in"},
    {"repeat": 2, "steps": [{"send": {"text": "Q\n"}}, {"expect": {"match": "regex", "pattern": "^VALUE=\\d+"}}]})";

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *arg : list)
        out << QString::fromUtf8(arg);
    return out;
}

QStringList lines(const QByteArray &out)
{
    return QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TstHeadlessSequence : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void passes_data();
    void passes();
    void failsOnWrongReply();
    void timesOut();
    void connectionClosedFirst();
    void connectionRefused();
    void badFileRunsNothing_data();
    void badFileRunsNothing();
    void unwritableReportRunsNothing_data();
    void unwritableReportRunsNothing();
    void badArguments_data();
    void badArguments();
    void windowNeedsHeadless();
    void udp();
    void seedPeer();
    void examplesRunAgainstADevice_data();
    void examplesRunAgainstADevice();

private:
    QString writeSequence(const QByteArray &steps, const QString &name = QStringLiteral("t.sequence.json"));
    QStringList tcpArguments(const LoopbackTcpServer &server, const QString &file) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstHeadlessSequence::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TstHeadlessSequence::writeSequence(const QByteArray &steps, const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write("{\"version\": 1, \"name\": \"device check\", \"steps\": [" + steps + "]}\n");
    return path;
}

QStringList TstHeadlessSequence::tcpArguments(const LoopbackTcpServer &server, const QString &file) const
{
    const QString host = server.address().protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(server.address().toString())
                             : server.address().toString();
    return {QStringLiteral("--headless"), QStringLiteral("--tcp-client"), QStringLiteral("%1:%2").arg(host).arg(server.port()),
            QStringLiteral("--sequence"), file};
}

void TstHeadlessSequence::passes_data()
{
    QTest::addColumn<QHostAddress>("address");
    QTest::newRow("127.0.0.1") << QHostAddress(QHostAddress::LocalHost);
    QTest::newRow("::1") << QHostAddress(QHostAddress::LocalHostIPv6);
}

void TstHeadlessSequence::passes()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    LoopbackTcpServer server(address);
    QVERIFY(server.isListening());
    script(server);
    const QString junit = m_dir->filePath(QStringLiteral("report.xml"));
    HeadlessProcess run(tcpArguments(server, writeSequence(PassingSteps)) + QStringList{QStringLiteral("--junit"), junit});
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
    const QStringList out = lines(run.out());
    QCOMPARE(out.size(), 6);
    QCOMPARE(out[0], QStringLiteral("PASS step 1 send \"LOGIN\""));
    QVERIFY2(QRegularExpression(QStringLiteral("^PASS step 2 logged in \\(expect starts-with \"OK\"\\) \\d+ ms$")).match(out[1]).hasMatch(),
             qPrintable(out[1]));
    QCOMPARE(out[2], QStringLiteral("PASS step 3.1 [1] send \"Q\\n\""));
    QVERIFY2(out[5].startsWith(QStringLiteral("PASS step 3.2 [2] expect regex")), qPrintable(out[5]));
    QCOMPARE(server.received(0), QByteArray("LOGIN\nQ\nQ\n"));
    QVERIFY2(run.stderrText().contains(QStringLiteral("6 passed, 0 failed, 0 timed out, 0 skipped")), qPrintable(run.stderrText()));

    QFile report(junit);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray xml = report.readAll();
    QVERIFY2(xml.contains("<testsuite name=\"device check\" tests=\"6\" failures=\"0\""), xml.constData());
    const QString python = SockpitTest::pythonWithJunitparser();
    SKIP_WITHOUT_JUNITPARSER(python);
    QCOMPARE(SockpitTest::junitparserSummary(python, junit), QByteArray("1 6 0 0"));
}

void TstHeadlessSequence::failsOnWrongReply()
{
    LoopbackTcpServer server;
    script(server);
    const QString junit = m_dir->filePath(QStringLiteral("report.xml"));
    HeadlessProcess run(tcpArguments(server, writeSequence(R"({"send": {"text": "BAD\n"}},
        {"expect": {"match": "starts-with", "pattern": "OK"}, "timeoutMs": 300},
        {"send": {"text": "Q\n"}})")) + QStringList{QStringLiteral("--junit"), junit});
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(1), qPrintable(run.exitDescription()));
    const QStringList out = lines(run.out());
    QCOMPARE(out.size(), 3);
    QCOMPARE(out[0], QStringLiteral("PASS step 1 send \"BAD\\n\""));
    QVERIFY2(out[1].startsWith(QStringLiteral("FAIL step 2 expect starts-with \"OK\": ")), qPrintable(out[1]));
    QVERIFY2(out[1].contains(QStringLiteral("\"ERR 5\\n\"")), qPrintable(out[1]));
    QCOMPARE(out[2], QStringLiteral("SKIP step 3 send \"Q\\n\": an earlier step failed"));
    QCOMPARE(server.received(0), QByteArray("BAD\n"));
    const QString python = SockpitTest::pythonWithJunitparser();
    SKIP_WITHOUT_JUNITPARSER(python);
    QCOMPARE(SockpitTest::junitparserSummary(python, junit), QByteArray("1 3 1 1"));
}

void TstHeadlessSequence::timesOut()
{
    LoopbackTcpServer server;
    script(server);
    HeadlessProcess run(tcpArguments(server, writeSequence(R"({"send": {"text": "SILENT\n"}},
        {"expect": {"match": "contains", "pattern": "OK"}, "timeoutMs": 200}, {"wait": 1})")));
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(1), qPrintable(run.exitDescription()));
    const QStringList out = lines(run.out());
    QCOMPARE(out.size(), 3);
    QCOMPARE(out[1], QStringLiteral("TIMEOUT step 2 expect contains \"OK\": nothing received within 200 ms"));
    QCOMPARE(out[2], QStringLiteral("SKIP step 3 wait 1 ms: an earlier step failed"));
}

void TstHeadlessSequence::connectionClosedFirst()
{
    LoopbackTcpServer server;
    script(server);
    HeadlessProcess run(tcpArguments(server, writeSequence(R"({"send": {"text": "BYE\n"}},
        {"expect": {"match": "contains", "pattern": "OK"}, "timeoutMs": 60000})")));
    QVERIFY(run.waitForExit()); // long before the expect's timeout
    QVERIFY2(run.exitedWith(1), qPrintable(run.exitDescription()));
    const QStringList out = lines(run.out());
    QCOMPARE(out.size(), 2);
    QVERIFY2(out[1].startsWith(QStringLiteral("FAIL step 2 expect contains \"OK\": the connection ended: ")), qPrintable(out[1]));
}

void TstHeadlessSequence::connectionRefused()
{
    const quint16 port = SockpitTest::unusedTcpPort(QHostAddress(QHostAddress::LocalHost));
    QVERIFY(port != 0);
    HeadlessProcess run({QStringLiteral("--headless"), QStringLiteral("--tcp-client"), QStringLiteral("127.0.0.1:%1").arg(port),
                         QStringLiteral("--sequence"), writeSequence(R"({"send": {"text": "Q\n"}})")});
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(1), qPrintable(run.exitDescription()));
    QVERIFY(run.out().isEmpty()); // no step ran
    QVERIFY2(run.stderrText().contains(QStringLiteral("error: ")), qPrintable(run.stderrText()));
}

void TstHeadlessSequence::badFileRunsNothing_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("malformed JSON") << QByteArray("{\"steps\": [\n  {\"wait\": 1}\n  {\"wait\": 2}\n]}")
                                    << QStringLiteral(": line 3, column 3: ");
    QTest::newRow("invalid regex") << QByteArray(R"({"steps": [{"send": {"text": "Q\n"}}, {"expect": {"match": "regex", "pattern": "(a"}}]})")
                                   << QStringLiteral(": step 2 (expect): ");
    QTest::newRow("bad hex pattern") << QByteArray(R"({"steps": [{"expect": {"match": "hex", "pattern": "01 0G"}}]})")
                                     << QStringLiteral(": step 1 (expect): hex pattern");
    QTest::newRow("unknown command") << QByteArray(R"({"steps": [{"repeat": 2, "steps": [{"send": {"command": "x"}}]}]})")
                                     << QStringLiteral(": step 1.1 (send): no command is called \"x\"");
    QTest::newRow("not encodable") << QByteArray(R"({"steps": [{"send": {"text": "a", "encoding": "Shift_JIS"}}, {"send": {"text": "\u4e2d", "encoding": "ISO-8859-1"}}]})")
                                   << QStringLiteral(": step 2 (send): ");
}

void TstHeadlessSequence::badFileRunsNothing()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    LoopbackTcpServer server;
    const QString path = m_dir->filePath(QStringLiteral("bad.sequence.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    HeadlessProcess run(tcpArguments(server, path));
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(2), qPrintable(run.exitDescription()));
    QVERIFY2(run.stderrText().contains(QDir::toNativeSeparators(path) + error), qPrintable(run.stderrText()));
    QVERIFY(run.out().isEmpty());
    QCOMPARE(server.clientCount(), 0); // not even a connection
}

void TstHeadlessSequence::unwritableReportRunsNothing_data()
{
    QTest::addColumn<QString>("report");
    QTest::addColumn<QString>("error");
    QTest::newRow("no such folder") << QStringLiteral("no/such/folder/r.xml") << QStringLiteral("r.xml: cannot write: ");
    QTest::newRow("a folder") << QStringLiteral(".") << QStringLiteral(": cannot write: it is a folder");
}

void TstHeadlessSequence::unwritableReportRunsNothing()
{
    QFETCH(QString, report);
    QFETCH(QString, error);
    LoopbackTcpServer server;
    script(server);
    const QString path = m_dir->filePath(report);
    HeadlessProcess run(tcpArguments(server, writeSequence(PassingSteps)) + QStringList{QStringLiteral("--junit"), path});
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(2), qPrintable(run.exitDescription()));
    QVERIFY2(run.stderrText().contains(QStringLiteral("--junit: ") + QDir::toNativeSeparators(path)), qPrintable(run.stderrText()));
    QVERIFY2(run.stderrText().contains(error), qPrintable(run.stderrText()));
    QVERIFY(run.out().isEmpty());
    QCOMPARE(server.clientCount(), 0); // said before connecting: no step ran to be lost
}

void TstHeadlessSequence::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("junit alone") << args({"--headless", "--tcp-client", "127.0.0.1:9", "--junit", "r.xml"})
                                 << QStringLiteral("--junit needs --sequence");
    QTest::newRow("server") << args({"--headless", "--tcp-server", "127.0.0.1:0", "--sequence", "x.json"})
                            << QStringLiteral("--sequence runs on --tcp-client or --udp");
    QTest::newRow("udp without peer") << args({"--headless", "--udp", "127.0.0.1:0", "--sequence", "x.json"})
                                      << QStringLiteral("--sequence with --udp needs --peer");
    QTest::newRow("raw") << args({"--headless", "--raw", "--tcp-client", "127.0.0.1:9", "--sequence", "x.json"})
                         << QStringLiteral("choose one of --raw and --sequence");
    QTest::newRow("checksum") << args({"--headless", "--tcp-client", "127.0.0.1:9", "--checksum", "CRC-16/MODBUS", "--sequence", "x.json"})
                              << QStringLiteral("--checksum does not apply to --sequence");
}

void TstHeadlessSequence::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    HeadlessProcess run(arguments);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(2), qPrintable(run.exitDescription()));
    QVERIFY2(run.stderrText().contains(error), qPrintable(run.stderrText()));
}

void TstHeadlessSequence::windowNeedsHeadless()
{
    // Parsed in-process: the binary would need a display to get this far.
    const CommandLineResult parsed = parseCommandLine(args({"sockpit", "--tcp-client", "127.0.0.1:9", "--sequence", "x.json"}));
    QCOMPARE(parsed.action, CommandLineResult::Action::Fail);
    QCOMPARE(parsed.text, QStringLiteral("--sequence needs --headless"));
    const CommandLineResult good = parseCommandLine(
        args({"sockpit", "--headless", "--udp", "127.0.0.1:0", "--peer", "127.0.0.1:9", "--sequence", "x.json", "--junit", "r.xml"}));
    QCOMPARE(good.action, CommandLineResult::Action::Run);
    QCOMPARE(good.options.sequencePath, QStringLiteral("x.json"));
    QCOMPARE(good.options.junitPath, QStringLiteral("r.xml"));
}

void TstHeadlessSequence::udp()
{
    QUdpSocket device;
    QVERIFY(device.bind(QHostAddress(QHostAddress::LocalHost), 0));
    connect(&device, &QUdpSocket::readyRead, &device, [&device] {
        while (device.hasPendingDatagrams()) {
            const QNetworkDatagram datagram = device.receiveDatagram();
            if (datagram.data() == "PING")
                device.writeDatagram(datagram.makeReply("PONG 1"));
        }
    });
    HeadlessProcess run({QStringLiteral("--headless"), QStringLiteral("--udp"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--peer"), QStringLiteral("127.0.0.1:%1").arg(device.localPort()),
                         QStringLiteral("--sequence"),
                         writeSequence(R"({"repeat": 3, "steps": [{"send": {"text": "PING"}},
                             {"expect": {"match": "exact", "pattern": "PONG 1"}, "timeoutMs": 2000}]})")});
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
    const QStringList out = lines(run.out());
    QCOMPARE(out.size(), 6);
    QVERIFY2(out[5].startsWith(QStringLiteral("PASS step 1.2 [3] expect exact \"PONG 1\"")), qPrintable(out[5]));
}

void TstHeadlessSequence::seedPeer()
{
    // The tutorial's TCP server: takes one message (GBK), answers "thank you !" and closes.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed: the seed's TCP server cannot run");
    QProcess server;
    server.start(python, {QDir(QStringLiteral(SOCKPIT_SOURCE_DIR)).filePath(QStringLiteral("tests/peers/seed_tcp_server.py")),
                          QStringLiteral("0")});
    QVERIFY(server.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine() || server.state() == QProcess::NotRunning, 10000);
    const quint16 port = quint16(server.readLine().trimmed().toUInt());
    QVERIFY2(port != 0, server.readAllStandardError().constData());
    HeadlessProcess run({QStringLiteral("--headless"), QStringLiteral("--tcp-client"), QStringLiteral("127.0.0.1:%1").arg(port),
                         QStringLiteral("--sequence"),
                         writeSequence(R"({"send": {"text": "你好，服务器", "encoding": "GBK"}},
                             {"expect": {"match": "exact", "pattern": "thank you !"}, "timeoutMs": 5000})")});
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
    QCOMPARE(lines(run.out()).size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(server.state(), QProcess::NotRunning, 10000);
    QVERIFY2(QString::fromUtf8(server.readAllStandardOutput()).contains(QStringLiteral("你好，服务器")),
             "the server did not decode our GBK");
}

void TstHeadlessSequence::examplesRunAgainstADevice_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<int>("steps");
    QTest::newRow("login then query") << QStringLiteral("login-then-query.sequence.json") << 13;
    QTest::newRow("modbus") << QStringLiteral("modbus-read-holding.sequence.json") << 5;
}

void TstHeadlessSequence::examplesRunAgainstADevice()
{
    QFETCH(QString, example);
    QFETCH(int, steps);
    // A device that speaks both examples' protocols: lines of text, and Modbus RTU requests.
    LoopbackTcpServer device;
    device.setChunkHandler([&device](qsizetype client, const QByteArray &chunk) {
        if (chunk.startsWith("\x01\x03")) {
            const bool two = chunk.size() >= 6 && chunk.at(5) == 2;
            device.send(client, two ? QByteArray::fromHex("0103040015002A1234") : QByteArray::fromHex("010302000C1234"));
            return;
        }
        for (const QByteArray &line : chunk.split('\n')) {
            if (line == "LOGIN admin secret\r")
                device.send(client, "OK\r\n");
            else if (line == "READ temperature\r")
                device.send(client, "VALUE=21.5\r\n");
            else if (line == "LOGOUT\r")
                device.send(client, "BYE\r\n");
        }
    });
    const QString file = QDir(QStringLiteral(SOCKPIT_SOURCE_DIR "/docs/examples")).filePath(example);
    HeadlessProcess run(tcpArguments(device, file));
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription() + QString::fromUtf8(run.out())));
    const QStringList out = lines(run.out());
    QCOMPARE(out.size(), steps);
    for (const QString &line : out)
        QVERIFY2(line.startsWith(QStringLiteral("PASS ")), qPrintable(line));
}

QTEST_GUILESS_MAIN(TstHeadlessSequence)
#include "tst_headless_sequence.moc"
