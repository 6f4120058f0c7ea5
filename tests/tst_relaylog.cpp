// A relay recorded into the receive log as a panel shows it: both directions
// of a pair, each row marked (C→T, T→C, →T for what was injected), a tooltip
// that says the direction in words, and the find box that finds a direction.

#include "logline.h"
#include "receivelogmodel.h"
#include "receivelogview.h"
#include "relaysession.h"
#include "trafficlog.h"
#include "trafficrecorder.h"

#include "common/rawtcppeer.h"
#include "common/widgetprobe.h"

#include <QListView>
#include <QTest>

#include <memory>

using namespace Sockpit;
using SockpitTest::RawTcpListener;
using SockpitTest::RawTcpPeer;

namespace {
constexpr int Timeout = 10000;
const QHostAddress Loopback(QHostAddress::LocalHost);

/// One pair through a relay listening on loopback: the client and the target it reaches.
struct RelayedPair
{
    std::unique_ptr<RawTcpPeer> client;
    std::unique_ptr<RawTcpPeer> target;
};

RelayedPair openPair(RelaySession &relay, RawTcpListener &listener)
{
    relay.setTarget(Loopback.toString(), listener.port());
    if (!relay.listen(Loopback, 0))
        return {};
    RelayedPair pair;
    pair.client = RawTcpPeer::connectTo(Loopback, relay.listenPort());
    if (pair.client)
        pair.target = listener.waitForConnection();
    return pair;
}

int rowWith(const QStringList &lines, const QString &text)
{
    for (int row = 0; row < lines.size(); ++row) {
        if (lines.at(row).contains(text))
            return row;
    }
    return -1;
}
} // namespace

class TstRelayLog : public QObject
{
    Q_OBJECT

private slots:
    void rowsShowBothDirections();
    void anAnswerShowsBelowTheRequestStillInItsGap();
};

void TstRelayLog::rowsShowBothDirections()
{
    RawTcpListener listener(Loopback);
    QVERIFY(listener.isListening());
    TrafficLog log;
    ReceiveLogView view(&log, nullptr);
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    RelaySession relay;
    TrafficRecorder recorder(&log, nullptr);
    recorder.attach(&relay);
    const RelayedPair pair = openPair(relay, listener);
    QVERIFY2(pair.client && pair.target, qPrintable(relay.errorString()));
    RawTcpPeer *client = pair.client.get();
    RawTcpPeer *target = pair.target.get();
    QVERIFY(client->send("GET /status"));
    QTRY_COMPARE_WITH_TIMEOUT(target->readAvailable().received(), QByteArray("GET /status"), Timeout);
    QVERIFY(target->send("200 OK"));
    QTRY_COMPARE_WITH_TIMEOUT(client->readAvailable().received(), QByteArray("200 OK"), Timeout);
    QVERIFY(relay.inject(1, Peer::Leg::Target, "typed by hand"));

    ReceiveLogModel *model = view.model();
    QTRY_VERIFY_WITH_TIMEOUT(SockpitTest::anyLineContains(model, QStringLiteral("typed by hand")), Timeout);
    const QStringList lines = SockpitTest::displayedLines(model);
    const int up = rowWith(lines, QStringLiteral("GET /status"));
    const int down = rowWith(lines, QStringLiteral("200 OK"));
    const int typed = rowWith(lines, QStringLiteral("typed by hand"));
    QVERIFY2(up >= 0 && down > up && typed > down, qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.at(up).contains(u"RX  C→T #1  127.0.0.1:"), qPrintable(lines.at(up)));
    QVERIFY2(lines.at(down).contains(QStringLiteral("RX  T→C #1  127.0.0.1:%1").arg(listener.port())),
             qPrintable(lines.at(down)));
    QVERIFY2(lines.at(typed).contains(u"TX  →T #1"), qPrintable(lines.at(typed)));
    // The legs' own rows: each joined, marked with its side.
    QVERIFY2(SockpitTest::anyLineContains(model, QStringLiteral("INFO  C #1  127.0.0.1:")), qPrintable(lines.join(u'\n')));
    QVERIFY2(SockpitTest::anyLineContains(model, QStringLiteral("INFO  T #1  127.0.0.1:%1").arg(listener.port())),
             qPrintable(lines.join(u'\n')));
    // The tooltip says it in words.
    QCOMPARE(model->data(model->index(up), Qt::ToolTipRole).toString(), QStringLiteral("11 byte(s)\nClient → target, pair #1"));
    QCOMPARE(model->data(model->index(down), Qt::ToolTipRole).toString(), QStringLiteral("6 byte(s)\nTarget → client, pair #1"));
    // The find box finds a direction as typed.
    QCOMPARE(model->find(QStringLiteral("T→C #1"), -1, false), down);

    // A half-close shows on the client's side, passed on.
    client->shutdownSending();
    QTRY_VERIFY_WITH_TIMEOUT(SockpitTest::anyLineContains(model, QStringLiteral("client finished sending — passed on")),
                             Timeout);
}

// Under idle-gap framing the client's request is still in its gap when the
// target's answer (and its end) come; the log keeps them below the request.
void TstRelayLog::anAnswerShowsBelowTheRequestStillInItsGap()
{
    RawTcpListener listener(Loopback);
    QVERIFY(listener.isListening());
    TrafficLog log;
    RelaySession relay;
    TrafficRecorder recorder(&log, nullptr);
    recorder.setFraming(FramingSpec()); // the window's default: a 50 ms gap
    recorder.attach(&relay);
    const RelayedPair pair = openPair(relay, listener);
    QVERIFY2(pair.client && pair.target, qPrintable(relay.errorString()));
    RawTcpPeer *client = pair.client.get();
    RawTcpPeer *target = pair.target.get();

    QVERIFY(client->send("request"));
    QTRY_COMPARE_WITH_TIMEOUT(target->readAvailable().received(), QByteArray("request"), Timeout);
    QVERIFY(target->send("answer"));
    target->shutdownSending();
    QTRY_COMPARE_WITH_TIMEOUT(client->readAvailable().received(), QByteArray("answer"), Timeout);
    client->shutdownSending();

    const auto lines = [&log] {
        QStringList out;
        for (quint64 seq = log.firstSeq(); seq < log.endSeq(); ++seq)
            out << LogLine::format(log, log.at(seq), LogLine::Style{});
        return out;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowWith(lines(), QStringLiteral("client finished sending")) >= 0, Timeout);
    const QStringList all = lines();
    const int request = rowWith(all, QStringLiteral("C→T #1"));
    const int answer = rowWith(all, QStringLiteral("T→C #1"));
    const int targetDone = rowWith(all, QStringLiteral("target finished sending"));
    QVERIFY2(request >= 0 && answer > request && targetDone > answer, qPrintable(all.join(u'\n')));
    QVERIFY2(all.at(request).endsWith(u"request") && all.at(answer).endsWith(u"answer"), qPrintable(all.join(u'\n')));
    // Each row keeps the time its first byte came.
    QVERIFY(log.at(log.firstSeq() + quint64(request)).msecsSinceEpoch <= log.at(log.firstSeq() + quint64(answer)).msecsSinceEpoch);
}

QTEST_MAIN(TstRelayLog)
#include "tst_relaylog.moc"
