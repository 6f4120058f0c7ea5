#pragma once

#include <QtGlobal>

namespace Sockpit {

/// What became of a TCP server's client.
enum class ClientState : quint8 {
    Connected,
    Closing,      ///< we asked to close; queued data is still leaving
    ClosedByPeer, ///< the client closed (recv returned 0)
    Reset,        ///< the client reset the connection
    IdleTimeout,  ///< closed by the idle timeout
    Disconnected, ///< closed by the user
    Failed,       ///< another socket error
};

} // namespace Sockpit
