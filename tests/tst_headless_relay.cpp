// sockpit --relay [HOST:]PORT --to HOST:PORT, the built binary: both
// directions forwarded, one line per read (or frame) on stdout with its
// direction and pair, state on stderr, and the exit codes of bad arguments (2)
// and of a port that cannot be listened on (1). Also with socat as a real
// peer on both sides when it is installed.

#include "common/headlessprocess.h"
#include "common/listeningport.h"
#include "common/loopbackserver.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using SockpitTest::LoopbackTcpServer;

namespace {

constexpr int Timeout = 10000;
const QHostAddress Loopback(QHostAddress::LocalHost);

/// The port the relay says it listens on ("relaying 127.0.0.1:PORT → …").
quint16 relayPort(const HeadlessProcess &run)
{
    static const QRegularExpression pattern(QStringLiteral("relaying 127\\.0\\.0\\.1:(\\d+) → "));
    return quint16(pattern.match(run.stderrText()).captured(1).toUInt());
}

QStringList relayArguments(quint16 targetPort, const QStringList &more = {})
{
    return QStringList{QStringLiteral("--headless"), QStringLiteral("--relay"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--to"),
                       QStringLiteral("127.0.0.1:%1").arg(targetPort)}
           + more;
}

/// Bytes shown by hex lines "C→T #1  41 42 …" on stdout.
qsizetype hexBytesOn(const QByteArray &out)
{
    static const qsizetype prefix = qsizetype(qstrlen("C→T #1  "));
    qsizetype bytes = 0;
    for (const QByteArray &line : out.split('\n')) {
        if (line.size() > prefix)
            bytes += (line.size() - prefix + 1) / 3;
    }
    return bytes;
}

} // namespace

class TstHeadlessRelay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void linesWithDirections_data();
    void linesWithDirections();
    void badArguments_data();
    void badArguments();
    void portInUse();
    void targetRefused();
    void socatBothSides();
};

void TstHeadlessRelay::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SOCKPIT_BINARY)).isExecutable(), SOCKPIT_BINARY);
}

void TstHeadlessRelay::linesWithDirections_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("up");
    QTest::addColumn<QByteArray>("down");
    QTest::addColumn<QByteArray>("upLines");
    QTest::addColumn<QByteArray>("downLines");
    QTest::newRow("per read") << QStringList{} << QByteArray("hello\r\n") << QByteArray("world")
                              << QByteArray("C→T #1  hello\\r\\n\n") << QByteArray("T→C #1  world\n");
    QTest::newRow("frames") << QStringList{QStringLiteral("--frame"), QStringLiteral("delim:0A;strip")}
                            << QByteArray("one\ntwo\n") << QByteArray("three\n")
                            << QByteArray("C→T #1  one\nC→T #1  two\n") << QByteArray("T→C #1  three\n");
    QTest::newRow("hex") << QStringList{QStringLiteral("--encoding"), QStringLiteral("Hex")} << QByteArray("AB")
                         << QByteArray("\x01\xff", 2) << QByteArray("C→T #1  41 42\n") << QByteArray("T→C #1  01 FF\n");
}

void TstHeadlessRelay::linesWithDirections()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, up);
    QFETCH(QByteArray, down);
    QFETCH(QByteArray, upLines);
    QFETCH(QByteArray, downLines);
    LoopbackTcpServer target;
    QVERIFY(target.isListening());
    HeadlessProcess run(relayArguments(target.port(), options));
    QTRY_VERIFY_WITH_TIMEOUT(relayPort(run) != 0, Timeout);

    QTcpSocket client;
    client.connectToHost(Loopback, relayPort(run));
    QVERIFY(client.waitForConnected(Timeout));
    client.write(up);
    QTRY_COMPARE_WITH_TIMEOUT(target.received(0), up, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(run.out(), upLines, Timeout);
    target.send(0, down);
    QTRY_COMPARE_WITH_TIMEOUT(client.bytesAvailable(), qint64(down.size()), Timeout);
    QCOMPARE(client.readAll(), down);
    QTRY_COMPARE_WITH_TIMEOUT(run.out(), upLines + downLines, Timeout);
    // State on stderr, the legs named by their pair.
    QVERIFY2(run.stderrText().contains(u"C #1 127.0.0.1:"), qPrintable(run.stderrText()));
    QVERIFY2(run.stderrText().contains(QStringLiteral("T #1 127.0.0.1:%1 connected").arg(target.port())),
             qPrintable(run.stderrText()));

    client.disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(target.connectionEnded(0), Timeout); // the half-close passed on
    QTRY_VERIFY_WITH_TIMEOUT(run.stderrText().contains(u"client finished sending — passed on"), Timeout);
    run.process().terminate();
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
}

