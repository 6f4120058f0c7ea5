// The responder: rule order, disabled rules, actions, hit counts, delays that
// never block, peers that leave or do not read; then on real sessions over
// 127.0.0.1 and ::1 (TCP server, TCP client, UDP), GBK included.

#include "common/checksummodel.h"
#include "common/loopbackserver.h"
#include "responder.h"
#include "session.h"
#include "tcpclientsession.h"
#include "tcpserversession.h"
#include "udpsession.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

#include <set>

using namespace Sockpit;

namespace {

constexpr int Timeout = 5000;

/// A ReplyPort that keeps what it was asked to do.
class FakePort : public ReplyPort
{
public:
    struct Sent
    {
        quint64 peer;
        QByteArray data;
    };
    QList<Sent> *sent;
    QList<quint64> *closed;
    std::set<quint64> *absent;
    QHash<quint64, qint64> *backlogs;
    bool canClose = true;

    bool sendTo(const Peer &peer, const QByteArray &data) override
    {
        sent->append(Sent{peer.id, data});
        return true;
    }
    bool close(const Peer &peer) override
    {
        if (canClose)
            closed->append(peer.id);
        return canClose;
    }
    bool isPresent(const Peer &peer) const override { return absent->count(peer.id) == 0; }
    qint64 backlog(const Peer &peer) const override { return backlogs->value(peer.id); }
};

/// A text from a UTF-8 literal or a QString.
struct Text
{
    Text(const char *utf8) : string(QString::fromUtf8(utf8)) {}
    Text(const QString &text) : string(text) {}
    QString string;
};

Rule makeRule(FrameMatchSpec::Kind kind, const Text &pattern, const Text &reply,
              Rule::Action action = Rule::Action::Reply, int delayMs = 0)
{
    Rule rule;
    rule.name = pattern.string;
    rule.match = FrameMatchSpec{kind, pattern.string, false};
    rule.action = action;
    rule.reply = reply.string;
    rule.delayMs = delayMs;
    return rule;
}

/// Frames per read, as the recorder's default framing hands them over.
void feedPerRead(Session &session, Responder &responder)
{
    responder.attach(&session);
    QObject::connect(&session, &Session::received, &responder,
                     [&responder](const Peer &from, const QByteArray &data) { responder.onFrame(from, data); });
}

Peer peer(quint64 id)
{
    return Peer{id, QHostAddress(QHostAddress::LocalHost), quint16(40000 + id)};
}

} // namespace

class TstResponder : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void firstMatchWins_data();
    void firstMatchWins();
    void hitsAreCountedAndReportedInBatches();
    void badRulesKeepTheOldOnes();
    void encodingChangeKeepsCounts();
    void delayDoesNotBlock();
    void delaysKeepTheirOrder();
    void peerLeavingDropsItsDelayedAnswers();
    void stopCancels();
    void peerThatDoesNotReadIsSkipped();
    void delayedQueueIsBounded();
    void closeWithoutConnectionIsSaidOnce();
    void disabledResponderIgnoresFrames();
    void modbusExamplePlaysADevice();

    void tcpServer_data();
    void tcpServer();
    void tcpClient_data();
    void tcpClient();
    void udp_data();
    void udp();
    void gbkOnTheServer();

private:
    /// A responder answering into m_sent / m_closed.
    std::unique_ptr<Responder> makeResponder(const RuleSet &rules, bool canClose = true);
    static void addressColumns();

    QList<FakePort::Sent> m_sent;
    QList<quint64> m_closed;
    std::set<quint64> m_absent;
    QHash<quint64, qint64> m_backlogs;
};

void TstResponder::init()
{
    m_sent.clear();
    m_closed.clear();
    m_absent.clear();
    m_backlogs.clear();
}

std::unique_ptr<Responder> TstResponder::makeResponder(const RuleSet &rules, bool canClose)
{
    auto responder = std::make_unique<Responder>();
    auto port = std::make_unique<FakePort>();
    port->sent = &m_sent;
    port->closed = &m_closed;
    port->absent = &m_absent;
    port->backlogs = &m_backlogs;
    port->canClose = canClose;
    responder->setPort(std::move(port));
    const Status set = responder->setRules(rules, QStringLiteral("UTF-8"));
    if (!set)
        qWarning("%s", qPrintable(set.error));
    return responder;
}

