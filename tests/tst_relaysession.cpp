// The TCP relay on real loopback sockets (127.0.0.1 and ::1): many pairs at
// once, byte-exact both ways; half-close and reset passed on both ways; a
// paused or backed-up direction that waits with bounded memory; injection;
// a target that refuses or does not answer; a loop; a port in use.

#include "logline.h"
#include "relaysession.h"
#include "trafficlog.h"
#include "trafficrecorder.h"

#include "common/loopbackserver.h"
#include "common/rawtcppeer.h"
#include "common/stalledlistener.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

#include <cerrno>
#include <sys/socket.h>

using namespace Sockpit;
using SockpitTest::LoopbackTcpServer;
using SockpitTest::RawTcpListener;
using SockpitTest::RawTcpPeer;
using Flow = RelaySession::Flow;
using Leg = Peer::Leg;

namespace {

constexpr int Timeout = 10000;

QHostAddress loopback(bool ipv6)
{
    return QHostAddress(ipv6 ? QHostAddress::LocalHostIPv6 : QHostAddress::LocalHost);
}

/// What peerLeft said about each leg, by leg.
struct Reasons
{
    explicit Reasons(RelaySession &session)
    {
        QObject::connect(&session, &Session::peerLeft, &session, [this](const Peer &peer, const QString &reason) {
            (peer.leg == Leg::Client ? client : target) << reason;
        });
    }
    QStringList client;
    QStringList target;
};

/// A relay to a raw target listener with one client through it, both ends taken.
struct Linked
{
    explicit Linked(bool v6 = false, int targetReceiveBuffer = 0)
        : ipv6(v6)
        , listener(loopback(v6), targetReceiveBuffer)
    {
    }
    /// Listens, connects the client and takes the target's end; false, error saying why, when one failed.
    bool open()
    {
        relay.setTarget(loopback(ipv6).toString(), listener.port());
        if (!listener.isListening() || !relay.listen(loopback(ipv6), 0))
            return fail(relay.errorString());
        if (!(client = RawTcpPeer::connectTo(loopback(ipv6), relay.listenPort())))
            return fail(QStringLiteral("the client cannot connect"));
        if (!(target = listener.waitForConnection()))
            return fail(QStringLiteral("the relay did not connect to the target"));
        // Open once the relay has seen its target connect.
        if (!QTest::qWaitFor([this] { return relay.pair(1).state == RelaySession::PairState::Open; }, Timeout))
            return fail(QStringLiteral("the pair did not open"));
        return true;
    }
    bool fail(const QString &why)
    {
        error = why;
        return false;
    }

    bool ipv6;
    RawTcpListener listener;
    RelaySession relay;
    Reasons reasons{relay};
    std::unique_ptr<RawTcpPeer> client;
    std::unique_ptr<RawTcpPeer> target;
    QString error;
};

/// Rows for both families, with the client or the target acting first (column).
void sideRows(const char *column, const char *clientActs, const char *targetActs)
{
    QTest::addColumn<bool>("ipv6");
    QTest::addColumn<bool>(column);
    for (const bool ipv6 : {false, true}) {
        for (const bool client : {true, false}) {
            const QString name = QStringLiteral("%1, %2").arg(QLatin1String(client ? clientActs : targetActs),
                                                              loopback(ipv6).toString());
            QTest::newRow(qPrintable(name)) << ipv6 << client;
        }
    }
}

/// Bytes for pair i of the many-pairs test: its number first, then bytes made from it.
QByteArray payload(quint32 id, qsizetype size, quint32 salt)
{
    QByteArray bytes(qMax<qsizetype>(size, 4), Qt::Uninitialized);
    bytes[0] = char(id >> 24);
    bytes[1] = char(id >> 16);
    bytes[2] = char(id >> 8);
    bytes[3] = char(id);
    QRandomGenerator random(id * 7919 + salt);
    for (qsizetype i = 4; i < bytes.size(); ++i)
        bytes[i] = char(random.generate());
    return bytes;
}

quint32 idOf(const QByteArray &bytes)
{
    return (quint32(quint8(bytes[0])) << 24) | (quint32(quint8(bytes[1])) << 16) | (quint32(quint8(bytes[2])) << 8)
           | quint32(quint8(bytes[3]));
}

/// Sends what the kernel takes now; how much it took (0 when full).
qint64 sendSome(const RawTcpPeer &peer, const QByteArray &data)
{
    const ssize_t n = ::send(peer.descriptor(), data.constData(), size_t(data.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
    return n > 0 ? qint64(n) : 0;
}

} // namespace

class TstRelaySession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void manyPairsBothWays_data();
    void manyPairsBothWays();
    void halfClosePassedOn_data();
    void halfClosePassedOn();
    void resetPassedOn_data();
    void resetPassedOn();
    void backedUpTargetBoundsMemory();
    void pausedDirectionWaits_data();
    void pausedDirectionWaits();
    void injectBothSides();
    void targetRefused();
    void targetTimesOut();
    void loopRefused_data();
    void loopRefused();
    void portInUse();
    void hostNameTarget();
    void hostNameLoopStopsTheRelay();
    void logShowsBothDirections();

private:
    /// A relay on loopback to target port on the same family; false (and why) when it cannot listen.
    bool startRelay(RelaySession &relay, bool ipv6, quint16 targetPort);
    bool m_ipv6Available = true;
};

void TstRelaySession::init()
{
    m_ipv6Available = SockpitTest::isIPv6LoopbackAvailable();
}

bool TstRelaySession::startRelay(RelaySession &relay, bool ipv6, quint16 targetPort)
{
    relay.setTarget(loopback(ipv6).toString(), targetPort);
    return relay.listen(loopback(ipv6), 0);
}

void TstRelaySession::manyPairsBothWays_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("127.0.0.1") << false;
    QTest::newRow("::1") << true;
}

