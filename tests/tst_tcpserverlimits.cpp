// The TCP server under hostile conditions, on 127.0.0.1: out of file
// descriptors (a lowered RLIMIT_NOFILE in this process), a close racing a
// newcomer at the client limit, and a peer that resets before it is admitted.
#include "connection.h"
#include "poller.h"
#include "tcpacceptor.h"
#include "tcpserversession.h"

#include "common/rawtcppeer.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Sockpit;
using SockpitTest::RawTcpPeer;

namespace {
constexpr int Patience = 10000;
const QHostAddress Loopback(QHostAddress::LocalHost);

/// Lowers this process's open-file limit so that exactly `room` more descriptors
/// can be opened; restores it when gone. The limit bounds descriptor numbers,
/// and a new descriptor takes the lowest free number: the limit goes just
/// past the room'th free number.
class DescriptorLimit
{
public:
    explicit DescriptorLimit(int room)
    {
        std::vector<int> probes;
        for (int i = 0; i <= room; ++i)
            probes.push_back(::open("/dev/null", O_RDONLY | O_CLOEXEC));
        const int firstBeyond = probes.back();
        for (const int fd : probes)
            ::close(fd);
        m_ok = firstBeyond >= 0 && getrlimit(RLIMIT_NOFILE, &m_saved) == 0;
        rlimit tight = m_saved;
        tight.rlim_cur = rlim_t(firstBeyond);
        m_ok = m_ok && setrlimit(RLIMIT_NOFILE, &tight) == 0;
    }
    ~DescriptorLimit() { restore(); }
    bool isSet() const { return m_ok; }
    void restore()
    {
        if (std::exchange(m_ok, false))
            setrlimit(RLIMIT_NOFILE, &m_saved);
    }

private:
    rlimit m_saved{};
    bool m_ok = false;
};

/// Clients whose handshakes the kernel has finished; they wait in the listen backlog.
std::vector<std::unique_ptr<RawTcpPeer>> waitingClients(int count, quint16 port)
{
    std::vector<std::unique_ptr<RawTcpPeer>> clients;
    for (int i = 0; i < count; ++i)
        clients.push_back(RawTcpPeer::connectTo(Loopback, port));
    return clients;
}

/// Under UndefinedBehaviorSanitizer a vptr check probes memory through a pipe,
/// which cannot be made once the descriptors are gone; checks it has cached
/// need none. So each test first runs its paths once with descriptors to spare.
void warmUp(TcpServerSession &server)
{
    QSignalSpy left(&server, &Session::peerLeft);
    auto client = RawTcpPeer::connectTo(Loopback, server.listenPort());
    QVERIFY(client && client->send("warm"));
    QTRY_VERIFY_WITH_TIMEOUT(server.clientCount() == 1, Patience);
    client->close();
    QTRY_COMPARE_WITH_TIMEOUT(left.size(), 1, Patience);
    // The ended connection is deleted a pass later: its destructor's checks must
    // run now, not once the descriptors are gone.
    QTRY_VERIFY_WITH_TIMEOUT(server.findChildren<Connection *>().isEmpty(), Patience);
}

int countOf(const QSignalSpy &spy, const QString &text)
{
    return int(std::count_if(spy.cbegin(), spy.cend(), [&text](const QList<QVariant> &row) {
        return row.at(0).toString() == text;
    }));
}
} // namespace

class TstTcpServerLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<Peer>(); }
    void acceptorPausesWhenDescriptorsRunOut();
    void descriptorsRunOutWithOneNotice();
    void admissionTakesInPendingCloses_data();
    void admissionTakesInPendingCloses();
    void resetBeforeAdmissionIsLogged();
};

