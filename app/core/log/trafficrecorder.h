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
    /// Logs what was held back for peerId (all peers: every one).
    void releaseHeld(quint64 peerId);
    void releaseAllHeld();

    /// What was sent to a peer while a frame from it was still open (idle-gap
    /// framing): logged right after that frame, with the time it was sent, so
    /// that an answer never shows above the request it answers.
    struct HeldSend
    {
        Peer peer;
        QByteArray data;
        qint64 msecs = 0;
    };

    TrafficLog *m_log;
    CaptureSink *m_capture;
    QPointer<Session> m_session;
    QList<QMetaObject::Connection> m_connections;
    bool m_datagram = false;
    FrameHub *m_frames;
    std::optional<ChecksumSpec> m_checksum;
    std::unordered_map<quint64, std::vector<HeldSend>> m_held; ///< by peer id
};

} // namespace Sockpit
