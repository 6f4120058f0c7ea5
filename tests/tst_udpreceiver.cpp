// What a UdpSession receives, read in batches: bursts whole and in order with
// their senders, the largest and empty datagrams, what the system drops, on
// 127.0.0.1 and ::1. ctest runs it twice: with the platform's reader and with
// SOCKPIT_UDP_READER=qt, the portable one.
#include "udpdatagramreader.h"
#include "udpsession.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

using namespace Sockpit;

namespace {

constexpr int Timeout = 10000;

QHostAddress loopback(bool ipv6)
{
    return QHostAddress(ipv6 ? QHostAddress::LocalHostIPv6 : QHostAddress::LocalHost);
}

QString lastMessage(const QSignalSpy &spy)
{
    return spy.isEmpty() ? QString() : spy.last().at(0).toString();
}

} // namespace

class TstUdpReceiver : public QObject
{
    Q_OBJECT
private slots:
    void readerIsTheOneChosen();
    void largestDatagramArrivesWhole_data();
    void largestDatagramArrivesWhole();
    void emptyDatagram();
    void burstIsDeliveredCompletely();
    void batchesArriveWholeInOrder_data();
    void batchesArriveWholeInOrder();
    void largeAndEmptyInOneBatch_data();
    void largeAndEmptyInOneBatch();
    void droppedBySystemAreReported();
    void passesAreBoundedAndTheLoopTurnsBetween();
};

void TstUdpReceiver::readerIsTheOneChosen()
{
    // ctest runs this suite twice: with the platform's reader, and with
    // SOCKPIT_UDP_READER=qt, the portable one a port starts from.
    UdpSession session;
    const bool portable = qgetenv(UdpDatagramReader::ChoiceVariable) == "qt";
    QCOMPARE(session.readerName(), portable ? QStringLiteral("QUdpSocket") : QStringLiteral("recvmmsg"));
}

void TstUdpReceiver::largestDatagramArrivesWhole_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::addColumn<int>("size");
    QTest::newRow("IPv4") << false << 65507;
    QTest::newRow("IPv6") << true << 65527;
}

