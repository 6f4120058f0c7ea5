#pragma once

#include "checksum.h"
#include "framebatch.h"
#include "framingspec.h"
#include "peer.h"

#include <QObject>
#include <QPointer>

#include <optional>
#include <unordered_map>
#include <vector>

namespace Sockpit {

class CaptureSink;
class FrameHub;
class Session;
class TrafficLog;

/// Feeds a session's signals into a traffic log (and a capture file when one is open):
/// the one place where data, peers, notices and errors become log entries.
/// Received bytes go to the capture as they arrived, then through the framers
/// (a FrameHub) into the log, a row per frame, verified when a receive
/// checksum is set. Per read without a checksum (the default) keeps the rows of
/// Sockpit 0.1: a row per read, no frame marks.
class TrafficRecorder : public QObject
{
    Q_OBJECT
public:
    TrafficRecorder(TrafficLog *log, CaptureSink *capture, QObject *parent = nullptr);

    /// Starts recording session (a recorder follows one session at a time).
    void attach(Session *session);
    /// Stops recording; frames in progress come out first.
    void detach();
    /// Datagram sessions decode each payload on its own.
    void setDatagramMode(bool datagram);

    /// How received bytes become log rows (one row per frame); the capture
    /// still gets the raw bytes as they arrived. Frames in progress are finished first.
    void setFraming(const FramingSpec &spec);
    FramingSpec framing() const;
    /// Verifies every received frame's last bytes; std::nullopt checks nothing.
    void setReceiveChecksum(const std::optional<ChecksumSpec> &spec);
    std::optional<ChecksumSpec> receiveChecksum() const { return m_checksum; }

signals:
    /// Received frames of one peer, in order, once they are in the log (so a
    /// reply sent from a slot shows below them): what the responder and a
    /// sequence's waits act on. Per read without a checksum, each read is one frame.
    void framesReceived(const Sockpit::Peer &peer, const Sockpit::FrameBatch &frames);

private:
    bool isObserved() const;
    void onReceived(const Peer &peer, const QByteArray &data);
    void onFrames(const Peer &peer, const FrameBatch &frames);
    void onPeerLeft(const Peer &peer, const QString &reason);
    void onSent(const Peer &peer, const QByteArray &data);
    void logFrames(const Peer &peer, const FrameBatch &frames);
    void logLeft(const Peer &peer, const QString &reason);

    /// What waits for a frame still open under idle-gap framing (which is
    /// sure to end soon) to be logged first, so that rows keep the order
    /// things happened in: a send to the peer whose frame is open (an answer
    /// never shows above its request), and in a relay the other leg's frames
    /// and its end (the target's answer never shows above the client's request).
    struct Held
    {
        enum class Kind : quint8 { Sent, Frames, Left };
        Kind kind = Kind::Sent;
        Peer peer;
        QByteArray data;   ///< Sent
        qint64 msecs = 0;  ///< Sent
        FrameBatch frames; ///< Frames
        QString reason;    ///< Left
    };
    /// The peer whose open frame frames of peer must wait for (they began in
    /// the hub's feed number feed, after that frame); 0: none.
    quint64 waitingFor(const Peer &peer, quint64 feed) const;
    bool holdsForOpenFrames() const;
    void hold(quint64 waitedFor, Held held);
    /// Logs what waits for peerId's frame (all peers: everything held).
    void releaseHeld(quint64 peerId);
    void releaseAllHeld();

    TrafficLog *m_log;
    CaptureSink *m_capture;
    QPointer<Session> m_session;
    QList<QMetaObject::Connection> m_connections;
    bool m_datagram = false;
    FrameHub *m_frames;
    std::optional<ChecksumSpec> m_checksum;
    std::unordered_map<quint64, std::vector<Held>> m_held; ///< by the peer whose frame they wait for
    std::unordered_map<quint64, quint64> m_waiting;          ///< a peer with frames held -> whom they wait for
};

} // namespace Sockpit
