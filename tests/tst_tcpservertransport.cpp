// The TCP server session on the transport, with raw clients on 127.0.0.1 and
// ::1 that half-close, reset and stop reading when told: half-close of one
// client, a reset after our FIN, back-pressure per client and in total, and
// the plain client list. ctest runs it on both poller backends.
#include "poller.h"
#include "tcpserversession.h"

#include "common/loopbackserver.h"
#include "common/rawtcppeer.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Sockpit;
using SockpitTest::RawTcpPeer;
using SockpitTest::pattern;

namespace {
constexpr int Patience = 10000;
constexpr qint64 MiB = 1024 * 1024;


/// A raw client of server, once the server lists it; id is its peer id there.
struct Joined
{
    std::unique_ptr<RawTcpPeer> peer;
    quint64 id = 0;
};

Joined join(TcpServerSession &server, const QHostAddress &address, int receiveBuffer = 0)
{
    QSignalSpy joined(&server, &Session::peerJoined);
    Joined result;
    result.peer = RawTcpPeer::connectTo(address, server.listenPort(), receiveBuffer);
    if (result.peer && (joined.size() > 0 || joined.wait(Patience)))
        result.id = joined.at(0).at(0).value<Peer>().id;
    return result;
}

/// What the server said about its clients.
struct Record
{
    explicit Record(TcpServerSession &server)
    {
        QObject::connect(&server, &Session::received, &server,
                         [this](const Peer &, const QByteArray &data) { received += data; });
        QObject::connect(&server, &Session::peerLeft, &server,
                         [this](const Peer &, const QString &reason) { leftReasons << reason; });
        QObject::connect(&server, &TcpServerSession::clientStateChanged, &server,
                         [this](quint64, ClientState state, const QString &) { states << state; });
        QObject::connect(&server, &Session::errorOccurred, &server, [this](const QString &message) { errors << message; });
    }
    QByteArray received;
    QStringList leftReasons;
    QList<ClientState> states;
    QStringList errors;
};
} // namespace


class TstTcpServerTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<Peer>(); }
    void pollerBackendAsSelected();
    void closeSendingToOneClient_data() { loopbackAddresses(); }
    void closeSendingToOneClient();
    void resetAfterCloseSending_data() { loopbackAddresses(); }
    void resetAfterCloseSending();
    void backPressure_data() { loopbackAddresses(); }
    void backPressure();
    void hardCapSkipsAClientThatDoesNotRead();
    void clientListHasCountersAndState();

private:
    static void loopbackAddresses()
    {
        QTest::addColumn<QHostAddress>("address");
        QTest::newRow("127.0.0.1") << QHostAddress(QHostAddress::LocalHost);
        QTest::newRow("::1") << QHostAddress(QHostAddress::LocalHostIPv6);
    }
};

void TstTcpServerTransport::pollerBackendAsSelected()
{
    TcpServerSession server;
    const bool portable = qEnvironmentVariable(Poller::BackendVariable) == u"portable";
    const QString platform = PollerBackend::platformName();
    QCOMPARE(server.pollerBackend(), portable || platform.isEmpty() ? QStringLiteral("portable") : platform);
}

