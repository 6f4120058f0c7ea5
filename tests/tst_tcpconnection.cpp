// The TCP transport on its own, with real sockets on 127.0.0.1 and ::1: how a
// connection ends, half-close, back-pressure, write pacing, the connector, the
// poller backends, and the words for every end. ctest runs it twice: on the
// platform's poller and with SOCKPIT_POLLER=portable.
#include "connectionend.h"
#include "poller.h"
#include "socketerrors.h"
#include "tcpconnection.h"
#include "tcpconnector.h"

#include "fdlimit.h"

#include "common/loopbackserver.h"
#include "common/rawtcppeer.h"
#include "common/stalledlistener.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace Sockpit;
using SockpitTest::RawTcpListener;
using SockpitTest::RawTcpPeer;
using SockpitTest::pattern;
using Kind = ConnectionEnd::Kind;

Q_DECLARE_METATYPE(Sockpit::ConnectionEnd::Kind)
Q_DECLARE_METATYPE(Sockpit::PeerRole)
Q_DECLARE_METATYPE(Sockpit::ClientState)

namespace {
constexpr int Patience = 10000;
constexpr qint64 MiB = 1024 * 1024;


/// One TcpConnection of ours and the raw peer at its other end, with what the connection said.
struct Pair
{
    std::unique_ptr<TcpConnection> connection;
    std::unique_ptr<RawTcpPeer> peer;
    QList<ConnectionEnd> ends;
    QByteArray received;
    qint64 written = 0;
    int drained = 0;
};

/// Connects a TcpConnection on poller to a raw peer on address. peerReceiveBuffer
/// keeps the peer's window small, so a backlog builds up quickly when it does not read.
bool makePair(Pair &pair, Poller *poller, const QHostAddress &address, int peerReceiveBuffer = 0)
{
    RawTcpListener listener(address, peerReceiveBuffer);
    if (!listener.isListening())
        return false;
    const IoResult started = SocketIo::startConnect(address, listener.port());
    if (!started.ok())
        return false;
    const int fd = int(started.bytes);
    pollfd done{fd, POLLOUT, 0};
    if (::poll(&done, 1, Patience) != 1 || !SocketIo::connectResult(fd).ok()) {
        SocketIo::close(fd);
        return false;
    }
    if (!QTest::qWaitFor([&] { return bool(pair.peer = listener.take()); }, Patience)) {
        SocketIo::close(fd);
        return false;
    }
    pair.connection = std::make_unique<TcpConnection>(fd, poller);
    TcpConnection *connection = pair.connection.get();
    QObject::connect(connection, &Connection::ended, connection, [&pair](const ConnectionEnd &end) { pair.ends << end; });
    QObject::connect(connection, &Connection::received, connection, [&pair](const QByteArray &data) { pair.received += data; });
    QObject::connect(connection, &Connection::bytesWritten, connection, [&pair](qint64 bytes) { pair.written += bytes; });
    QObject::connect(connection, &Connection::drained, connection, [&pair] { ++pair.drained; });
    return true;
}

/// Writes chunks until the connection is backed up (at most limit bytes); returns what was written.
QByteArray fillUntilBackedUp(Connection &connection, qint64 limit)
{
    const QByteArray all = pattern(limit);
    constexpr qint64 Chunk = 256 * 1024;
    qint64 offset = 0;
    while (offset < limit && !connection.isBackedUp()) {
        if (!connection.write(all.mid(offset, Chunk)))
            break;
        offset += Chunk;
    }
    return all.left(offset);
}
} // namespace


class TstTcpConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backendFollowsTheEnvironment();
    void endsAreToldApart_data();
    void endsAreToldApart();
    void ourAbortResetsThePeer();
    void closeSendingWaitsForTheQueue_data() { loopbackAddresses(); }
    void closeSendingWaitsForTheQueue();
    void gracefulCloseSendsTheQueueFirst();
    void backlogAndDrained_data() { loopbackAddresses(); }
    void backlogAndDrained();
    void writesArePacedPerPass();
    void pausedReadingLeavesDataWaiting_data() { loopbackAddresses(); }
    void pausedReadingLeavesDataWaiting();
    void peerFinishReportedKeepsSending_data() { loopbackAddresses(); }
    void peerFinishReportedKeepsSending();
    void resetWhilePausedEndsTheConnection();
    void connectorTriesEachAddressInTurn();
    void connectorReportsTheLastFailure();
    void connectorTimesOut();
    void connectorCancelIsSilent();
    void describeEnd_data();
    void describeEnd();
    void endErrorMessage_data();
    void endErrorMessage();
    void ioErrorSentences_data();
    void ioErrorSentences();
    void systemErrorsAreClassified_data();
    void systemErrorsAreClassified();