void TstHeadlessRelay::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    const quint16 port = SockpitTest::unusedTcpPort(Loopback);
    const QString self = QStringLiteral("127.0.0.1:%1").arg(port);
    QTest::newRow("loop") << QStringList{QStringLiteral("--headless"), QStringLiteral("--relay"), self, QStringLiteral("--to"), self}
                          << QStringLiteral("--to: the target %1 is this relay itself").arg(self);
    QTest::newRow("loop through every address")
        << QStringList{QStringLiteral("--headless"), QStringLiteral("--relay"), QString::number(port), QStringLiteral("--to"),
                       QStringLiteral("localhost:%1").arg(port)}
        << QStringLiteral("--to: the target localhost:%1 is this relay itself").arg(port);
    QTest::newRow("target without port") << QStringList{QStringLiteral("--headless"), QStringLiteral("--relay"), QStringLiteral("0"),
                                                        QStringLiteral("--to"), QStringLiteral("127.0.0.1")}
                                         << QStringLiteral("--to: ");
    QTest::newRow("no target") << QStringList{QStringLiteral("--headless"), QStringLiteral("--relay"), QStringLiteral("0")}
                               << QStringLiteral("--relay needs --to HOST:PORT");
    QTest::newRow("target without relay") << QStringList{QStringLiteral("--headless"), QStringLiteral("--tcp-server"),
                                                         QStringLiteral("0"), QStringLiteral("--to"), self}
                                          << QStringLiteral("--to needs --relay");
    QTest::newRow("raw") << QStringList{QStringLiteral("--headless"), QStringLiteral("--raw"), QStringLiteral("--relay"),
                                        QStringLiteral("0"), QStringLiteral("--to"), self}
                         << QStringLiteral("--relay writes a line per read with its direction: leave out --raw");
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("--headless"), QStringLiteral("--relay"), QStringLiteral("0"), QStringLiteral("--to"),
                                                self, QStringLiteral("--connect-timeout"), QStringLiteral("0")}
                                 << QStringLiteral("--connect-timeout: must be more than 0");
}

void TstHeadlessRelay::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    HeadlessProcess run(arguments);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(2), qPrintable(run.exitDescription()));
    QVERIFY2(run.stderrText().contains(reason), qPrintable(run.stderrText()));
    QVERIFY(run.out().isEmpty());
}

void TstHeadlessRelay::portInUse()
{
    QTcpServer holder;
    QVERIFY(holder.listen(Loopback, 0));
    HeadlessProcess run({QStringLiteral("--headless"), QStringLiteral("--relay"), QStringLiteral("127.0.0.1:%1").arg(holder.serverPort()),
                         QStringLiteral("--to"), QStringLiteral("127.0.0.1:9")});
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(1), qPrintable(run.exitDescription()));
    QVERIFY2(run.stderrText().contains(u"in use"), qPrintable(run.stderrText()));
    QVERIFY2(run.stderrText().contains(QString::number(holder.serverPort())), qPrintable(run.stderrText()));
}

void TstHeadlessRelay::targetRefused()
{
    const quint16 closed = SockpitTest::unusedTcpPort(Loopback);
    HeadlessProcess run(relayArguments(closed));
    QTRY_VERIFY_WITH_TIMEOUT(relayPort(run) != 0, Timeout);
    QTcpSocket client;
    client.connectToHost(Loopback, relayPort(run));
    QVERIFY(client.waitForConnected(Timeout));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(run.stderrText().contains(QStringLiteral("target 127.0.0.1:%1 refused the connection").arg(closed)),
                             Timeout);
    QVERIFY2(run.stderrText().contains(u"C #1 127.0.0.1:"), qPrintable(run.stderrText()));
    QCOMPARE(run.process().state(), QProcess::Running); // the relay waits for the next client
}

void TstHeadlessRelay::socatBothSides()
{
    const QString socat = QStandardPaths::findExecutable(QStringLiteral("socat"));
    if (socat.isEmpty())
        QSKIP("socat is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray stream = SockpitTest::pattern(3 * 1024 * 1024 + 17);
    QFile in(dir.filePath(QStringLiteral("in.bin")));
    QVERIFY(in.open(QIODevice::WriteOnly));
    QCOMPARE(in.write(stream), qint64(stream.size()));
    in.close();
    const QString outPath = dir.filePath(QStringLiteral("out.bin"));

    // socat as the target writes what arrives to a file, and ends at the client's FIN.
    const quint16 targetPort = SockpitTest::unusedTcpPort(Loopback);
    QProcess target;
    target.start(socat, {QStringLiteral("-u"), QStringLiteral("TCP-LISTEN:%1,bind=127.0.0.1,reuseaddr").arg(targetPort),
                         QStringLiteral("OPEN:%1,creat,trunc").arg(outPath)});
    QVERIFY(target.waitForStarted(Timeout));
    QTRY_VERIFY_WITH_TIMEOUT(SockpitTest::isListeningOn(targetPort), Timeout);
    HeadlessProcess run(relayArguments(targetPort, {QStringLiteral("--encoding"), QStringLiteral("Hex")}));
    QTRY_VERIFY_WITH_TIMEOUT(relayPort(run) != 0, Timeout);
    // socat as the client sends the file and half-closes.
    HeadlessProcess client({QStringLiteral("-u"), QStringLiteral("OPEN:%1").arg(in.fileName()),
                            QStringLiteral("TCP:127.0.0.1:%1").arg(relayPort(run))},
                           socat);
    QVERIFY(client.waitForExit());
    QVERIFY2(client.exitedWith(0), qPrintable(client.exitDescription()));
    QTRY_COMPARE_WITH_TIMEOUT(target.state(), QProcess::NotRunning, Timeout);
    QCOMPARE(target.exitCode(), 0);
    QFile out(outPath);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QVERIFY2(out.readAll() == stream, "socat's target did not receive the file byte for byte");
    // Every line on stdout is a read from the client, in hex.
    QTRY_COMPARE_WITH_TIMEOUT(hexBytesOn(run.out()), stream.size(), Timeout);
    for (const QByteArray &line : run.out().split('\n'))
        QVERIFY2(line.isEmpty() || line.startsWith("C→T #1  "), line.left(40).constData());
}

QTEST_GUILESS_MAIN(TstHeadlessRelay)
#include "tst_headless_relay.moc"
