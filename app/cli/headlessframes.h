#pragma once

#include "checksum.h"
#include "framer.h"
#include "launchoptions.h"
#include "peer.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <optional>

namespace Sockpit {

class FrameHub;

/// The headless runner's received frames (--frame) and their verification
/// (--checksum). With --frame each frame is one line on stdout: its text, decoded
/// on its own, with control characters as escapes (\r \n \t \xHH) so that a line
/// is a frame; or its bytes in hex with the Hex encoding. What a frame's line
/// cannot say goes to stderr, numbered as the lines on stdout: a frame left
/// incomplete or cut at the maximum size, a bad checksum with both values.
/// A relay's lines (with or without --frame) start with the direction and the
/// pair, "C→T #3  hello\r\n" or "T→C #3  48 65 6C".
/// Without --frame, datagrams are the frames that --checksum verifies and print
/// as they always did; a TCP stream has no frames to verify.
class HeadlessFrames : public QObject
{
    Q_OBJECT
public:
    HeadlessFrames(const LaunchOptions &options, const QString &encoding, QObject *parent = nullptr);

    /// True when received data goes through here rather than straight to stdout:
    /// with --frame, or --checksum on datagrams.
    bool isActive() const { return m_lines || (m_checksum && m_datagrams); }

    /// Received bytes (only while isActive()).
    void feed(const Peer &peer, const QByteArray &data);
    /// The stream ended: its frame in progress comes out (marked incomplete).
    void endStream(const Peer &peer);
    /// Every frame in progress comes out (the run is ending).
    void finishAll();

    quint64 badFrames() const { return m_badFrames; }
    /// "3 frames had a bad checksum" when received frames were verified, else empty.
    QString summary() const;

signals:
    /// Bytes for stdout.
    void output(const QByteArray &bytes);
    /// A line for stderr.
    void notice(const QString &line);

private:
    void onFrame(const Peer &peer, const Frame &frame);
    QByteArray lineOf(const Frame &frame) const;
    void verify(const QString &which, const Frame &frame);

    FrameHub *m_hub;
    std::optional<ChecksumSpec> m_checksum;
    QString m_encoding;
    bool m_lines = false; ///< --frame: one frame a line
    bool m_datagrams = false;
    quint64 m_frames = 0;
    quint64 m_badFrames = 0;
};

} // namespace Sockpit