private:
    static void loopbackAddresses()
    {
        QTest::addColumn<QHostAddress>("address");
        QTest::newRow("127.0.0.1") << QHostAddress(QHostAddress::LocalHost);
        QTest::newRow("::1") << QHostAddress(QHostAddress::LocalHostIPv6);
    }

    std::unique_ptr<Poller> m_poller;
};

void TstTcpConnection::initTestCase()
{
    m_poller.reset(Poller::create());
}

void TstTcpConnection::backendFollowsTheEnvironment()
{
    // The platform's backend unless the environment asks otherwise or the build has none.
    const bool portable = qEnvironmentVariable(Poller::BackendVariable) == u"portable";
    const QString platform = PollerBackend::platformName();
    QCOMPARE(m_poller->backendName(), portable || platform.isEmpty() ? QStringLiteral("portable") : platform);
    const std::unique_ptr<Poller> fallback(Poller::createPortable());
    QCOMPARE(fallback->backendName(), QStringLiteral("portable"));
}

void TstTcpConnection::endsAreToldApart_data()
{
    QTest::addColumn<QHostAddress>("address");
    QTest::addColumn<bool>("halfCloseFirst");
    QTest::addColumn<bool>("peerResets");
    QTest::addColumn<Kind>("expected");
    for (const QHostAddress &address : {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)}) {
        const QByteArray family = address.toString().toLatin1();
        QTest::newRow(family + " peer closes") << address << false << false << Kind::ClosedByPeer;
        QTest::newRow(family + " peer resets") << address << false << true << Kind::ResetByPeer;
        QTest::newRow(family + " our FIN, then the peer's") << address << true << false << Kind::ClosedByPeer;
        QTest::newRow(family + " our FIN, then a reset") << address << true << true << Kind::ResetByPeer;
    }
}

void TstTcpConnection::endsAreToldApart()
{
    QFETCH(QHostAddress, address);
    QFETCH(bool, halfCloseFirst);
    QFETCH(bool, peerResets);
    QFETCH(Kind, expected);
    SKIP_WITHOUT_IPV6(address);
    Pair pair;
    QVERIFY(makePair(pair, m_poller.get(), address));
    QCOMPARE(pair.connection->peerAddress(), address);

    if (halfCloseFirst) {
        QVERIFY(pair.connection->write("request"));
        pair.connection->closeSending();
        QVERIFY(!pair.connection->canWrite());
        QVERIFY(!pair.connection->write("refused after the FIN"));
        QTRY_VERIFY_WITH_TIMEOUT(pair.peer->readAvailable().sawEndOfStream(), Patience);
        QCOMPARE(pair.peer->received(), QByteArray("request"));
        QVERIFY(pair.connection->isOpen());
    }
    // Still read: after our FIN, and before the peer's end.
    QVERIFY(pair.peer->send("last words"));
    QTRY_COMPARE_WITH_TIMEOUT(pair.received, QByteArray("last words"), Patience);
    QVERIFY(pair.ends.isEmpty());

    if (peerResets)
        pair.peer->reset();
    else
        pair.peer->close();
    QTRY_COMPARE_WITH_TIMEOUT(pair.ends.size(), 1, Patience);
    QCOMPARE(pair.ends.first().kind, expected);
    QCOMPARE(pair.ends.first().droppedBytes, 0);
    QVERIFY(!pair.connection->isOpen());
    QCOMPARE(pair.received, QByteArray("last words"));
}

