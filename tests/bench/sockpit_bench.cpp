// `make bench`: Sockpit's receive pipeline under a flood, next to plain Qt
// sockets doing nothing with the data, measured in the same run.
//
//   sockpit_bench            the full run (under a minute), one table on stdout
//   sockpit_bench --smoke    tiny sizes, no timing: checks that every scenario still runs
//   --only GROUP, --verbose  one group of scenarios (flood: the UDP flood alone); long stalls and start-up marks listed
//
// The peers (TCP sender, UDP sender, many clients) are this binary started again
// in a peer mode, so the GUI thread measured is Sockpit's alone; the TLS peers
// are sockpit_bench_tlspeer (tlspeer.cpp), so that this binary links no libssl
// and its start-up child loads what Sockpit loads. Loopback only.
//
// This file holds main() and the peer modes; bench.h the shared Bench, and
// benchstartup, benchstream, benchframed, benchudp, benchclients, benchtls and the rest one group of scenarios each.

#include "bench.h"
#include "benchpeers.h"

#include "languagemanager.h"

#include <QApplication>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Sockpit;
using namespace SockpitBench;

namespace {

int usage()
{
    std::fputs("usage: sockpit_bench [--smoke] [--only startup|stream|framed|udp|flood|clients|rules|relay|tls|tls-stream|tls-handshakes] [--verbose]\n"
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
        if (std::strcmp(mode, "--tcp-frame-sender") == 0 && argc == 5)
            return runFramedTcpSender(argv[2], std::atoi(argv[3]), std::atoll(argv[4]));
        if (std::strcmp(mode, "--udp-sender") == 0 && argc == 7)
            return runUdpSender(argv[2], std::atoi(argv[3]), std::atoi(argv[4]), std::atoi(argv[5]), std::atoi(argv[6]));
        if (std::strcmp(mode, "--udp-receiver") == 0 && argc == 4)
            return runUdpReceiver(std::atoi(argv[2]), std::atoi(argv[3]));
        if (std::strcmp(mode, "--tcp-clients") == 0 && argc == 7)
            return runTcpClients(argv[2], std::atoi(argv[3]), std::atoi(argv[4]), std::atoi(argv[5]), std::atoi(argv[6]));
        if (std::strcmp(mode, "--tcp-requesters") == 0 && argc == 8)
            return runTcpRequesters(argv[2], std::atoi(argv[3]), std::atoi(argv[4]), std::atoi(argv[5]), std::atoi(argv[6]),
                                    std::atoi(argv[7]));
        if (std::strcmp(mode, "--tcp-receiver") == 0 && argc == 2)
            return runTcpReceiver();
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
    if (!only.isEmpty() && !QStringList{QStringLiteral("startup"), QStringLiteral("stream"), QStringLiteral("framed"), QStringLiteral("udp"), QStringLiteral("flood"), QStringLiteral("clients"), QStringLiteral("rules"), QStringLiteral("relay"), QStringLiteral("tls"), QStringLiteral("tls-stream"), QStringLiteral("tls-handshakes")}.contains(only))
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