void TstTcpServerLimits::acceptorPausesWhenDescriptorsRunOut()
{
    QTcpServer listener;
    QVERIFY(listener.listen(Loopback, 0));
    listener.pauseAccepting(); // the acceptor takes the connections
    const std::unique_ptr<Poller> poller(Poller::create());
    TcpAcceptor acceptor(poller.get());
    QSignalSpy accepted(&acceptor, &TcpAcceptor::accepted);
    QSignalSpy outOfDescriptors(&acceptor, &TcpAcceptor::outOfDescriptors);
    QSignalSpy acceptingAgain(&acceptor, &TcpAcceptor::acceptingAgain);
    {
        // Once with descriptors to spare (see warmUp()).
        QVERIFY(acceptor.start(int(listener.socketDescriptor())));
        const auto first = RawTcpPeer::connectTo(Loopback, listener.serverPort());
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, Patience);
        SocketIo::close(int(accepted.takeFirst().at(0).value<qintptr>()));
        acceptor.stop();
    }
    const auto clients = waitingClients(3, listener.serverPort());
    for (const auto &client : clients)
        QVERIFY(client);

    DescriptorLimit noRoom(0);
    QVERIFY(noRoom.isSet());
    QVERIFY(acceptor.start(int(listener.socketDescriptor())));
    QTRY_COMPARE_WITH_TIMEOUT(outOfDescriptors.size(), 1, Patience);
    QVERIFY(acceptor.isOutOfDescriptors());
    QCOMPARE(accepted.size(), 0);

    // The waiting clients keep the listener readable; it must not be tried on every pass.
    const quint64 calls = acceptor.acceptCalls();
    for (int i = 0; i < 500; ++i)
        QCoreApplication::processEvents();
    QVERIFY2(acceptor.acceptCalls() - calls <= 2, qPrintable(QString::number(acceptor.acceptCalls() - calls)));
    QCOMPARE(outOfDescriptors.size(), 1);

    // Descriptors are back and one was freed: every waiting client comes in, said once.
    noRoom.restore();
    acceptor.retrySoon();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 3, Patience);
    QTRY_COMPARE_WITH_TIMEOUT(acceptingAgain.size(), 1, Patience);
    QCOMPARE(outOfDescriptors.size(), 1);
    QVERIFY(!acceptor.isOutOfDescriptors());
    for (const QList<QVariant> &row : accepted) {
        QCOMPARE(row.at(1).value<QHostAddress>(), Loopback);
        SocketIo::close(int(row.at(0).value<qintptr>()));
    }
}

void TstTcpServerLimits::descriptorsRunOutWithOneNotice()
{
    TcpServerSession server;
    QVERIFY(server.listen(QStringLiteral("127.0.0.1:0")));
    QSignalSpy errors(&server, &Session::errorOccurred);
    QSignalSpy notices(&server, &Session::noticeOccurred);
    QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, Patience); // "listening on …"
    warmUp(server);
    QSignalSpy joined(&server, &Session::peerJoined);
    const auto clients = waitingClients(5, server.listenPort());
    for (const auto &client : clients)
        QVERIFY(client);

    // Room for two accepted clients.
    DescriptorLimit limit(2);
    QVERIFY(limit.isSet());
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, Patience);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(u"file descriptors") && message.contains(u"waiting clients are accepted as others leave"),
             qPrintable(message));
    QCOMPARE(server.errorString(), message);
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 2, Patience);

    // One leaves: a waiting client takes its descriptor, and nothing is said again.
    const quint64 first = joined.at(0).at(0).value<Peer>().id;
    clients.at(0)->close();
    QTRY_VERIFY_WITH_TIMEOUT(!server.hasClient(first), Patience);
    QTRY_VERIFY_WITH_TIMEOUT(joined.size() >= 3, Patience);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(countOf(notices, QStringLiteral("accepting clients again")), 0);

    limit.restore();
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 5, Patience);
    QTRY_COMPARE_WITH_TIMEOUT(countOf(notices, QStringLiteral("accepting clients again")), 1, Patience);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(server.clientCount(), 4);
    QVERIFY2(server.errorString().isEmpty(), qPrintable(server.errorString())); // no stale error
}

