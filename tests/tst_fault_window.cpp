// The fault battery against the window's panels with their logs shown: a
// stream with no newline, floods of tiny messages, 20,000 UDP senders,
// zero-length and largest datagrams. Memory is bounded (measured as growth,
// never as time), nothing received goes uncounted, and the panel keeps
// serving meanwhile. Loopback only; every load bounded in count and time.
#include "launchoptions.h"
#include "sessionworkspace.h"
#include "tcpserverpanel.h"
#include "tcpserversession.h"
#include "trafficlog.h"
#include "udppanel.h"
#include "udpsession.h"

#include "common/blockingpeers.h"
#include "common/loopbackserver.h"
#include "common/procmemory.h"
#include "common/widgetprobe.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

#include <algorithm>
#include <set>

using namespace Sockpit;
using SockpitTest::RawTcpPeer;
using SockpitTest::Blocking::PeerThread;

namespace {
const QHostAddress Loopback(QHostAddress::LocalHost);
constexpr int Patience = 180000;
constexpr qint64 MiB = 1024 * 1024;

// The sanitizer's quarantine keeps freed memory: sizes shrink and the
// process's own growth is not a measure; the ring's accounting still is.
constexpr bool MemoryIsMeasurable = !SockpitTest::UnderAddressSanitizer;
constexpr qint64 StreamBytes = (MemoryIsMeasurable ? 500 : 100) * MiB;

qint64 residentBytes()
{
    return SockpitTest::selfStatusKiB("VmRSS") * 1024;
}

/// Waits for done while the event loop runs, noting the highest resident size.
bool waitNotingPeak(const std::function<bool()> &done, qint64 *peak)
{
    return QTest::qWaitFor(
        [&] {
            *peak = std::max(*peak, residentBytes());
            return done();
        },
        Patience);
}

/// Shown at a window's size, so the log view has rows to paint.
bool shown(QWidget &panel)
{
    panel.resize(1000, 760);
    panel.show();
    return QTest::qWaitForWindowExposed(&panel);
}

/// The resident size grew by less than bound (where it can be measured).
void checkGrowth(qint64 before, qint64 peak, qint64 bound)
{
    const qint64 growth = peak - before;
    qInfo("resident memory grew by %lld MiB at most", growth / MiB);
    if (MemoryIsMeasurable)
        QVERIFY2(growth < bound, qPrintable(QStringLiteral("grew by %1 MiB").arg(growth / MiB)));
}

void launchServer(TcpServerPanel &panel, const QByteArray &fixedReply)
{
    LaunchOptions options;
    options.mode = LaunchOptions::Mode::TcpServer;
    options.tcpServer.listen = EndpointParser::parseBindSpec(QStringLiteral("127.0.0.1:0")).value;
    options.tcpServer.autoReply = TcpServerSession::AutoReply::Fixed;
    options.tcpServer.replyText = QString::fromLatin1(fixedReply);
    options.tcpServer.reply = fixedReply;
    panel.launch(options);
}

/// A UDP sender of its own for each datagram: a new source port each time.
bool sendFromFreshPort(quint16 port, QByteArrayView datagram)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_storage to;
    const socklen_t length = SockpitTest::RawSocket::toSockaddr(Loopback, port, &to);
    const bool sent = fd >= 0
        && ::sendto(fd, datagram.data(), size_t(datagram.size()), 0, reinterpret_cast<sockaddr *>(&to), length)
            == datagram.size();
    if (fd >= 0)
        ::close(fd);
    return sent;
}

void bindPanel(UdpPanel &panel)
{
    auto *addresses = SockpitTest::childNamed<QComboBox>(&panel, "addressCombo");
    addresses->setCurrentIndex(addresses->findData(QStringLiteral("127.0.0.1")));
    SockpitTest::replaceText(SockpitTest::childNamed<QLineEdit>(&panel, "portEdit"), QStringLiteral("0"));
    QTest::mouseClick(SockpitTest::childNamed<QPushButton>(&panel, "bindButton"), Qt::LeftButton);
}
} // namespace

