#pragma once

// A session whose backlog the test controls, for the producers that must
// pause while it is backed up and go on at drained(). Header-only.

#include "session.h"

#include <QByteArray>

#include <functional>

namespace SockpitTest {

/// Takes everything it is sent (counted, kept) into a backlog that leaves
/// only when the test calls drain(), as a peer that stops reading would.
class FakeSession : public Sockpit::Session
{
public:
    using Sockpit::Session::Session;

    void stop() override { setState(State::Idle); }
    bool send(const QByteArray &data) override
    {
        if (!m_accepting)
            return false;
        m_received += data;
        m_backlog += data.size();
        ++m_sends;
        m_wasBackedUp = m_wasBackedUp || isBackedUp();
        m_peakBacklog = qMax(m_peakBacklog, m_backlog);
        if (m_onSend)
            m_onSend();
        return true;
    }
    qint64 pendingBytes() const override { return m_backlog; }

    /// The peer reads: the backlog falls by bytes (all of it by default);
    /// drained() comes as the Session contract says.
    void drain(qint64 bytes = -1)
    {
        m_backlog = bytes < 0 ? 0 : qMax<qint64>(0, m_backlog - bytes);
        if (m_wasBackedUp && m_backlog <= LowWaterMark) {
            m_wasBackedUp = false;
            emit drained();
        }
    }
    void setActive(bool active) { setState(active ? State::Active : State::Idle); }
    void setAccepting(bool accepting) { m_accepting = accepting; }
    /// Called after every send (e.g. to note what a producer holds).
    void onSend(std::function<void()> callback) { m_onSend = std::move(callback); }

    const QByteArray &received() const { return m_received; }
    int sends() const { return m_sends; }
    qint64 peakBacklog() const { return m_peakBacklog; }

private:
    QByteArray m_received;
    qint64 m_backlog = 0;
    qint64 m_peakBacklog = 0;
    int m_sends = 0;
    bool m_wasBackedUp = false;
    bool m_accepting = true;
    std::function<void()> m_onSend;
};

} // namespace SockpitTest
