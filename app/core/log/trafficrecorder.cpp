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
    if (const quint64 waited = waitingFor(peer, m_frames->deliveringFeed())) {
        Held held;
        held.kind = Held::Kind::Frames;
        held.peer = peer;
        held.frames = frames; // shares the buffers; the hub reuses its batch
        hold(waited, std::move(held));
        return;
    }
    logFrames(peer, frames);
}

void TrafficRecorder::logFrames(const Peer &peer, const FrameBatch &frames)
{
    m_log->appendFrames(peer, frames, m_datagram, m_checksum);
    releaseHeld(peer.id);
    if (isObserved())
        emit framesReceived(peer, frames);
}

void TrafficRecorder::onSent(const Peer &peer, const QByteArray &data)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    quint64 waited = 0;
    if (const auto it = m_waiting.find(peer.id); it != m_waiting.end())
        waited = it->second; // after the peer's own held frames
    else if ((holdsForOpenFrames() && m_frames->hasPending(peer.id)) || m_held.count(peer.id))
        waited = peer.id;
    if (!waited) {
        m_log->appendPayload(Direction::Tx, peer, data, m_datagram, now);
        return;
    }
    Held held;
    held.peer = peer;
    held.data = data;
    held.msecs = now;
    hold(waited, std::move(held));
}

void TrafficRecorder::onPeerLeft(const Peer &peer, const QString &reason)
{
    // The frame the stream left unfinished shows, marked, before the reason it ended.
    m_frames->endStream(peer);
    const auto waiting = m_waiting.find(peer.id);
    if (waiting == m_waiting.end()) {
        logLeft(peer, reason);
        return;
    }
    Held held;
    held.kind = Held::Kind::Left;
    held.peer = peer;
    held.reason = reason;
    hold(waiting->second, std::move(held));
}

void TrafficRecorder::logLeft(const Peer &peer, const QString &reason)
{
    releaseHeld(peer.id);
    m_log->endStream(peer.id);
    m_log->appendMessage(Direction::Info, peer, reason);
}

// Only an idle gap is sure to end soon; other modes may wait for bytes that never come.
bool TrafficRecorder::holdsForOpenFrames() const
{
    return !m_datagram && m_frames->spec().mode == FramingSpec::Mode::IdleGap;
}

quint64 TrafficRecorder::waitingFor(const Peer &peer, quint64 feed) const
{
    if (const auto it = m_waiting.find(peer.id); it != m_waiting.end())
        return it->second; // its earlier frames wait: these come after them
    if (!peer.isRelayLeg() || !holdsForOpenFrames())
        return 0;
    const quint64 other = peer.otherLegId();
    const quint64 since = m_frames->pendingFeed(other);
    return since != 0 && since < feed ? other : 0;
}

void TrafficRecorder::hold(quint64 waitedFor, Held held)
{
    if (held.kind != Held::Kind::Sent)
        m_waiting[held.peer.id] = waitedFor;
    m_held[waitedFor].push_back(std::move(held));
}

void TrafficRecorder::releaseHeld(quint64 peerId)
{
    const auto it = m_held.find(peerId);
    if (it == m_held.end())
        return;
    const std::vector<Held> held = std::move(it->second);
    m_held.erase(it);
    for (const Held &entry : held)
        m_waiting.erase(entry.peer.id);
    for (const Held &entry : held) {
        switch (entry.kind) {
        case Held::Kind::Sent:
            m_log->appendPayload(Direction::Tx, entry.peer, entry.data, m_datagram, entry.msecs);
            break;
        case Held::Kind::Frames:
            logFrames(entry.peer, entry.frames);
            break;
        case Held::Kind::Left:
            logLeft(entry.peer, entry.reason);
            break;
        }
    }
}

void TrafficRecorder::releaseAllHeld()
{
    while (!m_held.empty())
        releaseHeld(m_held.begin()->first);
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
