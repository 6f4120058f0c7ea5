// The sequence runner over real sessions on 127.0.0.1 and ::1 (TCP client and
// UDP) against a scripted server, wired as the window wires it: session ->
// TrafficRecorder -> framesReceived -> runner.

#include "common/loopbackserver.h"
#include "sequence.h"
#include "sequencerunner.h"
#include "tcpclientsession.h"
#include "trafficlog.h"
#include "trafficrecorder.h"
#include "udpsession.h"

#include <QNetworkDatagram>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include <memory>

using namespace Sockpit;
using SockpitTest::LoopbackTcpServer;

namespace {

/// The device the sequences talk to: one reply per request line.
QByteArray reply(const QByteArray &line)
{
    if (line == "LOGIN")
        return "OK welcome\n";
    if (line == "Q")
        return "VALUE=42\n";
    if (line == "BAD")
        return "ERR 5\n";
    if (line == "TWO")
        return "ONE\nTWO\n";
    return QByteArray(); // "SILENT" and anything else: no answer
}

/// A scripted server on TCP or UDP, and a session of ours connected to it,
/// its frames going to a runner.
class Rig
{
public:
    Rig(bool udp, const QHostAddress &address)
        : m_udp(udp)
        , m_recorder(&m_log, nullptr)
    {
        if (udp) {
            m_udpServer.bind(address, 0);
            QObject::connect(&m_udpServer, &QUdpSocket::readyRead, &m_udpServer, [this] {
                while (m_udpServer.hasPendingDatagrams()) {
                    const QNetworkDatagram datagram = m_udpServer.receiveDatagram();
                    m_requests += datagram.data();
                    const QByteArray answer = reply(datagram.data().trimmed());
                    if (!answer.isEmpty())
                        m_udpServer.writeDatagram(datagram.makeReply(answer));
                }
            });
            auto *session = new UdpSession;
            session->bind(address, 0);
            session->setTarget(address.toString(), m_udpServer.localPort());
            m_session.reset(session);
            m_recorder.setDatagramMode(true);
        } else {
            m_tcpServer = std::make_unique<LoopbackTcpServer>(address);
            m_tcpServer->setChunkHandler([this](qsizetype client, const QByteArray &chunk) {
                m_requests += chunk;
                m_pending += chunk;
                for (qsizetype end = m_pending.indexOf('\n'); end >= 0; end = m_pending.indexOf('\n')) {
                    m_tcpServer->send(client, reply(m_pending.left(end)));
                    m_pending.remove(0, end + 1);
                }
            });
            auto *session = new TcpClientSession;
            session->setTarget(address.toString(), m_tcpServer->port());
            m_session.reset(session);
        }
        m_recorder.attach(m_session.get());
        QObject::connect(&m_recorder, &TrafficRecorder::framesReceived, &runner, &SequenceRunner::onFrames);
        runner.setSession(m_session.get());
    }
    ~Rig() { m_recorder.detach(); }

    bool open()
    {
        if (m_udp)
            return m_session->state() == Session::State::Active;
        static_cast<TcpClientSession *>(m_session.get())->open();
        return QTest::qWaitFor([this] { return m_session->state() == Session::State::Active; }, 5000);
    }
    void setFraming(const QString &spec) { m_recorder.setFraming(FramingSpec::parse(spec).value); }
    Session *session() const { return m_session.get(); }
    LoopbackTcpServer *tcpServer() const { return m_tcpServer.get(); }
    /// Everything the server was sent.
    QByteArray requests() const { return m_requests; }

    SequenceRunner runner;

private:
    bool m_udp;
    TrafficLog m_log;
    TrafficRecorder m_recorder;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<LoopbackTcpServer> m_tcpServer;
    QUdpSocket m_udpServer;
    QByteArray m_requests;
    QByteArray m_pending;
};

CompiledSequence compiled(const QByteArray &steps)
{
    const Result<Sequence> parsed = Sequence::fromJson("{\"name\": \"t\", \"steps\": [" + steps + "]}");
    if (!parsed) {
        qWarning("%s", qPrintable(parsed.error));
        return {};
    }
    const Result<CompiledSequence> made = CompiledSequence::compile(parsed.value, QStringLiteral("UTF-8"));
    if (!made)
        qWarning("%s", qPrintable(made.error));
    return made.value;
}

QString statuses(const QList<StepResult> &results)
{
    QStringList words;
    for (const StepResult &result : results)
        words << result.path + u':' + StepResult::statusWord(result.status);
    return words.join(u' ');
}

} // namespace