void TstUdpReceiver::largestDatagramArrivesWhole()
{
    QFETCH(bool, ipv6);
    QFETCH(int, size);
    QByteArray payload(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        payload[i] = char(i * 7);

    UdpSession session;
    QSignalSpy receivedSpy(&session, &Session::received);
    QVERIFY(session.bind(loopback(ipv6), 0));
    QUdpSocket peer;
    QVERIFY(peer.bind(loopback(ipv6), 0));

    // Received whole, not the first 1,024 or 8,192 bytes.
    QCOMPARE(peer.writeDatagram(payload, loopback(ipv6), session.localPort()), qint64(size));
    QTRY_COMPARE_WITH_TIMEOUT(receivedSpy.size(), 1, Timeout);
    QCOMPARE(receivedSpy.at(0).at(1).toByteArray(), payload);

    // Sent whole.
    QVERIFY(session.sendTo(receivedSpy.at(0).at(0).value<Peer>(), payload));
    QTRY_VERIFY_WITH_TIMEOUT(peer.hasPendingDatagrams(), Timeout);
    QCOMPARE(peer.pendingDatagramSize(), qint64(size));
    QCOMPARE(peer.receiveDatagram().data(), payload);
}

void TstUdpReceiver::emptyDatagram()
{
    UdpSession session;
    QSignalSpy receivedSpy(&session, &Session::received);
    QVERIFY(session.bind(loopback(false), 0));
    QUdpSocket peer;
    QVERIFY(peer.bind(loopback(false), 0));
    QCOMPARE(peer.writeDatagram(QByteArray(), loopback(false), session.localPort()), 0);
    peer.writeDatagram(QByteArray("next"), loopback(false), session.localPort());
    QTRY_COMPARE_WITH_TIMEOUT(receivedSpy.size(), 2, Timeout);
    QCOMPARE(receivedSpy.at(0).at(1).toByteArray(), QByteArray());
    QCOMPARE(receivedSpy.at(1).at(1).toByteArray(), QByteArray("next"));
}

void TstUdpReceiver::burstIsDeliveredCompletely()
{
    // More datagrams than one wake-up drains: the rest must come on later passes.
    constexpr int Count = 6000;
    UdpSession session;
    int received = 0;
    int outOfOrder = 0;
    connect(&session, &Session::received, this, [&](const Peer &, const QByteArray &data) {
        if (data.toInt() != received)
            ++outOfOrder;
        ++received;
    });
    QVERIFY(session.bind(loopback(false), 0));
    QUdpSocket peer;
    QVERIFY(peer.bind(loopback(false), 0));
    // Sent in rounds the receive buffer surely holds, with the event loop turning between them.
    for (int i = 0; i < Count; ++i) {
        peer.writeDatagram(QByteArray::number(i), loopback(false), session.localPort());
        if (i % 100 == 99)
            QTRY_COMPARE_WITH_TIMEOUT(received, i + 1, Timeout);
    }
    QTRY_COMPARE_WITH_TIMEOUT(received, Count, Timeout);
    QCOMPARE(outOfOrder, 0);
}

void TstUdpReceiver::batchesArriveWholeInOrder_data()
{
    QTest::addColumn<QString>("bind");
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1:0") << false;
    QTest::newRow("::1") << QStringLiteral("[::1]:0") << true;
    QTest::newRow("IPv4 on every address") << QStringLiteral("0") << false;
}

void TstUdpReceiver::batchesArriveWholeInOrder()
{
    // Two senders, rounds of many datagrams queued before the session reads
    // (more than one system call and one pass take), of every size from 0 up.
    QFETCH(QString, bind);
    QFETCH(bool, ipv6);
    constexpr int Rounds = 10;
    constexpr int PerRound = 400; // what the receive buffer surely holds
    UdpSession session;
    QVERIFY(session.bind(bind));
    QUdpSocket senders[2];
    QList<QByteArray> expected[2];
    QList<QByteArray> got[2];
    quint64 ids[2] = {0, 0};
    int wrongSender = 0;
    for (QUdpSocket &sender : senders)
        QVERIFY(sender.bind(loopback(ipv6), 0));
    connect(&session, &Session::received, this, [&](const Peer &peer, const QByteArray &data) {
        const int which = peer.port == senders[0].localPort() ? 0 : 1;
        if (peer.address != loopback(ipv6) || peer.port != senders[which].localPort())
            ++wrongSender;
        if (ids[which] == 0)
            ids[which] = peer.id;
        else if (ids[which] != peer.id)
            ++wrongSender;
        got[which].append(data);
    });
    int total = 0;
    for (int round = 0; round < Rounds; ++round) {
        for (int i = 0; i < PerRound; ++i) {
            const int which = i % 2;
            const int n = total + i;
            QByteArray payload = QByteArray::number(n).leftJustified(n % 1400, char('a' + which));
            if (n % 97 == 0)
                payload.clear(); // empty datagrams are datagrams too
            QCOMPARE(senders[which].writeDatagram(payload, loopback(ipv6), session.localPort()), qint64(payload.size()));
            expected[which].append(payload);
        }
        total += PerRound;
        QTRY_COMPARE_WITH_TIMEOUT(got[0].size() + got[1].size(), total, Timeout);
    }
    QCOMPARE(got[0], expected[0]);
    QCOMPARE(got[1], expected[1]);
    QCOMPARE(wrongSender, 0);
    QVERIFY(ids[0] != ids[1]);
}

void TstUdpReceiver::largeAndEmptyInOneBatch_data()
{
    largestDatagramArrivesWhole_data();
}

void TstUdpReceiver::largeAndEmptyInOneBatch()
{
    // The largest datagram beside empty and tiny ones, read in one go: none is
    // cut, none is merged, an empty one is not taken for "nothing waits".
    QFETCH(bool, ipv6);
    QFETCH(int, size);
    QByteArray large(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        large[i] = char(i * 13 + 5);
    const QList<QByteArray> sent{QByteArray(), large, QByteArray("1"), QByteArray(), large.left(size - 1), QByteArray("end")};

    UdpSession session;
    QSignalSpy receivedSpy(&session, &Session::received);
    QVERIFY(session.bind(loopback(ipv6), 0));
    QUdpSocket peer;
    QVERIFY(peer.bind(loopback(ipv6), 0));
    for (const QByteArray &datagram : sent)
        QCOMPARE(peer.writeDatagram(datagram, loopback(ipv6), session.localPort()), qint64(datagram.size()));
    QTRY_COMPARE_WITH_TIMEOUT(receivedSpy.size(), sent.size(), Timeout);
    for (qsizetype i = 0; i < sent.size(); ++i) {
        QCOMPARE(receivedSpy.at(i).at(1).toByteArray().size(), sent.at(i).size());
        QVERIFY(receivedSpy.at(i).at(1).toByteArray() == sent.at(i));
        QCOMPARE(receivedSpy.at(i).at(0).value<Peer>().port, peer.localPort());
    }
}

void TstUdpReceiver::droppedBySystemAreReported()
{
    // More than the receive buffer holds, sent while the session cannot read:
    // the system drops the rest, and the user is told how many.
    UdpSession session;
    if (session.readerName() != QStringLiteral("recvmmsg"))
        QSKIP("the portable reader cannot tell what the system dropped");
    QSignalSpy errorSpy(&session, &Session::errorOccurred);
    int received = 0;
    connect(&session, &Session::received, this, [&received] { ++received; });
    QVERIFY(session.bind(loopback(false), 0));
    QUdpSocket peer;
    QVERIFY(peer.bind(loopback(false), 0));
    constexpr int Sent = 20000; // 20 MB of 1 KB datagrams into an 8 MB buffer, on loopback
    const QByteArray payload(1024, 'd');
    for (int i = 0; i < Sent; ++i)
        peer.writeDatagram(payload, loopback(false), session.localPort());
    QTRY_COMPARE_WITH_TIMEOUT(quint64(received) + session.droppedBySystem(), quint64(Sent), Timeout);
    QVERIFY(received > 0);
    QVERIFY(session.droppedBySystem() > 0);
    const QString expected = QStringLiteral("%1 datagrams to 127.0.0.1:%2 were dropped by the system").arg(session.droppedBySystem()).arg(session.localPort());
    QTRY_VERIFY_WITH_TIMEOUT(!errorSpy.isEmpty(), Timeout);
    QVERIFY2(lastMessage(errorSpy).startsWith(expected), qPrintable(lastMessage(errorSpy)));

    // Later drops are reported too, at the latest when the port closes: each
    // dropped datagram in exactly one report.
    for (int i = 0; i < Sent; ++i)
        peer.writeDatagram(payload, loopback(false), session.localPort());
    QTRY_COMPARE_WITH_TIMEOUT(quint64(received) + session.droppedBySystem(), quint64(2 * Sent), Timeout);
    const quint64 dropped = session.droppedBySystem();
    session.stop();
    quint64 reported = 0;
    for (const QList<QVariant> &error : std::as_const(errorSpy)) {
        const QString message = error.at(0).toString();
        QVERIFY2(message.contains(QStringLiteral(" were dropped by the system: they came faster than they were read")),
                 qPrintable(message));
        reported += message.section(u' ', 0, 0).toULongLong();
    }
    QCOMPARE(reported, dropped);
}

void TstUdpReceiver::passesAreBoundedAndTheLoopTurnsBetween()
{
    // A pass that reached its bound leaves the rest for the next one, after the
    // event loop has had a turn (the window paints in between); nothing is lost.
    constexpr int PerPass = 100;
    constexpr int Count = 1000;
    UdpSession session;
    session.receiver()->setMaxDatagramsPerPass(PerPass);
    QVERIFY(session.bind(loopback(false), 0));
    int turns = 0;
    QTimer everyTurn;
    connect(&everyTurn, &QTimer::timeout, this, [&turns] { ++turns; });
    everyTurn.start(0);
    QList<int> turnAt;
    QList<QByteArray> got;
    connect(&session, &Session::received, this, [&](const Peer &, const QByteArray &data) {
        turnAt.append(turns);
        got.append(data);
    });
    QUdpSocket peer;
    QVERIFY(peer.bind(loopback(false), 0));
    QList<QByteArray> sent;
    for (int i = 0; i < Count; ++i) {
        sent.append(QByteArray::number(i));
        peer.writeDatagram(sent.last(), loopback(false), session.localPort());
    }
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), Count, Timeout);
    QCOMPARE(got, sent);
    // Datagrams of one pass share a turn of the loop: none had more than
    // PerPass, and the ten passes at least took ten turns.
    QVERIFY2(turnAt.last() - turnAt.first() >= Count / PerPass - 1,
             qPrintable(QStringLiteral("%1 turns").arg(turnAt.last() - turnAt.first())));
    int sameTurn = 1;
    for (int i = 1; i < Count; ++i) {
        sameTurn = turnAt.at(i) == turnAt.at(i - 1) ? sameTurn + 1 : 1;
        QVERIFY2(sameTurn <= PerPass, qPrintable(QStringLiteral("%1 datagrams in one turn").arg(sameTurn)));
    }
}

QTEST_GUILESS_MAIN(TstUdpReceiver)
#include "tst_udpreceiver.moc"
