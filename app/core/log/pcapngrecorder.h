#pragma once

#include "capturesink.h"
#include "pcapngstreams.h"
#include "result.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Sockpit {

class Session;

/// Writes a session's traffic to a pcapng file as it happens (headless
/// --pcap): the same packets an export of the log gives (PcapngStreams), with
/// microsecond times. A file being written while traffic goes on cannot be
/// replaced atomically (QSaveFile): it is written through a CaptureSink,
/// buffered and flushed once a second and on close, so that a reader of a
/// pipe sees packets live and a crash loses at most a second.
class PcapngRecorder : public QObject
{
    Q_OBJECT
public:
    explicit PcapngRecorder(QObject *parent = nullptr);
    ~PcapngRecorder() override;

    /// Creates (or replaces) path and writes the file's first blocks.
    Status open(const QString &path);
    /// Records session from now on; our end as PcapngExport::localEndpointOf() tells.
    void attach(Session *session);
    /// Flushes and closes; a failure comes through errorOccurred.
    void close();
    bool isOpen() const { return m_sink.isOpen(); }
    quint64 packetCount() const { return m_streams ? m_streams->packetCount() : 0; }

signals:
    /// Writing failed (a full disk, a reader that left): recording has stopped.
    void errorOccurred(const QString &message);

private:
    static qint64 nowUsecs();
    void write(const QByteArray &blocks);

    CaptureSink m_sink;
    QPointer<Session> m_session;
    std::optional<PcapngStreams> m_streams;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Sockpit
