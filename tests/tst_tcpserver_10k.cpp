// Ten thousand clients against the TCP server panel, measured; run by hand:
//   SOCKPIT_SCALE_CLIENTS=10000 tests/tst_tcpserver_10k
// With SOCKPIT_SCALE_IDLE=1 the clients end by the idle timeout, all together,
// instead of by Disconnect all.
// The clients live in a Python process so this one holds only the server's
// descriptors. Reports accept time, broadcast time and the longest stall of
// the event loop (how long the window would have frozen).
#include "clienttablemodel.h"
#include "launchoptions.h"
#include "tcpserverpanel.h"
#include "tcpserversession.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Sockpit;

namespace {
// Connects COUNT clients (at most 1000 handshakes at a time), says "connected",
// then waits until every client has received MESSAGE and says "received".
const char ClientsScript[] = R"PY(
import resource, selectors, socket, sys
host, port, count, message = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4].encode()
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
sel = selectors.DefaultSelector()
started = connected = done = 0
got = {}
while connected < count:
    while started < count and started - connected < 1000:
        s = socket.socket(socket.AF_INET6 if ':' in host else socket.AF_INET)
        s.setblocking(False)
        s.connect_ex((host, port))
        sel.register(s, selectors.EVENT_WRITE)
        started += 1
    for key, _ in sel.select(1):
        if key.events == selectors.EVENT_WRITE:
            sel.modify(key.fileobj, selectors.EVENT_READ)
            got[key.fileobj] = b''
            connected += 1
print('connected', connected, flush=True)
while done < count:
    for key, _ in sel.select(1):
        data = key.fileobj.recv(65536)
        got[key.fileobj] += data
        if got[key.fileobj] == message:
            done += 1
print('received', done, flush=True)
sys.stdin.read()
)PY";
} // namespace

class TstTcpServerTenThousand : public QObject
{
    Q_OBJECT

private slots:
    void tenThousandClients();
};

void TstTcpServerTenThousand::tenThousandClients()
{
    const int count = qEnvironmentVariableIntValue("SOCKPIT_SCALE_CLIENTS");
    if (count <= 0)
        QSKIP("a measurement run by hand: set SOCKPIT_SCALE_CLIENTS=10000");
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is needed for the clients");

    TcpServerPanel panel;
    panel.resize(1100, 800);
    panel.show();
    LaunchOptions options;
    options.mode = LaunchOptions::Mode::TcpServer;
    options.tcpServer.listen = EndpointParser::parseBindSpec(QStringLiteral("127.0.0.1:0")).value;
    panel.launch(options);
    TcpServerSession *session = panel.session();
    QVERIFY(session->isListening());

    // The longest gap between ticks of a 5 ms timer is the longest freeze.
    QElapsedTimer sinceTick;
    qint64 worstStallMs = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] {
        worstStallMs = qMax(worstStallMs, sinceTick.restart());
    });

    QProcess clients;
    QByteArray clientOut;
    connect(&clients, &QProcess::readyReadStandardOutput, this, [&] { clientOut += clients.readAllStandardOutput(); });
    const QString message = QStringLiteral("hello everyone");
    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    ticker.start();
    clients.start(python, {QStringLiteral("-c"), QString::fromUtf8(ClientsScript), QStringLiteral("127.0.0.1"),
                           QString::number(session->listenPort()), QString::number(count), message});
    QTRY_COMPARE_WITH_TIMEOUT(session->clientCount(), count, 180000);
    const qint64 acceptMs = clock.elapsed();
    const qint64 acceptStall = worstStallMs;
    QTRY_COMPARE_WITH_TIMEOUT(panel.findChild<QTableView *>(QStringLiteral("clientView"))->model()->rowCount(), count,
                              10000);

    // Send to all, as a user does.
    auto *target = panel.findChild<QComboBox *>(QStringLiteral("sendTargetCombo"));
    target->setCurrentIndex(TcpServerPanel::AllClients);
    auto *input = panel.findChild<QPlainTextEdit *>(QStringLiteral("sendInput"));
    input->setPlainText(message);
    worstStallMs = 0;
    sinceTick.restart();
    clock.restart();
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
    const qint64 sendClickMs = clock.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(clientOut.contains("received"), 120000);
    const qint64 deliveredMs = clock.elapsed();
    const qint64 sendStall = worstStallMs;

    worstStallMs = 0;
    sinceTick.restart();
    clock.restart();
    const bool byIdleTimeout = qEnvironmentVariableIntValue("SOCKPIT_SCALE_IDLE") != 0;
    if (byIdleTimeout)
        session->setIdleTimeout(1); // silent since they came: every one expires in the next check
    else
        session->disconnectAll();
    QTRY_COMPARE_WITH_TIMEOUT(session->clientCount(), 0, 60000);
    const qint64 disconnectMs = clock.elapsed();
    clients.closeWriteChannel();
    clients.waitForFinished(10000);

    qInfo("%d clients: all accepted after %lld ms (longest stall %lld ms); send to all: click returned after %lld ms, "
          "all received after %lld ms (longest stall %lld ms); %s: %lld ms (longest stall %lld ms)",
          count, acceptMs, acceptStall, sendClickMs, deliveredMs, sendStall, byIdleTimeout ? "idle timeout" : "disconnect all",
          disconnectMs, worstStallMs);
}

QTEST_MAIN(TstTcpServerTenThousand)
#include "tst_tcpserver_10k.moc"
