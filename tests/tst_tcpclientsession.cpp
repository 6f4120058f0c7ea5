#include "tcpclientsession.h"

#include "socketerrors.h"

#include "common/isolatednetwork.h"
#include "common/loopbackserver.h"
#include "common/stalledlistener.h"

#include <QSignalSpy>
#include <QTest>

using namespace Sockpit;
using SockpitTest::LoopbackTcpServer;
using State = Session::State;

namespace {

// Everything a session says, in order, so tests can check sequences.
struct Recorder
{
    explicit Recorder(TcpClientSession &session)
    {
        QObject::connect(&session, &Session::stateChanged, &session, [this](State state) {
            states << state;
            events << QStringLiteral("state:") + Session::stateName(state);
        });
        QObject::connect(&session, &Session::peerJoined, &session, [this](const Peer &peer) {
            joined << peer;
            events << QStringLiteral("joined");
        });
        QObject::connect(&session, &Session::sent, &session, [this](const Peer &peer, const QByteArray &data) {
            sentPeers << peer;
            sent += data;
            events << QStringLiteral("sent:") + QString::fromLatin1(data);
        });
        QObject::connect(&session, &Session::received, &session, [this](const Peer &peer, const QByteArray &data) {
            receivedPeers << peer;
            received += data;
            events << QStringLiteral("received:") + QString::fromLatin1(data);
        });
        QObject::connect(&session, &Session::peerLeft, &session, [this](const Peer &peer, const QString &reason) {
            left << peer;
            leftReasons << reason;
            events << QStringLiteral("left:") + reason;
        });
        QObject::connect(&session, &Session::errorOccurred, &session, [this](const QString &message) {
            errors << message;
            events << QStringLiteral("error:") + message;
        });
    }

    QList<State> states;
    QList<Peer> joined;
    QList<Peer> sentPeers;
    QList<Peer> receivedPeers;
    QList<Peer> left;
    QStringList leftReasons;
    QStringList errors;
    QStringList events;
    QByteArray sent;
    QByteArray received;
};

constexpr int Patience = 10000; // ms for anything to happen on a loaded machine

QString hostOf(const QHostAddress &address)
{
    return address.toString();
}

QString targetText(const QHostAddress &address, quint16 port)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
               ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
               : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

/// Opens session to the server at host and waits until both ends see the connection.
bool connectTo(TcpClientSession &session, const LoopbackTcpServer &server, const QString &host)
{
    session.setTarget(host, server.port());
    session.open();
    return QTest::qWaitFor([&] { return session.state() == Session::State::Active && server.clientCount() == 1; }, Patience);
}

} // namespace


class TstTcpClientSession : public QObject
{
    Q_OBJECT

private slots:
    void connectSendReceive_data() { loopbackAddresses(); }
    void connectSendReceive();
    void stopClosesGracefully_data() { loopbackAddresses(); }
    void stopClosesGracefully();
    void peerCloses_data() { loopbackAddresses(); }
    void peerCloses();
    void peerResets_data() { loopbackAddresses(); }
    void peerResets();
    void closeSendingThenPeerCloses();
    void abortDropsConnection();
    void largePayloadArrivesWhole_data() { loopbackAddresses(); }
    void largePayloadArrivesWhole();
    void reconnectGivesNewPeer();
    void connectionRefused_data() { loopbackAddresses(); }
    void connectionRefused();
    void hostNotFound();
    void connectTimeout();
    void stopWhileConnecting();
    void sendWhileUnconnected();
    void openWithoutTarget();
    void shortConnection_data() { loopbackAddresses(); }
    void shortConnection();
    void shortConnectionPeerClosesFirst_data() { loopbackAddresses(); }
    void shortConnectionPeerClosesFirst();
    void shortConnectionBackToBack_data() { loopbackAddresses(); }
    void shortConnectionBackToBack();
    void shortConnectionRefused();
    void socketErrorSentences_data();
    void socketErrorSentences();

private:
    static void loopbackAddresses()
    {
        QTest::addColumn<QHostAddress>("address");
        QTest::newRow("IPv4") << QHostAddress(QHostAddress::LocalHost);
        QTest::newRow("IPv6") << QHostAddress(QHostAddress::LocalHostIPv6);
    }
};

