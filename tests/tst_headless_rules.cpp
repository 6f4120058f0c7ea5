// --rules headless: the built binary answering as a TCP server, a TCP client
// and on UDP, frames cut by --frame; bad rules files and refused combinations
// exit 2 with the reason.

#include "common/headlessprocess.h"
#include "common/loopbackserver.h"

#include <QFile>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <csignal>

namespace {

constexpr int Timeout = 10000;

const char *const PingRules = R"json({"version": 1, "rules": [
    {"name": "ping", "match": "starts-with", "pattern": "PING", "reply": "PONG {counter}\r\n"},
    {"name": "temp", "match": "regex", "pattern": "^T=(\\d+)", "reply": "T is {1}"},
    {"name": "bye", "match": "starts-with", "pattern": "bye", "action": "close"},
    {"name": "quiet", "match": "any", "action": "ignore"}
]})json";

} // namespace

class TstHeadlessRules : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tcpServerAnswers();
    void framesFollowFrameOption();
    void tcpClientAnswers();
    void udpAnswersTheSender();
    void badInput_data();
    void badInput();

private:
    QString writeFile(const QString &name, const QByteArray &text);
    QTemporaryDir m_dir;
};

void TstHeadlessRules::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TstHeadlessRules::writeFile(const QString &name, const QByteArray &text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return QString();
    return path;
}

void TstHeadlessRules::tcpServerAnswers()
{
    const QString rules = writeFile(QStringLiteral("ping.rules.json"), PingRules);
    const quint16 port = SockpitTest::unusedTcpPort(QHostAddress(QHostAddress::LocalHost));
    QVERIFY(port);
    HeadlessProcess run({QStringLiteral("--headless"), QStringLiteral("--tcp-server"), QStringLiteral("127.0.0.1:%1").arg(port),
                         QStringLiteral("--rules"), rules});
    QTRY_VERIFY2_WITH_TIMEOUT(run.stderrText().contains(QStringLiteral("listening on")), qPrintable(run.exitDescription()),
                              Timeout);
    QTcpSocket client, other;
    client.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    other.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(other.state(), QAbstractSocket::ConnectedState, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(run.stderrText().count(QStringLiteral(" connected")) == 2, Timeout);
    client.write("PING");
    QTRY_COMPARE_WITH_TIMEOUT(client.bytesAvailable(), qint64(8), Timeout);
    QCOMPARE(client.readAll(), QByteArray("PONG 1\r\n"));
    other.write("T=31");
    QTRY_COMPARE_WITH_TIMEOUT(other.bytesAvailable(), qint64(7), Timeout);
    QCOMPARE(other.readAll(), QByteArray("T is 31"));
    QCOMPARE(client.bytesAvailable(), qint64(0)); // only the sender is answered
    // Each reply is said on stderr; received data still goes to stdout.
    QTRY_VERIFY_WITH_TIMEOUT(run.stderrText().contains(QStringLiteral("rule 2 'temp' answered 127.0.0.1:%1 [7 B]")
                                                           .arg(other.localPort())),
                             Timeout);
    QVERIFY2(run.stderrText().contains(QStringLiteral("rule 1 'ping' answered 127.0.0.1:%1 [8 B]").arg(client.localPort())),
             qPrintable(run.stderrText()));
    QTRY_VERIFY_WITH_TIMEOUT(run.out().contains("PING") && run.out().contains("T=31"), Timeout);

    client.write("bye");
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, Timeout);
    other.write("nothing to say");
    QTRY_VERIFY_WITH_TIMEOUT(run.out().contains("nothing to say"), Timeout);
    QTest::qWait(50);
    QCOMPARE(other.bytesAvailable(), qint64(0)); // ignored
    ::kill(pid_t(run.process().processId()), SIGTERM);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
}

void TstHeadlessRules::framesFollowFrameOption()
{
    const QString rules = writeFile(QStringLiteral("lines.rules.json"), PingRules);
    const quint16 port = SockpitTest::unusedTcpPort(QHostAddress(QHostAddress::LocalHost));
    QVERIFY(port);
    HeadlessProcess run({QStringLiteral("--headless"), QStringLiteral("--tcp-server"), QStringLiteral("127.0.0.1:%1").arg(port),
                         QStringLiteral("--frame"), QStringLiteral("delim:0A;strip"), QStringLiteral("--rules"), rules});
    QTRY_VERIFY2_WITH_TIMEOUT(run.stderrText().contains(QStringLiteral("listening on")), qPrintable(run.exitDescription()),
                              Timeout);
    QTcpSocket client;
    client.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, Timeout);
    client.write("PING\nT=5\nPI"); // two frames and the start of a third, in one write
    QTRY_COMPARE_WITH_TIMEOUT(client.bytesAvailable(), qint64(14), Timeout);
    QCOMPARE(client.readAll(), QByteArray("PONG 1\r\nT is 5"));
    client.write("NG\n");
    QTRY_COMPARE_WITH_TIMEOUT(client.bytesAvailable(), qint64(8), Timeout);
    QCOMPARE(client.readAll(), QByteArray("PONG 2\r\n"));
}

