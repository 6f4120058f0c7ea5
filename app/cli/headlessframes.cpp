#include "headlessframes.h"

#include "codec.h"
#include "framehub.h"
#include "logline.h"
#include "trafficlog.h"

#include <QDateTime>

namespace Sockpit {

HeadlessFrames::HeadlessFrames(const LaunchOptions &options, const QString &encoding, QObject *parent)
    : QObject(parent)
    , m_hub(new FrameHub(this))
    , m_checksum(options.checksum)
    , m_encoding(encoding)
    // A relay writes a line per read (or frame): a stream of each direction
    // of each pair, interleaved, would say nothing.
    , m_lines(options.framing.has_value() || options.mode == LaunchOptions::Mode::Relay)
    , m_datagrams(options.mode == LaunchOptions::Mode::Udp)
{
    m_hub->setSpec(options.framing.value_or(FramingSpec::perRead()));
    m_hub->setDatagramMode(m_datagrams);
    connect(m_hub, &FrameHub::framesReady, this, [this](const Peer &peer, const FrameBatch &frames) {
        for (qsizetype i = 0; i < frames.size(); ++i)
            onFrame(peer, frames.frame(i));
    });
}

void HeadlessFrames::feed(const Peer &peer, const QByteArray &data)
{
    m_hub->feed(peer, data, QDateTime::currentMSecsSinceEpoch());
}

void HeadlessFrames::endStream(const Peer &peer)
{
    m_hub->endStream(peer);
}

void HeadlessFrames::finishAll()
{
    m_hub->finishAll();
}

QString HeadlessFrames::summary() const
{
    if (!m_checksum || (!m_lines && !m_datagrams))
        return QString();
    return tr("%n frame(s) had a bad checksum", nullptr, int(m_badFrames));
}

void HeadlessFrames::onFrame(const Peer &peer, const Frame &frame)
{
    ++m_frames;
    // A relay's line says the direction and the pair first: "C→T #3  hello".
    if (peer.isRelayLeg())
        emit output(LogLine::legMark(peer, Direction::Rx).toUtf8() + "  " + lineOf(frame));
    else
        emit output(lineOf(frame));
    const QString which = tr("frame %1 from %2 [%3 B]").arg(m_frames).arg(peer.toString()).arg(frame.data.size());
    switch (frame.mark) {
    case Frame::Mark::Complete:
        break;
    case Frame::Mark::Incomplete:
        emit notice(tr("%1: incomplete, its stream ended first").arg(which));
        break;
    case Frame::Mark::Oversize:
        emit notice(tr("%1: cut at the maximum size").arg(which));
        break;
    }
    if (m_checksum)
        verify(which, frame);
}

QByteArray HeadlessFrames::lineOf(const Frame &frame) const
{
    if (Encodings::isHex(m_encoding))
        return LogLine::hexOutput(frame.data);
    const QString text = StreamDecoder::decodeAlone(m_encoding, frame.data);
    // Without --frame a datagram prints as it always did: its text alone.
    return m_lines ? LogLine::output(LogLine::escaped(text)) + '\n' : LogLine::output(text);
}

void HeadlessFrames::verify(const QString &which, const Frame &frame)
{
    const ChecksumSpec::Verdict verdict = m_checksum->verify(frame.data);
    const QString name = Checksum::name(m_checksum->algorithm);
    if (!verdict.checked) {
        ++m_badFrames; // no room for the checksum: not a good frame either
        emit notice(tr("%1: too short to hold its %2").arg(which, name));
        return;
    }
    if (verdict.good)
        return;
    ++m_badFrames;
    emit notice(tr("%1: bad %2, expected %3, received %4")
                    .arg(which, name, m_checksum->formatValue(verdict.expected), m_checksum->formatValue(verdict.received)));
}

} // namespace Sockpit
