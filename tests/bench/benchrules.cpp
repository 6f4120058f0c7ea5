#include "bench.h"

#include "responder.h"
#include "tcpserversession.h"

#include <QElapsedTimer>
#include <QRegularExpression>


using namespace Sockpit;

namespace SockpitBench {

namespace {

constexpr int RequestBytes = 32;

/// Twenty rules of every kind; only the last one matches the requests
/// ("REQ 000032 ….\n"), so every frame is checked against all of them.
RuleSet twentyRules()
{
    using K = FrameMatchSpec::Kind;
    const K kinds[] = {K::Exact, K::StartsWith, K::Contains, K::Regex, K::Hex};
    RuleSet rules;
    for (int i = 0; i < 19; ++i) {
        Rule rule;
        rule.name = QStringLiteral("miss %1").arg(i + 1);
        rule.match.kind = kinds[i % 5];
        rule.match.pattern = rule.match.kind == K::Hex    ? QStringLiteral("52 45 51 ?? %1").arg(i, 2, 10, QLatin1Char('0'))
                             : rule.match.kind == K::Regex ? QStringLiteral("^REQ (\\d+) x%1").arg(i)
                                                           : QStringLiteral("NOPE%1").arg(i);
        rule.reply = QStringLiteral("never");
        rules.rules << rule;
    }
    Rule hit;
    hit.name = QStringLiteral("requests");
    hit.match = FrameMatchSpec{K::StartsWith, QStringLiteral("REQ "), false};
    hit.reply = QStringLiteral("{frame}"); // as long as the request: the client knows its answer is in
    rules.rules << hit;
    return rules;
}

} // namespace

Bench::RequestsRun Bench::driveRequests(const QString &who, TcpServerSession *session)
{
    RequestsRun run;
    const int n = m_config.requestClients;
    settle(200);
    StallProbe probe;
    probe.setPhase(QStringLiteral("connecting"));
    probe.start();
    auto clients = startPeer({QStringLiteral("--tcp-requesters"), QStringLiteral("127.0.0.1"), QString::number(session->listenPort()),
                              QString::number(n), QString::number(m_config.clientBatch), QString::number(m_config.requestsPerClient),
                              QString::number(RequestBytes)});
    for (;;) {
        const QByteArray line = readLine(clients.get());
        if (line.startsWith("connected ")) {
            const int k = line.mid(10).toInt();
            if (!waitUntil([&] { return session->clientCount() >= k; }, m_config.timeoutMs)) {
                fail(QStringLiteral("%1: only %2 of %3 requesters were accepted").arg(who).arg(session->clientCount()).arg(k));
                clients->kill();
                return run;
            }
            clients->write("more\n");
        } else if (line == "ready " + QByteArray::number(n)) {
            break;
        } else {
            fail(QStringLiteral("requesters: %1 %2").arg(QString::fromUtf8(line), QString::fromUtf8(clients->readAllStandardError())));
            clients->kill();
            return run;
        }
    }
    settle(200);
    probe.reset();
    probe.setPhase(QStringLiteral("%1 answering").arg(who));
    clients->write("go\n");
    const QByteArray line = readLine(clients.get());
    static const QRegularExpression done(QStringLiteral("^done (\\d+) ns (\\d+)$"));
    const QRegularExpressionMatch match = done.match(QString::fromUtf8(line));
    probe.stop();
    run.stall = probe.stats();
    m_stallNotes << probe.longStalls().replaceInStrings(QRegularExpression(QStringLiteral("^")), who + u' ');
    if (!match.hasMatch()) {
        fail(QStringLiteral("%1: requesters: %2 %3").arg(who, QString::fromUtf8(line), QString::fromUtf8(clients->readAllStandardError())));
        clients->kill();
        return run;
    }
    run.requestsPerS = match.captured(1).toDouble() / (match.captured(2).toDouble() / 1e9);
    clients->write("quit\n");
    clients->closeWriteChannel();
    finishPeer(clients.get());
    run.complete = waitUntil([session] { return session->clientCount() == 0; }, m_config.timeoutMs);
    return run;
}

Bench::RequestsRun Bench::echoRound()
{
    TcpServerSession echo;
    echo.setAutoReply(TcpServerSession::AutoReply::Echo);
    if (!echo.listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        fail(QStringLiteral("echo server cannot listen"));
        return {};
    }
    const RequestsRun run = driveRequests(QStringLiteral("echo"), &echo);
    echo.stop();
    return run;
}

Bench::RequestsRun Bench::rulesRound()
{
    TcpServerSession server;
    Responder responder;
    responder.attach(&server);
    if (const Status set = responder.setRules(twentyRules(), QStringLiteral("UTF-8")); !set) {
        fail(set.error);
        return {};
    }
    // Per read, as the recorder's default framing hands frames over.
    QObject::connect(&server, &Session::received, &responder,
                     [&responder](const Peer &peer, const QByteArray &data) { responder.onFrame(peer, data); });
    if (!server.listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        fail(QStringLiteral("rules server cannot listen"));
        return {};
    }
    const RequestsRun run = driveRequests(QStringLiteral("rules"), &server);
    server.stop();
    if (responder.hits(19) == 0 && run.complete)
        fail(QStringLiteral("the twentieth rule answered nothing"));
    return run;
}

void Bench::rulesScenario()
{
    // The old built-in echo and the responder with twenty rules, alternated,
    // so that both see the machine alike (the echo alone moves by a third
    // between one run and the next).
    std::vector<double> echoRates;
    std::vector<double> rulesRates;
    double echoStall = 0;
    double rulesStall = 0;
    double rulesBusy = 0;
    bool ok = true;
    for (int i = 0; i < m_config.requestRounds; ++i) {
        const RequestsRun plain = echoRound();
        const RequestsRun rules = rulesRound();
        ok = ok && plain.complete && rules.complete;
        echoRates.push_back(plain.requestsPerS);
        rulesRates.push_back(rules.requestsPerS);
        echoStall = qMax(echoStall, plain.stall.maxMs);
        rulesStall = qMax(rulesStall, rules.stall.maxMs);
        rulesBusy = qMax(rulesBusy, rules.stall.maxBusyMs);
    }
    const double echoRate = median(echoRates);
    const double rulesRate = median(rulesRates);
    const int n = m_config.requestClients;
    const QString roundsNote = m_config.requestRounds > 1
        ? QStringLiteral(", median of %1 rounds").arg(m_config.requestRounds)
        : QString();
    m_table.add({QStringLiteral("10. Rules: %1 clients × %2 requests, 20 rules, the last matches%3")
                     .arg(count(n))
                     .arg(m_config.requestsPerClient)
                     .arg(roundsNote),
                 number(rulesRate) + QStringLiteral(" req/s"), number(echoRate) + QStringLiteral(" req/s (echo)"),
                 Table::ratio(rulesRate, echoRate), QStringLiteral("≥ 0.5"),
                 Table::met(ok && rulesRate >= 0.5 * echoRate)});
    m_table.add({QStringLiteral("10. Longest stall answering by rules"),
                 number(rulesStall, 1) + QStringLiteral(" ms (busy ") + number(rulesBusy, 1) + u')',
                 number(echoStall, 1) + QStringLiteral(" ms"), Table::ratio(rulesStall, echoStall),
                 QStringLiteral("≤ 50 ms"), Table::met(ok && rulesStall <= 50)});
}

} // namespace SockpitBench
