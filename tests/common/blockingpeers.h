#pragma once

// Hostile peers run on a thread of their own while the code under test keeps
// the main thread's event loop: connect and vanish, reset halfway through a
// send, trickle, stay silent. Loopback only; every wait is bounded. Header-only.

#include "rawtcppeer.h"

#include <QByteArrayView>

#include <atomic>
#include <functional>
#include <thread>

#include <netinet/tcp.h>

namespace SockpitTest::Blocking {

/// Sends all of data, waiting at most timeoutMs for room each time.
inline bool sendAll(RawTcpPeer &peer, QByteArrayView data, int timeoutMs = 10000)
{
    qsizetype sent = 0;
    while (sent < data.size()) {
        pollfd room{peer.descriptor(), POLLOUT, 0};
        if (::poll(&room, 1, timeoutMs) != 1)
            return false;
        const ssize_t n = ::send(peer.descriptor(), data.data() + sent, size_t(data.size() - sent),
                                 MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0 && errno != EAGAIN && errno != EINTR)
            return false;
        if (n > 0)
            sent += n;
    }
    return true;
}

/// Reads until the other side's FIN (at most timeoutMs without news); false on an error or a timeout.
inline bool readToEnd(RawTcpPeer &peer, int timeoutMs = 30000)
{
    while (!peer.readAvailable().sawEndOfStream()) {
        pollfd readable{peer.descriptor(), POLLIN, 0};
        if (peer.readError() || ::poll(&readable, 1, timeoutMs) != 1)
            return false;
    }
    return true;
}

/// Every small send leaves as a segment of its own.
inline void setNoDelay(RawTcpPeer &peer)
{
    const int on = 1;
    ::setsockopt(peer.descriptor(), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
}

/// Runs peers on a thread; the test's event loop waits for isDone() (QTRY_VERIFY).
class PeerThread
{
public:
    explicit PeerThread(std::function<void(PeerThread &)> work)
        : m_thread([this, work = std::move(work)] {
            work(*this);
            m_done = true;
        })
    {
    }
    ~PeerThread()
    {
        m_stop = true;
        m_thread.join();
    }
    PeerThread(const PeerThread &) = delete;
    PeerThread &operator=(const PeerThread &) = delete;

    bool isDone() const { return m_done; }
    /// The test is over (it failed early): long loops end.
    bool stopRequested() const { return m_stop; }
    /// Something a peer could not do (connect, send): counted, checked by the test.
    void fail() { ++m_failures; }
    int failures() const { return m_failures; }

private:
    std::atomic<bool> m_done{false};
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_failures{0};
    std::thread m_thread; ///< last: starts once the flags exist
};

} // namespace SockpitTest::Blocking
