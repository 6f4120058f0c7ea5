#include "framer.h"

namespace Sockpit {

// Placeholder bodies (per read only); the real ones follow.
Framer::Framer(const FramingSpec &spec)
    : m_spec(spec)
{
}

void Framer::feed(QByteArrayView bytes, qint64 msecs, QList<Frame> &out)
{
    out.append(Frame{bytes.toByteArray(), msecs, Frame::Mark::Complete});
}

bool Framer::flushIdle(QList<Frame> &) { return false; }

bool Framer::finish(QList<Frame> &) { return false; }

} // namespace Sockpit