void TstResponder::firstMatchWins_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("rule");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<bool>("closed");
    QTest::newRow("exact before starts-with") << QByteArray("PING") << 0 << QByteArray("PONG") << false;
    QTest::newRow("starts-with") << QByteArray("PINGX") << 1 << QByteArray("starts") << false;
    QTest::newRow("a disabled rule is passed over") << QByteArray("aXb") << 6 << QByteArray("other 1") << false;
    QTest::newRow("regex captures") << QByteArray("t=25") << 3 << QByteArray("t is 25") << false;
    QTest::newRow("ignore stops the rules after it") << QByteArray("#t=25") << 4 << QByteArray() << false;
    QTest::newRow("close") << QByteArray("\xFF\x01") << 5 << QByteArray() << true;
    QTest::newRow("any takes the rest") << QByteArray("zzz") << 6 << QByteArray("other 1") << false;
}

void TstResponder::firstMatchWins()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, rule);
    QFETCH(QByteArray, reply);
    QFETCH(bool, closed);
    using K = FrameMatchSpec::Kind;
    RuleSet rules;
    rules.rules << makeRule(K::Exact, "PING", "PONG") << makeRule(K::StartsWith, "PI", "starts")
                << makeRule(K::Contains, "X", "never") << makeRule(K::Regex, "^(\\w+)=(\\d+)$", "{1} is {2}")
                << makeRule(K::Contains, "#", QString(), Rule::Action::Ignore)
                << makeRule(K::Hex, "FF ??", QString(), Rule::Action::Close) << makeRule(K::Any, QString(), "other {counter}");
    rules.rules[2].enabled = false;
    const auto responder = makeResponder(rules);
    QCOMPARE(responder->onFrame(peer(1), frame), rule);
    QCOMPARE(m_sent.size(), reply.isEmpty() ? 0 : 1);
    if (!reply.isEmpty()) {
        QCOMPARE(m_sent.constFirst().peer, quint64(1));
        QCOMPARE(m_sent.constFirst().data, reply);
    }
    QCOMPARE(m_closed.size(), closed ? 1 : 0);
    for (int i = 0; i < rules.rules.size(); ++i)
        QCOMPARE(responder->hits(i), quint64(i == rule ? 1 : 0));
}

void TstResponder::hitsAreCountedAndReportedInBatches()
{
    RuleSet rules;
    rules.rules << makeRule(FrameMatchSpec::Kind::StartsWith, "a", "A{counter}")
                << makeRule(FrameMatchSpec::Kind::Any, QString(), QString(), Rule::Action::Ignore);
    const auto responder = makeResponder(rules);
    QSignalSpy changed(responder.get(), &Responder::hitsChanged);
    for (int i = 0; i < 1000; ++i)
        responder->onFrame(peer(1), i % 4 ? QByteArray("abc") : QByteArray("b"));
    QCOMPARE(changed.count(), 0); // not a signal per frame
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, Timeout);
    QCOMPARE(responder->hitCounts(), (QList<quint64>{750, 250}));
    QCOMPARE(m_sent.size(), 750);
    QCOMPARE(m_sent.last().data, QByteArray("A750"));
    QCOMPARE(responder->counters().replies, quint64(750));
    responder->resetHits();
    QCOMPARE(responder->hits(0), quint64(0));
    QCOMPARE(responder->hits(7), quint64(0)); // out of range: none
}

void TstResponder::badRulesKeepTheOldOnes()
{
    RuleSet good;
    good.rules << makeRule(FrameMatchSpec::Kind::Any, QString(), "ok");
    const auto responder = makeResponder(good);
    responder->onFrame(peer(1), "x");
    RuleSet bad = good;
    bad.rules << makeRule(FrameMatchSpec::Kind::Regex, "(", "x");
    bad.rules.last().name = QStringLiteral("broken");
    const Status set = responder->setRules(bad, QStringLiteral("UTF-8"));
    QVERIFY(!set.ok());
    QVERIFY2(set.error.startsWith(u"rule 2 'broken': regular expression"), qPrintable(set.error));
    QVERIFY(responder->rules() == good);
    QCOMPARE(responder->hits(0), quint64(1)); // the counts of the rules in use stay too
    responder->onFrame(peer(1), "y");
    QCOMPARE(m_sent.size(), 2);
    QVERIFY(!responder->setRules(good, QStringLiteral("NoSuchCode")).ok());
    QCOMPARE(responder->encoding(), QStringLiteral("UTF-8"));

    // Switching a rule off keeps its count; a changed rule starts again.
    RuleSet two = good;
    two.rules << makeRule(FrameMatchSpec::Kind::Exact, "z", "Z");
    QVERIFY(responder->setRules(two, QStringLiteral("UTF-8")).ok());
    QCOMPARE(responder->hitCounts(), (QList<quint64>{2, 0}));
    two.rules[0].enabled = false;
    QVERIFY(responder->setRules(two, QStringLiteral("UTF-8")).ok());
    QCOMPARE(responder->hitCounts(), (QList<quint64>{2, 0}));
    QCOMPARE(responder->onFrame(peer(1), "z"), 1);
    two.rules[0].reply = QStringLiteral("changed");
    QVERIFY(responder->setRules(two, QStringLiteral("UTF-8")).ok());
    QCOMPARE(responder->hitCounts(), (QList<quint64>{0, 1}));
}

