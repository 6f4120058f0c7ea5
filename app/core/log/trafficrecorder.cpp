#include "trafficrecorder.h"

#include "capturesink.h"
#include "session.h"
#include "trafficlog.h"

#include <QCoreApplication>

namespace Sockpit {

TrafficRecorder::TrafficRecorder(TrafficLog *log, CaptureSink *capture, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_capture(capture)
    , m_frames(nullptr)
{
    if (m_capture) {
        connect(m_capture, &CaptureSink::errorOccurred, this,
                [this](const QString &message) { m_log->appendMessage(Direction::Error, Peer{}, message); });
    }
}

void TrafficRecorder::attach(Session *session)
{
    detach();
    m_session = session;
    if (!session)
        return;
    m_connections << connect(session, &Session::received, this, [this](const Peer &peer, const QByteArray &data) {
        if (m_capture)
            m_capture->write(data);
        m_log->appendPayload(Direction::Rx, peer, data, m_datagram);
    });
    m_connections << connect(session, &Session::sent, this, [this](const Peer &peer, const QByteArray &data) {
        m_log->appendPayload(Direction::Tx, peer, data, m_datagram);
    });
    m_connections << connect(session, &Session::peerJoined, this, [this](const Peer &peer) {
        m_log->appendMessage(Direction::Info, peer,
                             QCoreApplication::translate("Sockpit::TrafficRecorder", "connected"));
    });
    m_connections << connect(session, &Session::peerLeft, this, [this](const Peer &peer, const QString &reason) {
        m_log->endStream(peer.id);
        m_log->appendMessage(Direction::Info, peer, reason);
    });
    m_connections << connect(session, &Session::errorOccurred, this, [this](const QString &message) {
        m_log->appendMessage(Direction::Error, Peer{}, message);
    });
    m_connections << connect(session, &Session::noticeOccurred, this, [this](const QString &message) {
        m_log->appendMessage(Direction::Info, Peer{}, message);
    });
}

void TrafficRecorder::setDatagramMode(bool datagram)
{
    m_datagram = datagram;
}

void TrafficRecorder::setFraming(const FramingSpec &spec)
{
    Q_UNUSED(spec) // placeholder: framing through m_frames follows
}

FramingSpec TrafficRecorder::framing() const
{
    return FramingSpec::perRead();
}

void TrafficRecorder::setReceiveChecksum(const std::optional<ChecksumSpec> &spec)
{
    m_checksum = spec;
}

void TrafficRecorder::detach()
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_session = nullptr;
}

} // namespace Sockpit
