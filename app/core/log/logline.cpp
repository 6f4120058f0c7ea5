#include "logline.h"

#include "codec.h"
#include "trafficlog.h"

#include <QCoreApplication>

namespace Sockpit::LogLine {

namespace {

QString moreBytes(qsizetype count)
{
    return QCoreApplication::translate("Sockpit::LogLine", " … (%n more byte(s))", nullptr, int(count));
}

QString moreChars(qsizetype count)
{
    return QCoreApplication::translate("Sockpit::LogLine", " … (%n more character(s))", nullptr, int(count));
}

QString hexPayload(const LogEntry &entry, int maxChars)
{
    const qsizetype shown = qMin<qsizetype>(entry.data.size(), maxChars / 3);
    QString text = Hex::format(entry.data, shown);
    if (shown < entry.data.size())
        text += moreBytes(entry.data.size() - shown);
    return text;
}

QString textPayload(const TrafficLog &log, const LogEntry &entry, const Style &style)
{
    // A row needs the start of the text only: a 1 MB read is not decoded in
    // full to show its first line (saving and finding ask for everything).
    TrafficLog::TextPreview preview;
    if (style.maxChars != INT_MAX && log.contains(entry.seq)) {
        preview = log.textPreview(entry.seq, style.maxChars);
    } else {
        preview.text = entry.text.left(style.maxChars);
        preview.moreChars = entry.text.size() - preview.text.size();
    }
    QString text = escaped(preview.text);
    if (preview.moreBytes > 0)
        text += moreBytes(preview.moreBytes);
    else if (preview.moreChars > 0)
        text += moreChars(preview.moreChars);
    if (style.payload == Payload::Both) {
        const qsizetype hexBytes = qMin<qsizetype>(entry.data.size(), style.maxChars / 3);
        text += QStringLiteral("  |  ") + Hex::format(entry.data, hexBytes);
        if (hexBytes < entry.data.size())
            text += u" …";
    }
    return text;
}

// "[12 B] incomplete ✗ expected 0x4B37, received 0x1234": the frame's length
// and how it ended, then the checksum's verdict, before the payload so that a
// row cut short still shows them.
QString marksOf(const LogEntry &entry)
{
    QString marks = QCoreApplication::translate("Sockpit::LogLine", "[%1 B]").arg(entry.data.size());
    switch (entry.frameMark) {
    case Frame::Mark::Complete:
        break;
    case Frame::Mark::Incomplete:
        marks += u' ' + QCoreApplication::translate("Sockpit::LogLine", "incomplete");
        break;
    case Frame::Mark::Oversize:
        marks += u' ' + QCoreApplication::translate("Sockpit::LogLine", "cut at the maximum size");
        break;
    }
    ChecksumSpec spec;
    spec.algorithm = entry.checkAlgorithm;
    switch (entry.check) {
    case LogEntry::Check::None:
        break;
    case LogEntry::Check::Good:
        marks += u' ' + QCoreApplication::translate("Sockpit::LogLine", "✓ %1").arg(Checksum::name(entry.checkAlgorithm));
        break;
    case LogEntry::Check::Bad:
        marks += u' ' + QCoreApplication::translate("Sockpit::LogLine", "✗ expected %1, received %2")
                            .arg(spec.formatValue(entry.checkExpected), spec.formatValue(entry.checkReceived));
        break;
    case LogEntry::Check::TooShort:
        marks += u' ' + QCoreApplication::translate("Sockpit::LogLine", "✗ too short for its %1").arg(Checksum::name(entry.checkAlgorithm));
        break;
    }
    return marks + QStringLiteral("  ");
}

} // namespace

QString legMark(const Peer &peer, Direction direction)
{
    if (!peer.isRelayLeg())
        return QString();
    const bool client = peer.leg == Peer::Leg::Client;
    QString flow;
    switch (direction) {
    case Direction::Rx:
        flow = client ? QCoreApplication::translate("Sockpit::LogLine", "C→T") : QCoreApplication::translate("Sockpit::LogLine", "T→C");
        break;
    case Direction::Tx:
        flow = client ? QCoreApplication::translate("Sockpit::LogLine", "→C") : QCoreApplication::translate("Sockpit::LogLine", "→T");
        break;
    case Direction::Info:
    case Direction::Error:
        flow = client ? QCoreApplication::translate("Sockpit::LogLine", "C") : QCoreApplication::translate("Sockpit::LogLine", "T");
        break;
    }
    return QCoreApplication::translate("Sockpit::LogLine", "%1 #%2").arg(flow).arg(peer.pairId);
}

QString frameMarks(const LogEntry &entry)
{
    return entry.frame ? marksOf(entry) : QString();
}

QString format(const TrafficLog &log, const LogEntry &entry, const Style &style)
{
    QString line = TrafficLog::formatTime(entry.msecsSinceEpoch) + QStringLiteral("  ") + TrafficLog::directionName(entry.direction);
    if (entry.peer.isRelayLeg())
        line += QStringLiteral("  ") + legMark(entry.peer, entry.direction);
    if (entry.peer.isValid())
        line += QStringLiteral("  ") + entry.peer.toString();
    line += u"  ";
    if (!entry.isPayload())
        return line + entry.text;
    line += frameMarks(entry);
    if (style.payload == Payload::Hex || Encodings::isHex(log.encoding()))
        return line + hexPayload(entry, style.maxChars);
    return line + textPayload(log, entry, style);
}

QString escaped(const QString &text)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 0x20 && c != 0x7F) {
            out.append(ch);
            continue;
        }
        out.append(u'\\');
        switch (c) {
        case u'\r': out.append(u'r'); break;
        case u'\n': out.append(u'n'); break;
        case u'\t': out.append(u't'); break;
        default:
            out.append(u'x');
            out.append(QLatin1Char(digits[c >> 4]));
            out.append(QLatin1Char(digits[c & 0xF]));
            break;
        }
    }
    return out;
}

QByteArray output(const QString &decodedText)
{
    return decodedText.toUtf8();
}

QByteArray hexOutput(QByteArrayView data)
{
    return Hex::format(data).toLatin1() + '\n';
}

} // namespace Sockpit::LogLine