void TstTcpConnection::ourAbortResetsThePeer()
{
    Pair pair;
    QVERIFY(makePair(pair, m_poller.get(), QHostAddress(QHostAddress::LocalHost)));
    QVERIFY(pair.connection->write("dropped or not"));
    pair.connection->abort();
    QVERIFY(!pair.connection->isOpen());
    QCOMPARE(pair.connection->bytesToWrite(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(pair.peer->readAvailable().readError(), ECONNRESET, Patience);
    QVERIFY(!pair.peer->sawEndOfStream());
    QVERIFY(pair.ends.isEmpty()); // the caller knows; nothing is emitted
}

void TstTcpConnection::closeSendingWaitsForTheQueue()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    Pair pair;
    QVERIFY(makePair(pair, m_poller.get(), address, 16 * 1024));
    // More than the kernel holds while the peer does not read: most of it waits in our queue.
    const QByteArray payload = pattern(12 * MiB);
    QVERIFY(pair.connection->write(payload));
    QVERIFY(pair.connection->bytesToWrite() > 0);
    pair.connection->closeSending();
    QVERIFY(!pair.connection->write("x"));

    pair.peer->startReading();
    QTRY_VERIFY_WITH_TIMEOUT(pair.peer->sawEndOfStream(), 30000);
    // The FIN came after the last queued byte, and nothing was lost.
    QCOMPARE(pair.peer->received().size(), payload.size());
    QVERIFY(pair.peer->received() == payload);
    QCOMPARE(pair.written, payload.size());
    QVERIFY(pair.connection->isOpen());
    QVERIFY(pair.ends.isEmpty());

    QVERIFY(pair.peer->send("late reply"));
    pair.peer->shutdownSending();
    QTRY_COMPARE_WITH_TIMEOUT(pair.ends.size(), 1, Patience);
    QCOMPARE(pair.received, QByteArray("late reply"));
    QCOMPARE(pair.ends.first().kind, Kind::ClosedByPeer);
}

void TstTcpConnection::gracefulCloseSendsTheQueueFirst()
{
    Pair pair;
    QVERIFY(makePair(pair, m_poller.get(), QHostAddress(QHostAddress::LocalHost), 16 * 1024));
    const QByteArray payload = pattern(12 * MiB);
    QVERIFY(pair.connection->write(payload));
    QVERIFY(!pair.connection->close()); // data waits: the end comes later
    QVERIFY(pair.connection->isOpen());
    QVERIFY(!pair.connection->canWrite());

    pair.peer->startReading();
    QTRY_COMPARE_WITH_TIMEOUT(pair.ends.size(), 1, 30000);
    QCOMPARE(pair.ends.first().kind, Kind::ClosedByUs);
    QCOMPARE(pair.ends.first().droppedBytes, 0);
    QTRY_VERIFY_WITH_TIMEOUT(pair.peer->sawEndOfStream(), Patience);
    QVERIFY(pair.peer->received() == payload);
}

void TstTcpConnection::backlogAndDrained()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    Pair pair;
    QVERIFY(makePair(pair, m_poller.get(), address, 16 * 1024));

    const QByteArray sent = fillUntilBackedUp(*pair.connection, 32 * MiB);
    QVERIFY2(pair.connection->isBackedUp(), "32 MiB to a peer that does not read never backed up");
    QVERIFY(pair.connection->bytesToWrite() >= BackPressure::HighWaterMark);
    QCOMPARE(pair.drained, 0);
    // What left plus what waits is what was written: counted, not lost.
    QCOMPARE(pair.written + pair.connection->bytesToWrite(), sent.size());

    pair.peer->startReading();
    QTRY_COMPARE_WITH_TIMEOUT(pair.drained, 1, 30000);
    QVERIFY(pair.connection->bytesToWrite() <= BackPressure::LowWaterMark);
    QVERIFY(!pair.connection->isBackedUp());
    QTRY_COMPARE_WITH_TIMEOUT(pair.peer->received().size(), sent.size(), 30000);
    QVERIFY(pair.peer->received() == sent);
    QCOMPARE(pair.written, sent.size());
    QCOMPARE(pair.connection->bytesToWrite(), 0);
    QCOMPARE(pair.drained, 1); // once per crossing
}

