// The fault battery against the TCP server session, on 127.0.0.1: hostile
// peers on a thread of their own (churn with echo and with a fixed reply,
// resets in the middle of a megabyte, tricklers against the idle timeout,
// silent clients), and after each the server still accepts and answers.
// Every load is bounded in count and time; no timing is asserted.
#include "tcpserversession.h"

#include "common/blockingpeers.h"
#include "common/loopbackserver.h"

#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <mutex>

using namespace Sockpit;
using SockpitTest::RawTcpPeer;
using SockpitTest::Blocking::PeerThread;

namespace {
const QHostAddress Loopback(QHostAddress::LocalHost);
constexpr int Patience = 120000; // the whole load, under sanitizers too

/// What became of each client, by its port (the peers' side of the story).
class EndsByPort : public QObject
{
public:
    explicit EndsByPort(TcpServerSession &server)
    {
        connect(&server, &TcpServerSession::clientStateChanged, this,
                [this](quint64 id, ClientState state, const QString &) {
                    if (state != ClientState::Connected && state != ClientState::Closing)
                        m_ends.insert(m_ports.value(id), state);
                });
        connect(&server, &Session::peerJoined, this, [this](const Peer &peer) { m_ports.insert(peer.id, peer.port); });
    }
    int count(ClientState state) const { return int(std::count(m_ends.cbegin(), m_ends.cend(), state)); }
    bool ended(quint16 port) const { return m_ends.contains(port); }
    ClientState endOf(quint16 port) const { return m_ends.value(port); }
    int total() const { return int(m_ends.size()); }

private:
    QHash<quint64, quint16> m_ports;
    QHash<quint16, ClientState> m_ends;
};

/// A fresh client is accepted and gets expected back for what it sends.
bool answers(TcpServerSession &server, const QByteArray &sent, const QByteArray &expected)
{
    std::unique_ptr<RawTcpPeer> probe = RawTcpPeer::connectTo(Loopback, server.listenPort());
    if (!probe || !probe->send(sent))
        return false;
    probe->startReading();
    return QTest::qWaitFor([&] { return probe->received().size() >= expected.size(); }, 10000)
        && probe->received() == expected;
}
} // namespace

class TstFaultTcpServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<Peer>(); }
    void churnOfClientsThatVanish_data();
    void churnOfClientsThatVanish();
    void resetsInTheMiddleOfAMegabyte();
    void tricklersStaySilentOnesGo();
};

void TstFaultTcpServer::churnOfClientsThatVanish_data()
{
    QTest::addColumn<bool>("echo");
    QTest::newRow("echo") << true;
    QTest::newRow("fixed reply") << false;
}

