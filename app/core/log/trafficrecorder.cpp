#include "trafficrecorder.h"

#include "capturesink.h"
#include "framehub.h"
#include "session.h"
#include "trafficlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaMethod>

namespace Sockpit {

TrafficRecorder::TrafficRecorder(TrafficLog *log, CaptureSink *capture, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_capture(capture)
    , m_frames(new FrameHub(this))
{
    m_frames->setSpec(FramingSpec::perRead());
    // Taken, not signalled: the log keeps the frames' buffers.
    m_frames->setConsumer([this](const Peer &peer, const FrameBatch &frames) { onFrames(peer, frames); });
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
    m_connections << connect(session, &Session::received, this, &TrafficRecorder::onReceived);
    m_connections << connect(session, &Session::sent, this, &TrafficRecorder::onSent);
    m_connections << connect(session, &Session::peerJoined, this, [this](const Peer &peer) {
        m_log->appendMessage(Direction::Info, peer,
                             QCoreApplication::translate("Sockpit::TrafficRecorder", "connected"));
    });
    m_connections << connect(session, &Session::peerLeft, this, &TrafficRecorder::onPeerLeft);
    m_connections << connect(session, &Session::errorOccurred, this, [this](const QString &message) {
        m_log->appendMessage(Direction::Error, Peer{}, message);
    });
    m_connections << connect(session, &Session::noticeOccurred, this, [this](const QString &message) {
        m_log->appendMessage(Direction::Info, Peer{}, message);
    });
}

void TrafficRecorder::onReceived(const Peer &peer, const QByteArray &data)
{
    if (m_capture)
        m_capture->write(data);
    if (m_frames->spec().mode != FramingSpec::Mode::PerRead) {
        m_log->countReceived(data.size());
        m_frames->feed(peer, data, QDateTime::currentMSecsSinceEpoch());
    } else if (m_checksum) {
        // A read is a frame: the buffer is shared with the log, not copied.
        m_log->countReceived(data.size());
        onFrames(peer, FrameBatch::fromFrames({Frame{data, QDateTime::currentMSecsSinceEpoch(), Frame::Mark::Complete}}));
    } else {
        m_log->appendPayload(Direction::Rx, peer, data, m_datagram);
        if (isObserved()) {
            emit framesReceived(peer, FrameBatch::fromFrames({Frame{data, QDateTime::currentMSecsSinceEpoch(),
                                                                    Frame::Mark::Complete}}));
        }
    }
}

bool TrafficRecorder::isObserved() const
{
    return isSignalConnected(QMetaMethod::fromSignal(&TrafficRecorder::framesReceived));
}

void TrafficRecorder::onFrames(const Peer &peer, const FrameBatch &frames)
{
    m_log->appendFrames(peer, frames, m_datagram, m_checksum);
    releaseHeld(peer.id);
    if (isObserved())
        emit framesReceived(peer, frames);
}

void TrafficRecorder::onSent(const Peer &peer, const QByteArray &data)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Only an idle gap is sure to end soon; other modes may wait for bytes that never come.
    const bool open = !m_datagram && m_frames->spec().mode == FramingSpec::Mode::IdleGap
        && m_frames->hasPending(peer.id);
    const auto held = m_held.find(peer.id);
    if (open || held != m_held.end()) {
        m_held[peer.id].push_back(HeldSend{peer, data, now});
        return;
    }
    m_log->appendPayload(Direction::Tx, peer, data, m_datagram, now);
}

void TrafficRecorder::releaseHeld(quint64 peerId)
{
    const auto it = m_held.find(peerId);
    if (it == m_held.end())
        return;
    const std::vector<HeldSend> sends = std::move(it->second);
    m_held.erase(it);
    for (const HeldSend &send : sends)
        m_log->appendPayload(Direction::Tx, send.peer, send.data, m_datagram, send.msecs);
}

void TrafficRecorder::releaseAllHeld()
{
    while (!m_held.empty())
        releaseHeld(m_held.begin()->first);
}

void TrafficRecorder::onPeerLeft(const Peer &peer, const QString &reason)
{
    // The frame the stream left unfinished shows, marked, before the reason it ended.
    m_frames->endStream(peer);
    releaseHeld(peer.id);
    m_log->endStream(peer.id);
    m_log->appendMessage(Direction::Info, peer, reason);
}

void TrafficRecorder::setDatagramMode(bool datagram)
{
    m_frames->finishAll();
    releaseAllHeld();
    m_datagram = datagram;
    m_frames->setDatagramMode(datagram);
}

void TrafficRecorder::setFraming(const FramingSpec &spec)
{
    m_frames->setSpec(spec); // finishes the frames in progress first
    releaseAllHeld();
}

FramingSpec TrafficRecorder::framing() const
{
    return m_frames->spec();
}

void TrafficRecorder::setReceiveChecksum(const std::optional<ChecksumSpec> &spec)
{
    m_checksum = spec;
}

void TrafficRecorder::detach()
{
    m_frames->finishAll();
    releaseAllHeld();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_session = nullptr;
}

} // namespace Sockpit
