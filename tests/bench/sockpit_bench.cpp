// `make bench`: Sockpit's receive pipeline under a flood, next to plain Qt
// sockets doing nothing with the data, measured in the same run.
//
//   sockpit_bench            the full run (under a minute), one table on stdout
//   sockpit_bench --smoke    tiny sizes, no timing: checks that every scenario still runs
//   --only GROUP, --verbose  one group of scenarios; long stalls and start-up marks listed
//
// The peers (TCP sender, UDP sender, many clients) are this binary started again
// in a peer mode, so the GUI thread measured is Sockpit's alone. Loopback only.

#include "benchbaselines.h"
#include "benchpeers.h"
#include "benchprobes.h"
#include "benchtable.h"
#include "firstpaint.h"

#include "capturesink.h"
#include "languagemanager.h"
#include "launchoptions.h"
#include "mainwindow.h"
#include "sendbox.h"
#include "session.h"
#include "sessionworkspace.h"
#include "tcpserverpanel.h"
#include "tcpserversession.h"
#include "trafficlog.h"
#include "udppanel.h"
#include "udpsession.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUdpSocket>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>

using namespace Sockpit;
using namespace SockpitBench;

namespace {

constexpr qint64 MiB = 1024 * 1024;

struct Config
{
    bool smoke = false;
    QString only; ///< one scenario group (startup, stream, udp, clients); empty: all
    bool verbose = false; ///< lists the long stalls and what ran during them
    qint64 streamBytes = 2048 * MiB;  ///< scenarios 1 and 5, over all rounds
    qint64 captureBytes = 1024 * MiB; ///< scenario 2, over all rounds
    int streamRounds = 4;             ///< alternating with the baseline, so both see the same machine
    int captureRounds = 2;
    int datagrams = 20000;
    int datagramSize = 64;
    int datagramRate = 20000;
    int clients = 10000;
    int clientBatch = 1000;
    int startupRuns = 9;
    int timeoutMs = 120000;

    static Config smokeRun()
    {
        Config c;
        c.smoke = true;
        c.streamBytes = 4 * MiB;
        c.captureBytes = 4 * MiB;
        c.streamRounds = 1;
        c.captureRounds = 1;
        c.datagrams = 200;
        c.clients = 50;
        c.clientBatch = 20;
        c.startupRuns = 1;
        c.timeoutMs = 60000;
        return c;
    }
};

QString number(double value, int decimals = 0)
{
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}

QString count(qint64 value)
{
    return QLocale(QLocale::English).toString(value);
}

QString megabytes(qint64 bytes)
{
    return number(double(bytes) / double(MiB), bytes % MiB == 0 ? 0 : 1) + QStringLiteral(" MiB");
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(0).toDouble() : 0;
}

quint16 freeTcpPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

quint16 freeUdpPort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}

QString firstLineOf(const QString &path, const QString &prefix)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (text.startsWith(prefix))
            return text.mid(text.indexOf(u':') + 1).trimmed();
    }
    return QString();
}

// 64-bit FNV-1a over 8-byte words: cheap enough for gigabytes, shown so runs can be compared.
class Checksum
{
public:
    void add(const char *data, qsizetype size)
    {
        qsizetype i = 0;
        while (i < size && m_filled != 0)
            addByte(uchar(data[i++]));
        for (; i + 8 <= size; i += 8) {
            quint64 word = 0;
            std::memcpy(&word, data + i, 8);
            m_word = qFromLittleEndian(word);
            mix();
        }
        while (i < size)
            addByte(uchar(data[i++]));
    }
    quint64 result()
    {
        if (m_filled > 0)
            mix();
        return m_hash;
    }

private:
    void addByte(uchar byte)
    {
        m_word |= quint64(byte) << (8 * m_filled);
        if (++m_filled == 8)
            mix();
    }
    void mix()
    {
        m_hash = (m_hash ^ m_word) * 0x100000001b3ULL;
        m_word = 0;
        m_filled = 0;
    }
    quint64 m_hash = 0xcbf29ce484222325ULL;
    quint64 m_word = 0;
    int m_filled = 0;
};

