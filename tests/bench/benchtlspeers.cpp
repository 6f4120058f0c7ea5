// The TLS peers of the benchmark: blocking OpenSSL clients in a child process,
// so neither Qt nor the GUI thread measured does any of their work.

#include "benchpeers.h"

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <cstdio>
#include <memory>
#include <string>

#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace SockpitBench {

namespace {

struct ContextFree
{
    void operator()(SSL_CTX *context) const { SSL_CTX_free(context); }
};
using Context = std::unique_ptr<SSL_CTX, ContextFree>;

/// A client context that takes any certificate (the benchmark's is made on the spot).
Context clientContext()
{
    Context context(SSL_CTX_new(TLS_client_method()));
    if (context) {
        SSL_CTX_set_verify(context.get(), SSL_VERIFY_NONE, nullptr);
        SSL_CTX_set_session_cache_mode(context.get(), SSL_SESS_CACHE_OFF); // every handshake a full one
    }
    return context;
}

void sayError(const char *who, const char *what)
{
    char text[256];
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    std::fprintf(stderr, "%s: %s: %s\n", who, what, text);
}

/// A TLS connection on a connected descriptor; closes both when it goes.
class Client
{
public:
    Client(SSL_CTX *context, int fd)
        : m_ssl(SSL_new(context))
        , m_fd(fd)
    {
        if (m_ssl)
            SSL_set_fd(m_ssl, fd);
    }
    ~Client()
    {
        SSL_free(m_ssl);
        ::close(m_fd);
    }
    Client(const Client &) = delete;
    Client &operator=(const Client &) = delete;

    bool handshake() { return m_ssl && SSL_connect(m_ssl) == 1; }
    bool write(const char *data, int size) { return SSL_write(m_ssl, data, size) == size; }
    /// close_notify and our FIN, then what the server still sends (session
    /// tickets, its close_notify) is read until its close, so that closing
    /// resets nothing. At most 30 s.
    void close()
    {
        SSL_shutdown(m_ssl);
        ::shutdown(m_fd, SHUT_WR);
        const timeval patience{30, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
        char buffer[16 * 1024];
        while (::recv(m_fd, buffer, sizeof buffer, 0) > 0) {
        }
    }

private:
    SSL *m_ssl;
    int m_fd;
};

} // namespace

int runTlsSender(const char *host, int port, std::int64_t bytes)
{
    const Context context = clientContext();
    const int fd = connectToLoopback(host, port, "tls sender");
    if (!context || fd < 0)
        return 1;
    Client client(context.get(), fd);
    if (!client.handshake()) {
        sayError("tls sender", "handshake");
        return 1;
    }
    const QByteArray block = streamBlock();
    std::int64_t left = bytes;
    qsizetype offset = 0;
    while (left > 0) {
        const auto want = int(qMin<std::int64_t>(left, block.size() - offset));
        if (!client.write(block.constData() + offset, want)) {
            sayError("tls sender", "write");
            return 1;
        }
        left -= want;
        offset = (offset + want) % block.size();
    }
    client.close();
    return 0;
}

int runTlsHandshakes(const char *host, int port, int count)
{
    const Context context = clientContext();
    if (!context)
        return 1;
    say("ready %lld\n", count);
    std::string line;
    if (!readLine(&line) || line != "go")
        return 0;
    const std::int64_t start = nowNs();
    for (int i = 0; i < count; ++i) {
        const int fd = connectToLoopback(host, port, "tls handshakes");
        if (fd < 0)
            return 1;
        Client client(context.get(), fd);
        if (!client.handshake()) {
            sayError("tls handshakes", "handshake");
            return 1;
        }
        client.close();
    }
    say("done %lld\n", nowNs() - start);
    return 0;
}

} // namespace SockpitBench
