#include "bench.h"

#include "benchbaselines.h"

#include "launchoptions.h"
#include "sessionworkspace.h"
#include "trafficlog.h"
#include "udppanel.h"
#include "udpsession.h"

#include <QElapsedTimer>
#include <QRegularExpression>

using namespace Sockpit;

namespace SockpitBench {

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

qint64 Bench::sockpitBurst(int rate, int count, StallProbe *probe)
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
    probe->setPhase(QStringLiteral("udp burst of %1, rate %2").arg(count).arg(rate));
    probe->start();
    auto sender = startPeer({QStringLiteral("--udp-sender"), QStringLiteral("127.0.0.1"), QString::number(session->localPort()),
                             QString::number(count), QString::number(m_config.datagramSize), QString::number(rate)});
    finishPeer(sender.get());
    waitForDatagrams(delivered, count);
    probe->stop();
    m_lastDroppedBySystem = qint64(session->droppedBySystem());
    session->stop();
    return delivered();
}

qint64 Bench::plainFlood()
{
    auto receiver = startPeer({QStringLiteral("--udp-receiver"), QString::number(UdpSession::ReceiveBufferBytes),
                               QString::number(m_config.floodDatagrams)});
    const QByteArray portLine = readLine(receiver.get());
    if (!portLine.startsWith("port ")) {
        fail(QStringLiteral("the plain UDP receiver did not start: %1").arg(QString::fromUtf8(receiver->readAllStandardError())));
        return 0;
    }
    auto sender = startPeer({QStringLiteral("--udp-sender"), QStringLiteral("127.0.0.1"), QString::fromLatin1(portLine.mid(5)),
                             QString::number(m_config.floodDatagrams), QString::number(m_config.datagramSize),
                             QStringLiteral("0")});
    finishPeer(sender.get());
    const QByteArray result = readLine(receiver.get());
    finishPeer(receiver.get());
    return result.startsWith("received ") ? result.mid(9).toLongLong() : 0;
}

void Bench::floodScenario()
{
    const int n = m_config.floodDatagrams;
    StallProbe probe;
    const qint64 plain = plainFlood();
    QElapsedTimer clock;
    clock.start();
    const qint64 cpuBefore = StallProbe::threadCpuNs();
    const qint64 waitBefore = runQueueWaitNs();
    const qint64 sockpit = sockpitBurst(0, n, &probe);
    m_stallNotes << QStringLiteral("flood: the GUI thread used %1 ms of CPU and waited %2 ms for one, in %3 ms")
                        .arg(number(double(StallProbe::threadCpuNs() - cpuBefore) / 1e6),
                             number(double(runQueueWaitNs() - waitBefore) / 1e6), number(double(clock.elapsed())));
    const double ratio = plain > 0 ? double(sockpit) / double(plain) : 0;
    m_table.add({QStringLiteral("3. UDP flood %1 × %2 B, sender flat out, into the UDP panel (log shown; %3)")
                     .arg(count(n))
                     .arg(m_config.datagramSize)
                     .arg(m_window->udpPanel()->session()->readerName()),
                 count(sockpit) + QStringLiteral(" (%1 dropped by the system, reported)").arg(count(m_lastDroppedBySystem)),
                 count(plain) + QStringLiteral(" (recv loop, same receive buffer)"),
                 Table::ratio(double(sockpit), double(plain)), QStringLiteral("≥ 0.99"), Table::met(ratio >= 0.99)});
    const StallProbe::Stats stall = probe.stats();
    m_table.add({QStringLiteral("3. Longest event-loop stall during the flood"),
                 number(stall.maxMs, 1) + QStringLiteral(" ms (busy ") + number(stall.maxBusyMs, 1) + QStringLiteral(")"),
                 QStringLiteral("—"), QStringLiteral("—"), QStringLiteral("—"), QStringLiteral("—")});
    m_stallNotes << probe.longStalls().replaceInStrings(QRegularExpression(QStringLiteral("^")), QStringLiteral("Sockpit "));
}

void Bench::burstScenarios()
{
    const int n = m_config.datagrams;
    const qint64 plainPaced = plainBurst(m_config.datagramRate);
    const qint64 sockpitPaced = sockpitBurst(m_config.datagramRate, n, &m_sockpitProbe);
    const qint64 plainFlat = plainBurst(0);
    const qint64 sockpitFlat = sockpitBurst(0, n, &m_sockpitProbe);
    const QString what = QStringLiteral("%1 × %2 B").arg(count(n)).arg(m_config.datagramSize);
    m_table.add({QStringLiteral("3. UDP burst %1 at %2/s into the UDP panel (log shown)").arg(what, count(m_config.datagramRate)),
                 count(sockpitPaced), count(plainPaced) + QStringLiteral(" (QUdpSocket)"),
                 Table::ratio(double(sockpitPaced), double(plainPaced)), QStringLiteral("all %1").arg(count(n)),
                 Table::met(sockpitPaced == n)});
    m_table.add({QStringLiteral("3. UDP burst %1, sender flat out").arg(what), count(sockpitFlat),
                 count(plainFlat) + QStringLiteral(" (QUdpSocket)"), Table::ratio(double(sockpitFlat), double(plainFlat)),
                 QStringLiteral("—"), QStringLiteral("—")});
}

} // namespace SockpitBench