void TstTcpClientSession::connectSendReceive()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    LoopbackTcpServer server(address);
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));

    TcpClientSession session;
    Recorder record(session);
    session.setTarget(hostOf(address), server.port());
    QCOMPARE(session.targetText(), targetText(address, server.port()));
    QCOMPARE(session.state(), State::Idle);

    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Active, Patience);
    QVERIFY(record.states.contains(State::Connecting));
    QVERIFY(record.states.indexOf(State::Connecting) < record.states.indexOf(State::Active));
    QCOMPARE(record.states.last(), State::Active);
    QCOMPARE(record.joined.size(), 1);
    const Peer peer = record.joined.first();
    QCOMPARE(peer.address, address);
    QCOMPARE(peer.port, server.port());
    QVERIFY(peer.id != 0);
    QCOMPARE(session.peer().id, peer.id);
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Patience);

    // Sending: the server gets the bytes, and `sent` names the peer.
    QVERIFY(session.send(QByteArray("hello, server")));
    QCOMPARE(record.sent, QByteArray("hello, server"));
    QCOMPARE(record.sentPeers.first().id, peer.id);
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("hello, server"), Patience);

    // Binary data goes through untouched.
    const QByteArray binary("\0\xff\r\n\x1a", 5);
    QVERIFY(session.send(binary));
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("hello, server") + binary, Patience);

    // Receiving.
    server.send(0, QByteArray("hello, client"));
    QTRY_COMPARE_WITH_TIMEOUT(record.received, QByteArray("hello, client"), Patience);
    QCOMPARE(record.receivedPeers.first().id, peer.id);

    // Sending nothing is not an error and sends nothing.
    QVERIFY(session.send(QByteArray()));
    QVERIFY(record.errors.isEmpty());
    QVERIFY(record.left.isEmpty());
}

void TstTcpClientSession::stopClosesGracefully()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    LoopbackTcpServer server(address);
    TcpClientSession session;
    Recorder record(session);
    session.setTarget(hostOf(address), server.port());
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Active, Patience);

    // Data queued just before stop() still arrives: stop() closes gracefully.
    const QByteArray last(256 * 1024, 'q');
    QVERIFY(session.send(last));
    session.stop();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Idle, Patience);
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0).size(), last.size(), Patience);
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionEnded(0), Patience);
    QCOMPARE(record.leftReasons, QStringList{QStringLiteral("disconnected")});
    QVERIFY(record.errors.isEmpty());

    session.stop(); // stopping an idle session is harmless
    QCOMPARE(session.state(), State::Idle);
    QCOMPARE(record.left.size(), 1);
}

void TstTcpClientSession::peerCloses()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    LoopbackTcpServer server(address);
    TcpClientSession session;
    Recorder record(session);
    QVERIFY(connectTo(session, server, hostOf(address)));

    // The last words before the close are delivered before peerLeft.
    server.send(0, QByteArray("bye"));
    server.close(0);
    QTRY_COMPARE_WITH_TIMEOUT(record.left.size(), 1, Patience);
    QCOMPARE(record.leftReasons.first(), QStringLiteral("closed by the peer"));
    QCOMPARE(record.left.first().id, record.joined.first().id);
    QCOMPARE(record.received, QByteArray("bye"));
    QVERIFY(record.events.indexOf(QStringLiteral("received:bye")) < record.events.indexOf(QStringLiteral("left:closed by the peer")));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Idle, Patience);
    QVERIFY2(record.errors.isEmpty(), qPrintable(record.errors.join(u'\n')));

    // After the peer has gone, sending is refused with a reason.
    QVERIFY(!session.send(QByteArray("anyone?")));
    QCOMPARE(record.errors.size(), 1);
}

void TstTcpClientSession::peerResets()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    LoopbackTcpServer server(address);
    TcpClientSession session;
    Recorder record(session);
    QVERIFY(connectTo(session, server, hostOf(address)));

    server.reset(0);
    QTRY_COMPARE_WITH_TIMEOUT(record.left.size(), 1, Patience);
    // Told apart from a close, as an error that names the server.
    QCOMPARE(record.leftReasons.first(), QStringLiteral("reset by the peer"));
    QCOMPARE(record.errors, QStringList{QStringLiteral("connection to %1 reset by the peer").arg(targetText(address, server.port()))});
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Idle, Patience);
    QCOMPARE(record.joined.size(), 1);
}

void TstTcpClientSession::closeSendingThenPeerCloses()
{
    LoopbackTcpServer server;
    TcpClientSession session;
    Recorder record(session);
    QVERIFY(connectTo(session, server, QStringLiteral("127.0.0.1")));
    QVERIFY(session.send(QByteArray("request")));
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("request"), Patience);
    server.send(0, QByteArray("answer"));
    QTRY_COMPARE_WITH_TIMEOUT(record.received, QByteArray("answer"), Patience);

    // The server sees the end of our data and closes in turn: an orderly end,
    // though the TCP state after our FIN and theirs looks like a reset's.
    session.closeSending();
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionEnded(0), Patience);
    QTRY_COMPARE_WITH_TIMEOUT(record.left.size(), 1, Patience);
    QCOMPARE(record.leftReasons.first(), QStringLiteral("closed by the peer"));
    QVERIFY2(record.errors.isEmpty(), qPrintable(record.errors.join(u'\n')));
}

