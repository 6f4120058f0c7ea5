// A few thousand clients on loopback: all accepted, listed and reached by one broadcast.
#include "clienttablemodel.h"
#include "fdlimit.h"
#include "tcpserversession.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace Sockpit;

class TstTcpServerScale : public QObject
{
    Q_OBJECT

private slots:
    void thousandsOfClients_data();
    void thousandsOfClients();
};

void TstTcpServerScale::thousandsOfClients_data()
{
    QTest::addColumn<QHostAddress>("address");
    QTest::newRow("127.0.0.1") << QHostAddress(QHostAddress::LocalHost);
    QTest::newRow("::1") << QHostAddress(QHostAddress::LocalHostIPv6);
}

void TstTcpServerScale::thousandsOfClients()
{
    QFETCH(QHostAddress, address);
    // This process holds both ends of every connection: two descriptors a client.
    const quint64 limit = FdLimit::raiseToHard();
    const int wanted = 3000;
    const int count = limit == 0 ? wanted : int(qMin<quint64>(wanted, (limit - 200) / 2));
    if (count < 500)
        QSKIP("the open-file limit is too low for this test (ulimit -n)");

    TcpServerSession server;
    ClientTableModel serverModel;
    serverModel.attach(&server);
    QVERIFY(server.listen(QHostAddress(QHostAddress::Any), 0));
    QSignalSpy errors(&server, &Session::errorOccurred);
    QElapsedTimer clock;
    clock.start();

    std::vector<std::unique_ptr<QTcpSocket>> clients;
    clients.reserve(size_t(count));
    int received = 0;
    const QByteArray message("to everyone\n");
    for (int i = 0; i < count; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = socket.get();
        connect(raw, &QIODevice::readyRead, this, [raw, &received, &message] {
            if (raw->bytesAvailable() >= message.size() && raw->readAll() == message)
                ++received;
        });
        raw->connectToHost(address, server.listenPort());
        clients.push_back(std::move(socket));
        // Let the server accept as we go, as real clients would arrive.
        if (i % 200 == 199)
            QCoreApplication::processEvents();
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), count, 60000);
    const qint64 acceptMs = clock.restart();

    ClientTableModel *model = (&serverModel);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), count, 10000);
    QCOMPARE(model->connectedCount(), count);

    QVERIFY(server.send(message));
    const qint64 sendMs = clock.elapsed();
    QTRY_COMPARE_WITH_TIMEOUT(received, count, 60000);
    const qint64 deliveredMs = clock.restart();
    QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().first().toString()));

    server.disconnectAll();
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 0, 60000);
    const qint64 disconnectMs = clock.elapsed();
    qInfo("%d clients: accepted in %lld ms, send to all took %lld ms (all delivered after %lld ms), "
          "disconnect all %lld ms",
          count, acceptMs, sendMs, deliveredMs, disconnectMs);
}

QTEST_GUILESS_MAIN(TstTcpServerScale)
#include "tst_tcpserver_scale.moc"
