#pragma once

// The benchmark's scenarios share this: its settings, the formatting of
// figures and the Bench that runs them. Each group of scenarios has its own
// file (benchstartup, benchstream, benchframed, benchudp, benchclients).

#include "benchprobes.h"
#include "benchtable.h"

#include "mainwindow.h"

#include <QObject>
#include <QProcess>
#include <QSslConfiguration>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <optional>

namespace Sockpit {
class TcpServerSession;
}
#include <memory>
#include <vector>

namespace SockpitBench {

constexpr qint64 MiB = 1024 * 1024;

struct Config
{
    bool smoke = false;
    QString only; ///< one scenario group (startup, stream, framed, udp, clients, relay, tls…); empty: all
    bool verbose = false; ///< lists the long stalls and what ran during them
    qint64 streamBytes = 2048 * MiB;  ///< scenarios 1 and 5, over all rounds
    qint64 captureBytes = 1024 * MiB; ///< scenario 2, over all rounds
    int streamRounds = 4;             ///< alternating with the baseline, so both see the same machine
    int captureRounds = 2;
    int datagrams = 20000;
    int datagramSize = 64;
    int datagramRate = 20000;
    int floodDatagrams = 300000; ///< the flood row: sent flat out
    int clients = 10000;
    int clientBatch = 1000;
    int requestClients = 1000;   ///< the rules row: clients asking at once
    int requestsPerClient = 100;
    int requestRounds = 3;       ///< alternating with the echo
    int startupRuns = 9;
    int timeoutMs = 120000;
    qint64 relayBytes = 2048 * MiB; ///< scenario 9, through each relay over all rounds
    int relayRounds = 2;            ///< alternating with socat
    qint64 tlsStreamBytes = 1024 * MiB; ///< scenario 11, over all rounds
    int tlsStreamRounds = 4;            ///< alternating with the baseline
    int tlsHandshakes = 1000;           ///< scenario 11, short connections into each server

    static Config smokeRun()
    {
        Config c;
        c.smoke = true;
        c.streamBytes = 4 * MiB;
        c.captureBytes = 4 * MiB;
        c.streamRounds = 1;
        c.captureRounds = 1;
        c.datagrams = 200;
        c.floodDatagrams = 300;
        c.clients = 50;
        c.clientBatch = 20;
        c.requestClients = 20;
        c.requestsPerClient = 5;
        c.requestRounds = 1;
        c.startupRuns = 1;
        c.timeoutMs = 60000;
        c.relayBytes = 4 * MiB;
        c.relayRounds = 1;
        c.tlsStreamBytes = 4 * MiB;
        c.tlsStreamRounds = 1;
        c.tlsHandshakes = 20;
        return c;
    }
};

/// "1,234.5": English digits grouping, fixed decimals.
QString number(double value, int decimals = 0);
/// "1,234".
QString count(qint64 value);
/// "12 MiB" or "1.5 MiB".
QString megabytes(qint64 bytes);
double median(std::vector<double> values);
double loadAverage();
quint16 freeTcpPort();
quint16 freeUdpPort();
/// The time this thread has waited for a CPU while runnable, in ns (0 where the kernel does not say).
qint64 runQueueWaitNs();
/// The value after the colon of the first line of path starting with prefix.
QString firstLineOf(const QString &path, const QString &prefix);
/// The start-up child: what main() does before the event loop, up to the first paint.
int runStartupWindow(int argc, char *argv[]);

/// The benchmark: runs the scenarios against their baselines and prints one table.
class Bench : public QObject
{
public:
    explicit Bench(const Config &config)
        : m_config(config)
    {
    }

    int run();

private:
    struct StreamRun
    {
        bool complete = false;
        double mbPerS = 0;
        double cpuMsPerMiB = 0; ///< the GUI thread's own CPU time (waiting for a CPU left out)
        bool captureIdentical = false;
        QString captureDetail;
    };
    struct ClientsRun
    {
        bool complete = false;
        double acceptMs = 0;
        double sendMs = 0;
        double bytesPerClient = 0;
        StallProbe::Stats stall;
    };

