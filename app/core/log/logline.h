#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <climits>

namespace Sockpit {

class TrafficLog;
struct LogEntry;
struct Peer;
enum class Direction : quint8;

/// The text of a log entry, made in one place: the receive log's rows, Save
/// log and the headless runner's output all come from here.
namespace LogLine {

/// How a payload is shown.
enum class Payload { Text, Hex, Both };

struct Style
{
    Payload payload = Payload::Text;
    /// Payload characters at most; a row shows the start, saving everything (INT_MAX).
    int maxChars = INT_MAX;
};

/// "12:01:02.345  RX  127.0.0.1:7788  hello\r\n": time, direction, a relay
/// leg's mark (legMark(): "RX  C→T #3  127.0.0.1:50312  hello"), peer (when
/// there is one), a frame's length and marks (frameMarks()) and the payload,
/// control characters as escapes so the line stays one line. A limited line
/// decodes only the start of the payload from log (by entry.seq); an unlimited
/// one takes entry.text whole, so take the entry from TrafficLog::at(). With
/// the Hex encoding payloads are hex.
QString format(const TrafficLog &log, const LogEntry &entry, const Style &style = {});

/// A relay leg's mark, "C→T #3": received from the client of pair 3 (client →
/// target), "T→C #3" from its target, "→C #3" / "→T #3" injected into the client
/// or the target, "C #3" / "T #3" a message about a leg. Empty for other peers.
QString legMark(const Peer &peer, Direction direction);

/// A received frame's length and marks, "[12 B] incomplete ✓ CRC-16/MODBUS  "
/// (what format() puts before its payload); empty for other entries.
QString frameMarks(const LogEntry &entry);

/// Control characters as the escapes the send box accepts (\r \n \t \xHH).
QString escaped(const QString &text);

/// Received data as the headless runner writes it to stdout: decoded text as
/// UTF-8, nothing added (a stream stays a stream).
QByteArray output(const QString &decodedText);
/// The same in hex: "48 65 6C\n", one line per read or datagram.
QByteArray hexOutput(QByteArrayView data);

} // namespace LogLine
} // namespace Sockpit
