// The TCP server session with real clients on 127.0.0.1 and ::1.
#include "clienttablemodel.h"
#include "codec.h"
#include "tcpserversession.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

#include <sys/socket.h>
#include <unistd.h>

using namespace Sockpit;

namespace {
constexpr int Timeout = 10000;

/// A client of the server under test that keeps everything it received.
struct TestClient
{
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray received;
    bool disconnected = false;
    quint16 localPort = 0; ///< kept after the socket has closed

    TestClient()
    {
        QObject::connect(socket.get(), &QAbstractSocket::connected, socket.get(), [this] { localPort = socket->localPort(); });
        QObject::connect(socket.get(), &QIODevice::readyRead, socket.get(), [this] { received += socket->readAll(); });
        QObject::connect(socket.get(), &QAbstractSocket::disconnected, socket.get(), [this] { disconnected = true; });
    }
};

QHostAddress loopback(const QString &family)
{
    return family == u"ipv6" ? QHostAddress(QHostAddress::LocalHostIPv6) : QHostAddress(QHostAddress::LocalHost);
}

/// Reads a Peer out of a spy row.
Peer peerAt(const QSignalSpy &spy, int row)
{
    return spy.at(row).at(0).value<Peer>();
}
} // namespace

class TstTcpServer : public QObject
{
    Q_OBJECT

private:
    /// Listens on every address, port chosen by the system.
    static bool startAny(TcpServerSession &server) { return server.listen(QHostAddress(QHostAddress::Any), 0); }
    /// Connects a client and waits until the server lists it; returns its peer id.
    static quint64 join(TcpServerSession &server, TestClient &client, const QHostAddress &address);

private slots:
    void initTestCase();

    void joinAndLeaveInOrder_data();
    void joinAndLeaveInOrder();
    void sendToOneSelectionAndAll_data();
    void sendToOneSelectionAndAll();
    void maxClientsRefusesExtra_data();
    void maxClientsRefusesExtra();
    void maxPerIpRefusesSameAddress();
    void maxPerIpOnIpv6();
    void idleTimeoutClosesSilentClient_data();
    void idleTimeoutClosesSilentClient();
    void stopListeningKeepsClients_data();
    void stopListeningKeepsClients();
    void disconnectSelectedAndAll();
    void echoReply_data();
    void echoReply();
    void fixedReply();
    void peerResetIsReported_data();
    void peerResetIsReported();
    void anyAddressAcceptsBothFamilies();
    void singleFamilyListeners();
    void listenErrors_data();
    void listenErrors();
    void sendErrors();
    void seedPythonClientInGbk();
};

quint64 TstTcpServer::join(TcpServerSession &server, TestClient &client, const QHostAddress &address)
{
    QSignalSpy joined(&server, &Session::peerJoined);
    client.socket->connectToHost(address, server.listenPort());
    if (!joined.wait(Timeout) && joined.isEmpty())
        return 0;
    return peerAt(joined, 0).id;
}

void TstTcpServer::initTestCase()
{
    qRegisterMetaType<Peer>();
}

void TstTcpServer::joinAndLeaveInOrder_data()
{
    QTest::addColumn<QString>("family");
    QTest::newRow("127.0.0.1") << QStringLiteral("ipv4");
    QTest::newRow("::1") << QStringLiteral("ipv6");
}