void TstTcpServerLimits::admissionTakesInPendingCloses_data()
{
    QTest::addColumn<int>("lastWordsSize");
    QTest::addColumn<bool>("closeArrived");
    constexpr int MiB = 1024 * 1024;
    // All of it and the FIN are in the server's receive queue: its place must be free.
    QTest::newRow("close arrived") << 48 * 1024 << true;
    // More than the receive window and more than two reads (a read takes at
    // most 1 MiB): the server serves what is ready before it decides, but the
    // kernel hands the rest over only as the server reads, sometimes a moment
    // later, so the newcomer may be looked at first. Either way the books must
    // balance and nothing be lost.
    QTest::newRow("close still arriving") << 2 * MiB + MiB / 2 << false;
}

void TstTcpServerLimits::admissionTakesInPendingCloses()
{
    QFETCH(int, lastWordsSize);
    QFETCH(bool, closeArrived);
    TcpServerSession server;
    server.setMaxClients(1);
    QVERIFY(server.listen(QStringLiteral("127.0.0.1:0")));
    QSignalSpy joined(&server, &Session::peerJoined);
    QSignalSpy left(&server, &Session::peerLeft);
    QSignalSpy refused(&server, &TcpServerSession::clientRefused);
    qint64 received = 0;
    connect(&server, &Session::received, this, [&received](const Peer &, const QByteArray &data) { received += data.size(); });
    auto leaving = RawTcpPeer::connectTo(Loopback, server.listenPort());
    QVERIFY(leaving);
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 1, Patience);

    // The first client's last data and its close are sent, unread, when a
    // newcomer arrives at the full server (the event loop does not run between).
    const QByteArray lastWords(lastWordsSize, 'w');
    QVERIFY2(leaving->send(lastWords), "the kernel did not take the last words at once");
    leaving->shutdownSending();
    if (closeArrived)
        QVERIFY2(leaving->waitUntilFinAcknowledged(), "the server's kernel did not take the last words and the FIN");
    leaving->close();
    const auto newcomer = RawTcpPeer::connectTo(Loopback, server.listenPort());
    QVERIFY(newcomer);
    QTRY_COMPARE_WITH_TIMEOUT(joined.size() + refused.size(), 2, Patience);
    QTRY_COMPARE_WITH_TIMEOUT(received, qint64(lastWords.size()), Patience); // nothing it sent was lost
    QTRY_COMPARE_WITH_TIMEOUT(left.size(), 1, Patience);
    QCOMPARE(server.defenceCounters().refusedByLimit, quint64(refused.size()));
    if (!closeArrived && !refused.isEmpty()) {
        QCOMPARE(server.clientCount(), 0);
        return;
    }
    QVERIFY2(refused.isEmpty(), refused.isEmpty() ? "" : qPrintable(refused.at(0).at(1).toString()));
    QCOMPARE(joined.at(1).at(0).value<Peer>().port, newcomer->localPort());
    QCOMPARE(server.clientCount(), 1);
}

void TstTcpServerLimits::resetBeforeAdmissionIsLogged()
{
    TcpServerSession server;
    QVERIFY(server.listen(QStringLiteral("127.0.0.1:0")));
    QSignalSpy notices(&server, &Session::noticeOccurred);
    QSignalSpy joined(&server, &Session::peerJoined);
    QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, Patience); // "listening on …"

    // Connected and reset before the event loop ran: the server only meets it in its backlog.
    auto peer = RawTcpPeer::connectTo(Loopback, server.listenPort());
    QVERIFY(peer);
    const quint16 port = peer->localPort();
    peer->reset();
    const QString expected = QStringLiteral("127.0.0.1:%1 reset the connection before it was admitted").arg(port);
    QTRY_COMPARE_WITH_TIMEOUT(countOf(notices, expected), 1, Patience);
    QVERIFY(joined.isEmpty());
    QCOMPARE(server.clientCount(), 0);

    // The server goes on as before.
    auto next = RawTcpPeer::connectTo(Loopback, server.listenPort());
    QVERIFY(next);
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 1, Patience);
}

QTEST_GUILESS_MAIN(TstTcpServerLimits)
#include "tst_tcpserverlimits.moc"
