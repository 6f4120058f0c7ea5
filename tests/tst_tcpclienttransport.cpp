// The TCP client session on the transport, against raw peers on 127.0.0.1 and
// ::1 that half-close, reset and stop reading when told: half-close, a reset
// after our FIN, back-pressure, our abort, name lookup and network errors
// (the last ones inside a private network namespace). ctest runs it on both
// poller backends.
#include "poller.h"
#include "tcpclientsession.h"

#include "common/isolatednetwork.h"
#include "common/loopbackserver.h"
#include "common/rawtcppeer.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Sockpit;
using SockpitTest::RawTcpListener;
using SockpitTest::RawTcpPeer;
using SockpitTest::pattern;
using State = Session::State;

namespace {
constexpr int Patience = 10000;
constexpr qint64 MiB = 1024 * 1024;


QString targetOf(const QHostAddress &address, quint16 port)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
                                                               : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

/// What the session said, in the order it said it.
struct Record
{
    explicit Record(TcpClientSession &session)
    {
        QObject::connect(&session, &Session::received, &session,
                         [this](const Peer &, const QByteArray &data) { received += data; });
        QObject::connect(&session, &Session::peerLeft, &session,
                         [this](const Peer &, const QString &reason) { leftReasons << reason; });
        QObject::connect(&session, &Session::errorOccurred, &session, [this](const QString &message) { errors << message; });
        QObject::connect(&session, &Session::stateChanged, &session, [this](State state) { states << state; });
    }
    QByteArray received;
    QStringList leftReasons;
    QStringList errors;
    QList<State> states;
};

/// Connects session to a raw listener and takes the peer's end.
std::unique_ptr<RawTcpPeer> connectSession(TcpClientSession &session, RawTcpListener &listener, const QHostAddress &address)
{
    session.setTarget(address.toString(), listener.port());
    session.open();
    std::unique_ptr<RawTcpPeer> peer;
    const bool joined = QTest::qWaitFor(
        [&] {
            if (!peer)
                peer = listener.take();
            return peer && session.state() == State::Active;
        },
        Patience);
    return joined ? std::move(peer) : nullptr;
}
} // namespace


// Runs the calling test function again inside a private network namespace
// (loopback only), so nothing it does can leave the machine.
#define RUN_ISOLATED(function)                                                                            \
    do {                                                                                                  \
        if (!SockpitTest::inIsolatedNetwork()) {                                                          \
            const SockpitTest::IsolatedRun run = SockpitTest::runInIsolatedNetwork(QStringLiteral(function)); \
            if (!run.available || run.skipped)                                                            \
                QSKIP(qPrintable(run.output));                                                            \
            QVERIFY2(run.passed, qPrintable(run.output));                                                 \
            return;                                                                                       \
        }                                                                                                 \
    } while (false)

class TstTcpClientTransport : public QObject
{
    Q_OBJECT

private slots:
    void pollerBackendAsSelected();
    void closeSendingKeepsReading_data() { loopbackAddresses(); }
    void closeSendingKeepsReading();
    void resetAfterCloseSending_data() { loopbackAddresses(); }
    void resetAfterCloseSending();
    void closeSendingWaitsForQueuedData();
    void backPressure_data() { loopbackAddresses(); }
    void backPressure();
    void abortResetsTheConnection();
    void hostNameIsLookedUp();
    void stopCancelsTheLookup();
    void networkUnreachable();

private:
    static void loopbackAddresses()
    {
        QTest::addColumn<QHostAddress>("address");
        QTest::newRow("127.0.0.1") << QHostAddress(QHostAddress::LocalHost);
        QTest::newRow("::1") << QHostAddress(QHostAddress::LocalHostIPv6);
    }
};

void TstTcpClientTransport::pollerBackendAsSelected()
{
    TcpClientSession session;
    const bool portable = qEnvironmentVariable(Poller::BackendVariable) == u"portable";
    const QString platform = PollerBackend::platformName();
    QCOMPARE(session.pollerBackend(), portable || platform.isEmpty() ? QStringLiteral("portable") : platform);
}

