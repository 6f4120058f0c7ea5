// 9. The TCP relay: a stream through Sockpit's relay with its log shown, next
// to socat TCP-LISTEN:…,fork TCP:… on the same machine in the same run, with
// the same sender and receiver processes for both.

#include "bench.h"

#include "benchpeers.h"

#include "../common/listeningport.h"

#include "receivelogview.h"
#include "relaysession.h"
#include "trafficlog.h"
#include "trafficrecorder.h"

#include <QStandardPaths>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Sockpit;

namespace SockpitBench {

namespace {

std::int64_t steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

/// Reads one connection to its end; prints "received BYTES NS" (first byte to the end).
void drainConnection(int fd)
{
    static char buffer[256 * 1024];
    std::int64_t bytes = 0;
    std::int64_t firstNs = 0;
    for (;;) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (bytes == 0)
            firstNs = steadyNs();
        bytes += n;
    }
    const std::int64_t ns = bytes > 0 ? steadyNs() - firstNs : 0;
    ::close(fd);
    std::printf("received %lld %lld\n", static_cast<long long>(bytes), static_cast<long long>(ns));
    std::fflush(stdout);
}

/// MiB/s from a receiver's "received BYTES NS" line; 0 unless it got `bytes`.
double rateOf(const QByteArray &line, qint64 bytes)
{
    const QList<QByteArray> words = line.split(' ');
    if (words.size() != 3 || words.at(0) != "received" || words.at(1).toLongLong() != bytes || words.at(2).toLongLong() <= 0)
        return 0;
    return double(bytes) / double(MiB) / (double(words.at(2).toLongLong()) / 1e9);
}

} // namespace

int runTcpReceiver()
{
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr *>(&address), length) != 0
        || ::listen(listener, 16) != 0 || ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        std::fprintf(stderr, "tcp receiver: %s\n", std::strerror(errno));
        return 1;
    }
    std::printf("port %d\n", int(ntohs(address.sin_port)));
    std::fflush(stdout);
    // One connection after the other, until stdin closes (bounded by the benchmark's run).
    for (;;) {
        pollfd fds[2] = {{listener, POLLIN, 0}, {STDIN_FILENO, POLLIN, 0}};
        if (::poll(fds, 2, 600000) <= 0)
            break;
        if (fds[1].revents) {
            char byte = 0;
            if (::read(STDIN_FILENO, &byte, 1) <= 0)
                break;
        }
        if (fds[0].revents & POLLIN) {
            const int fd = ::accept(listener, nullptr, nullptr);
            if (fd >= 0)
                drainConnection(fd);
        }
    }
    ::close(listener);
    return 0;
}

double Bench::socatRelay(const QString &socat, quint16 receiverPort, QProcess *receiver, qint64 bytes)
{
    const quint16 port = freeTcpPort();
    QProcess relay;
    relay.start(socat, {QStringLiteral("TCP-LISTEN:%1,bind=127.0.0.1,reuseaddr,fork").arg(port),
                        QStringLiteral("TCP:127.0.0.1:%1").arg(receiverPort)});
    if (!relay.waitForStarted(10000) || !waitUntil([port] { return SockpitTest::isListeningOn(port); }, 10000)) {
        fail(QStringLiteral("socat does not listen on port %1").arg(port));
        return 0;
    }
    auto sender = startPeer({QStringLiteral("--tcp-sender"), QStringLiteral("127.0.0.1"), QString::number(port),
                             QString::number(bytes)});
    const double rate = rateOf(readLine(receiver), bytes);
    finishPeer(sender.get());
    relay.terminate();
    relay.waitForFinished(5000);
    if (rate <= 0)
        fail(QStringLiteral("the receiver did not get %1 bytes through socat").arg(bytes));
    return rate;
}

