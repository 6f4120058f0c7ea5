#include "benchpeers.h"

#include "checksum.h"

#include <QStringEncoder>

#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <functional>
#include <string>
#include <vector>

namespace SockpitBench {

namespace {

constexpr int StreamLines = 14000;

QByteArray gbk(const QString &text)
{
    QStringEncoder encoder("GBK");
    return encoder.encode(text);
}

// 127.0.0.1 or ::1 (anything else is refused: the benchmark stays on loopback).
bool loopbackAddress(const char *host, int port, sockaddr_storage *address, socklen_t *length)
{
    std::memset(address, 0, sizeof *address);
    auto *v4 = reinterpret_cast<sockaddr_in *>(address);
    auto *v6 = reinterpret_cast<sockaddr_in6 *>(address);
    if (inet_pton(AF_INET, host, &v4->sin_addr) == 1) {
        if ((ntohl(v4->sin_addr.s_addr) >> 24) != 127)
            return false;
        v4->sin_family = AF_INET;
        v4->sin_port = htons(quint16(port));
        *length = sizeof *v4;
        return true;
    }
    if (inet_pton(AF_INET6, host, &v6->sin6_addr) == 1) {
        if (!IN6_IS_ADDR_LOOPBACK(&v6->sin6_addr))
            return false;
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(quint16(port));
        *length = sizeof *v6;
        return true;
    }
    return false;
}

} // namespace

std::int64_t nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

namespace {

void sleepUntilNs(std::int64_t deadline)
{
    timespec ts{};
    ts.tv_sec = time_t(deadline / 1000000000);
    ts.tv_nsec = long(deadline % 1000000000);
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) == EINTR) {
    }
}

} // namespace

bool readLine(std::string *line)
{
    line->clear();
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n == 1) {
            if (c == '\n')
                return true;
            line->push_back(c);
        } else if (n == 0 || errno != EINTR) {
            return false;
        }
    }
}

void say(const char *format, long long value)
{
    std::printf(format, value);
    std::fflush(stdout);
}

int connectToLoopback(const char *host, int port, const char *who)
{
    sockaddr_storage address{};
    socklen_t length = 0;
    if (!loopbackAddress(host, port, &address, &length)) {
        std::fprintf(stderr, "%s: %s is not a loopback address\n", who, host);
        return -1;
    }
    const int fd = ::socket(address.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&address), length) != 0) {
        std::fprintf(stderr, "%s: connect: %s\n", who, std::strerror(errno));
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    return fd;
}

std::uint64_t raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    return limit.rlim_cur == RLIM_INFINITY ? 0 : std::uint64_t(limit.rlim_cur);
}

QByteArray streamBlock()
{
    static const QByteArray block = [] {
        QByteArray bytes;
        for (int i = 0; i < StreamLines; ++i) {
            bytes += gbk(QStringLiteral("%1 中文测试数据：网络调试助手 Sockpit 接收基准，一二三四五六七八九十 abcdefghij\r\n")
                             .arg(i, 6, 10, QLatin1Char('0')));
        }
        return bytes;
    }();
    return block;
}

QByteArray framedStreamBlock()
{
    static const QByteArray block = [] {
        Sockpit::ChecksumSpec modbus;
        modbus.algorithm = Sockpit::Checksum::Algorithm::Crc16Modbus;
        modbus.bigEndian = false;
        QByteArray bytes;
        bytes.reserve(FramedBlockFrames * FramedFrameBytes);
        for (int i = 0; i < FramedBlockFrames; ++i) {
            // 60 bytes of payload, its CRC, then \r\n; the last payload byte
            // moves until the CRC holds no line end, which would cut the frame.
            QByteArray payload = QByteArray::number(i).rightJustified(8, '0') + " frame of the framed stream benchmark ";
            payload = payload.leftJustified(FramedFrameBytes - 4, 'x', true);
            QByteArray frame = modbus.append(payload);
            while (frame.contains('\r') || frame.contains('\n')) {
                payload[payload.size() - 1] = char(payload[payload.size() - 1] + 1);
                frame = modbus.append(payload);
            }
            bytes += frame + "\r\n";
        }
        return bytes;
    }();
    return block;
}

QByteArray datagramPayload(int sequence, int size)
{
    QByteArray bytes = gbk(QStringLiteral("%1 数据报 UDP 突发测试 ").arg(sequence, 8, 10, QLatin1Char('0')));
    while (bytes.size() < size)
        bytes += 'a' + char(bytes.size() % 26);
    bytes.truncate(size);
    return bytes;
}

namespace {

// Sends `bytes` bytes of block, repeated, to host:port, then closes.
int sendRepeated(const char *host, int port, std::int64_t bytes, const QByteArray &block)
{
    const int fd = connectToLoopback(host, port, "tcp sender");
    if (fd < 0)
        return 1;
    std::int64_t left = bytes;
    qsizetype offset = 0;
    while (left > 0) {
        const auto want = size_t(qMin<std::int64_t>(left, block.size() - offset));
        const ssize_t n = ::send(fd, block.constData() + offset, want, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            std::fprintf(stderr, "tcp sender: send: %s\n", std::strerror(errno));
            ::close(fd);
            return 1;
        }
        left -= n;
        offset = (offset + n) % block.size();
    }
    ::shutdown(fd, SHUT_WR);
    ::close(fd);
    return 0;
}

} // namespace