void TstTcpClientTransport::closeSendingKeepsReading()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    RawTcpListener listener(address);
    TcpClientSession session;
    Record record(session);
    const std::unique_ptr<RawTcpPeer> peer = connectSession(session, listener, address);
    QVERIFY(peer);

    QVERIFY(session.send("request"));
    session.closeSending();
    QVERIFY(session.isSendingClosed());
    QVERIFY(!session.send("after our FIN"));
    QCOMPARE(record.errors, QStringList{QStringLiteral("cannot send: the sending side of the connection to %1 is closed")
                                            .arg(targetOf(address, listener.port()))});
    QTRY_VERIFY_WITH_TIMEOUT(peer->readAvailable().sawEndOfStream(), Patience);
    QCOMPARE(peer->received(), QByteArray("request"));

    // The peer still talks, and we still listen.
    QVERIFY(peer->send("answer, "));
    QTRY_COMPARE_WITH_TIMEOUT(record.received, QByteArray("answer, "), Patience);
    QVERIFY(peer->send("and the rest"));
    QTRY_COMPARE_WITH_TIMEOUT(record.received, QByteArray("answer, and the rest"), Patience);
    QCOMPARE(session.state(), State::Active);
    QVERIFY(record.leftReasons.isEmpty());

    // The peer's FIN after ours ends it in order.
    peer->shutdownSending();
    QTRY_COMPARE_WITH_TIMEOUT(record.leftReasons, QStringList{QStringLiteral("closed by the peer")}, Patience);
    QCOMPARE(session.state(), State::Idle);
    QCOMPARE(record.errors.size(), 1);
    QVERIFY(!session.isSendingClosed());
}

void TstTcpClientTransport::resetAfterCloseSending()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    RawTcpListener listener(address);
    TcpClientSession session;
    Record record(session);
    const std::unique_ptr<RawTcpPeer> peer = connectSession(session, listener, address);
    QVERIFY(peer);

    session.closeSending();
    QTRY_VERIFY_WITH_TIMEOUT(peer->readAvailable().sawEndOfStream(), Patience);
    // After our FIN a reset still reads as a reset, not as a close.
    peer->reset();
    QTRY_COMPARE_WITH_TIMEOUT(record.leftReasons, QStringList{QStringLiteral("reset by the peer")}, Patience);
    QCOMPARE(record.errors, QStringList{QStringLiteral("connection to %1 reset by the peer")
                                            .arg(targetOf(address, listener.port()))});
    QCOMPARE(session.state(), State::Idle);
}

void TstTcpClientTransport::closeSendingWaitsForQueuedData()
{
    // A small window at the peer: most of the payload waits in our queue.
    RawTcpListener listener(QHostAddress(QHostAddress::LocalHost), 16 * 1024);
    TcpClientSession session;
    Record record(session);
    const std::unique_ptr<RawTcpPeer> peer = connectSession(session, listener, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(peer);
    const QByteArray payload = pattern(12 * MiB);
    QVERIFY(session.send(payload));
    QVERIFY(session.pendingBytes() > 0);
    session.closeSending();

    peer->startReading();
    QTRY_VERIFY_WITH_TIMEOUT(peer->sawEndOfStream(), 30000);
    QCOMPARE(peer->received().size(), payload.size());
    QVERIFY(peer->received() == payload);
    QCOMPARE(session.pendingBytes(), 0);
    QCOMPARE(session.state(), State::Active);
    QVERIFY2(record.errors.isEmpty(), qPrintable(record.errors.join(u'\n')));
}

void TstTcpClientTransport::backPressure()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    RawTcpListener listener(address, 16 * 1024);
    TcpClientSession session;
    Record record(session);
    QSignalSpy drained(&session, &Session::drained);
    const std::unique_ptr<RawTcpPeer> peer = connectSession(session, listener, address);
    QVERIFY(peer);

    // A producer as the front ends write one: pause while backed up, go on at drained().
    const QByteArray payload = pattern(24 * MiB);
    constexpr qint64 Chunk = 256 * 1024;
    qint64 produced = 0;
    qint64 mostPending = 0;
    const auto produce = [&] {
        while (produced < payload.size() && !session.isBackedUp()) {
            QVERIFY(session.send(payload.mid(produced, Chunk)));
            produced += Chunk;
            mostPending = qMax(mostPending, session.pendingBytes());
        }
    };
    connect(&session, &Session::drained, this, produce);
    produce();
    QVERIFY2(session.isBackedUp(), "the session never backed up for a peer that does not read");
    QVERIFY(produced < payload.size());
    QCOMPARE(drained.size(), 0);

    peer->startReading();
    QTRY_COMPARE_WITH_TIMEOUT(peer->received().size(), payload.size(), 60000);
    QVERIFY(peer->received() == payload); // every byte, in order
    QVERIFY(drained.size() >= 1);
    // Memory stayed bounded: the queue never held much more than the high-water mark.
    QVERIFY2(mostPending < Session::HighWaterMark + Chunk, qPrintable(QString::number(mostPending)));
    QCOMPARE(session.pendingBytes(), 0);
    QVERIFY2(record.errors.isEmpty(), qPrintable(record.errors.join(u'\n')));
}