void TstHeadlessRules::tcpClientAnswers()
{
    const QString rules = writeFile(QStringLiteral("client.rules.json"), PingRules);
    SockpitTest::LoopbackTcpServer server(QHostAddress(QHostAddress::LocalHostIPv6));
    if (!server.isListening())
        QSKIP("IPv6 is not available on ::1 here");
    HeadlessProcess run({QStringLiteral("--headless"), QStringLiteral("--tcp-client"), QStringLiteral("[::1]:%1").arg(server.port()),
                         QStringLiteral("--rules"), rules});
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), qsizetype(1), Timeout);
    QTRY_VERIFY2_WITH_TIMEOUT(run.stderrText().contains(QStringLiteral("connected")), qPrintable(run.exitDescription()), Timeout);
    server.send(0, "PING");
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("PONG 1\r\n"), Timeout);
    server.send(0, "bye");
    // The rule closes the connection: the run ends as when the peer closes.
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionEnded(0), Timeout);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
    // The frame that closed is printed too, and the close is said before its news.
    QCOMPARE(run.out(), QByteArray("PINGbye"));
    const QString said = run.stderrText();
    const qsizetype closes = said.indexOf(QStringLiteral("rule 3 'bye' closes the connection to [::1]:%1").arg(server.port()));
    QVERIFY2(closes >= 0, qPrintable(said));
    QVERIFY2(said.indexOf(QStringLiteral(": disconnected"), closes) > closes, qPrintable(said));
}

void TstHeadlessRules::udpAnswersTheSender()
{
    const QString rules = writeFile(QStringLiteral("udp.rules.json"), PingRules);
    HeadlessProcess run({QStringLiteral("--headless"), QStringLiteral("--udp"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--rules"), rules});
    QTRY_VERIFY2_WITH_TIMEOUT(run.stderrText().contains(QStringLiteral("receiving on")), qPrintable(run.exitDescription()),
                              Timeout);
    const QRegularExpressionMatch where =
        QRegularExpression(QStringLiteral("receiving on 127\\.0\\.0\\.1:(\\d+)")).match(run.stderrText());
    QVERIFY(where.hasMatch());
    const quint16 port = quint16(where.captured(1).toUInt());
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress(QHostAddress::LocalHost), 0));
    peer.writeDatagram("T=99", QHostAddress(QHostAddress::LocalHost), port);
    QTRY_VERIFY_WITH_TIMEOUT(peer.hasPendingDatagrams(), Timeout);
    QByteArray datagram(64, '\0');
    datagram.resize(peer.readDatagram(datagram.data(), datagram.size()));
    QCOMPARE(datagram, QByteArray("T is 99"));
    peer.writeDatagram("bye", QHostAddress(QHostAddress::LocalHost), port);
    QTRY_VERIFY_WITH_TIMEOUT(run.stderrText().contains(QStringLiteral("no connection to close")), Timeout);
    ::kill(pid_t(run.process().processId()), SIGTERM);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
}

void TstHeadlessRules::badInput_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("error");
    const QStringList none;
    QTest::newRow("malformed JSON") << QByteArray("{\"version\": 1,\n \"rules\": [\n  {\"match\": \"any\",}\n]}") << none
                                    << "bad.rules.json: line 3, column ";
    QTest::newRow("bad regex") << QByteArray(R"json({"version": 1, "rules": [{"match": "any", "reply": "x"},
                                  {"name": "bad", "match": "regex", "pattern": "(", "reply": "x"}]})json")
                               << none << "bad.rules.json: rule 2 'bad': regular expression: ";
    QTest::newRow("bad hex pattern") << QByteArray(R"json({"version": 1, "rules": [{"name": "h", "match": "hex", "pattern": "01 0X"}]})json")
                                     << none << "rule 1 'h': hex pattern: 'X' at column 5";
    QTest::newRow("unknown placeholder") << QByteArray(R"json({"version": 1, "rules": [{"name": "p", "match": "any", "reply": "{who}"}]})json")
                                         << none << "rule 1 'p': reply: column 1: unknown placeholder {who}";
    QTest::newRow("reply the encoding cannot hold")
        << QByteArray(R"json({"version": 1, "rules": [{"name": "zh", "match": "any", "reply": "你好"}]})json")
        << QStringList{QStringLiteral("--encoding"), QStringLiteral("ISO-8859-1")} << "rule 1 'zh': reply: column 1: ";
    QTest::newRow("--rules with --echo") << QByteArray(PingRules) << QStringList{QStringLiteral("--echo")}
                                         << "choose one of --rules and --echo / --reply";
    QTest::newRow("--rules with --reply") << QByteArray(PingRules) << QStringList{QStringLiteral("--reply"), QStringLiteral("x")}
                                          << "choose one of --rules and --echo / --reply";
    QTest::newRow("a file that is not there") << QByteArray() << none << "cannot read";
}

void TstHeadlessRules::badInput()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, extra);
    QFETCH(QString, error);
    const QString path = file.isEmpty() ? m_dir.filePath(QStringLiteral("missing.rules.json"))
                                        : writeFile(QStringLiteral("bad.rules.json"), file);
    QStringList arguments{QStringLiteral("--headless"), QStringLiteral("--tcp-server"), QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--rules"), path};
    arguments += extra;
    HeadlessProcess run(arguments);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(2), qPrintable(run.exitDescription()));
    QVERIFY2(run.stderrText().contains(error), qPrintable(run.stderrText()));
    QVERIFY2(!run.stderrText().contains(u"listening"), qPrintable(run.stderrText())); // nothing started half-way
}

QTEST_GUILESS_MAIN(TstHeadlessRules)
#include "tst_headless_rules.moc"