int runTcpSender(const char *host, int port, std::int64_t bytes)
{
    return sendRepeated(host, port, bytes, streamBlock());
}

int runFramedTcpSender(const char *host, int port, std::int64_t bytes)
{
    return sendRepeated(host, port, bytes, framedStreamBlock());
}

int runUdpSender(const char *host, int port, int count, int size, int rate)
{
    sockaddr_storage address{};
    socklen_t length = 0;
    if (!loopbackAddress(host, port, &address, &length)) {
        std::fprintf(stderr, "udp sender: %s is not a loopback address\n", host);
        return 2;
    }
    const int fd = ::socket(address.ss_family, SOCK_DGRAM, 0);
    if (fd < 0) {
        std::fprintf(stderr, "udp sender: socket: %s\n", std::strerror(errno));
        return 1;
    }
    std::vector<QByteArray> payloads;
    payloads.reserve(size_t(count));
    for (int i = 0; i < count; ++i)
        payloads.push_back(datagramPayload(i, size));

    // Paced: every datagram that is due goes out, then sleep until the next is due
    // (small batches on an absolute deadline, so the average rate holds).
    const std::int64_t start = nowNs();
    const std::int64_t intervalNs = rate > 0 ? 1000000000LL / rate : 0;
    int sent = 0;
    int failed = 0;
    const std::int64_t deadline = start + 120 * 1000000000LL;
    for (int i = 0; i < count && (i % 1024 != 0 || nowNs() < deadline); ++i) {
        if (intervalNs > 0) {
            const std::int64_t due = start + i * intervalNs;
            if (nowNs() < due)
                sleepUntilNs(due);
        }
        const QByteArray &payload = payloads[size_t(i)];
        ssize_t n = 0;
        do {
            n = ::sendto(fd, payload.constData(), size_t(payload.size()), 0,
                         reinterpret_cast<sockaddr *>(&address), length);
        } while (n < 0 && errno == EINTR);
        if (n == payload.size())
            ++sent;
        else
            ++failed;
    }
    const std::int64_t elapsedNs = nowNs() - start;
    ::close(fd);
    std::printf("sent %d failed %d ns %lld\n", sent, failed, static_cast<long long>(elapsedNs));
    std::fflush(stdout);
    return failed == 0 && sent == count ? 0 : 1;
}

int runUdpReceiver(int bufferBytes, int count)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &bufferBytes, sizeof bufferBytes) != 0
        || ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        std::fprintf(stderr, "udp receiver: %s\n", std::strerror(errno));
        return 1;
    }
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    say("port %lld\n", ntohs(address.sin_port));
    timeval first{10, 0}; // the sender takes a moment to start
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &first, sizeof first);
    const std::int64_t deadline = nowNs() + 60 * 1000000000LL;
    char buffer[65536];
    long long received = 0;
    while (received < count && nowNs() < deadline) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            break; // quiet for the timeout: the sender is done
        }
        if (++received == 1) {
            timeval quiet{1, 0};
            ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &quiet, sizeof quiet);
        }
    }
    ::close(fd);
    say("received %lld\n", received);
    return 0;
}