void TstTcpConnection::writesArePacedPerPass()
{
    // Two descriptors a pair in this process, and the listeners' for a moment.
    const int count = Poller::MaxEventsPerPass + 20;
    const quint64 limit = FdLimit::raiseToHard();
    if (limit != 0 && limit < quint64(count) * 2 + 100)
        QSKIP("the open-file limit is too low for this test (ulimit -n)");
    std::vector<std::unique_ptr<Pair>> pairs;
    for (int i = 0; i < count; ++i) {
        pairs.push_back(std::make_unique<Pair>());
        QVERIFY(makePair(*pairs.back(), m_poller.get(), QHostAddress(QHostAddress::LocalHost)));
    }
    QCoreApplication::processEvents(); // a fresh pass of the event loop

    // One small message to everyone in one go: a pass sends for MaxEventsPerPass
    // of them, the others wait for the next passes.
    for (const auto &pair : pairs)
        QVERIFY(pair->connection->write("to all"));
    const auto waiting = [&pairs] {
        return std::count_if(pairs.cbegin(), pairs.cend(), [](const auto &pair) { return pair->connection->bytesToWrite() > 0; });
    };
    QCOMPARE(waiting(), count - Poller::MaxEventsPerPass);
    QTRY_COMPARE_WITH_TIMEOUT(waiting(), 0, Patience);
    for (const auto &pair : pairs)
        QTRY_COMPARE_WITH_TIMEOUT(pair->peer->readAvailable().received(), QByteArray("to all"), Patience);
}

void TstTcpConnection::pausedReadingLeavesDataWaiting()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    Pair pair;
    QVERIFY(makePair(pair, m_poller.get(), address));
    pair.connection->setReadingPaused(true);
    QVERIFY(pair.connection->isReadingPaused());
    QVERIFY(pair.peer->send("waits"));
    pair.peer->shutdownSending();
    // Our own traffic still goes out; by the time it has crossed, nothing was read.
    QVERIFY(pair.connection->write("meanwhile"));
    QTRY_COMPARE_WITH_TIMEOUT(pair.peer->readAvailable().received(), QByteArray("meanwhile"), Patience);
    // Passes of the event loop with the data and the FIN waiting in the socket.
    for (int pass = 0; pass < 10; ++pass)
        QCoreApplication::processEvents();
    QVERIFY(pair.received.isEmpty());
    QVERIFY(pair.ends.isEmpty());
    pair.connection->setReadingPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(pair.ends.size(), 1, Patience);
    QCOMPARE(pair.received, QByteArray("waits"));
    QCOMPARE(pair.ends.first().kind, Kind::ClosedByPeer); // by default the FIN ends it
}

void TstTcpConnection::peerFinishReportedKeepsSending()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    Pair pair;
    QVERIFY(makePair(pair, m_poller.get(), address));
    pair.connection->setPeerFinishReported(true);
    int finished = 0;
    connect(pair.connection.get(), &Connection::peerFinishedSending, this, [&] { ++finished; });
    QVERIFY(pair.peer->send("request"));
    pair.peer->shutdownSending();
    QTRY_COMPARE_WITH_TIMEOUT(finished, 1, Patience);
    QCOMPARE(pair.received, QByteArray("request"));
    QVERIFY(pair.connection->hasPeerFinished());
    QVERIFY(pair.ends.isEmpty());
    // The other direction goes on, as long as it takes.
    const QByteArray answer = pattern(3 * MiB);
    QVERIFY(pair.connection->canWrite());
    QVERIFY(pair.connection->write(answer));
    pair.connection->closeSending();
    pair.peer->startReading();
    QTRY_VERIFY_WITH_TIMEOUT(pair.peer->sawEndOfStream(), 30000);
    QVERIFY(pair.peer->received() == answer);
    QTRY_COMPARE_WITH_TIMEOUT(pair.ends.size(), 1, Patience);
    QCOMPARE(pair.ends.first().kind, Kind::ClosedByPeer);
    QCOMPARE(pair.ends.first().droppedBytes, 0);
    QCOMPARE(finished, 1);
}

