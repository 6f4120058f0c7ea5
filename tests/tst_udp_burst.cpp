// A burst check run by hand (not by ctest: its outcome depends on the machine's load).
// Sends COUNT datagrams of 64 bytes at RATE per second over loopback, at the same
// time, to a bound UDP panel with its log on screen and to a plain receiving
// program (this binary again, with --plain: a blocking recvfrom loop with the
// system's default receive buffer, or --plain-buffer BYTES), then reports how
// many each got.
//
//   tst_udp_burst [--count 20000] [--rate 20000] [--plain-buffer BYTES]
//   QT_QPA_PLATFORM=xcb tst_udp_burst    (on a display; offscreen by default)
#include "receivelogmodel.h"
#include "receivelogview.h"
#include "sessionworkspace.h"
#include "trafficlog.h"
#include "udppanel.h"
#include "udpsession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

using namespace Sockpit;

namespace {

constexpr int PayloadBytes = 64;

int option(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
}

sockaddr_in loopbackAddress(quint16 port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

/// The plain receiver: counts datagrams until none came for a second, prints the count.
int runPlainReceiver(int bufferBytes)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    if (bufferBytes > 0)
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &bufferBytes, sizeof(bufferBytes));
    sockaddr_in address = loopbackAddress(0);
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0)
        return 1;
    socklen_t length = sizeof(address);
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    std::printf("PORT %d\n", ntohs(address.sin_port));
    std::fflush(stdout);
    timeval idle{3, 0}; // the first datagram may take a while to come
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &idle, sizeof(idle));
    char buffer[65536];
    long count = 0;
    while (::recv(fd, buffer, sizeof(buffer), 0) >= 0) {
        if (++count == 1) {
            timeval quiet{1, 0};
            ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &quiet, sizeof(quiet));
        }
    }
    std::printf("RECEIVED %ld\n", count);
    ::close(fd);
    return 0;
}

/// Sends count datagrams to each port, paced to rate per second in 1 ms slices.
void sendBurst(const QList<quint16> &ports, int count, int rate, std::atomic<qint64> *elapsedMs)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    const auto start = std::chrono::steady_clock::now();
    char payload[PayloadBytes];
    for (int i = 0; i < count; ++i) {
        // Datagram i leaves at i / rate seconds after the start.
        const auto due = start + std::chrono::microseconds(qint64(i) * 1000000 / rate);
        if (i % qMax(1, rate / 1000) == 0)
            std::this_thread::sleep_until(due);
        std::memset(payload, '.', sizeof(payload));
        std::snprintf(payload, sizeof(payload), "burst datagram %06d ", i);
        for (const quint16 port : ports) {
            const sockaddr_in address = loopbackAddress(port);
            ::sendto(fd, payload, sizeof(payload), 0, reinterpret_cast<const sockaddr *>(&address), sizeof(address));
        }
    }
    *elapsedMs = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    ::close(fd);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--plain") == 0)
        return runPlainReceiver(argc > 2 ? std::atoi(argv[2]) : 0);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sockpit-udp-burst")); // its own settings
    const QStringList arguments = app.arguments();
    const int count = option(arguments, QStringLiteral("--count"), 20000);
    const int rate = option(arguments, QStringLiteral("--rate"), 20000);

    UdpPanel panel;
    panel.resize(1200, 800);
    panel.show();
    if (!panel.session()->bind(QHostAddress(QHostAddress::LocalHost), 0)) {
        std::fprintf(stderr, "could not bind a loopback port\n");
        return 1;
    }
    qint64 panelReceived = 0;
    QObject::connect(panel.session(), &Session::received, &panel, [&panelReceived] { ++panelReceived; });

    QProcess plain;
    plain.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--plain"), QString::number(option(arguments, QStringLiteral("--plain-buffer"), 0))});
    if (!plain.waitForReadyRead(10000)) {
        std::fprintf(stderr, "the plain receiver did not start\n");
        return 1;
    }
    const quint16 plainPort = quint16(plain.readLine().trimmed().mid(5).toUInt());

    // Longest gap between two turns of the event loop while the burst runs.
    QElapsedTimer sinceTick;
    qint64 longestStallMs = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        longestStallMs = qMax(longestStallMs, sinceTick.restart());
    });

    std::atomic<qint64> sendMs{-1};
    std::thread sender;
    QTimer::singleShot(500, &panel, [&] { // let the window settle first
        sinceTick.start();
        ticker.start(1);
        sender = std::thread(sendBurst, QList<quint16>{panel.session()->localPort(), plainPort}, count, rate, &sendMs);
    });
    // Done when the sender finished and nothing more arrived for a second.
    qint64 lastSeen = -1;
    QTimer watcher;
    QObject::connect(&watcher, &QTimer::timeout, &app, [&] {
        if (sendMs < 0)
            return;
        if (panelReceived == lastSeen)
            app.quit();
        lastSeen = panelReceived;
    });
    watcher.start(1000);
    app.exec();
    sender.join();
    ticker.stop();
    plain.waitForFinished(10000);
    const QByteArray plainOutput = plain.readAllStandardOutput();
    const qint64 plainReceived = plainOutput.mid(plainOutput.indexOf("RECEIVED ") + 9).trimmed().toLongLong();

    const TrafficLog *log = panel.workspace()->log();
    const int rows = panel.workspace()->logView()->model()->rowCount();
    std::printf("sent %d datagrams of %d bytes at %d/s in %lld ms (to each receiver)\n", count, PayloadBytes, rate,
                static_cast<long long>(sendMs.load()));
    std::printf("panel:          %lld delivered (log counters: %llu datagrams, %llu bytes; %d rows shown)\n",
                static_cast<long long>(panelReceived), static_cast<unsigned long long>(log->counters().rxChunks),
                static_cast<unsigned long long>(log->counters().rxBytes), rows);
    std::printf("plain receiver: %lld delivered\n", static_cast<long long>(plainReceived));
    std::printf("read with %s; dropped by the system (receive buffer full): %llu\n",
                qPrintable(panel.session()->readerName()),
                static_cast<unsigned long long>(panel.session()->droppedBySystem()));
    std::printf("receive buffer granted to the panel: %d bytes; longest event-loop stall: %lld ms\n",
                panel.session()->socket()->socketOption(QAbstractSocket::ReceiveBufferSizeSocketOption).toInt(),
                static_cast<long long>(longestStallMs));
    return panelReceived == count ? 0 : 3;
}
