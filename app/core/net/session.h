#pragma once

#include "backpressure.h"
#include "peer.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace Sockpit {

/// The vocabulary every front end speaks: panels and the headless runner
/// connect to these signals and to nothing socket-specific.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,       ///< not connected / not listening / not bound
        Resolving,  ///< looking up a host name
        Connecting, ///< TCP handshake under way
        Active,     ///< connected, listening or bound
        Closing,    ///< waiting for buffered data to leave before closing
    };
    Q_ENUM(State)

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    State state() const { return m_state; }
    static QString stateName(State state);

    /// Stops the session; Idle is reached through stateChanged.
    virtual void stop() = 0;
    /// Sends to the default destination: the connection (TCP client), every
    /// client (TCP server) or the target (UDP). Returns false, having emitted
    /// errorOccurred with the reason, when nothing could be sent.
    virtual bool send(const QByteArray &data) = 0;

    /// Back-pressure. Bytes accepted by send() that have not left yet (every
    /// connection of the session together).
    virtual qint64 pendingBytes() const { return 0; }
    /// Producers (stdin, Send file, repeat sends, later the relay) stop while
    /// the session is backed up and go on at drained(): they wait, nothing is
    /// dropped, memory stays bounded.
    bool isBackedUp() const { return pendingBytes() >= HighWaterMark; }
    static constexpr qint64 HighWaterMark = BackPressure::HighWaterMark;
    /// drained() comes once the backlog has fallen to this.
    static constexpr qint64 LowWaterMark = BackPressure::LowWaterMark;

signals:
    void stateChanged(Sockpit::Session::State state);
    void received(const Sockpit::Peer &peer, const QByteArray &data);
    void sent(const Sockpit::Peer &peer, const QByteArray &data);
    void peerJoined(const Sockpit::Peer &peer);
    void peerLeft(const Sockpit::Peer &peer, const QString &reason);
    /// Something the user has to know about; the session may keep running.
    void errorOccurred(const QString &message);
    /// Neutral news worth a log line (e.g. "connection closed by peer").
    void noticeOccurred(const QString &message);
    /// The backlog fell to LowWaterMark or below after the session was backed up.
    void drained();

protected:
    void setState(State state);

private:
    State m_state = State::Idle;
};

} // namespace Sockpit