namespace {

/// Connects `count` clients in batches (see runTcpClients), each watched for
/// input by poller. Returns 0, or the exit code of the failure.
int connectBatches(const char *host, int port, int count, int batch, int poller, std::vector<int> &fds)
{
    sockaddr_storage address{};
    socklen_t length = 0;
    if (!loopbackAddress(host, port, &address, &length)) {
        std::fprintf(stderr, "tcp clients: %s is not a loopback address\n", host);
        return 2;
    }
    raiseFileLimit();
    fds.reserve(size_t(count));
    std::vector<epoll_event> events(1024);

    while (int(fds.size()) < count) {
        const int first = int(fds.size());
        const int last = qMin(count, first + batch);
        for (int i = first; i < last; ++i) {
            const int fd = ::socket(address.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            if (fd < 0) {
                std::fprintf(stderr, "tcp clients: socket %d: %s\n", i, std::strerror(errno));
                return 1;
            }
            if (::connect(fd, reinterpret_cast<sockaddr *>(&address), length) != 0 && errno != EINPROGRESS) {
                std::fprintf(stderr, "tcp clients: connect %d: %s\n", i, std::strerror(errno));
                return 1;
            }
            epoll_event event{};
            event.events = EPOLLOUT;
            event.data.u32 = std::uint32_t(i);
            ::epoll_ctl(poller, EPOLL_CTL_ADD, fd, &event);
            fds.push_back(fd);
        }
        // Wait until the whole batch is connected.
        int pending = last - first;
        while (pending > 0) {
            const int n = ::epoll_wait(poller, events.data(), int(events.size()), 10000);
            if (n <= 0) {
                std::fprintf(stderr, "tcp clients: connections did not complete\n");
                return 1;
            }
            for (int k = 0; k < n; ++k) {
                const int i = int(events[size_t(k)].data.u32);
                int error = 0;
                socklen_t len = sizeof error;
                ::getsockopt(fds[size_t(i)], SOL_SOCKET, SO_ERROR, &error, &len);
                if (error != 0) {
                    std::fprintf(stderr, "tcp clients: connection %d: %s\n", i, std::strerror(error));
                    return 1;
                }
                epoll_event event{};
                event.events = EPOLLIN;
                event.data.u32 = std::uint32_t(i);
                ::epoll_ctl(poller, EPOLL_CTL_MOD, fds[size_t(i)], &event);
                --pending;
            }
        }
        say("connected %lld\n", last);
        std::string line;
        if (!readLine(&line) || line == "quit")
            return -1;
    }
    return 0;
}

/// Reads the connections of poller until done(), failing after 30 s without
/// data; onBytes(i, n) hears of n bytes on connection i, false fails the run.
int readUntil(int poller, const std::vector<int> &fds, const char *who, const std::function<bool()> &done,
              const std::function<bool(size_t, int)> &onBytes)
{
    std::vector<epoll_event> events(1024);
    char buffer[4096];
    while (!done()) {
        const int n = ::epoll_wait(poller, events.data(), int(events.size()), 30000);
        if (n <= 0) {
            std::fprintf(stderr, "%s: the answers stopped coming\n", who);
            return 1;
        }
        for (int k = 0; k < n; ++k) {
            const auto i = size_t(events[size_t(k)].data.u32);
            const ssize_t r = ::recv(fds[i], buffer, sizeof buffer, 0);
            if (r <= 0) {
                if (r < 0 && (errno == EAGAIN || errno == EINTR))
                    continue;
                std::fprintf(stderr, "%s: connection %zu closed early\n", who, i);
                return 1;
            }
            if (!onBytes(i, int(r))) {
                std::fprintf(stderr, "%s: connection %zu: %s\n", who, i, std::strerror(errno));
                return 1;
            }
        }
    }
    return 0;
}

} // namespace

int runTcpClients(const char *host, int port, int count, int batch, int messageSize)
{
    const int poller = ::epoll_create1(EPOLL_CLOEXEC);
    std::vector<int> fds;
    std::vector<int> got; // bytes received per connection
    if (const int failed = connectBatches(host, port, count, batch, poller, fds); failed != 0)
        return failed < 0 ? 0 : failed;
    say("ready %lld\n", count);

    got.assign(size_t(count), 0);
    int complete = 0;
    const int status = readUntil(poller, fds, "tcp clients", [&] { return complete >= count; }, [&](size_t i, int bytes) {
        const bool wasShort = got[i] < messageSize;
        got[i] += bytes;
        if (wasShort && got[i] >= messageSize)
            ++complete;
        return true;
    });
    if (status != 0)
        return status;
    say("received %lld\n", complete);

    std::string line;
    while (readLine(&line) && line != "quit") {
    }
    for (const int fd : fds)
        ::close(fd);
    ::close(poller);
    return 0;
}

int runTcpRequesters(const char *host, int port, int count, int batch, int requests, int size)
{
    const int poller = ::epoll_create1(EPOLL_CLOEXEC);
    std::vector<int> fds;
    if (const int failed = connectBatches(host, port, count, batch, poller, fds); failed != 0)
        return failed < 0 ? 0 : failed;
    say("ready %lld\n", count);
    std::string line;
    if (!readLine(&line) || line != "go")
        return 0;

    QByteArray request = QByteArray("REQ ") + QByteArray::number(size).rightJustified(6, '0') + ' ';
    request = request.leftJustified(size - 1, '.', true) + '\n';
    std::vector<int> got(size_t(count), 0);  // bytes of the current answer
    std::vector<int> sent(size_t(count), 0); // requests sent
    const auto sendNext = [&](size_t i) {
        ++sent[i];
        return ::send(fds[i], request.constData(), size_t(request.size()), MSG_NOSIGNAL) == request.size();
    };
    const std::int64_t start = nowNs();
    for (size_t i = 0; i < fds.size(); ++i) {
        if (!sendNext(i)) {
            std::fprintf(stderr, "tcp requesters: send %zu: %s\n", i, std::strerror(errno));
            return 1;
        }
    }
    int finished = 0;
    const int status = readUntil(poller, fds, "tcp requesters", [&] { return finished >= count; }, [&](size_t i, int bytes) {
        got[i] += bytes;
        if (got[i] < size)
            return true;
        got[i] -= size;
        if (sent[i] < requests)
            return sendNext(i);
        ++finished;
        return true;
    });
    if (status != 0)
        return status;
    const std::int64_t elapsed = nowNs() - start;
    std::printf("done %lld ns %lld\n", static_cast<long long>(count) * requests, static_cast<long long>(elapsed));
    std::fflush(stdout);
    while (readLine(&line) && line != "quit") {
    }
    for (const int fd : fds)
        ::close(fd);
    ::close(poller);
    return 0;
}

} // namespace SockpitBench
