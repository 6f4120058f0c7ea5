#include "framehub.h"

namespace Sockpit {

// Placeholder bodies (per read only); the real ones follow.
FrameHub::FrameHub(QObject *parent)
    : QObject(parent)
{
}

FrameHub::~FrameHub() = default;

void FrameHub::setSpec(const FramingSpec &spec) { m_spec = spec; }

void FrameHub::setDatagramMode(bool datagram) { m_datagram = datagram; }

void FrameHub::feed(const Peer &peer, QByteArrayView bytes, qint64 msecs)
{
    emit frameReady(peer, Frame{bytes.toByteArray(), msecs, Frame::Mark::Complete});
}

void FrameHub::endStream(const Peer &) {}

void FrameHub::finishAll() {}

void FrameHub::expireGaps() {}

void FrameHub::armTimer() {}

void FrameHub::emitAll(const Peer &, QList<Frame> &) {}

} // namespace Sockpit