void TstTcpClientSession::abortDropsConnection()
{
    LoopbackTcpServer server;
    TcpClientSession session;
    Recorder record(session);
    QVERIFY(connectTo(session, server, QStringLiteral("127.0.0.1")));

    session.abort();
    QCOMPARE(session.state(), State::Idle);
    QCOMPARE(record.leftReasons, QStringList{QStringLiteral("connection aborted")});
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionEnded(0), Patience);
    QVERIFY(record.errors.isEmpty());
}

void TstTcpClientSession::largePayloadArrivesWhole()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    LoopbackTcpServer server(address);
    // The server sends the same bytes back, so both directions carry 4 MiB.
    server.setChunkHandler([&server](qsizetype client, const QByteArray &chunk) { server.send(client, chunk); });
    TcpClientSession session;
    Recorder record(session);
    session.setTarget(hostOf(address), server.port());
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Active, Patience);

    QByteArray payload(4 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < payload.size(); ++i)
        payload[i] = char((i * 7 + i / 251) & 0xff);
    QVERIFY(session.send(payload.left(1000)));
    QVERIFY(session.send(payload.mid(1000)));
    QTRY_COMPARE_WITH_TIMEOUT(record.received.size(), payload.size(), 30000);
    QVERIFY(record.received == payload);
    QVERIFY(server.received(0) == payload);
    QCOMPARE(record.sent.size(), payload.size());
}

void TstTcpClientSession::reconnectGivesNewPeer()
{
    LoopbackTcpServer server;
    TcpClientSession session;
    Recorder record(session);
    session.setTarget(QStringLiteral("127.0.0.1"), server.port());
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Active, Patience);
    session.stop();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Idle, Patience);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(record.joined.size(), 2, Patience);
    QVERIFY(record.joined.at(0).id != record.joined.at(1).id);
    QCOMPARE(session.peer().id, record.joined.at(1).id);

    // open() while connected starts over on a new connection.
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(record.joined.size(), 3, Patience);
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 3, Patience);
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionEnded(1), Patience);
}

void TstTcpClientSession::connectionRefused()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    const quint16 port = SockpitTest::unusedTcpPort(address);
    QVERIFY(port != 0);

    TcpClientSession session;
    Recorder record(session);
    session.setTarget(hostOf(address), port);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(record.errors.size(), 1, Patience);
    QCOMPARE(record.errors.first(),
             QStringLiteral("connection to %1 refused: nothing is listening on that port").arg(targetText(address, port)));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Idle, Patience);
    QVERIFY(record.joined.isEmpty());
    QVERIFY(record.left.isEmpty());
}

void TstTcpClientSession::hostNotFound()
{
    // The lookup runs in a private network namespace: it cannot reach any
    // name server, so nothing leaves the machine whatever the resolver does.
    if (!SockpitTest::inIsolatedNetwork()) {
        const SockpitTest::IsolatedRun run = SockpitTest::runInIsolatedNetwork(QStringLiteral("hostNotFound"));
        if (!run.available || run.skipped)
            QSKIP(qPrintable(run.output));
        QVERIFY2(run.passed, qPrintable(run.output));
        return;
    }

    TcpClientSession session;
    Recorder record(session);
    // The reserved .invalid top-level domain never resolves.
    session.setTarget(QStringLiteral("sockpit-test.invalid"), 7788);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(record.errors.size(), 1, 30000);
    QCOMPARE(record.errors.first(),
             QStringLiteral("host of sockpit-test.invalid:7788 not found: check the name or the DNS settings"));
    QVERIFY(record.states.contains(State::Resolving));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Idle, Patience);
    QVERIFY(record.joined.isEmpty());
}

void TstTcpClientSession::connectTimeout()
{
    SockpitTest::StalledListener stalled;
    QVERIFY2(stalled.isReady(), qPrintable(stalled.errorString()));

    TcpClientSession session;
    Recorder record(session);
    session.setTarget(QStringLiteral("127.0.0.1"), stalled.port());
    session.setConnectTimeout(300);
    QCOMPARE(session.connectTimeout(), 300);
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(!record.errors.isEmpty() || !record.joined.isEmpty(), Patience);
    if (!record.joined.isEmpty())
        QSKIP("this kernel completed a connection to a listener with a full accept queue");
    QCOMPARE(record.errors.first(),
             QStringLiteral("connection to 127.0.0.1:%1 timed out after 300 ms").arg(stalled.port()));
    QCOMPARE(record.errors.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Idle, Patience);
    QVERIFY(record.left.isEmpty());
}