void TstTcpConnection::resetWhilePausedEndsTheConnection()
{
    Pair pair;
    QVERIFY(makePair(pair, m_poller.get(), QHostAddress(QHostAddress::LocalHost)));
    pair.connection->setPeerFinishReported(true);
    pair.connection->setReadingPaused(true);
    pair.peer->reset();
    // epoll still wakes for the error; the portable poller hears of it once reading resumes.
    if (m_poller->backendName() == u"portable")
        pair.connection->setReadingPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(pair.ends.size(), 1, Patience);
    QCOMPARE(pair.ends.first().kind, Kind::ResetByPeer);
    QVERIFY(!pair.connection->isOpen());
}

void TstTcpConnection::connectorTriesEachAddressInTurn()
{
    RawTcpListener listener(QHostAddress(QHostAddress::LocalHost));
    QVERIFY(listener.isListening());
    TcpConnector connector(m_poller.get());
    QSignalSpy connecting(&connector, &TcpConnector::connecting);
    QSignalSpy connected(&connector, &TcpConnector::connected);
    QSignalSpy failed(&connector, &TcpConnector::failed);
    // Nothing listens on 127.0.0.2 (the listener holds the port on 127.0.0.1 only): refused, then the next.
    const QHostAddress nobody(QStringLiteral("127.0.0.2"));
    connector.start({nobody, QHostAddress(QHostAddress::LocalHost)}, listener.port(), Patience);
    QVERIFY(connector.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, Patience);
    QCOMPARE(connecting.size(), 2);
    QCOMPARE(connecting.at(0).at(0).value<QHostAddress>(), nobody);
    QCOMPARE(connecting.at(1).at(0).value<QHostAddress>(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(failed.isEmpty());
    QVERIFY(!connector.isBusy());

    TcpConnection connection(connected.at(0).at(0).value<qintptr>(), m_poller.get());
    std::unique_ptr<RawTcpPeer> peer;
    QVERIFY(QTest::qWaitFor([&] { return bool(peer = listener.take()); }, Patience));
    QVERIFY(connection.write("through the second address"));
    QTRY_COMPARE_WITH_TIMEOUT(peer->readAvailable().received(), QByteArray("through the second address"), Patience);
}

void TstTcpConnection::connectorReportsTheLastFailure()
{
    const quint16 port = SockpitTest::unusedTcpPort(QHostAddress(QHostAddress::LocalHost));
    QVERIFY(port != 0);
    TcpConnector connector(m_poller.get());
    QSignalSpy connecting(&connector, &TcpConnector::connecting);
    QSignalSpy failed(&connector, &TcpConnector::failed);
    connector.start({QHostAddress(QStringLiteral("127.0.0.2")), QHostAddress(QHostAddress::LocalHost)}, port, Patience);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Patience);
    QCOMPARE(connecting.size(), 2);
    QCOMPARE(failed.at(0).at(0).value<IoError>(), IoError::Refused);
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    QVERIFY(!connector.isBusy());
}

void TstTcpConnection::connectorTimesOut()
{
    SockpitTest::StalledListener stalled;
    QVERIFY2(stalled.isReady(), qPrintable(stalled.errorString()));
    TcpConnector connector(m_poller.get());
    QSignalSpy timedOut(&connector, &TcpConnector::timedOut);
    QSignalSpy connected(&connector, &TcpConnector::connected);
    QSignalSpy failed(&connector, &TcpConnector::failed);
    connector.start({QHostAddress(QHostAddress::LocalHost)}, stalled.port(), 200);
    QTRY_VERIFY_WITH_TIMEOUT(!timedOut.isEmpty() || !connected.isEmpty(), Patience);
    if (!connected.isEmpty())
        QSKIP("this kernel completed a connection to a listener with a full accept queue");
    QCOMPARE(timedOut.size(), 1);
    QVERIFY(failed.isEmpty());
    QVERIFY(!connector.isBusy());
}

void TstTcpConnection::connectorCancelIsSilent()
{
    SockpitTest::StalledListener stalled;
    QVERIFY2(stalled.isReady(), qPrintable(stalled.errorString()));
    TcpConnector connector(m_poller.get());
    QSignalSpy timedOut(&connector, &TcpConnector::timedOut);
    QSignalSpy failed(&connector, &TcpConnector::failed);
    connector.start({QHostAddress(QHostAddress::LocalHost)}, stalled.port(), 200);
    QVERIFY(connector.isBusy());
    connector.cancel();
    QVERIFY(!connector.isBusy());
    QCOMPARE(m_poller->watchedCount(), 0);
    // Past the timeout: cancelled means nothing more is said.
    QVERIFY(!timedOut.wait(800));
    QVERIFY(failed.isEmpty());
}

void TstTcpConnection::describeEnd_data()
{
    QTest::addColumn<ConnectionEnd>("end");
    QTest::addColumn<PeerRole>("role");
    QTest::addColumn<QString>("words");
    QTest::addColumn<ClientState>("state");
    const auto with = [](ConnectionEnd end, qint64 dropped) {
        end.droppedBytes = dropped;
        return end;
    };
    const ConnectionEnd timedOut = ConnectionEnd::failed(IoError::TimedOut, QStringLiteral("Connection timed out"));
    const PeerRole server = PeerRole::Server;
    const PeerRole client = PeerRole::Client;
    QTest::newRow("server closed") << ConnectionEnd::of(Kind::ClosedByPeer) << server << "closed by the peer"
                                   << ClientState::ClosedByPeer;
    QTest::newRow("server reset") << ConnectionEnd::of(Kind::ResetByPeer) << server << "reset by the peer" << ClientState::Reset;
    QTest::newRow("server failed") << timedOut << server << "127.0.0.1:7788: the operation timed out" << ClientState::Failed;
    QTest::newRow("server reply wait") << ConnectionEnd::idle(300) << server
                                       << "short connection closed after waiting 300 ms for more data"
                                       << ClientState::IdleTimeout;
    QTest::newRow("server ours") << ConnectionEnd::of(Kind::ClosedByUs) << server << "disconnected" << ClientState::Disconnected;
    QTest::newRow("server aborted") << ConnectionEnd::of(Kind::AbortedByUs) << server << "connection aborted"
                                    << ClientState::Disconnected;
    QTest::newRow("server dropped") << with(ConnectionEnd::of(Kind::ClosedByUs), 5) << server
                                    << "disconnected; 5 queued bytes were dropped because the server did not take them"
                                    << ClientState::Disconnected;
    QTest::newRow("client closed") << ConnectionEnd::of(Kind::ClosedByPeer) << client << "closed by the client"
                                   << ClientState::ClosedByPeer;
    QTest::newRow("client reset") << ConnectionEnd::of(Kind::ResetByPeer) << client << "connection reset by the client"
                                  << ClientState::Reset;
    QTest::newRow("client failed") << timedOut << client << "connection error: Connection timed out" << ClientState::Failed;
    QTest::newRow("client idle") << ConnectionEnd::idle(30000) << client
                                 << "closed by the idle timeout: nothing received for 30 second(s)" << ClientState::IdleTimeout;
    QTest::newRow("client ours") << ConnectionEnd::of(Kind::ClosedByUs) << client << "disconnected by you"
                                 << ClientState::Disconnected;
    QTest::newRow("client dropped") << with(ConnectionEnd::idle(2000), 7) << client
                                    << "closed by the idle timeout: nothing received for 2 second(s); 7 queued bytes were "
                                       "dropped because the client did not take them"
                                    << ClientState::IdleTimeout;
}

void TstTcpConnection::describeEnd()
{
    QFETCH(ConnectionEnd, end);
    QFETCH(PeerRole, role);
    QFETCH(QString, words);
    QFETCH(ClientState, state);
    QCOMPARE(Sockpit::describeEnd(end, role, QStringLiteral("127.0.0.1:7788")), words);
    QCOMPARE(end.clientState(), state);
}

void TstTcpConnection::endErrorMessage_data()
{
    QTest::addColumn<ConnectionEnd>("end");
    QTest::addColumn<QString>("message");
    QTest::newRow("reset") << ConnectionEnd::of(Kind::ResetByPeer) << "connection to 127.0.0.1:7788 reset by the peer";
    QTest::newRow("failed") << ConnectionEnd::failed(IoError::HostUnreachable, QStringLiteral("No route to host"))
                            << "connection to 127.0.0.1:7788 failed: no route to the host (is it switched on and on "
                               "this network?)";
    QTest::newRow("closed") << ConnectionEnd::of(Kind::ClosedByPeer) << QString();
    QTest::newRow("idle") << ConnectionEnd::idle(100) << QString();
    QTest::newRow("ours") << ConnectionEnd::of(Kind::ClosedByUs) << QString();
    QTest::newRow("aborted") << ConnectionEnd::of(Kind::AbortedByUs) << QString();
}

void TstTcpConnection::endErrorMessage()
{
    QFETCH(ConnectionEnd, end);
    QFETCH(QString, message);
    QCOMPARE(Sockpit::endErrorMessage(end, QStringLiteral("127.0.0.1:7788")), message);
    QCOMPARE(end.isError(), !message.isEmpty());
}

void TstTcpConnection::ioErrorSentences_data()
{
    QTest::addColumn<IoError>("error");
    QTest::addColumn<QString>("sentence");
    const auto row = [](const char *name, IoError error, const char *sentence) {
        QTest::newRow(name) << error << QString::fromUtf8(sentence);
    };
    row("refused", IoError::Refused, "connection to 127.0.0.1:7788 refused: nothing is listening on that port");
    row("reset", IoError::Reset, "connection to 127.0.0.1:7788 reset by the peer");
    row("pipe", IoError::BrokenPipe, "connection to 127.0.0.1:7788 closed by the peer");
    row("timeout", IoError::TimedOut, "127.0.0.1:7788: the operation timed out");
    row("network", IoError::NetworkUnreachable,
        "connection to 127.0.0.1:7788 failed: the network is unreachable (check the address and this machine's network "
        "settings)");
    row("host", IoError::HostUnreachable,
        "connection to 127.0.0.1:7788 failed: no route to the host (is it switched on and on this network?)");
    row("in use", IoError::AddressInUse, "127.0.0.1:7788 is already in use by another program or socket");
    row("not local", IoError::AddressNotAvailable, "127.0.0.1:7788 is not an address of this machine");
    row("access", IoError::AccessDenied, "127.0.0.1:7788: permission denied (ports below 1024 need administrator rights)");
    row("descriptors", IoError::OutOfDescriptors, "127.0.0.1:7788: out of sockets or file descriptors");
    row("unsupported", IoError::Unsupported, "127.0.0.1:7788: not supported on this system (is IPv6 enabled?)");
    row("other", IoError::Other, "127.0.0.1:7788: the system's words");
}

void TstTcpConnection::ioErrorSentences()
{
    QFETCH(IoError, error);
    QFETCH(QString, sentence);
    QCOMPARE(socketErrorMessage(error, QStringLiteral("127.0.0.1:7788"), QStringLiteral("the system's words")), sentence);
}

void TstTcpConnection::systemErrorsAreClassified_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<IoError>("error");
    QTest::newRow("ECONNRESET") << ECONNRESET << IoError::Reset;
    QTest::newRow("EPIPE") << EPIPE << IoError::BrokenPipe;
    QTest::newRow("ECONNREFUSED") << ECONNREFUSED << IoError::Refused;
    QTest::newRow("ETIMEDOUT") << ETIMEDOUT << IoError::TimedOut;
    QTest::newRow("ENETUNREACH") << ENETUNREACH << IoError::NetworkUnreachable;
    QTest::newRow("EHOSTUNREACH") << EHOSTUNREACH << IoError::HostUnreachable;
    QTest::newRow("EMFILE") << EMFILE << IoError::OutOfDescriptors;
    QTest::newRow("EAGAIN") << EAGAIN << IoError::WouldBlock;
    QTest::newRow("EINVAL") << EINVAL << IoError::Other;
}

void TstTcpConnection::systemErrorsAreClassified()
{
    QFETCH(int, code);
    QFETCH(IoError, error);
    QCOMPARE(SocketIo::classify(code), error);
    QVERIFY(!SocketIo::errorText(code).isEmpty());
}

QTEST_GUILESS_MAIN(TstTcpConnection)
#include "tst_tcpconnection.moc"