void TstRelaySession::manyPairsBothWays()
{
    QFETCH(bool, ipv6);
    if (ipv6 && !m_ipv6Available)
        QSKIP("no IPv6 on ::1 here");
    constexpr int Pairs = 100;
    LoopbackTcpServer target(loopback(ipv6));
    QVERIFY(target.isListening());
    std::vector<qsizetype> upSizes(Pairs);
    std::vector<qsizetype> downSizes(Pairs);
    QRandomGenerator random(20261201);
    for (int i = 0; i < Pairs; ++i) {
        upSizes[size_t(i)] = 4 + random.bounded(256 * 1024);
        downSizes[size_t(i)] = 4 + random.bounded(256 * 1024);
    }
    // The target answers each connection with the bytes of the pair it names.
    std::vector<bool> answered(Pairs * 2, false);
    target.setChunkHandler([&](qsizetype client, const QByteArray &) {
        const QByteArray got = target.received(client);
        if (got.size() < 4 || answered[size_t(client)])
            return;
        answered[size_t(client)] = true;
        const quint32 id = idOf(got);
        if (id < quint32(Pairs))
            target.send(client, payload(id, downSizes[id], 2));
    });

    RelaySession relay;
    QVERIFY2(startRelay(relay, ipv6, target.port()), qPrintable(relay.errorString()));
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    std::vector<QByteArray> got(Pairs);
    for (int i = 0; i < Pairs; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = socket.get();
        QObject::connect(raw, &QTcpSocket::readyRead, raw, [raw, &got, i] { got[size_t(i)] += raw->readAll(); });
        raw->connectToHost(loopback(ipv6), relay.listenPort());
        raw->write(payload(quint32(i), upSizes[size_t(i)], 1));
        clients.push_back(std::move(socket));
    }
    const auto allArrived = [&] {
        for (int i = 0; i < Pairs; ++i) {
            if (got[size_t(i)].size() < downSizes[size_t(i)])
                return false;
        }
        qsizetype upTotal = 0;
        for (const qsizetype size : upSizes)
            upTotal += size;
        return target.receivedFromAll().size() >= upTotal;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allArrived(), 60000);
    QCOMPARE(relay.pairCount(), Pairs);
    for (int i = 0; i < Pairs; ++i)
        QCOMPARE(got[size_t(i)], payload(quint32(i), downSizes[size_t(i)], 2));
    // Each target connection got exactly its pair's bytes.
    for (qsizetype c = 0; c < target.clientCount(); ++c) {
        const QByteArray up = target.received(c);
        const quint32 id = idOf(up);
        QVERIFY(id < quint32(Pairs));
        QCOMPARE(up, payload(id, upSizes[id], 1));
    }
    // The counters per pair and direction say the same.
    quint64 upCounted = 0;
    quint64 downCounted = 0;
    for (const RelaySession::PairInfo &pair : relay.pairs()) {
        QCOMPARE(pair.state, RelaySession::PairState::Open);
        QCOMPARE(pair.client.pairId, pair.id);
        QCOMPARE(pair.target.leg, Leg::Target);
        upCounted += pair.toTarget.bytes;
        downCounted += pair.toClient.bytes;
    }
    qsizetype upTotal = 0;
    qsizetype downTotal = 0;
    for (int i = 0; i < Pairs; ++i) {
        upTotal += upSizes[size_t(i)];
        downTotal += downSizes[size_t(i)];
    }
    QCOMPARE(upCounted, quint64(upTotal));
    QCOMPARE(downCounted, quint64(downTotal));
    clients.clear();
    QTRY_COMPARE_WITH_TIMEOUT(relay.pairCount(), 0, Timeout);
    QCOMPARE(relay.pendingBytes(), 0);
}