void TstTcpClientSession::stopWhileConnecting()
{
    SockpitTest::StalledListener stalled;
    QVERIFY2(stalled.isReady(), qPrintable(stalled.errorString()));
    TcpClientSession session;
    Recorder record(session);
    QSignalSpy errors(&session, &Session::errorOccurred);
    session.setTarget(QStringLiteral("127.0.0.1"), stalled.port());
    session.setConnectTimeout(200);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connecting, Patience);
    session.stop();
    QCOMPARE(session.state(), State::Idle);
    // Stopping by hand is no error, and the connect timer does not fire later.
    QVERIFY(!errors.wait(1000));
    QVERIFY(record.joined.isEmpty());
}

void TstTcpClientSession::sendWhileUnconnected()
{
    TcpClientSession session;
    Recorder record(session);
    session.setTarget(QStringLiteral("127.0.0.1"), 7788);
    QVERIFY(!session.send(QByteArray("too early")));
    QCOMPARE(record.errors, QStringList{QStringLiteral("not connected: connect to a server before sending")});
    QVERIFY(record.sent.isEmpty());
    QCOMPARE(session.state(), State::Idle);
    QCOMPARE(session.pendingBytes(), 0);
}

void TstTcpClientSession::openWithoutTarget()
{
    TcpClientSession session;
    Recorder record(session);
    session.open();
    QCOMPARE(record.errors, QStringList{QStringLiteral("no server address: enter a host and a port")});
    session.setTarget(QStringLiteral("127.0.0.1"), 0);
    session.open();
    QCOMPARE(record.errors.size(), 2);
    QCOMPARE(session.state(), State::Idle);

    session.setShortConnection(true);
    QVERIFY(!session.send(QByteArray("x")));
    QCOMPARE(record.errors.size(), 3);
    QCOMPARE(record.errors.last(), QStringLiteral("no server address: enter a host and a port"));
}

void TstTcpClientSession::shortConnection()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    LoopbackTcpServer server(address);
    server.setChunkHandler([&server](qsizetype client, const QByteArray &chunk) {
        server.send(client, QByteArray("reply to ") + chunk);
    });

    TcpClientSession session;
    Recorder record(session);
    session.setTarget(hostOf(address), server.port());
    session.setShortConnection(true, 300);
    QVERIFY(session.isShortConnection());

    // Each send connects, sends, takes the reply and closes after the quiet time.
    QVERIFY(session.send(QByteArray("one")));
    QTRY_COMPARE_WITH_TIMEOUT(record.left.size(), 1, Patience);
    QCOMPARE(record.joined.size(), 1);
    QCOMPARE(record.sent, QByteArray("one"));
    QCOMPARE(record.received, QByteArray("reply to one"));
    QCOMPARE(record.leftReasons.first(), QStringLiteral("short connection closed after waiting 300 ms for more data"));
    QCOMPARE(server.received(0), QByteArray("one"));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Idle, Patience);
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionEnded(0), Patience);

    QVERIFY(session.send(QByteArray("two")));
    QTRY_COMPARE_WITH_TIMEOUT(record.left.size(), 2, Patience);
    QCOMPARE(record.joined.size(), 2);
    QVERIFY(record.joined.at(0).id != record.joined.at(1).id);
    QCOMPARE(record.received, QByteArray("reply to onereply to two"));
    QCOMPARE(server.clientCount(), 2);
    QCOMPARE(server.received(1), QByteArray("two"));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Idle, Patience);
    QVERIFY2(record.errors.isEmpty(), qPrintable(record.errors.join(u'\n')));

    // The order of events for one exchange.
    const QStringList firstExchange = record.events.mid(record.events.indexOf(QStringLiteral("joined")));
    QVERIFY(firstExchange.indexOf(QStringLiteral("sent:one")) < firstExchange.indexOf(QStringLiteral("received:reply to one")));
    QVERIFY(firstExchange.indexOf(QStringLiteral("received:reply to one"))
            < firstExchange.indexOf(QStringLiteral("left:short connection closed after waiting 300 ms for more data")));
}

