#pragma once

#include "pcapngstreams.h"
#include "result.h"

#include <QString>

namespace Sockpit {

class Session;
class TrafficLog;

namespace PcapngExport {

/// Our end of session as it stands: a TCP server's listen address and port, a
/// UDP session's bound address and port, a TCP client's connection (its local
/// port, for its current connection only; earlier ones get made-up ports).
/// nullptr: nothing known (a TCP stream of made-up local ports).
LocalEndpoint localEndpointOf(const Session *session);

/// Writes every entry of log ([firstSeq, endSeq)) to path as pcapng, at once
/// (QSaveFile: the file is replaced whole or left as it was). Payloads become
/// packets at their entry's time, connection notices open and close TCP
/// streams, other notices and errors become comments (see PcapngStreams).
/// The log is only read.
Status exportLog(const TrafficLog &log, const LocalEndpoint &local, const QString &path);

} // namespace PcapngExport
} // namespace Sockpit
