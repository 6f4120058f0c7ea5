#pragma once

// The far ends of the benchmark's traffic. They run in a child process (the
// benchmark binary started again in a peer mode, or sockpit_bench_tlspeer for
// the TLS ones), so the GUI thread measured is Sockpit's alone. Plain POSIX
// sockets, loopback only, bounded loops.

#include <QByteArray>

#include <cstdint>
#include <string>

namespace SockpitBench {

/// GBK text lines ("000123 中文测试…\r\n") making one block of about 1 MB;
/// the TCP stream is this block repeated, cut at the byte count.
QByteArray streamBlock();
/// The first `bytes` bytes of the stream, fed to sink in pieces (to check a capture file).
template<typename Sink>
void forEachStreamPiece(std::int64_t bytes, Sink sink)
{
    const QByteArray block = streamBlock();
    std::int64_t left = bytes;
    while (left > 0) {
        const auto n = qsizetype(qMin<std::int64_t>(left, block.size()));
        sink(block.constData(), n);
        left -= n;
    }
}

/// The framed stream: frames of FramedFrameBytes bytes, 60 of payload, its
/// CRC-16/MODBUS (low byte first) and \r\n, FramedBlockFrames of them in a block (1 MiB)
/// the stream repeats; the stream's byte count is a whole number of frames.
constexpr int FramedFrameBytes = 64;
constexpr int FramedBlockFrames = 16384;
QByteArray framedStreamBlock();

/// One datagram of the UDP burst: GBK text with its sequence number, exactly size bytes.
QByteArray datagramPayload(int sequence, int size);

/// Connects to host:port and sends `bytes` bytes of the stream, then closes.
int runTcpSender(const char *host, int port, std::int64_t bytes);

/// The same with the framed stream.
int runFramedTcpSender(const char *host, int port, std::int64_t bytes);

/// Sends `count` datagrams of `size` bytes to host:port; `rate` per second,
/// or as fast as the socket goes when rate is 0. Prints "sent N".
int runUdpSender(const char *host, int port, int count, int size, int rate);

/// The plain receiver of the UDP flood: a blocking recv() loop on 127.0.0.1
/// with a receive buffer of `bufferBytes` (as Sockpit asks for). Prints
/// "port P", then counts datagrams until `count` have come, none has for a
/// second, or a minute has gone, and prints "received N".
int runUdpReceiver(int bufferBytes, int count);

/// Opens `count` connections to host:port in batches of `batch`: after each
/// batch it prints "connected K" and waits for a line on stdin (the server
/// has accepted them), so the listen backlog never overflows. Then prints
/// "ready", waits until every connection has received `messageSize` bytes,
/// prints "received N" and keeps the connections open until stdin closes
/// or says "quit".
int runTcpClients(const char *host, int port, int count, int batch, int messageSize);

/// Opens `count` connections in batches as runTcpClients does, prints
/// "ready N" and waits for "go" on stdin; then each connection sends
/// `requests` requests of `size` bytes ("REQ 000042 …\n"), the next one once
/// the answer to the last (as many bytes) is in, and prints
/// "done REQUESTS ns ELAPSED". Keeps the connections until stdin says "quit".
int runTcpRequesters(const char *host, int port, int count, int batch, int requests, int size);
/// Listens on 127.0.0.1, prints "port P", then reads one connection after the
/// other to its end, printing "received BYTES NS" for each (the time from its
/// first byte to its end), until stdin closes (benchrelay.cpp).
int runTcpReceiver();

/// Raises the open-file limit to the hard limit; returns the limit now in force.
std::uint64_t raiseFileLimit();

/// Connects to host:port over TLS (any certificate: the benchmark's own,
/// made on the spot) and sends `bytes` bytes of the stream, then closes with
/// close_notify and waits for the server's close (benchtlspeers.cpp, in
/// sockpit_bench_tlspeer).
int runTlsSender(const char *host, int port, std::int64_t bytes);
/// Prints "ready N", waits for "go" on stdin, then makes `count` TLS
/// connections to host:port one after the other: connect, full handshake,
/// close_notify, the server's close. Prints "done NS".
int runTlsHandshakes(const char *host, int port, int count);

// What the peers share (benchpeers.cpp).
/// A blocking TCP connection to a loopback host:port; -1 (said on stderr, as who) when there is none.
int connectToLoopback(const char *host, int port, const char *who);
std::int64_t nowNs();
/// A line from stdin, without its newline; false at its end.
bool readLine(std::string *line);
/// printf of one number to stdout, flushed at once.
void say(const char *format, long long value);

} // namespace SockpitBench