    void printMachine();
    void addStallRows();
    void startupScenario();
    void streamScenarios();
    void framedScenario();
    void burstScenarios();
    void clientsScenario();
    struct RequestsRun
    {
        bool complete = false;
        double requestsPerS = 0;
        StallProbe::Stats stall;
    };
    /// Clients asking as fast as session answers (see runTcpRequesters).
    RequestsRun driveRequests(const QString &who, Sockpit::TcpServerSession *session);
    /// One round of the built-in echo, or of the responder with twenty rules, on a bare session.
    RequestsRun echoRound();
    RequestsRun rulesRound();
    void rulesScenario();
    void relayScenario();
    /// bytes from a sender through socat (or Sockpit's relay) to the receiver; MiB/s, 0 on failure.
    double socatRelay(const QString &socat, quint16 receiverPort, QProcess *receiver, qint64 bytes);
    double sockpitRelay(quint16 receiverPort, QProcess *receiver, qint64 bytes);

    /// With tls: the stream over TLS (the peer is the TLS sender), and no stall probe.
    StreamRun plainStream(qint64 bytes, const QString &capturePath = QString(),
                          const std::optional<QSslConfiguration> &tls = std::nullopt);
    StreamRun sockpitStream(qint64 bytes, const QString &capturePath,
                            const std::optional<QSslConfiguration> &tls = std::nullopt);
    /// The stream over TLS into the server panel against a QSslServer (scenario 11).
    void tlsStreamScenario(const QSslConfiguration &tls);
    /// Short TLS connections into TcpServerSession against a QSslServer (scenario 11).
    void tlsHandshakesScenario(const QSslConfiguration &tls);
    /// Handshakes per second of the TLS handshake peers into port; finished() counts the clients gone.
    double driveHandshakes(quint16 port, const std::function<int()> &finished);
    double plainHandshakes(const QSslConfiguration &tls);
    double sockpitHandshakes(const QSslConfiguration &tls);
    void tlsScenarios();
    /// The stream of 64-byte frames into the server panel, framed and verified or per read.
    StreamRun panelFramedStream(qint64 bytes, bool framed, StallProbe *probe);
    qint64 plainBurst(int rate);
    qint64 sockpitBurst(int rate, int count, StallProbe *probe);
    qint64 plainFlood();
    void floodScenario();
    ClientsRun plainClients();
    ClientsRun sockpitClients();
    ClientsRun driveClients(const QString &who, quint16 port, const QByteArray &message, const std::function<int()> &accepted,
                            const std::function<void()> &sendToAll, const std::function<bool()> &allGone);
    double startupMs(const QString &program, const QStringList &arguments);
    /// The start-up child's widgetCensus() of its first paint.
    QStringList startupCensus();

    /// This binary in a peer mode (sockpit_bench.cpp).
    std::unique_ptr<QProcess> startPeer(const QStringList &arguments);
    /// sockpit_bench_tlspeer, beside this binary (tlspeer.cpp).
    std::unique_ptr<QProcess> startTlsPeer(const QStringList &arguments);
    std::unique_ptr<QProcess> startPeerProgram(const QString &program, const QStringList &arguments);
    bool finishPeer(QProcess *peer);
    QByteArray readLine(QProcess *peer);
    void fail(const QString &what);

    Config m_config;
    StallProbe m_sockpitProbe; ///< runs during Sockpit's part of scenarios 1 and 3
    StallProbe m_plainProbe;   ///< runs during the baselines of scenarios 1 and 3
    Table m_table;
    QTemporaryDir m_temp;
    std::unique_ptr<Sockpit::MainWindow> m_window;
    qint64 m_startupResident = 0;
    qint64 m_lastDroppedBySystem = 0; ///< by the last sockpitBurst(), as the session was told
    QStringList m_failures;
    QStringList m_stallNotes; ///< --verbose
};

} // namespace SockpitBench
