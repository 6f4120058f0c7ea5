#include "bench.h"

#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTextStream>
#include <QThread>
#include <QUdpSocket>

#include <algorithm>

using namespace Sockpit;

namespace SockpitBench {

QString number(double value, int decimals)
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

qint64 runQueueWaitNs()
{
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(1).toLongLong() : 0;
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

void Bench::fail(const QString &what)
{
    m_failures << what;
    QTextStream(stderr) << "sockpit_bench: " << what << Qt::endl;
}

std::unique_ptr<QProcess> Bench::startPeer(const QStringList &arguments)
{
    return startPeerProgram(QCoreApplication::applicationFilePath(), arguments);
}

std::unique_ptr<QProcess> Bench::startTlsPeer(const QStringList &arguments)
{
    return startPeerProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/sockpit_bench_tlspeer"), arguments);
}

std::unique_ptr<QProcess> Bench::startPeerProgram(const QString &program, const QStringList &arguments)
{
    auto peer = std::make_unique<QProcess>();
    peer->setProgram(program);
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
    if (wanted("framed"))
        framedScenario();
    if (wanted("udp"))
        burstScenarios();
    if (wanted("udp") || m_config.only == QLatin1String("flood"))
        floodScenario();

    if (m_sockpitProbe.stats().samples > 0)
        addStallRows();

    if (wanted("clients"))
        clientsScenario();
    if (wanted("rules"))
        rulesScenario();
    if (wanted("relay"))
        relayScenario();
    if (wanted("tls") || m_config.only.startsWith(QLatin1String("tls-")))
        tlsScenarios();

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

} // namespace SockpitBench