// 3,000 clients connect, send a line and close or reset at once, while the
// server answers each (a write into a connection that is already gone).
void TstFaultTcpServer::churnOfClientsThatVanish()
{
    QFETCH(bool, echo);
    constexpr int Clients = 3000;
    constexpr int Threads = 3;
    TcpServerSession server;
    server.setAutoReply(echo ? TcpServerSession::AutoReply::Echo : TcpServerSession::AutoReply::Fixed,
                        QByteArray("fixed reply\n"));
    QVERIFY(server.listen(Loopback, 0));
    QSignalSpy joined(&server, &Session::peerJoined);
    QSignalSpy left(&server, &Session::peerLeft);

    std::vector<std::unique_ptr<PeerThread>> swarm;
    for (int t = 0; t < Threads; ++t) {
        swarm.push_back(std::make_unique<PeerThread>([port = server.listenPort(), t](PeerThread &self) {
            for (int i = t; i < Clients && !self.stopRequested(); i += Threads) {
                std::unique_ptr<RawTcpPeer> peer = RawTcpPeer::connectTo(Loopback, port);
                if (!peer || !peer->send(QByteArray("line ") + QByteArray::number(i) + '\n')) {
                    self.fail();
                    continue;
                }
                if (i % 2)
                    peer->reset();
                else
                    peer->close();
            }
        }));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(swarm.cbegin(), swarm.cend(), [](const auto &p) { return p->isDone(); }),
                             Patience);
    for (const auto &peers : swarm)
        QCOMPARE(peers->failures(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(left.count(), Clients, Patience);
    QCOMPARE(joined.count(), Clients);
    QCOMPARE(server.clientCount(), 0);
    QVERIFY(server.isListening());
    QVERIFY(answers(server, "still here\n", echo ? QByteArray("still here\n") : QByteArray("fixed reply\n")));
}

// 200 clients reset while sending a megabyte (the server echoes into them).
void TstFaultTcpServer::resetsInTheMiddleOfAMegabyte()
{
    constexpr int Clients = 200;
    constexpr int Threads = 4;
    const QByteArray half = SockpitTest::pattern(512 * 1024);
    TcpServerSession server;
    server.setAutoReply(TcpServerSession::AutoReply::Echo);
    QVERIFY(server.listen(Loopback, 0));
    EndsByPort ends(server);
    std::vector<std::unique_ptr<PeerThread>> swarm;
    for (int t = 0; t < Threads; ++t) {
        swarm.push_back(std::make_unique<PeerThread>([port = server.listenPort(), t, &half](PeerThread &self) {
            for (int i = t; i < Clients && !self.stopRequested(); i += Threads) {
                std::unique_ptr<RawTcpPeer> peer = RawTcpPeer::connectTo(Loopback, port);
                // Half of the megabyte, then the reset; the echo of it is never read.
                if (!peer || !SockpitTest::Blocking::sendAll(*peer, half))
                    self.fail();
                if (peer)
                    peer->reset();
            }
        }));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(swarm.cbegin(), swarm.cend(), [](const auto &p) { return p->isDone(); }),
                             Patience);
    for (const auto &peers : swarm)
        QCOMPARE(peers->failures(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(ends.total(), Clients, Patience);
    // Each ended as a reset (a write into it may fail first: also the peer's doing).
    QCOMPARE(ends.count(ClientState::Reset) + ends.count(ClientState::Failed), Clients);
    QVERIFY(ends.count(ClientState::Reset) > 0);
    QCOMPARE(server.clientCount(), 0);
    QCOMPARE(server.pendingBytes(), 0);
    QVERIFY(answers(server, "after the resets\n", "after the resets\n"));
}

// 300 clients send a byte every 0.5 s against an idle timeout of 2 s: all
// stay. 100 silent ones beside them: all are closed by the timeout.
void TstFaultTcpServer::tricklersStaySilentOnesGo()
{
    constexpr int Tricklers = 300;
    constexpr int Silent = 100;
    constexpr int Rounds = 8; // 4 s of trickling: twice the timeout
    TcpServerSession server;
    server.setIdleTimeout(2);
    QVERIFY(server.listen(Loopback, 0));
    EndsByPort ends(server);
    std::mutex portsLock;
    QSet<quint16> tricklerPorts;
    QSet<quint16> silentPorts;
    PeerThread peers([&, port = server.listenPort()](PeerThread &self) {
        std::vector<std::unique_ptr<RawTcpPeer>> tricklers;
        std::vector<std::unique_ptr<RawTcpPeer>> silent;
        for (int i = 0; i < Tricklers + Silent; ++i) {
            std::unique_ptr<RawTcpPeer> peer = RawTcpPeer::connectTo(Loopback, port);
            if (!peer) {
                self.fail();
                continue;
            }
            const std::lock_guard<std::mutex> hold(portsLock);
            (i < Tricklers ? tricklerPorts : silentPorts).insert(peer->localPort());
            (i < Tricklers ? tricklers : silent).push_back(std::move(peer));
        }
        for (int round = 0; round < Rounds && !self.stopRequested(); ++round) {
            for (const auto &peer : tricklers) {
                SockpitTest::Blocking::setNoDelay(*peer);
                if (!peer->send("."))
                    self.fail();
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(500)); // the peers' pace, not a wait in the test
        }
        // Leaving closes the tricklers (their end is the test's cue that trickling stopped).
    });
    QTRY_VERIFY_WITH_TIMEOUT(peers.isDone(), Patience);
    QCOMPARE(peers.failures(), 0);
    const std::lock_guard<std::mutex> hold(portsLock);
    QCOMPARE(tricklerPorts.size(), Tricklers);
    QTRY_COMPARE_WITH_TIMEOUT(ends.total(), Tricklers + Silent, Patience);
    for (const quint16 port : std::as_const(silentPorts))
        QCOMPARE(ends.endOf(port), ClientState::IdleTimeout);
    for (const quint16 port : std::as_const(tricklerPorts))
        QCOMPARE(ends.endOf(port), ClientState::ClosedByPeer); // not the timeout
    std::unique_ptr<RawTcpPeer> newcomer = RawTcpPeer::connectTo(Loopback, server.listenPort());
    QVERIFY(newcomer);
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Patience);
}

QTEST_GUILESS_MAIN(TstFaultTcpServer)
#include "tst_fault_tcpserver.moc"