void TstResponder::encodingChangeKeepsCounts()
{
    RuleSet rules;
    rules.rules << makeRule(FrameMatchSpec::Kind::Contains, QString::fromUtf8("你好"), QString::fromUtf8("谢谢"));
    const auto responder = makeResponder(rules);
    QCOMPARE(responder->onFrame(peer(1), QByteArray("你好")), 0);
    QVERIFY(responder->setEncoding(QStringLiteral("GBK")).ok());
    QCOMPARE(responder->onFrame(peer(1), QByteArray("你好")), -1); // UTF-8 bytes are not GBK's 你好
    QCOMPARE(responder->onFrame(peer(1), QByteArray("\xc4\xe3\xba\xc3")), 0);
    QCOMPARE(m_sent.last().data, QByteArray("\xd0\xbb\xd0\xbb"));
    QCOMPARE(responder->hits(0), quint64(2));
    QVERIFY(!responder->setEncoding(QStringLiteral("ISO-8859-1")).ok()); // 你好 does not fit: stays GBK
    QCOMPARE(responder->encoding(), QStringLiteral("GBK"));
}

void TstResponder::delayDoesNotBlock()
{
    RuleSet rules;
    rules.rules << makeRule(FrameMatchSpec::Kind::StartsWith, "slow", "late", Rule::Action::Reply, 200)
                << makeRule(FrameMatchSpec::Kind::Any, QString(), "now");
    const auto responder = makeResponder(rules);
    QElapsedTimer clock;
    clock.start();
    responder->onFrame(peer(1), "slow");
    responder->onFrame(peer(2), "fast");
    QVERIFY(clock.elapsed() < 100);
    QCOMPARE(m_sent.size(), 1);
    QCOMPARE(m_sent.constFirst().data, QByteArray("now"));
    QCOMPARE(responder->pendingCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_sent.size(), 2, Timeout);
    QVERIFY2(clock.elapsed() >= 190, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(m_sent.last().data, QByteArray("late"));
    QCOMPARE(m_sent.last().peer, quint64(1));
    QCOMPARE(responder->pendingCount(), 0);
}

void TstResponder::delaysKeepTheirOrder()
{
    RuleSet rules;
    rules.rules << makeRule(FrameMatchSpec::Kind::StartsWith, "a", "A{counter}", Rule::Action::Reply, 150)
                << makeRule(FrameMatchSpec::Kind::StartsWith, "b", "B{counter}", Rule::Action::Reply, 50);
    const auto responder = makeResponder(rules);
    responder->onFrame(peer(1), "a");
    responder->onFrame(peer(1), "a");
    responder->onFrame(peer(1), "b");
    QTRY_COMPARE_WITH_TIMEOUT(m_sent.size(), 3, Timeout);
    QCOMPARE(m_sent.at(0).data, QByteArray("B1"));
    QCOMPARE(m_sent.at(1).data, QByteArray("A1"));
    QCOMPARE(m_sent.at(2).data, QByteArray("A2"));
}

void TstResponder::peerLeavingDropsItsDelayedAnswers()
{
    RuleSet rules;
    rules.rules << makeRule(FrameMatchSpec::Kind::Any, QString(), "late", Rule::Action::Reply, 50);
    const auto responder = makeResponder(rules);
    QSignalSpy notices(responder.get(), &Responder::notice);
    responder->onFrame(peer(1), "x");
    responder->onFrame(peer(1), "y");
    responder->onFrame(peer(2), "z");
    responder->onPeerLeft(peer(1));
    QCOMPARE(responder->pendingCount(), 1);
    QCOMPARE(responder->counters().droppedPeerLeft, quint64(2));
    QCOMPARE(notices.count(), 1);
    // (Plurals come from the translation, which a unit test does not load.)
    QVERIFY2(notices.at(0).at(0).toString().contains(u"2 delayed answer"), qPrintable(notices.at(0).at(0).toString()));
    QVERIFY(notices.at(0).at(0).toString().contains(u" to 127.0.0.1:40001 dropped"));
    // A peer gone without a word: found out when its answer is due.
    responder->onFrame(peer(3), "w");
    m_absent.insert(3);
    QTRY_COMPARE_WITH_TIMEOUT(responder->pendingCount(), 0, Timeout);
    QCOMPARE(m_sent.size(), 1);
    QCOMPARE(m_sent.constFirst().peer, quint64(2));
    QCOMPARE(responder->counters().droppedPeerLeft, quint64(3));
}

void TstResponder::stopCancels()
{
    RuleSet rules;
    rules.rules << makeRule(FrameMatchSpec::Kind::Any, QString(), "late", Rule::Action::Reply, 30);
    const auto responder = makeResponder(rules);
    responder->onFrame(peer(1), "x");
    responder->stop();
    QCOMPARE(responder->pendingCount(), 0);
    QTest::qWait(80); // the delay has passed: nothing may come
    QCOMPARE(m_sent.size(), 0);
}

void TstResponder::peerThatDoesNotReadIsSkipped()
{
    RuleSet rules;
    rules.rules << makeRule(FrameMatchSpec::Kind::Any, QString(), "r");
    const auto responder = makeResponder(rules);
    QSignalSpy notices(responder.get(), &Responder::notice);
    m_backlogs.insert(1, Session::HighWaterMark);
    responder->onFrame(peer(1), "x");
    responder->onFrame(peer(1), "x");
    responder->onFrame(peer(2), "x"); // another peer is answered meanwhile
    QCOMPARE(m_sent.size(), 1);
    QCOMPARE(m_sent.constFirst().peer, quint64(2));
    QCOMPARE(responder->counters().skippedBackedUp, quint64(2));
    QCOMPARE(notices.count(), 1);
    QVERIFY(notices.at(0).at(0).toString().contains(u"127.0.0.1:40001 does not read its replies"));
    m_backlogs.insert(1, Session::HighWaterMark - 1);
    responder->onFrame(peer(1), "x");
    QCOMPARE(m_sent.size(), 2);
    QCOMPARE(notices.count(), 2);
    QVERIFY2(notices.at(1).at(0).toString().contains(u"reads again; 2 repl"),
             qPrintable(notices.at(1).at(0).toString()));
    QCOMPARE(responder->hits(0), quint64(4)); // skipped answers still count as hits
}

void TstResponder::delayedQueueIsBounded()
{
    RuleSet rules;
    rules.rules << makeRule(FrameMatchSpec::Kind::Any, QString(), "r", Rule::Action::Reply, 10000);
    const auto responder = makeResponder(rules);
    QSignalSpy notices(responder.get(), &Responder::notice);
    for (qsizetype i = 0; i < Responder::MaxPending + 5; ++i)
        responder->onFrame(peer(1), "x");
    QCOMPARE(responder->pendingCount(), Responder::MaxPending);
    QCOMPARE(responder->counters().droppedQueueFull, quint64(5));
    QCOMPARE(notices.count(), 1);
    responder->stop();
    QCOMPARE(responder->pendingCount(), 0);
}

void TstResponder::closeWithoutConnectionIsSaidOnce()
{
    RuleSet rules;
    rules.rules << makeRule(FrameMatchSpec::Kind::Any, QString(), QString(), Rule::Action::Close);
    const auto responder = makeResponder(rules, /*canClose*/ false);
    QSignalSpy notices(responder.get(), &Responder::notice);
    responder->onFrame(peer(1), "x");
    responder->onFrame(peer(1), "y");
    QCOMPARE(notices.count(), 1);
    QVERIFY(notices.at(0).at(0).toString().contains(u"no connection to close"));
    QCOMPARE(responder->counters().closes, quint64(0));
}

void TstResponder::disabledResponderIgnoresFrames()
{
    RuleSet rules;
    rules.rules << makeRule(FrameMatchSpec::Kind::Any, QString(), "r");
    const auto responder = makeResponder(rules);
    responder->setEnabled(false);
    QCOMPARE(responder->onFrame(peer(1), "x"), -1);
    QVERIFY(m_sent.isEmpty());
    responder->setEnabled(true);
    QCOMPARE(responder->onFrame(peer(1), "x"), 0);
}

void TstResponder::modbusExamplePlaysADevice()
{
    const Result<RuleSet> rules = RuleSet::load(QStringLiteral(SOCKPIT_SOURCE_DIR "/docs/examples/modbus-device.rules.json"));
    QVERIFY2(rules.ok(), qPrintable(rules.error));
    const auto responder = makeResponder(rules.value);
    // The CRC as a device sends it, low byte first, from the bit-by-bit model.
    const auto withCrc = [](const QByteArray &bytes) {
        const quint32 crc = SockpitTest::ChecksumModel::reference(Checksum::Algorithm::Crc16Modbus, bytes);
        return bytes + char(crc & 0xFF) + char(crc >> 8);
    };
    const QByteArray readOne = withCrc(QByteArray::fromHex("010300000001"));
    QCOMPARE(responder->onFrame(peer(1), readOne), 0);
    QCOMPARE(m_sent.size(), 1);
    QCOMPARE(m_sent.last().data, withCrc(QByteArray::fromHex("010302002A")));

    QCOMPARE(responder->onFrame(peer(1), withCrc(QByteArray::fromHex("0103006B0002"))), 1); // answered a little later
    QTRY_COMPARE_WITH_TIMEOUT(m_sent.size(), 2, Timeout);
    QCOMPARE(m_sent.last().data, withCrc(QByteArray::fromHex("010304002A01F4")));

    const QByteArray write = withCrc(QByteArray::fromHex("010600010003"));
    QCOMPARE(responder->onFrame(peer(1), write), 2);
    QCOMPARE(m_sent.last().data, write); // a write is answered with itself

    QCOMPARE(responder->onFrame(peer(1), withCrc(QByteArray::fromHex("0110000100010200FF"))), 3);
    QCOMPARE(m_sent.last().data, withCrc(QByteArray::fromHex("019001")));

    QCOMPARE(responder->onFrame(peer(1), withCrc(QByteArray::fromHex("020300000001"))), 4); // another device's
    QCOMPARE(responder->onFrame(peer(1), withCrc(QByteArray::fromHex("0103000000"))), 4);   // too short for a request
    QCOMPARE(m_sent.size(), 4);
}

void TstResponder::addressColumns()
{
    QTest::addColumn<QHostAddress>("address");
    QTest::newRow("127.0.0.1") << QHostAddress(QHostAddress::LocalHost);
    QTest::newRow("::1") << QHostAddress(QHostAddress::LocalHostIPv6);
}

void TstResponder::tcpServer_data()
{
    addressColumns();
}

void TstResponder::tcpServer()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    TcpServerSession server;
    QVERIFY(server.listen(address, 0));
    Responder responder;
    feedPerRead(server, responder);
    RuleSet rules;
    rules.rules << makeRule(FrameMatchSpec::Kind::StartsWith, "slow", "slow done", Rule::Action::Reply, 400)
                << makeRule(FrameMatchSpec::Kind::StartsWith, "bye", QString(), Rule::Action::Close)
                << makeRule(FrameMatchSpec::Kind::Regex, "^fast (\\d+)", "fast {1} #{counter}");
    QVERIFY(responder.setRules(rules, QStringLiteral("UTF-8")).ok());

    QTcpSocket slow, fast, leaving;
    for (QTcpSocket *socket : {&slow, &fast, &leaving})
        socket->connectToHost(address, server.listenPort());
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 3, Timeout);
    slow.write("slow");
    QTRY_COMPARE_WITH_TIMEOUT(responder.pendingCount(), 1, Timeout);
    fast.write("fast 7");
    // The delayed answer holds nobody else's.
    QTRY_COMPARE_WITH_TIMEOUT(fast.bytesAvailable(), qint64(9), Timeout);
    QCOMPARE(fast.readAll(), QByteArray("fast 7 #1"));
    QCOMPARE(slow.bytesAvailable(), qint64(0));
    QCOMPARE(responder.pendingCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(slow.bytesAvailable(), qint64(9), Timeout);
    QCOMPARE(slow.readAll(), QByteArray("slow done"));
    QCOMPARE(leaving.bytesAvailable(), qint64(0)); // the server answers the sender only

    leaving.write("bye");
    QTRY_COMPARE_WITH_TIMEOUT(leaving.state(), QAbstractSocket::UnconnectedState, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 2, Timeout);
    QCOMPARE(responder.hitCounts(), (QList<quint64>{1, 1, 1}));
    QCOMPARE(responder.counters().closes, quint64(1));

    // A client that leaves before its delayed answer: dropped, said once.
    QSignalSpy notices(&responder, &Responder::notice);
    slow.write("slow again");
    QTRY_COMPARE_WITH_TIMEOUT(responder.pendingCount(), 1, Timeout);
    slow.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(responder.pendingCount(), 0, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(notices.count(), 1, Timeout);
    QCOMPARE(responder.counters().droppedPeerLeft, quint64(1));
}

void TstResponder::tcpClient_data()
{
    addressColumns();
}

void TstResponder::tcpClient()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    SockpitTest::LoopbackTcpServer server(address);
    QVERIFY(server.isListening());
    TcpClientSession client;
    Responder responder;
    feedPerRead(client, responder);
    RuleSet rules;
    rules.rules << makeRule(FrameMatchSpec::Kind::Exact, "PING\\r\\n", "PONG {counter}\\r\\n")
                << makeRule(FrameMatchSpec::Kind::Exact, "QUIT", QString(), Rule::Action::Close);
    QVERIFY(responder.setRules(rules, QStringLiteral("UTF-8")).ok());
    client.setTarget(address.toString(), server.port());
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), qsizetype(1), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Session::State::Active, Timeout);
    server.send(0, "PING\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("PONG 1\r\n"), Timeout);
    server.send(0, "PING\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("PONG 1\r\nPONG 2\r\n"), Timeout);
    server.send(0, "QUIT");
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionEnded(0), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Session::State::Idle, Timeout);
}

