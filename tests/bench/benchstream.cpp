#include "bench.h"

#include "benchbaselines.h"
#include "benchpeers.h"

#include "capturesink.h"
#include "launchoptions.h"
#include "sessionworkspace.h"
#include "tcpserverpanel.h"
#include "tcpserversession.h"
#include "trafficlog.h"

#include <QFile>
#include <QtEndian>

#include <cstring>

using namespace Sockpit;

namespace SockpitBench {

namespace {

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

} // namespace

// ---- 1, 2 and 5. TCP stream -----------------------------------------------

Bench::StreamRun Bench::plainStream(qint64 bytes, const QString &capturePath, const std::optional<QSslConfiguration> &tls)
{
    StreamRun result;
    PlainTcpReceiver receiver;
    if (!receiver.listen(bytes, capturePath, tls)) {
        fail(QStringLiteral("plain receiver cannot listen"));
        return result;
    }
    const bool probed = capturePath.isEmpty() && !tls; // the stall rows cover scenarios 1 and 3
    if (probed) {
        m_plainProbe.setPhase(QStringLiteral("tcp stream"));
        m_plainProbe.start();
    }
    const QStringList senderArguments{QStringLiteral("127.0.0.1"), QString::number(receiver.port()), QString::number(bytes)};
    auto sender = tls ? startTlsPeer(QStringList{QStringLiteral("--tls-sender")} + senderArguments)
                      : startPeer(QStringList{QStringLiteral("--tcp-sender")} + senderArguments);
    result.complete = waitUntil([&receiver] { return receiver.done(); }, m_config.timeoutMs);
    if (probed)
        m_plainProbe.stop();
    finishPeer(sender.get());
    if (!result.complete) {
        fail(QStringLiteral("plain receiver got %1 of %2 bytes").arg(receiver.received()).arg(bytes));
        return result;
    }
    result.mbPerS = double(bytes) / double(MiB) / receiver.seconds();
    result.cpuMsPerMiB = receiver.cpuMs() / (double(bytes) / double(MiB));
    return result;
}

Bench::StreamRun Bench::sockpitStream(qint64 bytes, const QString &capturePath, const std::optional<QSslConfiguration> &tls)
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
    if (tls) {
        // As a user switches it on: the panel makes its own self-signed certificate
        // (ECDSA P-256, as the baseline's).
        options.tcpServer.tls.enabled = true;
        options.tcpServer.tls.selfSignedName = QStringLiteral("localhost");
    }
    m_window->launch(options);
    if (!session->isListening()) {
        fail(QStringLiteral("the TCP server panel is not listening: %1").arg(session->errorString()));
        return result;
    }

    QElapsedTimer clock;
    clock.start();
    qint64 startNs = -1;
    qint64 doneNs = -1;
    qint64 startCpuNs = 0;
    qint64 doneCpuNs = 0;
    const quint64 before = log->counters().rxBytes;
    // From the connection (with TLS: its handshake done), as the baseline counts.
    const auto started = [&] {
        if (startNs < 0) {
            startNs = clock.nsecsElapsed();
            startCpuNs = StallProbe::threadCpuNs();
        }
    };
    const auto joined = tls ? connect(session, &TcpServerSession::clientSecured, this, started)
                            : connect(session, &Session::peerJoined, this, started);
    // Done when the last byte is in the log (the capture file has it by then too).
    const auto counted = connect(log, &TrafficLog::countersChanged, this, [&] {
        if (doneNs < 0 && qint64(log->counters().rxBytes - before) >= bytes) {
            doneNs = clock.nsecsElapsed();
            doneCpuNs = StallProbe::threadCpuNs();
        }
    });
    const bool probed = capturePath.isEmpty() && !tls;
    if (probed) {
        m_sockpitProbe.setPhase(QStringLiteral("tcp stream"));
        m_sockpitProbe.start();
    }
    const QStringList senderArguments{QStringLiteral("127.0.0.1"), QString::number(session->listenPort()),
                                      QString::number(bytes)};
    auto sender = tls ? startTlsPeer(QStringList{QStringLiteral("--tls-sender")} + senderArguments)
                      : startPeer(QStringList{QStringLiteral("--tcp-sender")} + senderArguments);
    result.complete = waitUntil([&doneNs] { return doneNs >= 0; }, m_config.timeoutMs);
    if (probed)
        m_sockpitProbe.stop();
    disconnect(joined);
    disconnect(counted);
    finishPeer(sender.get());
    waitUntil([session] { return session->clientCount() == 0; }, 10000);
    session->stop();
    session->setTls(std::nullopt);
    if (!result.complete) {
        fail(QStringLiteral("Sockpit received %1 of %2 bytes").arg(log->counters().rxBytes - before).arg(bytes));
        return result;
    }
    result.mbPerS = double(bytes) / double(MiB) / (double(doneNs - startNs) / 1e9);
    result.cpuMsPerMiB = double(doneCpuNs - startCpuNs) / 1e6 / (double(bytes) / double(MiB));

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

} // namespace SockpitBench