double Bench::sockpitRelay(quint16 receiverPort, QProcess *receiver, qint64 bytes)
{
    // As the relay panel will: the session recorded into a log shown in a view.
    TrafficLog log;
    ReceiveLogView view(&log, nullptr);
    view.resize(1000, 600);
    view.show();
    RelaySession relay;
    TrafficRecorder recorder(&log, nullptr);
    recorder.attach(&relay);
    relay.setTarget(QStringLiteral("127.0.0.1"), receiverPort);
    if (!relay.listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        fail(QStringLiteral("the relay cannot listen: %1").arg(relay.errorString()));
        return 0;
    }
    auto sender = startPeer({QStringLiteral("--tcp-sender"), QStringLiteral("127.0.0.1"),
                             QString::number(relay.listenPort()), QString::number(bytes)});
    const double rate = rateOf(readLine(receiver), bytes);
    finishPeer(sender.get());
    waitUntil([&relay] { return relay.pairCount() == 0; }, 10000);
    if (rate <= 0)
        fail(QStringLiteral("the receiver did not get %1 bytes through the relay").arg(bytes));
    if (log.counters().rxBytes != quint64(bytes))
        fail(QStringLiteral("the relay's log counted %1 of %2 bytes").arg(log.counters().rxBytes).arg(bytes));
    return rate;
}

void Bench::relayScenario()
{
    const QString socat = QStandardPaths::findExecutable(QStringLiteral("socat"));
    const QString title = QStringLiteral("9. TCP stream through the relay (log shown; %1%2)")
                              .arg(megabytes(m_config.relayBytes),
                                   m_config.relayRounds > 1 ? QStringLiteral(", median of %1 rounds").arg(m_config.relayRounds)
                                                            : QString());
    if (socat.isEmpty()) {
        m_table.add({title, QStringLiteral("—"), QStringLiteral("socat is not installed"), QStringLiteral("—"),
                     QStringLiteral("≥ 0.80"), QStringLiteral("skipped: no socat")});
        return;
    }
    auto receiver = startPeer({QStringLiteral("--tcp-receiver")});
    const quint16 receiverPort = quint16(readLine(receiver.get()).mid(5).toUInt());
    if (receiverPort == 0) {
        fail(QStringLiteral("the TCP receiver did not say its port"));
        return;
    }
    const qint64 perRound = m_config.relayBytes / m_config.relayRounds;
    std::vector<double> socatRates;
    std::vector<double> relayRates;
    settle(200);
    Memory::trimHeap();
    const qint64 before = Memory::residentBytes();
    const bool peakReset = Memory::resetPeak();
    for (int i = 0; i < m_config.relayRounds; ++i) {
        socatRates.push_back(socatRelay(socat, receiverPort, receiver.get(), perRound));
        relayRates.push_back(sockpitRelay(receiverPort, receiver.get(), perRound));
    }
    const qint64 growth = Memory::peakResidentBytes() - before;
    receiver->closeWriteChannel();
    finishPeer(receiver.get());

    const double socatRate = median(socatRates);
    const double relayRate = median(relayRates);
    const bool complete = std::all_of(relayRates.begin(), relayRates.end(), [](double r) { return r > 0; })
                          && std::all_of(socatRates.begin(), socatRates.end(), [](double r) { return r > 0; });
    m_table.add({title, number(relayRate) + QStringLiteral(" MiB/s"), number(socatRate) + QStringLiteral(" MiB/s (socat)"),
                 Table::ratio(relayRate, socatRate), QStringLiteral("≥ 0.80"),
                 Table::met(complete && relayRate >= 0.8 * socatRate)});
    m_table.add({QStringLiteral("9. Peak memory growth during the relay%1").arg(peakReset ? QString() : QStringLiteral(" (peak since start)")),
                 QStringLiteral("+") + megabytes(growth), megabytes(before) + QStringLiteral(" before"), QStringLiteral("—"),
                 QStringLiteral("growth < 150 MiB"), Table::met(complete && growth < 150 * MiB)});
}

} // namespace SockpitBench