void TstTcpServer::joinAndLeaveInOrder()
{
    QFETCH(QString, family);
    TcpServerSession server;
    ClientTableModel serverModel;
    serverModel.attach(&server);
    QSignalSpy joined(&server, &Session::peerJoined);
    QSignalSpy left(&server, &Session::peerLeft);
    QVERIFY(startAny(server));
    QCOMPARE(server.state(), Session::State::Active);

    std::vector<std::unique_ptr<TestClient>> clients;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(std::make_unique<TestClient>());
        QVERIFY(join(server, *clients.back(), loopback(family)) != 0);
    }
    QCOMPARE(joined.size(), 3);
    QCOMPARE(server.clientCount(), 3);
    for (int i = 0; i < 3; ++i) {
        const Peer peer = peerAt(joined, i);
        QCOMPARE(peer.port, clients[size_t(i)]->socket->localPort());
        QCOMPARE(peer.address, loopback(family));
        QCOMPARE(peer.id, quint64(i + 1));
    }

    // The middle one leaves, then the first.
    clients[1]->socket->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(left.size(), 1, Timeout);
    clients[0]->socket->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(left.size(), 2, Timeout);
    QCOMPARE(peerAt(left, 0).id, quint64(2));
    QCOMPARE(peerAt(left, 1).id, quint64(1));
    QCOMPARE(left.at(0).at(1).toString(), QStringLiteral("closed by the client"));
    QCOMPARE(server.clientCount(), 1);
    QCOMPARE(server.clients().size(), 1);
    QCOMPARE(server.clients().first().id, quint64(3));

    // A new client never reuses an id.
    auto extra = std::make_unique<TestClient>();
    QCOMPARE(join(server, *extra, loopback(family)), quint64(4));

    ClientTableModel *model = (&serverModel);
    model->flush();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->connectedCount(), 2);
    QVERIFY(!model->isConnectedAt(model->rowOfPeer(2)));
    QCOMPARE(model->index(model->rowOfPeer(2), ClientTableModel::StateColumn).data().toString(),
             ClientTableModel::stateName(ClientState::ClosedByPeer));
    QCOMPARE(model->index(model->rowOfPeer(3), ClientTableModel::PeerColumn).data().toString(),
             (Peer{3, loopback(family), clients[2]->socket->localPort()}.toString()));
}

void TstTcpServer::sendToOneSelectionAndAll_data()
{
    joinAndLeaveInOrder_data();
}