void TstTcpClientTransport::abortResetsTheConnection()
{
    RawTcpListener listener;
    TcpClientSession session;
    Record record(session);
    const std::unique_ptr<RawTcpPeer> peer = connectSession(session, listener, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(peer);
    session.abort();
    QCOMPARE(session.state(), State::Idle);
    QCOMPARE(record.leftReasons, QStringList{QStringLiteral("connection aborted")});
    QTRY_COMPARE_WITH_TIMEOUT(peer->readAvailable().readError(), ECONNRESET, Patience);
    QVERIFY(record.errors.isEmpty());
}

void TstTcpClientTransport::hostNameIsLookedUp()
{
    // Inside the namespace the name comes from /etc/hosts, and a lookup that
    // went further could not leave the machine.
    RUN_ISOLATED("hostNameIsLookedUp");
    SockpitTest::LoopbackTcpServer server;
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));
    TcpClientSession session;
    Record record(session);
    session.setTarget(QStringLiteral("localhost"), server.port());
    session.open();
    QCOMPARE(session.state(), State::Resolving);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Active, Patience);
    QCOMPARE(record.states.mid(0, 3), (QList<State>{State::Resolving, State::Connecting, State::Active}));
    QVERIFY(session.peer().address.isLoopback());
    QVERIFY(session.send("by name"));
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("by name"), Patience);
}

void TstTcpClientTransport::stopCancelsTheLookup()
{
    RUN_ISOLATED("stopCancelsTheLookup");
    TcpClientSession session;
    Record record(session);
    // The reserved .invalid domain never resolves; without a network the lookup fails fast.
    session.setTarget(QStringLiteral("sockpit-test.invalid"), 7788);
    session.open();
    QCOMPARE(session.state(), State::Resolving);
    session.stop();
    QCOMPARE(session.state(), State::Idle);
    // The lookup's answer, had it not been cancelled, would be an error by now.
    QSignalSpy errors(&session, &Session::errorOccurred);
    QVERIFY(!errors.wait(2000));
    QVERIFY(record.errors.isEmpty());
}

void TstTcpClientTransport::networkUnreachable()
{
    // The namespace has no route but loopback's: the connect fails before any
    // packet exists. The address is from TEST-NET-1 (RFC 5737).
    RUN_ISOLATED("networkUnreachable");
    TcpClientSession session;
    Record record(session);
    session.setTarget(QStringLiteral("192.0.2.1"), 7788);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(record.errors.size(), 1, Patience);
    QCOMPARE(record.errors.first(), QStringLiteral("connection to 192.0.2.1:7788 failed: the network is unreachable "
                                                   "(check the address and this machine's network settings)"));
    QCOMPARE(session.state(), State::Idle);
    QVERIFY(record.leftReasons.isEmpty());
}

QTEST_GUILESS_MAIN(TstTcpClientTransport)
#include "tst_tcpclienttransport.moc"
