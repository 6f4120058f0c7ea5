#pragma once

#include "peer.h"

#include <QByteArray>

namespace Sockpit {

/// Where a responder's answers go: the session side of a responder, one small
/// adapter per kind of session (see sessionreplyport.h), a fake in tests.
class ReplyPort
{
public:
    virtual ~ReplyPort() = default;
    /// Sends to the peer that sent the frame; false when nothing was sent.
    virtual bool sendTo(const Peer &peer, const QByteArray &data) = 0;
    /// Closes peer's connection after its queued data; false when there is no
    /// connection to close (UDP).
    virtual bool close(const Peer &peer) = 0;
    /// Whether close() can close anything.
    virtual bool canClose() const { return true; }
    /// The peer can still be answered (a TCP client that left cannot).
    virtual bool isPresent(const Peer &peer) const = 0;
    /// Bytes queued for peer that have not left yet.
    virtual qint64 backlog(const Peer &peer) const = 0;
};

} // namespace Sockpit