void TstTcpServerTransport::closeSendingToOneClient()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    TcpServerSession server;
    Record record(server);
    QVERIFY(server.listen(QHostAddress(QHostAddress::Any), 0));
    const Joined a = join(server, address);
    const Joined b = join(server, address);
    QVERIFY(a.id && b.id);

    QVERIFY(server.sendTo({a.id}, "goodbye"));
    server.closeSending(a.id);
    QVERIFY(server.clientList().at(0).sendingClosed);
    QTRY_VERIFY_WITH_TIMEOUT(a.peer->readAvailable().sawEndOfStream(), Patience);
    QCOMPARE(a.peer->received(), QByteArray("goodbye"));
    // Nothing more goes to it; the other client is untouched.
    QVERIFY(!server.sendTo({a.id}, "too late"));
    QVERIFY(server.sendTo({b.id}, "still open"));
    QTRY_COMPARE_WITH_TIMEOUT(b.peer->readAvailable().received(), QByteArray("still open"), Patience);

    // It still talks to us, and is still a client.
    QVERIFY(a.peer->send("still here"));
    QTRY_COMPARE_WITH_TIMEOUT(record.received, QByteArray("still here"), Patience);
    QCOMPARE(server.clientCount(), 2);

    a.peer->shutdownSending();
    QTRY_COMPARE_WITH_TIMEOUT(record.leftReasons, QStringList{QStringLiteral("closed by the client")}, Patience);
    QCOMPARE(record.states, QList<ClientState>{ClientState::ClosedByPeer});
    QCOMPARE(server.clientCount(), 1);
}

void TstTcpServerTransport::resetAfterCloseSending()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    TcpServerSession server;
    Record record(server);
    QVERIFY(server.listen(QHostAddress(QHostAddress::Any), 0));
    const Joined a = join(server, address);
    QVERIFY(a.id);
    server.closeSending(a.id);
    QTRY_VERIFY_WITH_TIMEOUT(a.peer->readAvailable().sawEndOfStream(), Patience);
    a.peer->reset();
    QTRY_COMPARE_WITH_TIMEOUT(record.leftReasons, QStringList{QStringLiteral("connection reset by the client")}, Patience);
    QCOMPARE(record.states, QList<ClientState>{ClientState::Reset});
}

void TstTcpServerTransport::backPressure()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    TcpServerSession server;
    Record record(server);
    QSignalSpy drained(&server, &Session::drained);
    QSignalSpy clientDrained(&server, &TcpServerSession::clientDrained);
    QVERIFY(server.listen(QHostAddress(QHostAddress::Any), 0));
    // A client with a small window that does not read yet, and one that reads.
    const Joined slow = join(server, address, 16 * 1024);
    const Joined quick = join(server, address);
    QVERIFY(slow.id && quick.id);
    quick.peer->startReading();

    const QByteArray payload = pattern(24 * MiB);
    constexpr qint64 Chunk = 256 * 1024;
    qint64 produced = 0;
    qint64 mostPending = 0;
    const auto produce = [&] {
        while (produced < payload.size() && !server.isBackedUp()) {
            QVERIFY(server.sendTo({slow.id}, payload.mid(produced, Chunk)));
            produced += Chunk;
            mostPending = qMax(mostPending, server.pendingBytes());
        }
    };
    connect(&server, &Session::drained, this, produce);
    produce();
    QVERIFY2(server.isBackedUp(), "the server never backed up for a client that does not read");
    QVERIFY(server.bytesToWrite(slow.id) >= Session::HighWaterMark);
    QCOMPARE(server.bytesToWrite(quick.id), 0);
    QCOMPARE(server.pendingBytes(), server.bytesToWrite(slow.id));
    QCOMPARE(drained.size(), 0);
    QCOMPARE(clientDrained.size(), 0);
    // The other client is served meanwhile.
    QVERIFY(server.sendTo({quick.id}, "not held up"));
    QTRY_COMPARE_WITH_TIMEOUT(quick.peer->received(), QByteArray("not held up"), Patience);

    slow.peer->startReading();
    QTRY_COMPARE_WITH_TIMEOUT(slow.peer->received().size(), payload.size(), 60000);
    QVERIFY(slow.peer->received() == payload); // every byte, in order
    QVERIFY(drained.size() >= 1);
    QVERIFY(clientDrained.size() >= 1);
    QCOMPARE(clientDrained.at(0).at(0).value<quint64>(), slow.id);
    QVERIFY2(mostPending < Session::HighWaterMark + Chunk, qPrintable(QString::number(mostPending)));
    QCOMPARE(server.pendingBytes(), 0);
    QVERIFY2(record.errors.isEmpty(), qPrintable(record.errors.join(u'\n')));
}