void TstTcpClientSession::shortConnectionPeerClosesFirst()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    LoopbackTcpServer server(address);
    // Like the seed's server: one reply, then the server closes the connection.
    server.setChunkHandler([&server](qsizetype client, const QByteArray &) {
        server.send(client, QByteArray("thank you !"));
        server.close(client);
    });

    TcpClientSession session;
    Recorder record(session);
    session.setTarget(hostOf(address), server.port());
    // A reply timeout far beyond the test's patience: only the peer can end it in time.
    session.setShortConnection(true, 600000);
    QVERIFY(session.send(QByteArray("hello")));
    QTRY_COMPARE_WITH_TIMEOUT(record.left.size(), 1, Patience);
    QCOMPARE(record.leftReasons.first(), QStringLiteral("closed by the peer"));
    QCOMPARE(record.received, QByteArray("thank you !"));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Idle, Patience);

    QVERIFY(session.send(QByteArray("again")));
    QTRY_COMPARE_WITH_TIMEOUT(record.left.size(), 2, Patience);
    QCOMPARE(record.received, QByteArray("thank you !thank you !"));
    QCOMPARE(server.clientCount(), 2);
    QVERIFY(record.errors.isEmpty());
}

void TstTcpClientSession::shortConnectionBackToBack()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    LoopbackTcpServer server(address);
    TcpClientSession session;
    Recorder record(session);
    session.setTarget(hostOf(address), server.port());
    session.setShortConnection(true, 200);

    // Two sends in a row, the second while the first still connects: nothing is lost.
    QVERIFY(session.send(QByteArray("first|")));
    QVERIFY(session.send(QByteArray("second")));
    QTRY_COMPARE_WITH_TIMEOUT(server.receivedFromAll(), QByteArray("first|second"), Patience);
    QCOMPARE(record.sent, QByteArray("first|second"));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Idle, Patience);
    QCOMPARE(record.left.size(), record.joined.size());
    QVERIFY(record.errors.isEmpty());
    QCOMPARE(session.pendingBytes(), 0);
}

void TstTcpClientSession::shortConnectionRefused()
{
    const quint16 port = SockpitTest::unusedTcpPort(QHostAddress(QHostAddress::LocalHost));
    TcpClientSession session;
    Recorder record(session);
    session.setTarget(QStringLiteral("127.0.0.1"), port);
    session.setShortConnection(true, 200);
    QVERIFY(session.send(QByteArray("nobody there")));
    QTRY_COMPARE_WITH_TIMEOUT(record.errors.size(), 1, Patience);
    QVERIFY(record.errors.first().contains(QStringLiteral("refused")));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Idle, Patience);
    // The refused data is not kept to surprise a later connection.
    QCOMPARE(session.pendingBytes(), 0);
    QVERIFY(record.sent.isEmpty());
}

void TstTcpClientSession::socketErrorSentences_data()
{
    QTest::addColumn<QAbstractSocket::SocketError>("error");
    QTest::addColumn<QString>("sentence");
    using E = QAbstractSocket;
    const auto row = [](const char *name, QAbstractSocket::SocketError error, const char *sentence) {
        QTest::newRow(name) << error << QString::fromUtf8(sentence);
    };
    row("refused", E::ConnectionRefusedError, "connection to 127.0.0.1:7788 refused: nothing is listening on that port");
    row("closed", E::RemoteHostClosedError, "connection to 127.0.0.1:7788 closed by the peer");
    row("not found", E::HostNotFoundError, "host of 127.0.0.1:7788 not found: check the name or the DNS settings");
    row("access", E::SocketAccessError, "127.0.0.1:7788: permission denied (ports below 1024 need administrator rights)");
    row("resources", E::SocketResourceError, "127.0.0.1:7788: out of sockets or file descriptors");
    row("timeout", E::SocketTimeoutError, "127.0.0.1:7788: the operation timed out");
    row("datagram", E::DatagramTooLargeError, "127.0.0.1:7788: the datagram is larger than the system allows");
    row("network", E::NetworkError, "127.0.0.1:7788: network error (Qt's words)");
    row("in use", E::AddressInUseError, "127.0.0.1:7788 is already in use by another program or socket");
    row("not local", E::SocketAddressNotAvailableError, "127.0.0.1:7788 is not an address of this machine");
    row("unsupported", E::UnsupportedSocketOperationError, "127.0.0.1:7788: not supported on this system (is IPv6 enabled?)");
    row("other", E::UnknownSocketError, "127.0.0.1:7788: Qt's words");
}

void TstTcpClientSession::socketErrorSentences()
{
    QFETCH(QAbstractSocket::SocketError, error);
    QFETCH(QString, sentence);
    QCOMPARE(socketErrorMessage(error, QStringLiteral("127.0.0.1:7788"), QStringLiteral("Qt's words")), sentence);
}

QTEST_GUILESS_MAIN(TstTcpClientSession)
#include "tst_tcpclientsession.moc"
