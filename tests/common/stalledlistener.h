#pragma once

// A loopback port where a TCP connect neither succeeds nor fails: the handshake
// stays unanswered until the client gives up, which is what a connect timeout
// needs. A raw listening socket with a backlog of 0 has its accept queue filled
// by a connection that is never accepted; Linux then drops every further SYN.

#include <QByteArray>
#include <QString>

#include <vector>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace SockpitTest {

class StalledListener
{
public:
    StalledListener() { m_ready = setUp(); }
    ~StalledListener()
    {
        for (const int fd : m_fillers)
            ::close(fd);
        if (m_listener >= 0)
            ::close(m_listener);
    }
    StalledListener(const StalledListener &) = delete;
    StalledListener &operator=(const StalledListener &) = delete;

    bool isReady() const { return m_ready; }
    /// Why the listener could not be set up.
    QString errorString() const { return m_error; }
    /// The port on 127.0.0.1.
    quint16 port() const { return m_port; }

private:
    bool setUp()
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        if (m_listener < 0)
            return fail("socket");
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), length) != 0)
            return fail("bind");
        if (::listen(m_listener, 0) != 0)
            return fail("listen");
        if (::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return fail("getsockname");
        m_port = ntohs(address.sin_port);

        // The first connection fills the queue; wait until its handshake is done.
        // A few more only make sure; they stay half-open and are never accepted.
        for (int i = 0; i < 3; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
            if (fd < 0)
                return fail("socket");
            m_fillers.push_back(fd);
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
            if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 && errno != EINPROGRESS)
                return fail("connect");
            if (i == 0) {
                pollfd done{fd, POLLOUT, 0};
                if (::poll(&done, 1, 5000) != 1)
                    return fail("poll");
            }
        }
        return true;
    }

    bool fail(const char *step)
    {
        m_error = QString::fromLatin1(step) + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }

    int m_listener = -1;
    std::vector<int> m_fillers;
    quint16 m_port = 0;
    bool m_ready = false;
    QString m_error;
};

} // namespace SockpitTest