void TstTcpServerTransport::hardCapSkipsAClientThatDoesNotRead()
{
    // A producer that does not wait for drained() meets the last safety net.
    TcpServerSession server;
    Record record(server);
    QVERIFY(server.listen(QHostAddress(QHostAddress::Any), 0));
    const Joined stuck = join(server, QHostAddress(QHostAddress::LocalHost), 16 * 1024);
    const Joined reader = join(server, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(stuck.id && reader.id);

    // Far more than the kernel buffers and the per-client queue hold.
    const QByteArray megabyte(MiB, 'x');
    int accepted = 0;
    for (int i = 0; i < 64 && record.errors.isEmpty(); ++i)
        accepted += server.sendTo({stuck.id}, megabyte) ? 1 : 0;
    QVERIFY2(!record.errors.isEmpty(), "a client that does not read never filled its queue");
    QVERIFY(accepted >= 16);
    const QString message = record.errors.last();
    QVERIFY2(message.contains(u"send buffer is full") && message.contains(server.client(stuck.id).toString()),
             qPrintable(message));
    QVERIFY(server.pendingBytes() > TcpServerSession::MaxPendingBytesPerClient);
    QCOMPARE(server.pendingBytes(), server.bytesToWrite(stuck.id));

    // Sending to all still reaches the others, and says who was skipped.
    QVERIFY(server.send("to all"));
    QTRY_COMPARE_WITH_TIMEOUT(reader.peer->readAvailable().received(), QByteArray("to all"), Patience);
    QVERIFY(record.errors.last().contains(u"1 client"));
    QVERIFY(server.hasClient(reader.id));
}

void TstTcpServerTransport::clientListHasCountersAndState()
{
    TcpServerSession server;
    QVERIFY(server.listen(QStringLiteral("127.0.0.1:0")));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Joined talker = join(server, QHostAddress(QHostAddress::LocalHost), 16 * 1024);
    const Joined silent = join(server, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(talker.id && silent.id);

    QVERIFY(talker.peer->send("0123456789"));
    QTRY_COMPARE_WITH_TIMEOUT(server.clientList().value(0).rxBytes, quint64(10), Patience);
    QVERIFY(server.sendTo({talker.id}, "hello"));
    QList<ServerClient> list = server.clientList();
    QCOMPARE(list.size(), 2);
    const ServerClient first = list.at(0);
    QCOMPARE(first.peer.id, talker.id);
    QCOMPARE(first.peer.port, talker.peer->localPort());
    QCOMPARE(first.txBytes, quint64(5));
    QCOMPARE(first.state, ClientState::Connected);
    QVERIFY(first.connectedAt >= before - 1000 && first.connectedAt <= QDateTime::currentMSecsSinceEpoch() + 1000);
    QVERIFY(first.lastActivity >= first.connectedAt - 1000);
    QCOMPARE(list.at(1).peer.id, silent.id);
    QCOMPARE(list.at(1).lastActivity, 0);
    QCOMPARE(list.at(1).rxBytes, quint64(0));

    // A client we close while data still waits for it shows as closing, with its backlog.
    qint64 queued = 0;
    for (int i = 0; i < 64 && server.bytesToWrite(talker.id) == 0; ++i) {
        QVERIFY(server.sendTo({talker.id}, pattern(MiB)));
        queued += MiB;
    }
    QVERIFY(server.bytesToWrite(talker.id) > 0);
    server.disconnectPeers({talker.id});
    list = server.clientList();
    QCOMPARE(list.at(0).state, ClientState::Closing);
    QVERIFY(list.at(0).bytesToWrite > 0);
    QCOMPARE(list.at(0).txBytes, quint64(5 + queued));
    talker.peer->startReading();
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, 30000);
    QCOMPARE(server.clientList().at(0).peer.id, silent.id);
}

QTEST_GUILESS_MAIN(TstTcpServerTransport)
#include "tst_tcpservertransport.moc"