void TstRelaySession::halfClosePassedOn_data()
{
    sideRows("clientFirst", "client first", "target first");
}

void TstRelaySession::halfClosePassedOn()
{
    QFETCH(bool, ipv6);
    QFETCH(bool, clientFirst);
    if (ipv6 && !m_ipv6Available)
        QSKIP("no IPv6 on ::1 here");
    Linked link(ipv6);
    QVERIFY2(link.open(), qPrintable(link.error));
    RelaySession &relay = link.relay;
    const Reasons &reasons = link.reasons;
    RawTcpPeer &client = *link.client;
    RawTcpPeer &target = *link.target;
    RawTcpPeer &first = clientFirst ? client : target;
    RawTcpPeer &second = clientFirst ? target : client;

    QVERIFY(first.send("last words"));
    first.shutdownSending();
    QTRY_VERIFY_WITH_TIMEOUT(second.readAvailable().sawEndOfStream(), Timeout);
    QCOMPARE(second.received(), QByteArray("last words"));
    QTRY_COMPARE_WITH_TIMEOUT((clientFirst ? reasons.client : reasons.target).size(), 1, Timeout);
    QVERIFY2((clientFirst ? reasons.client : reasons.target)
                 .first()
                 .contains(clientFirst ? u"client finished sending — passed on" : u"target finished sending — passed on"),
             qPrintable((clientFirst ? reasons.client : reasons.target).join(u'|')));

    // The other direction goes on until it is finished too.
    QVERIFY(relay.hasPair(1));
    QVERIFY(second.send("the answer"));
    QTRY_COMPARE_WITH_TIMEOUT(first.readAvailable().received(), QByteArray("the answer"), Timeout);
    QVERIFY(!first.sawEndOfStream());
    second.shutdownSending();
    QTRY_VERIFY_WITH_TIMEOUT(first.readAvailable().sawEndOfStream(), Timeout);
    QCOMPARE(first.readError(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(relay.pairCount(), 0, Timeout);
    QCOMPARE(reasons.client.size(), 1);
    QCOMPARE(reasons.target.size(), 1);
}

void TstRelaySession::resetPassedOn_data()
{
    sideRows("clientResets", "client resets", "target resets");
}

void TstRelaySession::resetPassedOn()
{
    QFETCH(bool, ipv6);
    QFETCH(bool, clientResets);
    if (ipv6 && !m_ipv6Available)
        QSKIP("no IPv6 on ::1 here");
    Linked link(ipv6);
    QVERIFY2(link.open(), qPrintable(link.error));
    RelaySession &relay = link.relay;
    const Reasons &reasons = link.reasons;
    RawTcpPeer &resetting = clientResets ? *link.client : *link.target;
    RawTcpPeer &other = clientResets ? *link.target : *link.client;
    QVERIFY(resetting.send("before the reset"));
    QTRY_COMPARE_WITH_TIMEOUT(other.readAvailable().received(), QByteArray("before the reset"), Timeout);
    resetting.reset();
    QTRY_COMPARE_WITH_TIMEOUT(other.readAvailable().readError(), ECONNRESET, Timeout);
    QVERIFY(!other.sawEndOfStream()); // a reset, not a FIN
    QTRY_COMPARE_WITH_TIMEOUT(relay.pairCount(), 0, Timeout);
    const QStringList &said = clientResets ? reasons.client : reasons.target;
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().contains(clientResets ? u"client reset the connection — passed on as a reset"
                                                : u"target reset the connection — passed on as a reset"),
             qPrintable(said.first()));
    QCOMPARE((clientResets ? reasons.target : reasons.client).size(), 1);
}

void TstRelaySession::backedUpTargetBoundsMemory()
{
    // A target with a small window that does not read: the client's data
    // waits in the sockets and the relay holds no more than its marks.
    Linked link(false, 64 * 1024);
    QVERIFY2(link.open(), qPrintable(link.error));
    RelaySession &relay = link.relay;
    RawTcpPeer &client = *link.client;
    RawTcpPeer &target = *link.target;

    constexpr qint64 Bound = BackPressure::HighWaterMark + 2 * 1024 * 1024;
    constexpr qint64 MaxBytes = 256LL * 1024 * 1024;
    const QByteArray stream = SockpitTest::pattern(MaxBytes);
    qint64 sent = 0;
    qint64 maxPending = 0;
    int refusedInARow = 0;
    QElapsedTimer clock;
    clock.start();
    // Bounded in bytes and time: stops once the client has been held back for a while.
    while (sent < MaxBytes && clock.elapsed() < 20000 && refusedInARow < 200) {
        const qint64 n = sendSome(client, stream.mid(sent, 256 * 1024));
        sent += n;
        refusedInARow = n > 0 ? 0 : refusedInARow + 1;
        QCoreApplication::processEvents();
        maxPending = qMax(maxPending, relay.pendingBytes());
    }
    QVERIFY2(refusedInARow >= 200, "the client was never held back");
    QVERIFY2(maxPending <= Bound, qPrintable(QString::number(maxPending)));
    QVERIFY(maxPending >= BackPressure::HighWaterMark / 2); // the relay did fill up to its mark
    QVERIFY(sent < MaxBytes);
    // Now the target reads: every byte arrives, in order.
    target.startReading();
    QTRY_COMPARE_WITH_TIMEOUT(target.received().size(), sent, 30000);
    QVERIFY(target.received() == stream.left(sent));
    QCOMPARE(relay.pair(1).toTarget.bytes, quint64(sent));
    QTRY_COMPARE_WITH_TIMEOUT(relay.pendingBytes(), 0, Timeout);
}

void TstRelaySession::pausedDirectionWaits_data()
{
    QTest::addColumn<bool>("allPairs");
    QTest::newRow("one pair") << false;
    QTest::newRow("all pairs") << true;
}

void TstRelaySession::pausedDirectionWaits()
{
    QFETCH(bool, allPairs);
    Linked link;
    QVERIFY2(link.open(), qPrintable(link.error));
    RelaySession &relay = link.relay;
    RawTcpPeer &client = *link.client;
    RawTcpPeer &target = *link.target;
    relay.setPaused(allPairs ? 0 : 1, Flow::ClientToTarget, true);
    QVERIFY(relay.isPaused(1, Flow::ClientToTarget));
    QVERIFY(!relay.isPaused(1, Flow::TargetToClient));

    const QByteArray held = SockpitTest::pattern(100 * 1000);
    QVERIFY(client.send(held));
    // The other direction still flows; by the time it has crossed, the paused one was not read.
    QVERIFY(target.send("still flowing"));
    QTRY_COMPARE_WITH_TIMEOUT(client.readAvailable().received(), QByteArray("still flowing"), Timeout);
    QCOMPARE(relay.pair(1).toTarget.bytes, quint64(0));
    QVERIFY(target.readAvailable().received().isEmpty());
    QCOMPARE(relay.pendingBytes(), 0);

    relay.setPaused(allPairs ? 0 : 1, Flow::ClientToTarget, false);
    QTRY_COMPARE_WITH_TIMEOUT(target.readAvailable().received().size(), held.size(), Timeout);
    QVERIFY(target.received() == held);
}

void TstRelaySession::injectBothSides()
{
    Linked link;
    QVERIFY2(link.open(), qPrintable(link.error));
    RelaySession &relay = link.relay;
    RawTcpPeer &client = *link.client;
    RawTcpPeer &target = *link.target;
    QSignalSpy sent(&relay, &Session::sent);
    QSignalSpy errors(&relay, &Session::errorOccurred);

    QVERIFY(relay.inject(1, Leg::Target, "to the target"));
    QVERIFY(relay.inject(1, Leg::Client, "to the client"));
    QVERIFY(relay.send("by send()")); // the target of every pair
    QTRY_COMPARE_WITH_TIMEOUT(target.readAvailable().received(), QByteArray("to the targetby send()"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(client.readAvailable().received(), QByteArray("to the client"), Timeout);
    QCOMPARE(sent.size(), 3);
    QCOMPARE(sent.at(0).at(0).value<Peer>().leg, Leg::Target);
    QCOMPARE(sent.at(1).at(0).value<Peer>().leg, Leg::Client);
    QCOMPARE(sent.at(1).at(0).value<Peer>().pairId, quint64(1));
    const RelaySession::PairInfo pair = relay.pair(1);
    QCOMPARE(pair.toTarget.injectedBytes, quint64(22));
    QCOMPARE(pair.toClient.injectedBytes, quint64(13));
    QCOMPARE(pair.toTarget.bytes, quint64(0)); // nothing forwarded: injected only

    // Nowhere to go: a specific error, nothing sent.
    QVERIFY(!relay.inject(7, Leg::Client, "lost?"));
    QVERIFY2(errors.last().at(0).toString().contains(u"pair #7"), qPrintable(errors.last().at(0).toString()));
    QVERIFY(!relay.inject(1, Leg::None, "which side?"));
    QCOMPARE(sent.size(), 3);
}

void TstRelaySession::targetRefused()
{
    const quint16 closedPort = SockpitTest::unusedTcpPort(loopback(false));
    QVERIFY(closedPort != 0);
    RelaySession relay;
    Reasons reasons(relay);
    QSignalSpy errors(&relay, &Session::errorOccurred);
    QVERIFY2(startRelay(relay, false, closedPort), qPrintable(relay.errorString()));
    auto client = RawTcpPeer::connectTo(loopback(false), relay.listenPort());
    QVERIFY(client);
    QTRY_VERIFY_WITH_TIMEOUT(client->readAvailable().sawEndOfStream() || client->readError(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(relay.pairCount(), 0, Timeout);
    QCOMPARE(reasons.client.size(), 1);
    QVERIFY2(reasons.client.first().contains(u"refused the connection"), qPrintable(reasons.client.first()));
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().at(0).toString().contains(QStringLiteral("pair #1: target 127.0.0.1:%1 refused").arg(closedPort)),
             qPrintable(errors.first().at(0).toString()));
    QVERIFY(relay.isListening()); // the relay goes on for the next client
}

void TstRelaySession::targetTimesOut()
{
    SockpitTest::StalledListener stalled;
    if (!stalled.isReady())
        QSKIP(qPrintable(stalled.errorString()));
    RelaySession relay;
    Reasons reasons(relay);
    relay.setConnectTimeout(300);
    QVERIFY2(startRelay(relay, false, stalled.port()), qPrintable(relay.errorString()));
    auto client = RawTcpPeer::connectTo(loopback(false), relay.listenPort());
    QVERIFY(client);
    QVERIFY(client->send("waiting in the relay"));
    QTRY_VERIFY_WITH_TIMEOUT(client->readAvailable().sawEndOfStream() || client->readError(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(relay.pairCount(), 0, Timeout);
    QCOMPARE(reasons.client.size(), 1);
    QVERIFY2(reasons.client.first().contains(u"timed out after 300 ms"), qPrintable(reasons.client.first()));
    QCOMPARE(relay.pendingBytes(), 0); // what waited for the target is let go
}

void TstRelaySession::loopRefused_data()
{
    QTest::addColumn<QString>("listen");
    QTest::addColumn<QString>("target");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.1");
    QTest::newRow("every address, 127.0.0.1") << QStringLiteral("0.0.0.0") << QStringLiteral("127.0.0.1");
    QTest::newRow("dual stack, ::1") << QString() << QStringLiteral("::1");
    QTest::newRow("localhost") << QStringLiteral("127.0.0.1") << QStringLiteral("localhost");
}

void TstRelaySession::loopRefused()
{
    QFETCH(QString, listen);
    QFETCH(QString, target);
    const quint16 port = SockpitTest::unusedTcpPort(QHostAddress(QHostAddress::Any));
    QVERIFY(port != 0);
    RelaySession relay;
    QSignalSpy errors(&relay, &Session::errorOccurred);
    relay.setTarget(target, port);
    QVERIFY(!relay.listen(listen.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(listen), port));
    QVERIFY(!relay.isListening());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(relay.errorString().contains(u"is this relay itself"), qPrintable(relay.errorString()));
    QCOMPARE(relay.state(), Session::State::Idle);
}

void TstRelaySession::portInUse()
{
    QTcpServer holder;
    QVERIFY(holder.listen(loopback(false), 0));
    RelaySession relay;
    relay.setTarget(QStringLiteral("127.0.0.1"), 9);
    QVERIFY(!relay.listen(loopback(false), holder.serverPort()));
    QVERIFY2(relay.errorString().contains(QString::number(holder.serverPort())), qPrintable(relay.errorString()));
    QVERIFY2(relay.errorString().contains(u"in use"), qPrintable(relay.errorString()));
    // No target: said before anything listens.
    RelaySession untargeted;
    QVERIFY(!untargeted.listen(loopback(false), 0));
    QVERIFY2(untargeted.errorString().contains(u"no target"), qPrintable(untargeted.errorString()));
}

void TstRelaySession::hostNameTarget()
{
    // "localhost" may name ::1 first: each of its addresses is tried in turn.
    RawTcpListener listener(loopback(false));
    RelaySession relay;
    relay.setTarget(QStringLiteral("localhost"), listener.port());
    QVERIFY2(relay.listen(loopback(false), 0), qPrintable(relay.errorString()));
    auto client = RawTcpPeer::connectTo(loopback(false), relay.listenPort());
    QVERIFY(client);
    const std::unique_ptr<RawTcpPeer> target = listener.waitForConnection();
    QVERIFY(target);
    QVERIFY(client->send("by name"));
    QTRY_COMPARE_WITH_TIMEOUT(target->readAvailable().received(), QByteArray("by name"), Timeout);
    QCOMPARE(relay.pair(1).target.address, loopback(false));
}

void TstRelaySession::hostNameLoopStopsTheRelay()
{
    // A name the settings cannot see through: the loop shows once connected.
    const QString name = QHostInfo::localHostName();
    const QHostInfo info = QHostInfo::fromName(name);
    const bool local = !info.addresses().isEmpty()
                       && std::all_of(info.addresses().cbegin(), info.addresses().cend(), [](const QHostAddress &a) {
                              return a.isLoopback() || QNetworkInterface::allAddresses().contains(a);
                          });
    if (name.isEmpty() || name.compare(u"localhost", Qt::CaseInsensitive) == 0 || !local)
        QSKIP("this host's name does not resolve to its own addresses here");
    const quint16 port = SockpitTest::unusedTcpPort(QHostAddress(QHostAddress::Any));
    RelaySession relay;
    QSignalSpy errors(&relay, &Session::errorOccurred);
    relay.setTarget(name, port);
    QVERIFY2(relay.listen(QHostAddress(QHostAddress::Any), port), qPrintable(relay.errorString()));
    auto client = RawTcpPeer::connectTo(loopback(false), port);
    QVERIFY(client);
    QTRY_VERIFY_WITH_TIMEOUT(!relay.isListening(), Timeout);
    QVERIFY2(relay.errorString().contains(u"is this relay itself"), qPrintable(relay.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(relay.pairCount(), 0, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(client->readAvailable().sawEndOfStream() || client->readError(), Timeout);
    QCOMPARE(relay.state(), Session::State::Idle);
}

void TstRelaySession::logShowsBothDirections()
{
    // As a panel records it: both directions in one log, each row with its mark.
    Linked link;
    TrafficLog log;
    TrafficRecorder recorder(&log, nullptr);
    recorder.attach(&link.relay);
    QVERIFY2(link.open(), qPrintable(link.error));
    RelaySession &relay = link.relay;
    RawTcpPeer &client = *link.client;
    RawTcpPeer &target = *link.target;
    const quint16 targetPort = link.listener.port();
    QVERIFY(client.send("ping"));
    QTRY_COMPARE_WITH_TIMEOUT(target.readAvailable().received(), QByteArray("ping"), Timeout);
    QVERIFY(target.send("pong"));
    QTRY_COMPARE_WITH_TIMEOUT(client.readAvailable().received(), QByteArray("pong"), Timeout);
    QVERIFY(relay.inject(1, Leg::Target, "typed"));
    QStringList lines;
    for (quint64 seq = log.firstSeq(); seq < log.endSeq(); ++seq)
        lines << LogLine::format(log, log.at(seq));
    const QString all = lines.join(u'\n');
    QVERIFY2(all.contains(u"RX  C→T #1  127.0.0.1:"), qPrintable(all));
    QVERIFY2(all.contains(u"  ping"), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("RX  T→C #1  127.0.0.1:%1  pong").arg(targetPort)), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("TX  →T #1  127.0.0.1:%1  typed").arg(targetPort)), qPrintable(all));
    QCOMPARE(log.counters().rxBytes, quint64(8));
}

QTEST_GUILESS_MAIN(TstRelaySession)
#include "tst_relaysession.moc"
