// The TCP server's client table model, following a real session on 127.0.0.1.
#include "clienttablemodel.h"
#include "tcpserversession.h"

#include "common/rawtcppeer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Sockpit;
using SockpitTest::RawTcpPeer;

namespace {
constexpr int Timeout = 10000;
} // namespace

class TstTcpServerModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<Peer>(); }
    void modelCountsTraffic();
    void modelPrunesDepartedRows();
    void modelAttachedLateListsClientsAlreadyThere();
};

void TstTcpServerModel::modelCountsTraffic()
{
    TcpServerSession server;
    ClientTableModel serverModel;
    serverModel.attach(&server);
    server.setAutoReply(TcpServerSession::AutoReply::Echo);
    QVERIFY(server.listen(QStringLiteral("127.0.0.1:0")));
    ClientTableModel *model = (&serverModel);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy joined(&server, &Session::peerJoined);
    const auto a = RawTcpPeer::connectTo(QHostAddress(QHostAddress::LocalHost), server.listenPort());
    const auto b = RawTcpPeer::connectTo(QHostAddress(QHostAddress::LocalHost), server.listenPort());
    QVERIFY(a && b);
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 2, Timeout);
    const quint64 idA = joined.at(0).at(0).value<Peer>().id;
    // Rows come in batches from the timer, not one signal per client.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, Timeout);
    QVERIFY(inserted.size() <= 2);

    for (int i = 0; i < 50; ++i)
        QVERIFY(a->send("0123456789"));
    QTRY_COMPARE_WITH_TIMEOUT(a->readAvailable().received().size(), 500, Timeout);
    const int row = model->rowOfPeer(idA);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(row, ClientTableModel::RxColumn).data().toString(), QStringLiteral("500"),
                              Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(row, ClientTableModel::TxColumn).data().toString(), QStringLiteral("500"),
                              Timeout);
    QVERIFY(!model->index(row, ClientTableModel::ActivityColumn).data().toString().isEmpty());
    QVERIFY(model->index(model->rowOfPeer(idA + 1), ClientTableModel::ActivityColumn).data().toString().isEmpty());
    QCOMPARE(model->data(model->index(row, 0), ClientTableModel::PeerIdRole).value<quint64>(), idA);
    QCOMPARE(model->peerIdAt(row), idA);
    QVERIFY(changed.size() < 50);
    QCOMPARE(model->columnCount(), int(ClientTableModel::ColumnCount));
    QVERIFY(!model->headerData(ClientTableModel::PeerColumn, Qt::Horizontal).toString().isEmpty());
}

void TstTcpServerModel::modelPrunesDepartedRows()
{
    ClientTableModel model;
    const int total = ClientTableModel::MaxDepartedRows + 10;
    for (int i = 1; i <= total; ++i)
        model.addClient(Peer{quint64(i), QHostAddress(QHostAddress::LocalHost), quint16(i)}, 0);
    model.flush();
    QCOMPARE(model.rowCount(), total);
    // Everyone but the last two leaves, in order of id.
    for (int i = 1; i <= total - 2; ++i)
        model.setClientState(quint64(i), ClientState::ClosedByPeer);
    model.flush();
    // The earliest to leave are dropped; the connected ones stay, in order.
    QCOMPARE(model.rowCount(), ClientTableModel::MaxDepartedRows / 2 + 2);
    QCOMPARE(model.rowOfPeer(1), -1);
    QCOMPARE(model.peerIdAt(0), quint64(total - 2 - ClientTableModel::MaxDepartedRows / 2 + 1));
    QVERIFY(model.isConnectedAt(model.rowOfPeer(quint64(total))));
    QCOMPARE(model.connectedCount(), 2);

    model.removeDeparted();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.peerIdAt(0), quint64(total - 1));
    QCOMPARE(model.peerIdAt(1), quint64(total));
    model.addTraffic(quint64(total), 3, 4, 1);
    model.flush();
    QCOMPARE(model.index(1, ClientTableModel::RxColumn).data().toString(), QStringLiteral("3"));
}

void TstTcpServerModel::modelAttachedLateListsClientsAlreadyThere()
{
    TcpServerSession server;
    QVERIFY(server.listen(QStringLiteral("127.0.0.1:0")));
    QSignalSpy joined(&server, &Session::peerJoined);
    QSignalSpy received(&server, &Session::received);
    const auto a = RawTcpPeer::connectTo(QHostAddress(QHostAddress::LocalHost), server.listenPort());
    const auto b = RawTcpPeer::connectTo(QHostAddress(QHostAddress::LocalHost), server.listenPort());
    QVERIFY(a && b);
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 2, Timeout);
    QVERIFY(a->send("12345"));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, Timeout);
    QVERIFY(server.sendTo({joined.at(1).at(0).value<Peer>().id}, "abc"));

    ClientTableModel model;
    model.attach(&server);
    model.flush();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.connectedCount(), 2);
    QCOMPARE(model.peerIdAt(0), joined.at(0).at(0).value<Peer>().id);
    QCOMPARE(model.index(0, ClientTableModel::RxColumn).data().toString(), QStringLiteral("5"));
    QVERIFY(!model.index(0, ClientTableModel::ActivityColumn).data().toString().isEmpty());
    QCOMPARE(model.index(1, ClientTableModel::TxColumn).data().toString(), QStringLiteral("3"));
    QVERIFY(model.index(1, ClientTableModel::ActivityColumn).data().toString().isEmpty());
    QVERIFY(model.data(model.index(1, 0), ClientTableModel::ConnectedRole).toBool());

    // And follows them from there.
    QVERIFY(b->send("xy"));
    QTRY_COMPARE_WITH_TIMEOUT(model.index(1, ClientTableModel::RxColumn).data().toString(), QStringLiteral("2"), Timeout);
    a->close();
    QTRY_COMPARE_WITH_TIMEOUT(model.connectedCount(), 1, Timeout);
}

QTEST_GUILESS_MAIN(TstTcpServerModel)
#include "tst_tcpservermodel.moc"
