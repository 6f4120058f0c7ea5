#include "bench.h"

#include "benchbaselines.h"
#include "benchpeers.h"

#include "launchoptions.h"
#include "sendbox.h"
#include "sessionworkspace.h"
#include "tcpserverpanel.h"
#include "tcpserversession.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <optional>

using namespace Sockpit;

namespace SockpitBench {

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

} // namespace SockpitBench