void TstTcpServer::sendToOneSelectionAndAll()
{
    QFETCH(QString, family);
    TcpServerSession server;
    ClientTableModel serverModel;
    serverModel.attach(&server);
    QVERIFY(startAny(server));
    TestClient a, b, c;
    const quint64 idA = join(server, a, loopback(family));
    const quint64 idB = join(server, b, loopback(family));
    const quint64 idC = join(server, c, loopback(family));
    QVERIFY(idA && idB && idC);
    QSignalSpy sent(&server, &Session::sent);

    QVERIFY(server.sendTo({idB}, "one"));
    QTRY_COMPARE_WITH_TIMEOUT(b.received, QByteArray("one"), Timeout);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(peerAt(sent, 0).id, idB);

    QVERIFY(server.sendTo({idA, idC}, "some"));
    QTRY_COMPARE_WITH_TIMEOUT(a.received, QByteArray("some"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(c.received, QByteArray("some"), Timeout);

    QVERIFY(server.send("all"));
    QTRY_COMPARE_WITH_TIMEOUT(a.received, QByteArray("someall"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(b.received, QByteArray("oneall"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(c.received, QByteArray("someall"), Timeout);
    QCOMPARE(sent.size(), 6);

    // And the other way: each chunk comes with the client it came from.
    QSignalSpy received(&server, &Session::received);
    b.socket->write("from b");
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, Timeout);
    QCOMPARE(peerAt(received, 0).id, idB);
    QCOMPARE(received.at(0).at(1).toByteArray(), QByteArray("from b"));
}

void TstTcpServer::maxClientsRefusesExtra_data()
{
    joinAndLeaveInOrder_data();
}

void TstTcpServer::maxClientsRefusesExtra()
{
    QFETCH(QString, family);
    TcpServerSession server;
    ClientTableModel serverModel;
    serverModel.attach(&server);
    server.setMaxClients(2);
    QVERIFY(startAny(server));
    QSignalSpy refused(&server, &TcpServerSession::clientRefused);
    QSignalSpy notices(&server, &Session::noticeOccurred);
    TestClient a, b, c;
    QVERIFY(join(server, a, loopback(family)));
    QVERIFY(join(server, b, loopback(family)));

    c.socket->connectToHost(loopback(family), server.listenPort());
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(c.disconnected, Timeout);
    QCOMPARE(server.clientCount(), 2);
    QCOMPARE(server.defenceCounters().refusedByLimit, quint64(1));
    const QString reason = refused.at(0).at(1).toString();
    QVERIFY2(reason.contains(u"maximum") && reason.contains(peerAt(refused, 0).toString()), qPrintable(reason));
    QCOMPARE(peerAt(refused, 0).port, c.localPort);
    QVERIFY(notices.last().at(0).toString() == reason);

    // Room again once one leaves.
    a.socket->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    TestClient d;
    QVERIFY(join(server, d, loopback(family)));
    QCOMPARE(server.clientCount(), 2);
}

void TstTcpServer::maxPerIpRefusesSameAddress()
{
    TcpServerSession server;
    ClientTableModel serverModel;
    serverModel.attach(&server);
    server.setMaxPerIp(1);
    QVERIFY(startAny(server));
    QSignalSpy refused(&server, &TcpServerSession::clientRefused);
    TestClient a, b, other;
    QVERIFY(join(server, a, QHostAddress(QHostAddress::LocalHost)));
    b.socket->connectToHost(QHostAddress(QHostAddress::LocalHost), server.listenPort());
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(b.disconnected, Timeout);
    QCOMPARE(server.defenceCounters().refusedByPerIp, quint64(1));
    QVERIFY(refused.at(0).at(1).toString().contains(u"per address"));

    // Another loopback address is another client machine.
    QVERIFY(other.socket->bind(QHostAddress(QStringLiteral("127.0.0.2")), 0));
    QVERIFY(join(server, other, QHostAddress(QHostAddress::LocalHost)));
    QCOMPARE(server.clientCount(), 2);
    QCOMPARE(server.clientsFrom(QHostAddress(QStringLiteral("127.0.0.2"))), 1);
    QCOMPARE(server.clientsFrom(QHostAddress(QStringLiteral("::ffff:127.0.0.1"))), 1);
}

void TstTcpServer::maxPerIpOnIpv6()
{
    TcpServerSession server;
    ClientTableModel serverModel;
    serverModel.attach(&server);
    server.setMaxPerIp(2);
    QVERIFY(startAny(server));
    QSignalSpy refused(&server, &TcpServerSession::clientRefused);
    TestClient a, b, c, v4;
    QVERIFY(join(server, a, QHostAddress(QHostAddress::LocalHostIPv6)));
    QVERIFY(join(server, b, QHostAddress(QHostAddress::LocalHostIPv6)));
    c.socket->connectToHost(QHostAddress(QHostAddress::LocalHostIPv6), server.listenPort());
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, Timeout);
    QCOMPARE(peerAt(refused, 0).address, QHostAddress(QHostAddress::LocalHostIPv6));
    // ::1 and 127.0.0.1 are counted apart.
    QVERIFY(join(server, v4, QHostAddress(QHostAddress::LocalHost)));
    QCOMPARE(server.clientCount(), 3);
}

void TstTcpServer::idleTimeoutClosesSilentClient_data()
{
    joinAndLeaveInOrder_data();
}

void TstTcpServer::idleTimeoutClosesSilentClient()
{
    QFETCH(QString, family);
    TcpServerSession server;
    ClientTableModel serverModel;
    serverModel.attach(&server);
    server.setIdleTimeout(1);
    QVERIFY(startAny(server));
    QSignalSpy left(&server, &Session::peerLeft);
    QSignalSpy counters(&server, &TcpServerSession::defenceCountersChanged);
    TestClient silent;
    const quint64 id = join(server, silent, loopback(family));
    QVERIFY(id);
    QTRY_VERIFY_WITH_TIMEOUT(silent.disconnected, Timeout);
    QCOMPARE(left.size(), 1);
    QCOMPARE(peerAt(left, 0).id, id);
    QVERIFY2(left.at(0).at(1).toString().contains(u"idle timeout"), qPrintable(left.at(0).at(1).toString()));
    QCOMPARE(server.defenceCounters().closedIdle, quint64(1));
    QVERIFY(!counters.isEmpty());
    (&serverModel)->flush();
    QCOMPARE((&serverModel)->index(0, ClientTableModel::StateColumn).data().toString(),
             ClientTableModel::stateName(ClientState::IdleTimeout));

    // Off again: a client may stay silent.
    server.setIdleTimeout(0);
    TestClient quiet;
    QVERIFY(join(server, quiet, loopback(family)));
    QVERIFY(!quiet.socket->waitForDisconnected(1500));
    QCOMPARE(server.clientCount(), 1);
}

void TstTcpServer::stopListeningKeepsClients_data()
{
    joinAndLeaveInOrder_data();
}

void TstTcpServer::stopListeningKeepsClients()
{
    QFETCH(QString, family);
    TcpServerSession server;
    ClientTableModel serverModel;
    serverModel.attach(&server);
    QVERIFY(startAny(server));
    const quint16 port = server.listenPort();
    TestClient a;
    const quint64 id = join(server, a, loopback(family));
    QVERIFY(id);

    server.stop();
    QCOMPARE(server.state(), Session::State::Idle);
    QVERIFY(!server.isListening());
    QCOMPARE(server.clientCount(), 1);

    // Nobody new gets in...
    QTcpSocket late;
    QSignalSpy lateError(&late, &QAbstractSocket::errorOccurred);
    late.connectToHost(loopback(family), port);
    QTRY_COMPARE_WITH_TIMEOUT(lateError.size(), 1, Timeout);
    QCOMPARE(late.error(), QAbstractSocket::ConnectionRefusedError);

    // ...and the one already in still talks both ways.
    QSignalSpy received(&server, &Session::received);
    a.socket->write("still here");
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, Timeout);
    QVERIFY(server.send("so am I"));
    QTRY_COMPARE_WITH_TIMEOUT(a.received, QByteArray("so am I"), Timeout);

    // Listening again on the same port works with the client still connected.
    QVERIFY(server.listen(QHostAddress(QHostAddress::Any), port));
    QCOMPARE(server.clientCount(), 1);
}

void TstTcpServer::disconnectSelectedAndAll()
{
    TcpServerSession server;
    ClientTableModel serverModel;
    serverModel.attach(&server);
    QVERIFY(startAny(server));
    QSignalSpy left(&server, &Session::peerLeft);
    TestClient a, b, c;
    const quint64 idA = join(server, a, QHostAddress(QHostAddress::LocalHost));
    const quint64 idB = join(server, b, QHostAddress(QHostAddress::LocalHostIPv6));
    QVERIFY(join(server, c, QHostAddress(QHostAddress::LocalHost)));

    server.disconnectPeers({idB});
    QTRY_VERIFY_WITH_TIMEOUT(b.disconnected, Timeout);
    QCOMPARE(left.size(), 1);
    QCOMPARE(peerAt(left, 0).id, idB);
    QCOMPARE(left.at(0).at(1).toString(), QStringLiteral("disconnected by you"));
    QVERIFY(!a.disconnected);

    // Data queued before the close still arrives.
    QVERIFY(server.sendTo({idA}, "bye"));
    server.disconnectAll();
    QTRY_VERIFY_WITH_TIMEOUT(a.disconnected && c.disconnected, Timeout);
    QCOMPARE(a.received, QByteArray("bye"));
    QCOMPARE(server.clientCount(), 0);
    QCOMPARE(left.size(), 3);
    QVERIFY(server.isListening());
}

void TstTcpServer::echoReply_data()
{
    joinAndLeaveInOrder_data();
}

void TstTcpServer::echoReply()
{
    QFETCH(QString, family);
    TcpServerSession server;
    ClientTableModel serverModel;
    serverModel.attach(&server);
    server.setAutoReply(TcpServerSession::AutoReply::Echo);
    QVERIFY(startAny(server));
    TestClient a, b;
    QVERIFY(join(server, a, loopback(family)));
    QVERIFY(join(server, b, loopback(family)));
    a.socket->write("ping a");
    QTRY_COMPARE_WITH_TIMEOUT(a.received, QByteArray("ping a"), Timeout);
    b.socket->write(QByteArray("\x00\xff\x01", 3));
    QTRY_COMPARE_WITH_TIMEOUT(b.received, QByteArray("\x00\xff\x01", 3), Timeout);
    QCOMPARE(a.received, QByteArray("ping a")); // only the sender hears its echo
}

void TstTcpServer::fixedReply()
{
    TcpServerSession server;
    ClientTableModel serverModel;
    serverModel.attach(&server);
    const Result<QByteArray> reply = encodeText(QStringLiteral("谢谢 thank you !"), QStringLiteral("GBK"));
    QVERIFY(reply.ok());
    server.setAutoReply(TcpServerSession::AutoReply::Fixed, reply.value);
    QVERIFY(startAny(server));
    TestClient a;
    QVERIFY(join(server, a, QHostAddress(QHostAddress::LocalHostIPv6)));
    QSignalSpy sent(&server, &Session::sent);
    a.socket->write("hello");
    QTRY_COMPARE_WITH_TIMEOUT(a.received, reply.value, Timeout);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(1).toByteArray(), reply.value);

    // Off: silence.
    server.setAutoReply(TcpServerSession::AutoReply::Off);
    QSignalSpy received(&server, &Session::received);
    a.socket->write("again");
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, Timeout);
    QCOMPARE(sent.size(), 1);
}

void TstTcpServer::peerResetIsReported_data()
{
    joinAndLeaveInOrder_data();
}

void TstTcpServer::peerResetIsReported()
{
    QFETCH(QString, family);
    TcpServerSession server;
    ClientTableModel serverModel;
    serverModel.attach(&server);
    QVERIFY(startAny(server));
    QSignalSpy left(&server, &Session::peerLeft);
    TestClient a;
    const quint64 id = join(server, a, loopback(family));
    QVERIFY(id);

    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    const linger hardClose{1, 0};
    QCOMPARE(::setsockopt(int(a.socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hardClose, sizeof hardClose), 0);
    a.socket->abort();
    QTRY_COMPARE_WITH_TIMEOUT(left.size(), 1, Timeout);
    QCOMPARE(left.at(0).at(1).toString(), QStringLiteral("connection reset by the client"));
    (&serverModel)->flush();
    QCOMPARE((&serverModel)->index(0, ClientTableModel::StateColumn).data().toString(),
             ClientTableModel::stateName(ClientState::Reset));
    QCOMPARE(server.clientCount(), 0);
}

void TstTcpServer::anyAddressAcceptsBothFamilies()
{
    TcpServerSession server;
    ClientTableModel serverModel;
    serverModel.attach(&server);
    QSignalSpy notices(&server, &Session::noticeOccurred);
    QVERIFY(server.listen(QStringLiteral("0")));
    QCOMPARE(server.listenAddress(), QHostAddress(QHostAddress::Any));
    // Where it listens is said from the event loop, so whoever connects right after listen() hears it.
    QVERIFY(notices.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, Timeout);
    QCOMPARE(notices.at(0).at(0).toString(),
             QStringLiteral("listening on port %1 on every address (IPv4 and IPv6)").arg(server.listenPort()));
    QVERIFY(server.listenText().contains(QString::number(server.listenPort())));
    TestClient v4, v6;
    QVERIFY(join(server, v4, QHostAddress(QHostAddress::LocalHost)));
    QVERIFY(join(server, v6, QHostAddress(QHostAddress::LocalHostIPv6)));
    const QList<Peer> peers = server.clients();
    QCOMPARE(peers.size(), 2);
    // An IPv4 client of a dual-stack listener is shown as plain IPv4.
    QCOMPARE(peers.at(0).address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(peers.at(0).toString(), QStringLiteral("127.0.0.1:%1").arg(v4.socket->localPort()));
    QCOMPARE(peers.at(1).toString(), QStringLiteral("[::1]:%1").arg(v6.socket->localPort()));
}

void TstTcpServer::singleFamilyListeners()
{
    TcpServerSession v4Only;
    QVERIFY(v4Only.listen(QStringLiteral("0.0.0.0:0")));
    QTcpSocket wrongFamily;
    wrongFamily.connectToHost(QHostAddress(QHostAddress::LocalHostIPv6), v4Only.listenPort());
    QVERIFY(!wrongFamily.waitForConnected(Timeout));
    TestClient right;
    QVERIFY(join(v4Only, right, QHostAddress(QHostAddress::LocalHost)));

    TcpServerSession v6Only;
    QVERIFY(v6Only.listen(QStringLiteral("[::]:0")));
    QTcpSocket wrongFamily6;
    wrongFamily6.connectToHost(QHostAddress(QHostAddress::LocalHost), v6Only.listenPort());
    QVERIFY(!wrongFamily6.waitForConnected(Timeout));
    TestClient right6;
    QVERIFY(join(v6Only, right6, QHostAddress(QHostAddress::LocalHostIPv6)));

    TcpServerSession loopbackOnly;
    QVERIFY(loopbackOnly.listen(QStringLiteral("127.0.0.1:0")));
    QCOMPARE(loopbackOnly.listenText(), QStringLiteral("127.0.0.1:%1").arg(loopbackOnly.listenPort()));
}

void TstTcpServer::listenErrors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expected");
    QTest::newRow("port out of range") << QStringLiteral("70000") << QStringLiteral("70000");
    QTest::newRow("not a port") << QStringLiteral("http") << QStringLiteral("http");
    QTest::newRow("host name") << QStringLiteral("localhost:7788") << QStringLiteral("host name");
    // 192.0.2.0/24 is reserved for documentation: never an address of this machine. Nothing is sent.
    QTest::newRow("not a local address") << QStringLiteral("192.0.2.1:0")
                                         << QStringLiteral("is not an address of this machine");
}

void TstTcpServer::listenErrors()
{
    QFETCH(QString, spec);
    QFETCH(QString, expected);
    TcpServerSession server;
    ClientTableModel serverModel;
    serverModel.attach(&server);
    QSignalSpy errors(&server, &Session::errorOccurred);
    QVERIFY(!server.listen(spec));
    QCOMPARE(errors.size(), 1);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QCOMPARE(server.errorString(), message);
    QCOMPARE(server.state(), Session::State::Idle);
}

void TstTcpServer::sendErrors()
{
    TcpServerSession first;
    QVERIFY(first.listen(QStringLiteral("127.0.0.1:0")));
    TcpServerSession second;
    QSignalSpy errors(&second, &Session::errorOccurred);
    QVERIFY(!second.listen(QStringLiteral("127.0.0.1:%1").arg(first.listenPort())));
    QVERIFY2(errors.last().at(0).toString().contains(u"already in use"), qPrintable(errors.last().at(0).toString()));

    // Nothing to send to.
    QSignalSpy firstErrors(&first, &Session::errorOccurred);
    QVERIFY(!first.send("x"));
    QVERIFY(firstErrors.last().at(0).toString().contains(u"no client"));
    QVERIFY(!first.sendTo({}, "x"));
    QVERIFY(firstErrors.last().at(0).toString().contains(u"no client selected"));

    // A client that left is named.
    TestClient a;
    const quint64 id = join(first, a, QHostAddress(QHostAddress::LocalHost));
    a.socket->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(first.clientCount(), 0, Timeout);
    QVERIFY(!first.sendTo({id}, "x"));
    QVERIFY2(firstErrors.last().at(0).toString().contains(QStringLiteral("#%1").arg(id)),
             qPrintable(firstErrors.last().at(0).toString()));
}

void TstTcpServer::seedPythonClientInGbk()
{
    // The tutorial's own client: asks for ip, port and a line, sends it in GBK,
    // prints the reply decoded from GBK.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed: the seed's client cannot run");
    TcpServerSession server;
    ClientTableModel serverModel;
    serverModel.attach(&server);
    const Result<QByteArray> reply = encodeText(QStringLiteral("thank you ! 谢谢"), QStringLiteral("GBK"));
    server.setAutoReply(TcpServerSession::AutoReply::Fixed, reply.value);
    QVERIFY(server.listen(QStringLiteral("0")));
    QSignalSpy received(&server, &Session::received);

    QProcess client;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    client.setProcessEnvironment(env);
    client.start(python, {QStringLiteral(SOCKPIT_SOURCE_DIR "/tests/peers/seed_tcp_client.py")});
    QVERIFY(client.waitForStarted(Timeout));
    client.write(QStringLiteral("127.0.0.1\n%1\n你好，服务器\n").arg(server.listenPort()).toUtf8());
    client.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QProcess::NotRunning, Timeout);
    QVERIFY2(client.exitCode() == 0, client.readAllStandardError().constData());

    StreamDecoder gbk(QStringLiteral("GBK"));
    QCOMPARE(gbk.decode(received.at(0).at(1).toByteArray()), QStringLiteral("你好，服务器"));
    const QString output = QString::fromUtf8(client.readAllStandardOutput());
    QVERIFY2(output.contains(QStringLiteral("thank you ! 谢谢")), qPrintable(output));
}

QTEST_GUILESS_MAIN(TstTcpServer)
#include "tst_tcpserver.moc"
