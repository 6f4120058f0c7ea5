#pragma once

#include "replyport.h"

#include <memory>

namespace Sockpit {

class Session;

/// The ReplyPort of a session: a TCP server answers the client that sent the
/// frame, a TCP client its server, UDP the sender. nullptr for a session of
/// another kind. The port does not own the session and must not outlive it.
std::unique_ptr<ReplyPort> replyPortFor(Session *session);

} // namespace Sockpit