class TstSequenceRunner : public QObject
{
    Q_OBJECT

private slots:
    void transports_data();
    void passes_data() { transports_data(); }
    void passes();
    void failsOnWrongReply_data() { transports_data(); }
    void failsOnWrongReply();
    void timesOut_data() { transports_data(); }
    void timesOut();
    void continuesOnFail_data() { transports_data(); }
    void continuesOnFail();
    void repeats_data() { transports_data(); }
    void repeats();
    void stops_data() { transports_data(); }
    void stops();
    void replyBeforeExpect_data() { transports_data(); }
    void replyBeforeExpect();
    void twoFramesOfOneReplyInOrder();
    void sendRefusedFails();
    void sessionEndingFailsTheRun();
    void waitsWhileBackedUp();
    void startRefusedWhileRunning();
    void burstBeyondTheBuffer();

private:
    std::unique_ptr<Rig> rig();
};

void TstSequenceRunner::transports_data()
{
    QTest::addColumn<bool>("udp");
    QTest::addColumn<QHostAddress>("address");
    QTest::newRow("tcp 127.0.0.1") << false << QHostAddress(QHostAddress::LocalHost);
    QTest::newRow("tcp ::1") << false << QHostAddress(QHostAddress::LocalHostIPv6);
    QTest::newRow("udp 127.0.0.1") << true << QHostAddress(QHostAddress::LocalHost);
    QTest::newRow("udp ::1") << true << QHostAddress(QHostAddress::LocalHostIPv6);
}

std::unique_ptr<Rig> TstSequenceRunner::rig()
{
    QFETCH(bool, udp);
    QFETCH(QHostAddress, address);
    if (address.protocol() == QAbstractSocket::IPv6Protocol && !SockpitTest::isIPv6LoopbackAvailable())
        return nullptr;
    auto made = std::make_unique<Rig>(udp, address);
    if (!made->open())
        return nullptr;
    return made;
}

#define RIG_OR_SKIP(name)                                                  \
    const std::unique_ptr<Rig> name = rig();                               \
    if (!name)                                                             \
        QSKIP("no IPv6 on ::1 here, or the session did not open");