// The capture file is byte for byte the first `bytes` bytes of the stream.
bool captureMatches(const QString &path, qint64 bytes, QString *detail)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *detail = file.errorString();
        return false;
    }
    bool same = file.size() == bytes;
    Checksum checksum;
    QByteArray buffer;
    forEachStreamPiece(bytes, [&](const char *expected, qsizetype n) {
        buffer = file.read(n);
        checksum.add(buffer.constData(), buffer.size());
        same = same && buffer.size() == n && std::memcmp(buffer.constData(), expected, size_t(n)) == 0;
    });
    *detail = QStringLiteral("%1 bytes, checksum %2").arg(count(file.size())).arg(checksum.result(), 16, 16, QLatin1Char('0'));
    return same;
}

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
    void burstScenarios();
    void clientsScenario();

    StreamRun plainStream(qint64 bytes, const QString &capturePath = QString());
    StreamRun sockpitStream(qint64 bytes, const QString &capturePath);
    qint64 plainBurst(int rate);
    qint64 sockpitBurst(int rate);
    ClientsRun plainClients();
    ClientsRun sockpitClients();
    ClientsRun driveClients(const QString &who, quint16 port, const QByteArray &message, const std::function<int()> &accepted,
                            const std::function<void()> &sendToAll, const std::function<bool()> &allGone);
    double startupMs(const QString &program, const QStringList &arguments);

    std::unique_ptr<QProcess> startPeer(const QStringList &arguments);
    bool finishPeer(QProcess *peer);
    QByteArray readLine(QProcess *peer);
    void fail(const QString &what);

    Config m_config;
    StallProbe m_sockpitProbe; ///< runs during Sockpit's part of scenarios 1 and 3
    StallProbe m_plainProbe;   ///< runs during the baselines of scenarios 1 and 3
    Table m_table;
    QTemporaryDir m_temp;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_startupResident = 0;
    QStringList m_failures;
    QStringList m_stallNotes; ///< --verbose
};

void Bench::fail(const QString &what)
{
    m_failures << what;
    QTextStream(stderr) << "sockpit_bench: " << what << Qt::endl;
}

std::unique_ptr<QProcess> Bench::startPeer(const QStringList &arguments)
{
    auto peer = std::make_unique<QProcess>();
    peer->setProgram(QCoreApplication::applicationFilePath());
    peer->setArguments(arguments);
    peer->setProcessChannelMode(QProcess::SeparateChannels);
    peer->setReadChannel(QProcess::StandardOutput);
    peer->start();
    if (!peer->waitForStarted(10000))
        fail(QStringLiteral("cannot start peer %1: %2").arg(arguments.join(u' '), peer->errorString()));
    return peer;
}

bool Bench::finishPeer(QProcess *peer)
{
    if (!waitUntil([peer] { return peer->state() == QProcess::NotRunning; }, m_config.timeoutMs)) {
        peer->kill();
        peer->waitForFinished(5000);
        fail(QStringLiteral("peer %1 did not finish").arg(peer->arguments().join(u' ')));
        return false;
    }
    const QByteArray errors = peer->readAllStandardError();
    if (peer->exitStatus() != QProcess::NormalExit || peer->exitCode() != 0) {
        fail(QStringLiteral("peer %1 failed: %2").arg(peer->arguments().join(u' '), QString::fromUtf8(errors).trimmed()));
        return false;
    }
    return true;
}

QByteArray Bench::readLine(QProcess *peer)
{
    waitUntil([peer] { return peer->canReadLine() || peer->state() == QProcess::NotRunning; }, m_config.timeoutMs);
    return peer->readLine().trimmed();
}

int Bench::run()
{
    printMachine();

    const auto wanted = [this](const char *group) { return m_config.only.isEmpty() || m_config.only == QLatin1String(group); };
    // Start-up first, while nothing else of ours runs.
    if (wanted("startup"))
        startupScenario();

    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    settle(500);

    Memory::trimHeap();
    m_startupResident = Memory::residentBytes();

    if (wanted("stream"))
        streamScenarios();
    if (wanted("udp"))
        burstScenarios();

    if (m_sockpitProbe.stats().samples > 0)
        addStallRows();

    if (wanted("clients"))
        clientsScenario();

    m_window.reset();
    QTextStream out(stdout);
    out << '\n' << m_table.toMarkdown() << '\n';
    if (m_config.smoke)
        out << "Smoke run: tiny sizes, the figures mean nothing.\n";
    const double load = loadAverage();
    if (load > QThread::idealThreadCount()) {
        out << "The machine was busy (load average " << number(load, 1) << " on " << QThread::idealThreadCount()
            << " CPUs): a stall's wall time includes waiting for a CPU; \"busy\" is the GUI thread's own CPU time in it.\n";
    }
    if (m_config.verbose) {
        m_stallNotes << m_sockpitProbe.longStalls().replaceInStrings(QRegularExpression(QStringLiteral("^")), QStringLiteral("Sockpit "))
                     << m_plainProbe.longStalls().replaceInStrings(QRegularExpression(QStringLiteral("^")), QStringLiteral("plain "));
        out << "Stalls of 30 ms or more, and start-up marks:\n";
        for (const QString &note : std::as_const(m_stallNotes))
            out << "  " << note << '\n';
    }
    for (const QString &failure : std::as_const(m_failures))
        out << "FAILED: " << failure << '\n';
    out.flush();
    return m_failures.isEmpty() ? 0 : 1;
}

