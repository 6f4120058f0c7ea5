// The benchmark's TLS peers in a program of their own: they link OpenSSL's
// libssl, which the benchmark binary then does not, so its start-up child
// (Sockpit's main window) loads what the application loads and no more.
//
//   sockpit_bench_tlspeer --tls-sender HOST PORT BYTES
//   sockpit_bench_tlspeer --tls-handshakes HOST PORT COUNT
//
// Started by sockpit_bench from its own folder (Bench::startTlsPeer); loopback only.

#include "benchpeers.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace SockpitBench;

int main(int argc, char *argv[])
{
    std::signal(SIGPIPE, SIG_IGN);
    if (argc == 5 && std::strcmp(argv[1], "--tls-sender") == 0)
        return runTlsSender(argv[2], std::atoi(argv[3]), std::atoll(argv[4]));
    if (argc == 5 && std::strcmp(argv[1], "--tls-handshakes") == 0)
        return runTlsHandshakes(argv[2], std::atoi(argv[3]), std::atoi(argv[4]));
    std::fputs("usage: sockpit_bench_tlspeer --tls-sender|--tls-handshakes HOST PORT COUNT\n"
               "  A TLS peer of sockpit_bench: sends BYTES of the stream, or makes COUNT handshakes.\n",
               stderr);
    return 2;
}
