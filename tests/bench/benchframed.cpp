#include "bench.h"

#include "benchpeers.h"

#include "checksum.h"
#include "framingspec.h"
#include "launchoptions.h"
#include "sessionworkspace.h"
#include "tcpserverpanel.h"
#include "tcpserversession.h"
#include "trafficlog.h"
#include "trafficrecorder.h"

using namespace Sockpit;

namespace SockpitBench {

// ---- 8. Framed TCP stream ---------------------------------------------------

namespace {

FramingSpec crlfFrames()
{
    // The checksum is the frame's last bytes once the delimiter is stripped.
    FramingSpec spec;
    spec.mode = FramingSpec::Mode::Delimiter;
    spec.delimiters = {QByteArray("\r\n")};
    spec.keepDelimiter = false;
    return spec;
}

ChecksumSpec modbus()
{
    ChecksumSpec spec;
    spec.algorithm = Checksum::Algorithm::Crc16Modbus;
    spec.bigEndian = false;
    return spec;
}

} // namespace

Bench::StreamRun Bench::panelFramedStream(qint64 bytes, bool framed, StallProbe *probe)
{
    StreamRun result;
    TcpServerPanel *panel = m_window->tcpServerPanel();
    TcpServerSession *session = panel->session();
    TrafficLog *log = panel->workspace()->log();
    auto *recorder = panel->workspace()->findChild<TrafficRecorder *>();
    if (!recorder) {
        fail(QStringLiteral("the TCP server panel has no traffic recorder"));
        return result;
    }

    LaunchOptions options;
    options.mode = LaunchOptions::Mode::TcpServer;
    options.tcpServer.listen = EndpointParser::parseBindSpec(QStringLiteral("127.0.0.1:%1").arg(freeTcpPort())).value;
    options.encoding = QStringLiteral("GBK");
    m_window->launch(options);
    if (!session->isListening()) {
        fail(QStringLiteral("the TCP server panel is not listening: %1").arg(session->errorString()));
        return result;
    }
    // Set on the recorder itself, so the panel's remembered framing stays as it was.
    const FramingSpec framingBefore = recorder->framing();
    const std::optional<ChecksumSpec> checksumBefore = recorder->receiveChecksum();
    recorder->setFraming(framed ? crlfFrames() : FramingSpec::perRead());
    recorder->setReceiveChecksum(framed ? std::optional<ChecksumSpec>(modbus()) : std::nullopt);

    QElapsedTimer clock;
    clock.start();
    qint64 startNs = -1;
    qint64 doneNs = -1;
    const TrafficCounters before = log->counters();
    const quint64 frames = quint64(bytes / FramedFrameBytes);
    const auto joined = connect(session, &Session::peerJoined, this, [&] {
        if (startNs < 0)
            startNs = clock.nsecsElapsed();
    });
    // Done when the last byte is in the log (as the last frame's row, framed).
    // Polled, not a slot on countersChanged: a slot called for every frame
    // would cost the receive path more than the window's own work does.
    const auto done = [&] {
        const TrafficCounters &now = log->counters();
        const bool all = framed ? now.rxChunks - before.rxChunks >= frames : qint64(now.rxBytes - before.rxBytes) >= bytes;
        if (doneNs < 0 && all)
            doneNs = clock.nsecsElapsed();
        return doneNs >= 0;
    };
    probe->start();
    auto sender = startPeer({QStringLiteral("--tcp-frame-sender"), QStringLiteral("127.0.0.1"),
                             QString::number(session->listenPort()), QString::number(bytes)});
    result.complete = waitUntil(done, m_config.timeoutMs);
    probe->stop();
    disconnect(joined);
    finishPeer(sender.get());
    waitUntil([session] { return session->clientCount() == 0; }, 10000);
    session->stop();
    const quint64 badFrames = log->counters().badFrames - before.badFrames;
    recorder->setFraming(framingBefore);
    recorder->setReceiveChecksum(checksumBefore);
    if (!result.complete) {
        fail(QStringLiteral("Sockpit received %1 of %2 bytes (%3 frames)")
                 .arg(log->counters().rxBytes - before.rxBytes)
                 .arg(bytes)
                 .arg(log->counters().rxChunks - before.rxChunks));
        return result;
    }
    if (badFrames > 0) {
        fail(QStringLiteral("%1 frames of the framed stream had a bad checksum").arg(badFrames));
        result.complete = false;
    }
    result.mbPerS = double(bytes) / double(MiB) / (double(doneNs - startNs) / 1e9);
    return result;
}

void Bench::framedScenario()
{
    const int rounds = m_config.streamRounds;
    // A whole number of frames in each round.
    const qint64 perRound = m_config.streamBytes / rounds / FramedFrameBytes * FramedFrameBytes;
    std::vector<double> unframedRates;
    std::vector<double> framedRates;
    bool complete = true;
    StallProbe unframedProbe;
    StallProbe framedProbe;
    unframedProbe.setPhase(QStringLiteral("unframed stream"));
    framedProbe.setPhase(QStringLiteral("framed stream"));

    settle(200);
    Memory::trimHeap();
    const bool peakReset = Memory::resetPeak();
    for (int i = 0; i < rounds; ++i) {
        const StreamRun unframed = panelFramedStream(perRound, false, &unframedProbe);
        const StreamRun framed = panelFramedStream(perRound, true, &framedProbe);
        unframedRates.push_back(unframed.mbPerS);
        framedRates.push_back(framed.mbPerS);
        complete = complete && unframed.complete && framed.complete;
    }
    const qint64 peak = Memory::peakResidentBytes();
    const double unframedRate = median(unframedRates);
    const double framedRate = median(framedRates);
    const QString roundsNote = rounds > 1 ? QStringLiteral(", median of %1 rounds").arg(rounds) : QString();

    m_table.add({QStringLiteral("8. TCP stream of 64-byte frames into the server panel (delimiter \\r\\n, CRC-16/MODBUS "
                                "verified, log shown; %1%2)")
                     .arg(megabytes(perRound * rounds), roundsNote),
                 number(framedRate) + QStringLiteral(" MiB/s"),
                 number(unframedRate) + QStringLiteral(" MiB/s (the same stream per read, unframed)"),
                 Table::ratio(framedRate, unframedRate), QStringLiteral("≥ 0.50"),
                 Table::met(complete && unframedRate > 0 && framedRate >= 0.5 * unframedRate)});
    const qint64 growth = peak - m_startupResident;
    m_table.add({QStringLiteral("8. Peak memory after the framed stream%1")
                     .arg(peakReset ? QString() : QStringLiteral(" (peak since start)")),
                 megabytes(peak), megabytes(m_startupResident) + QStringLiteral(" after start-up"),
                 QStringLiteral("+") + megabytes(growth), QStringLiteral("growth < 150 MiB"),
                 Table::met(complete && growth < 150 * MiB)});
    const StallProbe::Stats framedStall = framedProbe.stats();
    const StallProbe::Stats unframedStall = unframedProbe.stats();
    const auto stall = [](const StallProbe::Stats &s) {
        return number(s.maxMs, 1) + QStringLiteral(" ms (busy ") + number(s.maxBusyMs, 1) + QStringLiteral(")");
    };
    m_table.add({QStringLiteral("8. Longest event-loop stall during the framed stream"), stall(framedStall),
                 stall(unframedStall) + QStringLiteral(" unframed"), Table::ratio(framedStall.maxMs, unframedStall.maxMs),
                 QStringLiteral("≤ 50 ms"), Table::met(complete && framedStall.maxMs <= 50)});
    if (m_config.verbose)
        m_stallNotes << framedProbe.longStalls() << unframedProbe.longStalls();
}

} // namespace SockpitBench