void Bench::addStallRows()
{
    const StallProbe::Stats sockpit = m_sockpitProbe.stats();
    const StallProbe::Stats plain = m_plainProbe.stats();
    const auto stall = [](double wallMs, double busyMs) {
        return number(wallMs, 1) + QStringLiteral(" ms (busy ") + number(busyMs, 1) + QStringLiteral(")");
    };
    m_table.add({QStringLiteral("4. Longest event-loop stall during 1 and 3"), stall(sockpit.maxMs, sockpit.maxBusyMs),
                 stall(plain.maxMs, plain.maxBusyMs), Table::ratio(sockpit.maxMs, plain.maxMs), QStringLiteral("≤ 50 ms"),
                 Table::met(sockpit.maxMs <= 50)});
    m_table.add({QStringLiteral("4. 99th-percentile stall during 1 and 3"), stall(sockpit.p99Ms, sockpit.p99BusyMs),
                 stall(plain.p99Ms, plain.p99BusyMs), Table::ratio(sockpit.p99Ms, plain.p99Ms), QStringLiteral("—"),
                 QStringLiteral("—")});
}

void Bench::printMachine()
{
    QTextStream out(stdout);
    const QString cpu = firstLineOf(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name"));
    const QString memory = firstLineOf(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal"));
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QString load = loadavg.open(QIODevice::ReadOnly) ? QString::fromLatin1(loadavg.readAll()).section(u' ', 0, 2) : QString();
    out << "Sockpit benchmark" << (m_config.smoke ? " (smoke run)" : "") << '\n'
        << "Machine: " << QThread::idealThreadCount() << " CPUs (" << cpu << "), memory " << memory
        << ", load average " << load << '\n'
        << "Qt " << qVersion() << ", platform " << QGuiApplication::platformName() << '\n';
    out.flush();
}

// ---- 7. Start-up -----------------------------------------------------------

double Bench::startupMs(const QString &program, const QStringList &arguments)
{
    QProcess child;
    child.setProgram(program);
    child.setArguments(arguments);
    QElapsedTimer clock;
    clock.start();
    child.start();
    waitUntil([&child] { return child.canReadLine() || child.state() == QProcess::NotRunning; }, 30000);
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    const QByteArray line = child.readLine().trimmed();
    const bool shown = line.startsWith("shown");
    if (shown && m_config.verbose)
        m_stallNotes << QStringLiteral("start-up of %1: %2 ms to the window; after main(): %3")
                            .arg((QStringList{QFileInfo(program).fileName()} + arguments).join(u' '), number(ms),
                                 QString::fromLatin1(line.mid(6)));
    waitUntil([&child] { return child.state() == QProcess::NotRunning; }, 30000);
    if (child.state() != QProcess::NotRunning) {
        child.kill();
        child.waitForFinished(5000);
    }
    if (!shown) {
        fail(QStringLiteral("%1 did not show its window: %2").arg(program, QString::fromUtf8(child.readAllStandardError())));
        return 0;
    }
    return ms;
}

void Bench::startupScenario()
{
    const QString self = QCoreApplication::applicationFilePath();
    const QString minimal = QCoreApplication::applicationDirPath() + QStringLiteral("/sockpit_bench_minimal");
    // Filling a window's pixels costs by its area (a 1100 × 760 backing store
    // alone is about 800 page faults), so the baseline that isolates what
    // Sockpit adds is the minimal window at Sockpit's size. The minimal window
    // at its own size is listed too.
    const QSize size = MainWindow::defaultSize();
    const QString sizeArgument = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
    std::vector<double> sockpit;
    std::vector<double> sameSize;
    std::vector<double> ownSize;
    // Alternated, so that a busy moment of the machine hits all alike.
    for (int i = 0; i < m_config.startupRuns; ++i) {
        sameSize.push_back(startupMs(minimal, {sizeArgument}));
        sockpit.push_back(startupMs(self, {QStringLiteral("--startup-window")}));
        ownSize.push_back(startupMs(minimal, {}));
    }
    const double s = median(sockpit);
    const double p = median(sameSize);
    const double q = median(ownSize);
    m_table.add({QStringLiteral("7. Start-up to main window shown (median of %1)").arg(m_config.startupRuns),
                 number(s) + QStringLiteral(" ms"),
                 number(p) + QStringLiteral(" ms (QMainWindow + label, %1 × %2)").arg(size.width()).arg(size.height()),
                 Table::ratio(s, p), QStringLiteral("≤ 2×"), Table::met(p > 0 && s > 0 && s <= 2 * p)});
    m_table.add({QStringLiteral("7. The same against the label window at its own size"), number(s) + QStringLiteral(" ms"),
                 number(q) + QStringLiteral(" ms (QMainWindow + label)"), Table::ratio(s, q), QStringLiteral("—"),
                 QStringLiteral("—")});
}

// ---- 1, 2 and 5. TCP stream -----------------------------------------------

Bench::StreamRun Bench::plainStream(qint64 bytes, const QString &capturePath)
{
    StreamRun result;
    PlainTcpReceiver receiver;
    if (!receiver.listen(bytes, capturePath)) {
        fail(QStringLiteral("plain receiver cannot listen"));
        return result;
    }
    const bool probed = capturePath.isEmpty(); // the stall rows cover scenarios 1 and 3
    if (probed) {
        m_plainProbe.setPhase(QStringLiteral("tcp stream"));
        m_plainProbe.start();
    }
    auto sender = startPeer({QStringLiteral("--tcp-sender"), QStringLiteral("127.0.0.1"), QString::number(receiver.port()),
                             QString::number(bytes)});
    result.complete = waitUntil([&receiver] { return receiver.done(); }, m_config.timeoutMs);
    if (probed)
        m_plainProbe.stop();
    finishPeer(sender.get());
    if (!result.complete) {
        fail(QStringLiteral("plain receiver got %1 of %2 bytes").arg(receiver.received()).arg(bytes));
        return result;
    }
    result.mbPerS = double(bytes) / double(MiB) / receiver.seconds();
    return result;
}

Bench::StreamRun Bench::sockpitStream(qint64 bytes, const QString &capturePath)
{
    StreamRun result;
    TcpServerPanel *panel = m_window->tcpServerPanel();
    TcpServerSession *session = panel->session();
    TrafficLog *log = panel->workspace()->log();

    LaunchOptions options;
    options.mode = LaunchOptions::Mode::TcpServer;
    options.tcpServer.listen = EndpointParser::parseBindSpec(QStringLiteral("127.0.0.1:%1").arg(freeTcpPort())).value;
    options.encoding = QStringLiteral("GBK");
    options.capturePath = capturePath;
    m_window->launch(options);
    if (!session->isListening()) {
        fail(QStringLiteral("the TCP server panel is not listening: %1").arg(session->errorString()));
        return result;
    }

    QElapsedTimer clock;
    clock.start();
    qint64 startNs = -1;
    qint64 doneNs = -1;
    const quint64 before = log->counters().rxBytes;
    const auto joined = connect(session, &Session::peerJoined, this, [&] {
        if (startNs < 0)
            startNs = clock.nsecsElapsed();
    });
    // Done when the last byte is in the log (the capture file has it by then too).
    const auto counted = connect(log, &TrafficLog::countersChanged, this, [&] {
        if (doneNs < 0 && qint64(log->counters().rxBytes - before) >= bytes)
            doneNs = clock.nsecsElapsed();
    });
    if (capturePath.isEmpty()) {
        m_sockpitProbe.setPhase(QStringLiteral("tcp stream"));
        m_sockpitProbe.start();
    }
    auto sender = startPeer({QStringLiteral("--tcp-sender"), QStringLiteral("127.0.0.1"),
                             QString::number(session->listenPort()), QString::number(bytes)});
    result.complete = waitUntil([&doneNs] { return doneNs >= 0; }, m_config.timeoutMs);
    if (capturePath.isEmpty())
        m_sockpitProbe.stop();
    disconnect(joined);
    disconnect(counted);
    finishPeer(sender.get());
    waitUntil([session] { return session->clientCount() == 0; }, 10000);
    session->stop();
    if (!result.complete) {
        fail(QStringLiteral("Sockpit received %1 of %2 bytes").arg(log->counters().rxBytes - before).arg(bytes));
        return result;
    }
    result.mbPerS = double(bytes) / double(MiB) / (double(doneNs - startNs) / 1e9);

    if (!capturePath.isEmpty()) {
        panel->workspace()->capture()->close();
        result.captureIdentical = captureMatches(capturePath, bytes, &result.captureDetail);
        QFile::remove(capturePath);
        if (!result.captureIdentical)
            fail(QStringLiteral("the capture file differs from what was sent (%1)").arg(result.captureDetail));
    }
    return result;
}

void Bench::streamScenarios()
{
    const int rounds = m_config.streamRounds;
    const qint64 perRound = m_config.streamBytes / rounds;
    std::vector<double> plainRates;
    std::vector<double> sockpitRates;
    bool complete = true;

    // The peak is taken over the rounds (the plain receiver adds next to nothing).
    settle(200);
    Memory::trimHeap();
    const bool peakReset = Memory::resetPeak();
    for (int i = 0; i < rounds; ++i) {
        const StreamRun plain = plainStream(perRound);
        const StreamRun sockpit = sockpitStream(perRound, QString());
        plainRates.push_back(plain.mbPerS);
        sockpitRates.push_back(sockpit.mbPerS);
        complete = complete && plain.complete && sockpit.complete;
    }
    const qint64 peak = Memory::peakResidentBytes();
    const double plainRate = median(plainRates);
    const double sockpitRate = median(sockpitRates);
    const QString roundsNote = rounds > 1 ? QStringLiteral(", median of %1 rounds").arg(rounds) : QString();

    m_table.add({QStringLiteral("1. TCP stream into the server panel (GBK, log shown; %1%2)").arg(megabytes(m_config.streamBytes), roundsNote),
                 number(sockpitRate) + QStringLiteral(" MiB/s"), number(plainRate) + QStringLiteral(" MiB/s (QTcpSocket)"),
                 Table::ratio(sockpitRate, plainRate), QStringLiteral("≥ 0.50"),
                 Table::met(complete && plainRate > 0 && sockpitRate >= 0.5 * plainRate)});
    const qint64 growth = peak - m_startupResident;
    m_table.add({QStringLiteral("5. Peak memory after %1 with the log on%2")
                     .arg(megabytes(m_config.streamBytes), peakReset ? QString() : QStringLiteral(" (peak since start)")),
                 megabytes(peak), megabytes(m_startupResident) + QStringLiteral(" after start-up"),
                 QStringLiteral("+") + megabytes(growth), QStringLiteral("growth < 150 MiB"),
                 Table::met(complete && growth < 150 * MiB)});

    const qint64 capturePerRound = m_config.captureBytes / m_config.captureRounds;
    std::vector<double> captureRates;
    std::vector<double> plainCaptureRates;
    bool identical = true;
    QString detail;
    for (int i = 0; i < m_config.captureRounds; ++i) {
        const QString plainFile = m_temp.filePath(QStringLiteral("plain-capture.bin"));
        const StreamRun plain = plainStream(capturePerRound, plainFile);
        QFile::remove(plainFile);
        plainCaptureRates.push_back(plain.mbPerS);
        complete = complete && plain.complete;
        const StreamRun captured = sockpitStream(capturePerRound, m_temp.filePath(QStringLiteral("capture.bin")));
        captureRates.push_back(captured.mbPerS);
        identical = identical && captured.captureIdentical;
        detail = captured.captureDetail;
    }
    const double captureRate = median(captureRates);
    const double plainCaptureRate = median(plainCaptureRates);
    m_table.add({QStringLiteral("2. The same with capture to file (%1)").arg(megabytes(m_config.captureBytes)),
                 number(captureRate) + QStringLiteral(" MiB/s"),
                 number(plainCaptureRate) + QStringLiteral(" MiB/s (QTcpSocket writing a QFile)"),
                 Table::ratio(captureRate, plainCaptureRate), QStringLiteral("file = stream"),
                 identical ? QStringLiteral("yes: ") + detail : Table::met(false)});
}

// ---- 3. UDP burst ------------------------------------------------------------

namespace {
// Waits until `expected` have arrived or none has for half a second.
void waitForDatagrams(const std::function<qint64()> &delivered, qint64 expected)
{
    qint64 last = -1;
    QElapsedTimer quiet;
    quiet.start();
    waitUntil([&] {
        const qint64 now = delivered();
        if (now != last) {
            last = now;
            quiet.restart();
        }
        return now >= expected || quiet.elapsed() > 500;
    }, 30000);
}
} // namespace

qint64 Bench::plainBurst(int rate)
{
    PlainUdpReceiver receiver;
    if (!receiver.bind()) {
        fail(QStringLiteral("plain UDP receiver cannot bind"));
        return 0;
    }
    m_plainProbe.setPhase(QStringLiteral("udp burst, rate %1").arg(rate));
    m_plainProbe.start();
    auto sender = startPeer({QStringLiteral("--udp-sender"), QStringLiteral("127.0.0.1"), QString::number(receiver.port()),
                             QString::number(m_config.datagrams), QString::number(m_config.datagramSize), QString::number(rate)});
    finishPeer(sender.get());
    waitForDatagrams([&receiver] { return receiver.received(); }, m_config.datagrams);
    m_plainProbe.stop();
    return receiver.received();
}

qint64 Bench::sockpitBurst(int rate)
{
    UdpPanel *panel = m_window->udpPanel();
    UdpSession *session = panel->session();
    TrafficLog *log = panel->workspace()->log();

    LaunchOptions options;
    options.mode = LaunchOptions::Mode::Udp;
    options.udp.bind = EndpointParser::parseBindSpec(QStringLiteral("127.0.0.1:%1").arg(freeUdpPort())).value;
    options.encoding = QStringLiteral("GBK");
    m_window->launch(options);
    if (!session->isBound()) {
        fail(QStringLiteral("the UDP panel did not bind %1").arg(options.udp.bindText()));
        return 0;
    }
    const quint64 before = log->counters().rxChunks;
    const auto delivered = [log, before] { return qint64(log->counters().rxChunks - before); };
    m_sockpitProbe.setPhase(QStringLiteral("udp burst, rate %1").arg(rate));
    m_sockpitProbe.start();
    auto sender = startPeer({QStringLiteral("--udp-sender"), QStringLiteral("127.0.0.1"), QString::number(session->localPort()),
                             QString::number(m_config.datagrams), QString::number(m_config.datagramSize), QString::number(rate)});
    finishPeer(sender.get());
    waitForDatagrams(delivered, m_config.datagrams);
    m_sockpitProbe.stop();
    session->stop();
    return delivered();
}

void Bench::burstScenarios()
{
    const int n = m_config.datagrams;
    const qint64 plainPaced = plainBurst(m_config.datagramRate);
    const qint64 sockpitPaced = sockpitBurst(m_config.datagramRate);
    const qint64 plainFlat = plainBurst(0);
    const qint64 sockpitFlat = sockpitBurst(0);
    const QString what = QStringLiteral("%1 × %2 B").arg(count(n)).arg(m_config.datagramSize);
    m_table.add({QStringLiteral("3. UDP burst %1 at %2/s into the UDP panel (log shown)").arg(what, count(m_config.datagramRate)),
                 count(sockpitPaced), count(plainPaced) + QStringLiteral(" (QUdpSocket)"),
                 Table::ratio(double(sockpitPaced), double(plainPaced)), QStringLiteral("all %1").arg(count(n)),
                 Table::met(sockpitPaced == n)});
    m_table.add({QStringLiteral("3. UDP burst %1, sender flat out").arg(what), count(sockpitFlat),
                 count(plainFlat) + QStringLiteral(" (QUdpSocket)"), Table::ratio(double(sockpitFlat), double(plainFlat)),
                 QStringLiteral("—"), QStringLiteral("—")});
}

// ---- 6. Many clients -----------------------------------------------------------

Bench::ClientsRun Bench::driveClients(const QString &who, quint16 port, const QByteArray &message,
                                      const std::function<int()> &accepted, const std::function<void()> &sendToAll,
                                      const std::function<bool()> &allGone)
{
    ClientsRun run;
    const int n = m_config.clients;
    settle(200);
    Memory::trimHeap();
    const qint64 residentBefore = Memory::residentBytes();

    StallProbe probe;
    probe.setPhase(QStringLiteral("connecting"));
    probe.start();
    QElapsedTimer clock;
    clock.start();
    auto clients = startPeer({QStringLiteral("--tcp-clients"), QStringLiteral("127.0.0.1"), QString::number(port),
                              QString::number(n), QString::number(m_config.clientBatch), QString::number(message.size())});
    qint64 acceptedNs = 0;
    for (;;) {
        const QByteArray line = readLine(clients.get());
        if (line.startsWith("connected ")) {
            const int k = line.mid(10).toInt();
            probe.setPhase(QStringLiteral("accepting up to %1").arg(k));
            if (!waitUntil([&] { return accepted() >= k; }, m_config.timeoutMs)) {
                fail(QStringLiteral("only %1 of %2 clients were accepted").arg(accepted()).arg(k));
                clients->kill();
                return run;
            }
            acceptedNs = clock.nsecsElapsed();
            clients->write("more\n");
        } else if (line == "ready " + QByteArray::number(n)) {
            break;
        } else {
            fail(QStringLiteral("clients: %1 %2").arg(QString::fromUtf8(line), QString::fromUtf8(clients->readAllStandardError())));
            clients->kill();
            return run;
        }
    }
    run.acceptMs = double(acceptedNs) / 1e6;

    // Memory once the window has caught up with the new clients.
    probe.setPhase(QStringLiteral("all accepted"));
    settle(500);
    Memory::trimHeap();
    run.bytesPerClient = double(Memory::residentBytes() - residentBefore) / n;

    probe.setPhase(QStringLiteral("sending to all"));
    clock.restart();
    sendToAll();
    const QByteArray line = readLine(clients.get());
    run.sendMs = double(clock.nsecsElapsed()) / 1e6;
    if (line != "received " + QByteArray::number(n)) {
        fail(QStringLiteral("the message did not reach every client: %1 %2")
                 .arg(QString::fromUtf8(line), QString::fromUtf8(clients->readAllStandardError())));
        clients->kill();
        return run;
    }
    probe.setPhase(QStringLiteral("clients leaving"));
    clients->write("quit\n");
    clients->closeWriteChannel();
    finishPeer(clients.get());
    run.complete = waitUntil(allGone, m_config.timeoutMs);
    probe.stop();
    run.stall = probe.stats();
    m_stallNotes << probe.longStalls().replaceInStrings(QRegularExpression(QStringLiteral("^")), who + u' ');
    if (!run.complete)
        fail(QStringLiteral("clients that left were not all noticed"));
    return run;
}

Bench::ClientsRun Bench::plainClients()
{
    PlainTcpServer server;
    if (!server.listen()) {
        fail(QStringLiteral("plain server cannot listen"));
        return {};
    }
    const QByteArray message("hello from the benchmark");
    ClientsRun run = driveClients(QStringLiteral("plain"), server.port(), message, [&server] { return server.clientCount(); },
                                  [&server, &message] { server.sendToAll(message); }, [] { return true; });
    server.closeAll();
    return run;
}

Bench::ClientsRun Bench::sockpitClients()
{
    TcpServerPanel *panel = m_window->tcpServerPanel();
    TcpServerSession *session = panel->session();
    LaunchOptions options;
    options.mode = LaunchOptions::Mode::TcpServer;
    options.tcpServer.listen = EndpointParser::parseBindSpec(QStringLiteral("127.0.0.1:%1").arg(freeTcpPort())).value;
    m_window->launch(options);
    if (!session->isListening()) {
        fail(QStringLiteral("the TCP server panel is not listening: %1").arg(session->errorString()));
        return {};
    }
    // What a user does: type the message, choose "all clients", press Send.
    if (auto *target = panel->findChild<QComboBox *>(QStringLiteral("sendTargetCombo")))
        target->setCurrentIndex(TcpServerPanel::AllClients);
    SendBox *sendBox = panel->workspace()->sendBox();
    sendBox->setHex(false);
    sendBox->setText(QStringLiteral("hello from the benchmark"));
    const std::optional<QByteArray> message = sendBox->payload();
    if (!message) {
        fail(QStringLiteral("the send box refused the message: %1").arg(sendBox->errorText()));
        return {};
    }
    ClientsRun run = driveClients(QStringLiteral("Sockpit"), session->listenPort(), *message, [session] { return session->clientCount(); },
                                  [sendBox] { sendBox->send(); }, [session] { return session->clientCount() == 0; });
    session->stop();
    return run;
}

void Bench::clientsScenario()
{
    const int n = m_config.clients;
    const ClientsRun plain = plainClients();
    const ClientsRun sockpit = sockpitClients();
    m_table.add({QStringLiteral("6. Accept %1 loopback clients").arg(count(n)), number(sockpit.acceptMs) + QStringLiteral(" ms"),
                 number(plain.acceptMs) + QStringLiteral(" ms (QTcpServer)"), Table::ratio(sockpit.acceptMs, plain.acceptMs),
                 QStringLiteral("—"), sockpit.complete ? QStringLiteral("—") : Table::met(false)});
    m_table.add({QStringLiteral("6. Send one message to all %1").arg(count(n)), number(sockpit.sendMs) + QStringLiteral(" ms"),
                 number(plain.sendMs) + QStringLiteral(" ms"), Table::ratio(sockpit.sendMs, plain.sendMs),
                 QStringLiteral("—"), QStringLiteral("—")});
    m_table.add({QStringLiteral("6. Memory per client"), number(sockpit.bytesPerClient / 1024.0, 1) + QStringLiteral(" KiB"),
                 number(plain.bytesPerClient / 1024.0, 1) + QStringLiteral(" KiB"),
                 Table::ratio(sockpit.bytesPerClient, plain.bytesPerClient), QStringLiteral("< 16 KiB"),
                 Table::met(sockpit.complete && sockpit.bytesPerClient < 16 * 1024)});
    const auto stall = [](const StallProbe::Stats &stats) {
        return number(stats.maxMs, 1) + QStringLiteral(" ms (busy ") + number(stats.maxBusyMs, 1) + QStringLiteral(")");
    };
    m_table.add({QStringLiteral("6. Longest stall with %1 clients").arg(count(n)), stall(sockpit.stall), stall(plain.stall),
                 Table::ratio(sockpit.stall.maxMs, plain.stall.maxMs),
                 QStringLiteral("≤ 50 ms"), Table::met(sockpit.complete && sockpit.stall.maxMs <= 50)});
}

// The start-up child: what main() does before the event loop, up to the first paint.
int runStartupWindow(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    FirstPaintReporter reporter(sinceMain);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Sockpit"));
    QCoreApplication::setApplicationName(QStringLiteral("Sockpit"));
    LanguageManager::instance().setLanguage(LanguageManager::preferred());
    reporter.mark("app");
    MainWindow window;
    reporter.mark("window");
    reporter.watch(&window);
    window.show();
    return QApplication::exec();
}

int usage()
{
    std::fputs("usage: sockpit_bench [--smoke] [--only startup|stream|udp|clients] [--verbose]\n"
              "  Runs Sockpit's receive benchmark on loopback and prints one table.\n"
              "  --smoke    tiny sizes: checks that every scenario runs; the figures mean nothing\n"
              "  --only     runs one group of scenarios (for profiling)\n"
              "  --verbose  lists every stall of 30 ms or more and what ran during it\n",
              stderr);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    std::signal(SIGPIPE, SIG_IGN);
    // Peer modes: the far ends of the traffic, started by the benchmark itself.
    if (argc >= 2) {
        const char *mode = argv[1];
        if (std::strcmp(mode, "--tcp-sender") == 0 && argc == 5)
            return runTcpSender(argv[2], std::atoi(argv[3]), std::atoll(argv[4]));
        if (std::strcmp(mode, "--udp-sender") == 0 && argc == 7)
            return runUdpSender(argv[2], std::atoi(argv[3]), std::atoi(argv[4]), std::atoi(argv[5]), std::atoi(argv[6]));
        if (std::strcmp(mode, "--tcp-clients") == 0 && argc == 7)
            return runTcpClients(argv[2], std::atoi(argv[3]), std::atoi(argv[4]), std::atoi(argv[5]), std::atoi(argv[6]));
        if (std::strcmp(mode, "--startup-window") == 0)
            return runStartupWindow(argc, argv);
    }
    bool smoke = false;
    bool verbose = false;
    QString only;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--smoke") == 0)
            smoke = true;
        else if (std::strcmp(argv[i], "--verbose") == 0)
            verbose = true;
        else if (std::strcmp(argv[i], "--only") == 0 && i + 1 < argc)
            only = QString::fromLatin1(argv[++i]);
        else
            return usage();
    }
    if (!only.isEmpty() && !QStringList{QStringLiteral("startup"), QStringLiteral("stream"), QStringLiteral("udp"), QStringLiteral("clients")}.contains(only))
        return usage();

    // The panels' settings go to a folder of this run (inherited by the
    // start-up children), never to the user's.
    QTemporaryDir settingsDir;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(settingsDir.path()));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    raiseFileLimit();

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Sockpit"));
    QCoreApplication::setApplicationName(QStringLiteral("Sockpit"));
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    Config config = smoke ? Config::smokeRun() : Config();
    config.only = only;
    config.verbose = verbose;
    Bench bench(config);
    return bench.run();
}
