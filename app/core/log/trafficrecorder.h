#pragma once

#include <QObject>
#include <QPointer>

namespace Sockpit {

class CaptureSink;
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
    void setDatagramMode(bool datagram) { m_datagram = datagram; }

private:
    TrafficLog *m_log;
    CaptureSink *m_capture;
    QPointer<Session> m_session;
    QList<QMetaObject::Connection> m_connections;
    bool m_datagram = false;
};

} // namespace Sockpit
