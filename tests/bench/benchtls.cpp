#include "bench.h"

#include "benchbaselines.h"

#include "tcpserversession.h"
#include "tlsserversetup.h"

using namespace Sockpit;

namespace SockpitBench {

// ---- 11. TLS ----------------------------------------------------------------

namespace {

/// The clients that make the short connections, each its share one after the other.
constexpr int HandshakePeers = 2;
/// The connections are cut into this many rounds for each server.
constexpr int HandshakeRounds = 2;

} // namespace

void Bench::tlsScenarios()
{
    // One self-signed certificate for both servers, made as the TLS panel makes it.
    TlsServerOptions options;
    options.enabled = true;
    options.selfSignedName = QStringLiteral("localhost");
    const Result<TlsServerSetup> setup = TlsSetup::serverSetup(options);
    if (!setup) {
        fail(QStringLiteral("no TLS server certificate: %1").arg(setup.error));
        return;
    }
    if (m_config.only != QLatin1String("tls-handshakes"))
        tlsStreamScenario(setup.value.configuration);
    if (m_config.only != QLatin1String("tls-stream"))
        tlsHandshakesScenario(setup.value.configuration);
}

void Bench::tlsStreamScenario(const QSslConfiguration &tls)
{
    const int rounds = m_config.tlsStreamRounds;
    const qint64 perRound = m_config.tlsStreamBytes / rounds;
    std::vector<double> plainRates;
    std::vector<double> sockpitRates;
    std::vector<double> plainCpu;
    std::vector<double> sockpitCpu;
    bool complete = true;
    settle(200);
    for (int i = 0; i < rounds; ++i) {
        const StreamRun plain = plainStream(perRound, QString(), tls);
        const StreamRun sockpit = sockpitStream(perRound, QString(), tls);
        plainRates.push_back(plain.mbPerS);
        sockpitRates.push_back(sockpit.mbPerS);
        plainCpu.push_back(plain.cpuMsPerMiB);
        sockpitCpu.push_back(sockpit.cpuMsPerMiB);
        complete = complete && plain.complete && sockpit.complete;
    }
    const double plainRate = median(plainRates);
    const double sockpitRate = median(sockpitRates);
    // On a busy machine the wall time includes waiting for a CPU; the thread's own CPU time does not.
    const auto cpu = [](const std::vector<double> &msPerMiB) {
        return QStringLiteral(", CPU %1 ms/MiB").arg(number(median(msPerMiB), 2));
    };
    const QString roundsNote = rounds > 1 ? QStringLiteral(", median of %1 rounds").arg(rounds) : QString();
    m_table.add({QStringLiteral("11. TLS stream into the server panel (TLS 1.3, GBK, log shown; %1%2)")
                     .arg(megabytes(m_config.tlsStreamBytes), roundsNote),
                 number(sockpitRate) + QStringLiteral(" MiB/s") + cpu(sockpitCpu),
                 number(plainRate) + QStringLiteral(" MiB/s (QSslSocket discarding") + cpu(plainCpu) + u')',
                 Table::ratio(sockpitRate, plainRate),
                 QStringLiteral("≥ 0.70"), Table::met(complete && plainRate > 0 && sockpitRate >= 0.7 * plainRate)});
}

double Bench::driveHandshakes(quint16 port, const std::function<int()> &finished)
{
    const int perPeer = qMax(1, m_config.tlsHandshakes / HandshakeRounds / HandshakePeers);
    std::vector<std::unique_ptr<QProcess>> peers;
    for (int i = 0; i < HandshakePeers; ++i) {
        peers.push_back(startTlsPeer({QStringLiteral("--tls-handshakes"), QStringLiteral("127.0.0.1"),
                                      QString::number(port), QString::number(perPeer)}));
        if (!readLine(peers.back().get()).startsWith("ready")) {
            fail(QStringLiteral("a TLS handshake peer did not get ready"));
            return 0;
        }
    }
    const int total = perPeer * HandshakePeers;
    QElapsedTimer clock;
    clock.start();
    for (const auto &peer : peers)
        peer->write("go\n");
    const bool complete = waitUntil([&] { return finished() >= total; }, m_config.timeoutMs);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    for (const auto &peer : peers)
        finishPeer(peer.get());
    if (!complete) {
        fail(QStringLiteral("%1 of %2 short TLS connections were done").arg(finished()).arg(total));
        return 0;
    }
    return total / seconds;
}

double Bench::plainHandshakes(const QSslConfiguration &tls)
{
    PlainTlsServer server(tls);
    if (!server.listen()) {
        fail(QStringLiteral("the QSslServer cannot listen"));
        return 0;
    }
    const double rate = driveHandshakes(server.port(), [&server] { return server.gone(); });
    if (rate > 0 && server.secured() != server.gone())
        fail(QStringLiteral("QSslServer: %1 handshakes for %2 clients").arg(server.secured()).arg(server.gone()));
    return rate;
}

double Bench::sockpitHandshakes(const QSslConfiguration &tls)
{
    TcpServerSession session;
    session.setTls(tls);
    if (!session.listen(QHostAddress::LocalHost, 0)) {
        fail(QStringLiteral("the TLS server session cannot listen: %1").arg(session.errorString()));
        return 0;
    }
    int secured = 0;
    int gone = 0;
    connect(&session, &TcpServerSession::clientSecured, this, [&secured] { ++secured; });
    connect(&session, &Session::peerLeft, this, [&gone] { ++gone; });
    const double rate = driveHandshakes(session.listenPort(), [&gone] { return gone; });
    if (rate > 0 && secured != gone)
        fail(QStringLiteral("TcpServerSession: %1 handshakes for %2 clients").arg(secured).arg(gone));
    return rate;
}

void Bench::tlsHandshakesScenario(const QSslConfiguration &tls)
{
    settle(200);
    // Rounds alternate, so both servers see the same machine.
    std::vector<double> plainRates;
    std::vector<double> sockpitRates;
    for (int i = 0; i < HandshakeRounds; ++i) {
        plainRates.push_back(plainHandshakes(tls));
        sockpitRates.push_back(sockpitHandshakes(tls));
    }
    const double plainRate = median(plainRates);
    const double sockpitRate = median(sockpitRates);
    const QString roundsNote = QStringLiteral(", median of %1 rounds").arg(HandshakeRounds);
    m_table.add({QStringLiteral("11. Short TLS connections into TcpServerSession (%1 × connect, full handshake, close; "
                                "%2 clients at a time%3)")
                     .arg(count(m_config.tlsHandshakes))
                     .arg(HandshakePeers)
                     .arg(roundsNote),
                 number(sockpitRate) + QStringLiteral(" /s"), number(plainRate) + QStringLiteral(" /s (QSslServer)"),
                 Table::ratio(sockpitRate, plainRate), QStringLiteral("≥ 0.70"),
                 Table::met(plainRate > 0 && sockpitRate >= 0.7 * plainRate)});
}

} // namespace SockpitBench