void TstSequenceRunner::passes()
{
    RIG_OR_SKIP(r);
    QSignalSpy finished(&r->runner, &SequenceRunner::finished);
    QSignalSpy started(&r->runner, &SequenceRunner::stepStarted);
    QVERIFY(r->runner.start(compiled(R"J({"send": {"text": "LOGIN\n"}},
        {"expect": {"match": "starts-with", "pattern": "OK"}},
        {"send": {"text": "Q\n"}},
        {"expect": {"match": "regex", "pattern": "^VALUE=(\\d+)"}})J")));
    QVERIFY(r->runner.isRunning());
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(r->runner.passed());
    const QList<StepResult> results = r->runner.results();
    QCOMPARE(statuses(results), QStringLiteral("1:PASS 2:PASS 3:PASS 4:PASS"));
    QCOMPARE(started.size(), 4);
    QCOMPARE(results[3].captures, (QStringList{QStringLiteral("VALUE=42\n").trimmed(), QStringLiteral("42")}));
    QVERIFY(results[1].roundTripMs >= 0);
    QVERIFY(results[3].roundTripMs >= 0);
    QVERIFY(results[1].roundTripMs < 2000);
    QCOMPARE(results[0].roundTripMs, -1); // a send has none
    QVERIFY2(results[3].detail.contains(QStringLiteral("VALUE=42")), qPrintable(results[3].detail));
    QCOMPARE(r->requests(), QByteArray("LOGIN\nQ\n"));
    QCOMPARE(r->runner.counts().passed, 4u);
    QCOMPARE(results[0].summary(), QStringLiteral("PASS step 1 send \"LOGIN\\n\""));
    QVERIFY2(QRegularExpression(QStringLiteral("^PASS step 2 expect starts-with \"OK\" \\d+ ms$")).match(results[1].summary()).hasMatch(),
             qPrintable(results[1].summary()));
}

void TstSequenceRunner::failsOnWrongReply()
{
    RIG_OR_SKIP(r);
    QSignalSpy finished(&r->runner, &SequenceRunner::finished);
    QVERIFY(r->runner.start(compiled(R"({"send": {"text": "BAD\n"}},
        {"expect": {"match": "starts-with", "pattern": "OK"}, "timeoutMs": 300},
        {"send": {"text": "Q\n"}})")));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QList<StepResult> results = r->runner.results();
    QCOMPARE(statuses(results), QStringLiteral("1:PASS 2:FAIL 3:SKIP"));
    QVERIFY2(results[1].detail.contains(QStringLiteral("\"ERR 5\\n\"")), qPrintable(results[1].detail));
    QCOMPARE(r->requests(), QByteArray("BAD\n")); // nothing after the failure
    QVERIFY(!r->runner.passed());
}

void TstSequenceRunner::timesOut()
{
    RIG_OR_SKIP(r);
    QSignalSpy finished(&r->runner, &SequenceRunner::finished);
    QVERIFY(r->runner.start(compiled(R"({"send": {"text": "SILENT\n"}},
        {"expect": {"match": "contains", "pattern": "OK"}, "timeoutMs": 200})")));
    QVERIFY(finished.wait(5000));
    const QList<StepResult> results = r->runner.results();
    QCOMPARE(statuses(results), QStringLiteral("1:PASS 2:TIMEOUT"));
    QVERIFY2(results[1].detail.contains(QStringLiteral("200 ms")), qPrintable(results[1].detail));
    QVERIFY2(results[1].elapsedMs >= 190, qPrintable(QString::number(results[1].elapsedMs)));
    QCOMPARE(r->runner.counts().timedOut, 1u);
}

void TstSequenceRunner::continuesOnFail()
{
    RIG_OR_SKIP(r);
    QSignalSpy finished(&r->runner, &SequenceRunner::finished);
    QVERIFY(r->runner.start(compiled(R"({"send": {"text": "BAD\n"}},
        {"expect": {"match": "starts-with", "pattern": "OK"}, "timeoutMs": 200, "onFail": "continue"},
        {"send": {"text": "Q\n"}},
        {"expect": {"match": "starts-with", "pattern": "VALUE="}})")));
    QVERIFY(finished.wait(5000));
    QCOMPARE(statuses(r->runner.results()), QStringLiteral("1:PASS 2:FAIL 3:PASS 4:PASS"));
    // The miss is recorded and counts against the run.
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!r->runner.passed());
}

void TstSequenceRunner::repeats()
{
    RIG_OR_SKIP(r);
    QSignalSpy finished(&r->runner, &SequenceRunner::finished);
    QSignalSpy started(&r->runner, &SequenceRunner::stepStarted);
    QVERIFY(r->runner.start(compiled(R"({"repeat": 3, "steps": [{"send": {"text": "Q\n"}},
        {"expect": {"match": "exact", "pattern": "VALUE=42\n"}}]})")));
    QVERIFY(finished.wait(5000));
    QVERIFY(r->runner.passed());
    const QList<StepResult> results = r->runner.results();
    QCOMPARE(statuses(results), QStringLiteral("1.1:PASS 1.2:PASS 1.1:PASS 1.2:PASS 1.1:PASS 1.2:PASS"));
    QList<quint64> iterations;
    for (const StepResult &result : results)
        iterations << result.iteration;
    QCOMPARE(iterations, (QList<quint64>{1, 1, 2, 2, 3, 3}));
    QCOMPARE(r->requests(), QByteArray("Q\nQ\nQ\n"));
    // The repeat itself starts once per pass.
    int repeatStarts = 0;
    for (const QList<QVariant> &signal : std::as_const(started))
        repeatStarts += signal.at(0).toInt() == 0 ? 1 : 0;
    QCOMPARE(repeatStarts, 3);
}

void TstSequenceRunner::stops()
{
    RIG_OR_SKIP(r);
    QSignalSpy finished(&r->runner, &SequenceRunner::finished);
    r->runner.setResultLimit(8);
    QVERIFY(r->runner.start(compiled(R"({"repeat": "forever", "steps": [{"send": {"text": "Q\n"}},
        {"expect": {"match": "starts-with", "pattern": "VALUE"}}, {"wait": 1}]})")));
    QTRY_VERIFY_WITH_TIMEOUT(r->runner.counts().passed >= 30, 10000);
    QVERIFY(r->runner.isRunning());
    r->runner.stop();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(r->runner.wasStopped());
    QVERIFY(!r->runner.isRunning());
    const QList<StepResult> results = r->runner.results();
    QCOMPARE(results.size(), 8); // bounded: the latest only
    QVERIFY(r->runner.droppedResults() > 0);
    QCOMPARE(results.last().status, StepResult::Status::Skipped);
    QCOMPARE(r->runner.counts().failed + r->runner.counts().timedOut, 0u);
    QVERIFY(r->runner.results().constLast().iteration >= 10);
    // Nothing more is sent once stopped: a marker sent now comes right after
    // what the server has (and the one request that may still be on its way).
    const QByteArray before = r->requests();
    QVERIFY(r->session()->send("LOGIN\n"));
    QTRY_VERIFY_WITH_TIMEOUT(r->requests().endsWith("LOGIN\n"), 5000);
    const QByteArray after = r->requests().mid(before.size());
    QVERIFY2(after == "LOGIN\n" || after == "Q\nLOGIN\n", after.constData());
}

void TstSequenceRunner::replyBeforeExpect()
{
    RIG_OR_SKIP(r);
    QSignalSpy finished(&r->runner, &SequenceRunner::finished);
    QVERIFY(r->runner.start(compiled(R"({"send": {"text": "Q\n"}}, {"wait": 300},
        {"expect": {"match": "contains", "pattern": "VALUE"}, "timeoutMs": 100})")));
    QVERIFY(finished.wait(5000));
    const QList<StepResult> results = r->runner.results();
    QCOMPARE(statuses(results), QStringLiteral("1:PASS 2:PASS 3:PASS"));
    // The reply came during the wait, before the expect began.
    QVERIFY2(results[2].roundTripMs <= results[1].elapsedMs,
             qPrintable(QStringLiteral("%1 > %2").arg(results[2].roundTripMs).arg(results[1].elapsedMs)));
    QVERIFY(results[2].elapsedMs < 100);
}

void TstSequenceRunner::twoFramesOfOneReplyInOrder()
{
    Rig r(false, QHostAddress(QHostAddress::LocalHost));
    r.setFraming(QStringLiteral("delim:0A"));
    QVERIFY(r.open());
    QSignalSpy finished(&r.runner, &SequenceRunner::finished);
    QVERIFY(r.runner.start(compiled(R"({"send": {"text": "TWO\n"}},
        {"expect": {"match": "starts-with", "pattern": "ONE"}, "timeoutMs": 1000},
        {"expect": {"match": "starts-with", "pattern": "TWO"}, "timeoutMs": 1000},
        {"expect": {"match": "starts-with", "pattern": "ONE"}, "timeoutMs": 100})")));
    QVERIFY(finished.wait(5000));
    // The first expect took ONE; TWO was left for the second; nothing for the third.
    QCOMPARE(statuses(r.runner.results()), QStringLiteral("1:PASS 2:PASS 3:PASS 4:TIMEOUT"));
}

void TstSequenceRunner::sendRefusedFails()
{
    TcpClientSession session; // never opened
    SequenceRunner runner;
    runner.setSession(&session);
    QSignalSpy finished(&runner, &SequenceRunner::finished);
    QVERIFY(runner.start(compiled(R"({"send": {"text": "Q\n"}}, {"wait": 1})")));
    QVERIFY(finished.wait(5000));
    const QList<StepResult> results = runner.results();
    QCOMPARE(statuses(results), QStringLiteral("1:FAIL 2:SKIP"));
    QVERIFY(!results[0].detail.isEmpty());
}

void TstSequenceRunner::sessionEndingFailsTheRun()
{
    Rig r(false, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(r.open());
    QSignalSpy finished(&r.runner, &SequenceRunner::finished);
    QVERIFY(r.runner.start(compiled(R"({"send": {"text": "SILENT\n"}},
        {"expect": {"match": "contains", "pattern": "OK"}, "timeoutMs": 60000}, {"wait": 1})")));
    QTRY_COMPARE_WITH_TIMEOUT(r.requests(), QByteArray("SILENT\n"), 5000);
    r.tcpServer()->close(0);
    QVERIFY(finished.wait(5000)); // long before the timeout
    QCOMPARE(statuses(r.runner.results()), QStringLiteral("1:PASS 2:FAIL 3:SKIP"));
    QVERIFY(r.runner.results().at(1).elapsedMs < 60000);
}

void TstSequenceRunner::waitsWhileBackedUp()
{
    SequenceRunner runner;
    bool backedUp = true;
    QByteArrayList sent;
    runner.setPort({[&sent](const QByteArray &bytes) {
                        sent << bytes;
                        return Sockpit::Status::success();
                    },
                    [&backedUp] { return backedUp; }});
    QSignalSpy finished(&runner, &SequenceRunner::finished);
    QSignalSpy started(&runner, &SequenceRunner::stepStarted);
    QVERIFY(runner.start(compiled(R"({"send": {"text": "A"}}, {"send": {"text": "B"}})")));
    QTRY_COMPARE(started.size(), 1);
    QCoreApplication::processEvents();
    QVERIFY(sent.isEmpty()); // waiting for the backlog
    runner.onDrained();      // a drained that came while still backed up changes nothing
    QVERIFY(sent.isEmpty());
    backedUp = false;
    runner.onDrained();
    QVERIFY(finished.wait(5000));
    QCOMPARE(sent, (QByteArrayList{"A", "B"}));
    QVERIFY(runner.passed());
}

void TstSequenceRunner::startRefusedWhileRunning()
{
    SequenceRunner runner;
    QVERIFY(!runner.start(compiled(R"({"wait": 1})"))); // no port yet
    runner.setPort({[](const QByteArray &) { return Sockpit::Status::success(); }, {}});
    QVERIFY(runner.start(compiled(R"({"wait": 50})")));
    QVERIFY(!runner.start(compiled(R"({"wait": 1})")));
    QSignalSpy finished(&runner, &SequenceRunner::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(runner.passed());
    QCOMPARE(runner.results().size(), 1);
}

void TstSequenceRunner::burstBeyondTheBuffer()
{
    SequenceRunner runner;
    runner.setPort({[](const QByteArray &) { return Sockpit::Status::success(); }, {}});
    QSignalSpy started(&runner, &SequenceRunner::stepStarted);
    QSignalSpy finished(&runner, &SequenceRunner::finished);
    const auto burst = [](int size, int matchAt) {
        QList<Frame> frames(size);
        for (int i = 0; i < size; ++i)
            frames[i].data = i == matchAt ? QByteArray("MATCH") : QByteArray::number(i);
        return FrameBatch::fromFrames(frames);
    };
    QVERIFY(runner.start(compiled(R"({"send": {"text": "Q"}},
        {"expect": {"match": "exact", "pattern": "MATCH"}, "timeoutMs": 5000},
        {"wait": 50},
        {"expect": {"match": "exact", "pattern": "MATCH"}, "timeoutMs": 5000})")));
    QTRY_COMPARE(started.size(), 2); // the first expect is waiting
    // A burst four times the buffer: its 11th frame still matches.
    const int big = SequenceRunner::MaxBufferedFrames * 4;
    runner.onFrames(Peer(), burst(big, 10));
    QTRY_COMPARE(started.size(), 3); // the wait
    // During the wait: only the latest frames are kept, so a match near the end is found.
    runner.onFrames(Peer(), burst(big, big - 5));
    QVERIFY(finished.wait(5000));
    QCOMPARE(statuses(runner.results()), QStringLiteral("1:PASS 2:PASS 3:PASS 4:PASS"));
}

QTEST_GUILESS_MAIN(TstSequenceRunner)
#include "tst_sequencerunner.moc"