class TstFaultWindow : public QObject
{
    Q_OBJECT
private slots:
    void init() { QSettings().clear(); }
    // First: the heap has not grown for an earlier test yet, so its growth shows.
    void tinyMessagesStayWithinTheRing();
    void streamWithoutNewlineKeepsMemoryAndService();
    void twentyThousandUdpSenders();
    void zeroLengthAndLargestDatagrams();
};

// A peer sends hundreds of megabytes without a newline into the shown log; a
// newcomer is accepted and answered meanwhile.
void TstFaultWindow::streamWithoutNewlineKeepsMemoryAndService()
{
    TcpServerPanel panel;
    QVERIFY(shown(panel));
    launchServer(panel, "ok\n");
    TcpServerSession *server = panel.session();
    QVERIFY(server->isListening());
    const qint64 before = residentBytes();

    PeerThread flood([port = server->listenPort()](PeerThread &self) {
        std::unique_ptr<RawTcpPeer> peer = RawTcpPeer::connectTo(Loopback, port);
        if (!peer) {
            self.fail();
            return;
        }
        const QByteArray block(1 * MiB, 'x');
        for (qint64 sent = 0; sent < StreamBytes && !self.stopRequested(); sent += block.size()) {
            // The replies are read as they come: closing with unread data would reset
            // the connection, and the kernel would drop what the server has not read yet.
            if (!SockpitTest::Blocking::sendAll(*peer, block) || peer->readAvailable().readError()) {
                self.fail();
                return;
            }
        }
        peer->shutdownSending();
        if (!SockpitTest::Blocking::readToEnd(*peer))
            self.fail();
    });
    TrafficLog *log = panel.workspace()->log();
    qint64 peak = before;
    // Halfway through, someone else comes and is answered.
    QVERIFY(waitNotingPeak([&] { return log->counters().rxBytes >= quint64(StreamBytes / 2) || flood.isDone(); }, &peak));
    std::unique_ptr<RawTcpPeer> newcomer = RawTcpPeer::connectTo(Loopback, server->listenPort());
    QVERIFY(newcomer && newcomer->send("hello\n"));
    newcomer->startReading();
    QVERIFY(waitNotingPeak([&] { return newcomer->received() == "ok\n"; }, &peak));

    QVERIFY(waitNotingPeak([&] { return flood.isDone(); }, &peak));
    QCOMPARE(flood.failures(), 0);
    QVERIFY2(waitNotingPeak([&] { return log->counters().rxBytes == quint64(StreamBytes) + 6; }, &peak),
             qPrintable(QStringLiteral("%1 bytes received").arg(log->counters().rxBytes)));
    QVERIFY(log->usedBytes() <= log->capacityBytes());
    checkGrowth(before, peak, 150 * MiB);
}

// Tens of thousands of one-byte messages: each is an entry, and the entries
// cost what the ring's budget allows, not a read buffer each.
void TstFaultWindow::tinyMessagesStayWithinTheRing()
{
    constexpr int Clients = 4;
    constexpr int MessagesEach = 10000;
    TcpServerPanel panel;
    QVERIFY(shown(panel));
    launchServer(panel, QByteArray());
    TcpServerSession *server = panel.session();
    TrafficLog *log = panel.workspace()->log();
    log->setCapacityBytes(4 * MiB); // reached many times over by the messages' bookkeeping
    const qint64 before = residentBytes();
    std::vector<std::unique_ptr<PeerThread>> senders;
    for (int c = 0; c < Clients; ++c) {
        senders.push_back(std::make_unique<PeerThread>([port = server->listenPort()](PeerThread &self) {
            std::unique_ptr<RawTcpPeer> peer = RawTcpPeer::connectTo(Loopback, port);
            if (!peer) {
                self.fail();
                return;
            }
            SockpitTest::Blocking::setNoDelay(*peer);
            for (int i = 0; i < MessagesEach && !self.stopRequested(); ++i) {
                if (!SockpitTest::Blocking::sendAll(*peer, "m"))
                    self.fail();
                if (i % 64 == 0)
                    std::this_thread::yield(); // one segment at a time, as a slow device sends
            }
        }));
    }
    qint64 peak = before;
    QVERIFY(waitNotingPeak(
        [&] { return std::all_of(senders.cbegin(), senders.cend(), [](const auto &s) { return s->isDone(); }); },
        &peak));
    for (const auto &sender : senders)
        QCOMPARE(sender->failures(), 0);
    QVERIFY(waitNotingPeak([&] { return log->counters().rxBytes == quint64(Clients * MessagesEach); }, &peak));
    QVERIFY(log->usedBytes() <= log->capacityBytes());
    checkGrowth(before, peak, 64 * MiB);
}

