// Thousands of clients that arrive or expire together are handled a bounded
// batch per event-loop pass, so a window stays responsive (issue #15 item 12:
// 94–215 ms stalls when 10,000 idle clients expired at once). Measured as work
// per pass, never as time: a zero-interval timer ticks once per pass, and the
// clients that joined or left between two ticks are counted.

#include "tcpserversession.h"

#include "common/rawtcppeer.h"

#include <QHash>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

#include <sys/resource.h>

using namespace Sockpit;
using SockpitTest::RawTcpPeer;

namespace {

constexpr int Patience = 20000;
const QHostAddress Loopback(QHostAddress::LocalHost);
/// Ten batches and a bit: enough to see the spreading, quick to connect.
constexpr int Clients = 10 * TcpServerSession::ExpireBatch + 37;

/// Counts what happens in each pass of the event loop.
class PassCounter
{
public:
    PassCounter()
    {
        m_ticker.setInterval(0);
        QObject::connect(&m_ticker, &QTimer::timeout, &m_ticker, [this] { ++m_pass; });
        m_ticker.start();
    }
    void count() { ++m_perPass[m_pass]; }
    int total() const
    {
        int sum = 0;
        for (const int n : m_perPass)
            sum += n;
        return sum;
    }
    int largest() const
    {
        int most = 0;
        for (const int n : m_perPass)
            most = qMax(most, n);
        return most;
    }
    int passes() const { return int(m_perPass.size()); }

private:
    QTimer m_ticker;
    int m_pass = 0;
    QHash<int, int> m_perPass;
};

/// Raises the soft descriptor limit to the hard one; false when even that is too low.
bool enoughDescriptors(rlim_t needed)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return false;
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);
    return limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur >= needed;
}

} // namespace

class TstTcpServerPasses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aBurstOfClientsIsAdmittedABatchAPass();
    void idleClientsExpireABatchAPass();

private:
    std::vector<std::unique_ptr<RawTcpPeer>> connectAll(quint16 port);
};

void TstTcpServerPasses::initTestCase()
{
    qRegisterMetaType<Peer>();
    // Both ends of every connection live in this process.
    if (!enoughDescriptors(rlim_t(2 * Clients + 200)))
        QSKIP("the descriptor limit (ulimit -Hn) is below what these clients need");
}

std::vector<std::unique_ptr<RawTcpPeer>> TstTcpServerPasses::connectAll(quint16 port)
{
    // The kernel finishes the handshakes while this loop runs: they all wait
    // in the listen backlog and reach the server in one burst.
    std::vector<std::unique_ptr<RawTcpPeer>> clients;
    for (int i = 0; i < Clients; ++i)
        clients.push_back(RawTcpPeer::connectTo(Loopback, port));
    return clients;
}

void TstTcpServerPasses::aBurstOfClientsIsAdmittedABatchAPass()
{
    TcpServerSession server;
    QVERIFY(server.listen(Loopback, 0));
    const auto clients = connectAll(server.listenPort());
    for (const auto &client : clients)
        QVERIFY(client);
    PassCounter joins;
    connect(&server, &Session::peerJoined, this, [&joins] { joins.count(); });
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), Clients, Patience);
    QCOMPARE(joins.total(), Clients);
    QVERIFY2(joins.largest() <= TcpServerSession::AdmitBatch, qPrintable(QString::number(joins.largest())));
    QVERIFY2(joins.passes() >= Clients / TcpServerSession::AdmitBatch, qPrintable(QString::number(joins.passes())));
    qInfo("%d clients admitted over %d passes, at most %d in one", Clients, joins.passes(), joins.largest());
}

void TstTcpServerPasses::idleClientsExpireABatchAPass()
{
    TcpServerSession server;
    server.setIdleTimeout(1);
    QVERIFY(server.listen(Loopback, 0));
    PassCounter leaves;
    connect(&server, &Session::peerLeft, this, [&leaves] { leaves.count(); });
    const auto clients = connectAll(server.listenPort());
    for (const auto &client : clients)
        QVERIFY(client);
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), Clients, Patience);

    // They all fell silent together and expire together.
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 0, Patience);
    QCOMPARE(leaves.total(), Clients);
    QCOMPARE(server.defenceCounters().closedIdle, quint64(Clients));
    QVERIFY2(leaves.largest() <= TcpServerSession::ExpireBatch, qPrintable(QString::number(leaves.largest())));
    QVERIFY2(leaves.passes() >= Clients / TcpServerSession::ExpireBatch, qPrintable(QString::number(leaves.passes())));
    qInfo("%d idle clients closed over %d passes, at most %d in one", Clients, leaves.passes(), leaves.largest());
    for (const auto &client : clients)
        QTRY_VERIFY_WITH_TIMEOUT(client->readAvailable().sawEndOfStream(), Patience); // each was told
}

QTEST_GUILESS_MAIN(TstTcpServerPasses)
#include "tst_tcpserver_passes.moc"
