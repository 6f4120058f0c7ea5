#pragma once

#include <QtGlobal>

namespace Sockpit {

/// Tells a peer's reset from its close on a QTcpSocket. Qt reports both as
/// RemoteHostClosedError and closes its descriptor before saying so; a second
/// descriptor on the same socket keeps it readable, and the kernel's TCP state
/// then says which it was (a reset leaves CLOSE, a close leaves CLOSE_WAIT).
///
/// While watching, the socket outlives Qt's close: release() before closing
/// or aborting the QTcpSocket, or the peer sees no close until release().
class TcpResetWitness
{
public:
    TcpResetWitness() = default;
    ~TcpResetWitness() { release(); }
    Q_DISABLE_COPY_MOVE(TcpResetWitness)

    /// Starts watching the connected socket `descriptor`.
    void watch(qintptr descriptor);
    /// Stops watching, closing the second descriptor.
    void release();
    /// After the connection ended: whether the peer reset it. Releases.
    /// False when not watching, or where the system cannot say.
    bool peerReset();

private:
    int m_descriptor = -1;
};

} // namespace Sockpit