void TstResponder::udp_data()
{
    addressColumns();
}

void TstResponder::udp()
{
    QFETCH(QHostAddress, address);
    SKIP_WITHOUT_IPV6(address);
    UdpSession session;
    QVERIFY(session.bind(address, 0));
    Responder responder;
    feedPerRead(session, responder);
    RuleSet rules;
    rules.rules << makeRule(FrameMatchSpec::Kind::Regex, "^T=(\\d+)", "got {1}")
                << makeRule(FrameMatchSpec::Kind::Hex, "FF", QString(), Rule::Action::Close)
                << makeRule(FrameMatchSpec::Kind::Any, QString(), "{frame}");
    QVERIFY(responder.setRules(rules, QStringLiteral("UTF-8")).ok());

    QUdpSocket first, second;
    QVERIFY(first.bind(address, 0));
    QVERIFY(second.bind(address, 0));
    first.writeDatagram("T=25", address, session.localPort());
    second.writeDatagram("hello", address, session.localPort());
    QTRY_VERIFY_WITH_TIMEOUT(first.hasPendingDatagrams(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(second.hasPendingDatagrams(), Timeout);
    QHostAddress from;
    quint16 fromPort = 0;
    QByteArray datagram(64, '\0');
    datagram.resize(first.readDatagram(datagram.data(), datagram.size(), &from, &fromPort));
    QCOMPARE(datagram, QByteArray("got 25"));
    QCOMPARE(fromPort, session.localPort()); // answered from the session's port, to the sender
    datagram.resize(64);
    datagram.resize(second.readDatagram(datagram.data(), datagram.size()));
    QCOMPARE(datagram, QByteArray("hello"));

    // Close has nothing to close on UDP: said once, and the frame is left alone.
    QSignalSpy notices(&responder, &Responder::notice);
    first.writeDatagram("\xFF", address, session.localPort());
    QTRY_COMPARE_WITH_TIMEOUT(responder.hits(1), quint64(1), Timeout);
    QCOMPARE(notices.count(), 1);
    QCOMPARE(session.state(), Session::State::Active);
}

void TstResponder::gbkOnTheServer()
{
    TcpServerSession server;
    QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));
    Responder responder;
    feedPerRead(server, responder);
    RuleSet rules;
    rules.rules << makeRule(FrameMatchSpec::Kind::Regex, QString::fromUtf8("^你好(.*)$"), QString::fromUtf8("谢谢{1}"));
    QVERIFY(responder.setRules(rules, QStringLiteral("GBK")).ok());
    QTcpSocket client;
    client.connectToHost(QHostAddress(QHostAddress::LocalHost), server.listenPort());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, Timeout);
    client.write("\xc4\xe3\xba\xc3" "A"); // 你好A in GBK
    QTRY_COMPARE_WITH_TIMEOUT(client.bytesAvailable(), qint64(5), Timeout);
    QCOMPARE(client.readAll(), QByteArray("\xd0\xbb\xd0\xbb" "A")); // 谢谢A in GBK
}

QTEST_GUILESS_MAIN(TstResponder)
#include "tst_responder.moc"