// Datagrams from 20,000 source ports: every one counted, the panel's list of
// recent senders stays short.
void TstFaultWindow::twentyThousandUdpSenders()
{
    constexpr int Senders = 20000;
    UdpPanel panel;
    QVERIFY(shown(panel));
    bindPanel(panel);
    UdpSession *udp = panel.session();
    QVERIFY(udp->isBound());
    PeerThread senders([port = udp->localPort()](PeerThread &self) {
        for (int i = 0; i < Senders && !self.stopRequested(); ++i) {
            if (!sendFromFreshPort(port, QByteArray::number(i)))
                self.fail();
            if (i % 256 == 0)
                std::this_thread::yield();
        }
    });
    TrafficLog *log = panel.workspace()->log();
    QTRY_VERIFY_WITH_TIMEOUT(senders.isDone(), Patience);
    QCOMPARE(senders.failures(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(log->counters().rxChunks + udp->droppedBySystem(), quint64(Senders), Patience);
    auto *targets = SockpitTest::childNamed<QComboBox>(&panel, "targetCombo");
    QVERIFY(targets->count() <= UdpPanel::MaxRecentSenders + 1); // the senders and what was typed
    QVERIFY(log->usedBytes() <= log->capacityBytes());
}

// Empty datagrams are entries like any other; the largest IPv4 datagrams at
// 2,000 a second all arrive, or the system's drops are counted.
void TstFaultWindow::zeroLengthAndLargestDatagrams()
{
    constexpr int Empty = 1000;
    constexpr int Largest = 2000;
    UdpPanel panel;
    QVERIFY(shown(panel));
    bindPanel(panel);
    UdpSession *udp = panel.session();
    QVERIFY(udp->isBound());
    PeerThread senders([port = udp->localPort()](PeerThread &self) {
        for (int i = 0; i < Empty; ++i) {
            if (!sendFromFreshPort(port, QByteArrayView()))
                self.fail();
        }
        const QByteArray largest = SockpitTest::pattern(UdpSession::MaxIPv4Payload);
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < Largest && !self.stopRequested(); ++i) {
            // 2,000 a second: the i-th leaves at i/2 ms.
            std::this_thread::sleep_until(start + std::chrono::microseconds(500 * i));
            if (!sendFromFreshPort(port, largest))
                self.fail();
        }
    });
    TrafficLog *log = panel.workspace()->log();
    QTRY_VERIFY_WITH_TIMEOUT(senders.isDone(), Patience);
    QCOMPARE(senders.failures(), 0);
    const quint64 expectedBytes = quint64(Largest) * quint64(UdpSession::MaxIPv4Payload);
    QTRY_COMPARE_WITH_TIMEOUT(log->counters().rxChunks + udp->droppedBySystem(), quint64(Empty + Largest), Patience);
    if (udp->droppedBySystem() == 0)
        QCOMPARE(log->counters().rxBytes, expectedBytes);
    QVERIFY(log->usedBytes() <= log->capacityBytes());
}

QTEST_MAIN(TstFaultWindow)
#include "tst_fault_window.moc"
