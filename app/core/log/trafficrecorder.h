#pragma once

#include "checksum.h"
#include "framingspec.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Sockpit {

class CaptureSink;
class FrameHub;
class Session;
class TrafficLog;

/// Feeds a session's signals into a traffic log (and a capture file when one is open):
/// the one place where data, peers, notices and errors become log entries.
class TrafficRecorder : public QObject
{
    Q_OBJECT
public:
    TrafficRecorder(TrafficLog *log, CaptureSink *capture, QObject *parent = nullptr);

    /// Starts recording session (a recorder follows one session at a time).
    void attach(Session *session);
    void detach();
    /// Datagram sessions decode each payload on its own.
    void setDatagramMode(bool datagram);

    /// How received bytes become log rows (one row per frame); the capture
    /// still gets the raw bytes as they arrived.
    void setFraming(const FramingSpec &spec);
    FramingSpec framing() const;
    /// Verifies every received frame's last bytes; std::nullopt checks nothing.
    void setReceiveChecksum(const std::optional<ChecksumSpec> &spec);
    std::optional<ChecksumSpec> receiveChecksum() const { return m_checksum; }

private:
    TrafficLog *m_log;
    CaptureSink *m_capture;
    QPointer<Session> m_session;
    QList<QMetaObject::Connection> m_connections;
    bool m_datagram = false;
    FrameHub *m_frames;
    std::optional<ChecksumSpec> m_checksum;
};

} // namespace Sockpit
