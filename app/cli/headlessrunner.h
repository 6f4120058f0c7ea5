#pragma once

#include "codec.h"
#include "launchoptions.h"
#include "repeatfolder.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace Sockpit {

class CaptureSink;
class HeadlessFrames;
class HeadlessResponder;
class HeadlessSequence;
class HeadlessTls;
class InputPump;
class PcapngRecorder;
class Session;
class StdinReader;
class TerminationWatcher;
struct Peer;

/// Runs a session with no window, like netcat with encodings: received data,
/// decoded, goes to stdout as UTF-8 (or hex text); stdin is encoded and sent
/// line by line (long lines in bounded pieces), read only as fast as the
/// session sends (InputPump) and, for a server, only while a client is
/// connected; state and errors go to stderr, one line each, a flood of one
/// message folded into a count (RepeatFolder). With --raw, bytes pass both
/// ways unchanged.
///
/// Exit codes: 0 when the peer closed (TCP client), on SIGINT/SIGTERM, or when
/// the reader of stdout went away; 1 on a network failure or a failed write to
/// stdout; 2 on bad arguments or input that cannot be sent.
class HeadlessRunner : public QObject
{
    Q_OBJECT
public:
    explicit HeadlessRunner(const LaunchOptions &options, QObject *parent = nullptr);
    ~HeadlessRunner() override;

    /// Starts the session. Returns -1 while running, or an exit code at once.
    int start();

signals:
    void finished(int exitCode);

private:
    /// 0, or the exit status of a sequence, capture or pcapng file that cannot be used.
    int openOutputs();
    /// 0, or the exit status of a session that cannot start (its reason said).
    int launchSession();
    void connectSession(bool client);
    /// Stdin to the session: how it is cut, when it may be sent, what is said about it.
    void startInput(bool client);
    /// --relay: no stdin; the run ends when the relay stops by itself.
    void watchRelay();
    /// A peer as stderr names it (a relay's leg with its mark and pair).
    static QString nameOf(const Peer &peer);
    void onReceived(const Peer &peer, const QByteArray &data);
    void show(const Peer &peer, const QByteArray &data);
    /// Received data to stdout; a failed write ends the run.
    void writeOut(const QByteArray &out);
    void halfCloseWhenWritten();
    /// --frame and --checksum: one frame a line (HeadlessFrames), received
    /// frames verified, the checksum appended to each line sent.
    void setUpFraming();
    /// The run ends: frames in progress come out, and how many were bad is said.
    void finishFrames();
    void finish(int exitCode);
    void say(const QString &message);
    static void writeErr(const QString &line);

    LaunchOptions m_options;
    QString m_encoding;
    Session *m_session = nullptr;
    CaptureSink *m_capture = nullptr;
    PcapngRecorder *m_pcap = nullptr;
    StdinReader *m_stdin = nullptr;
    InputPump *m_pump = nullptr; ///< stdin to the session, at the pace it takes it
    HeadlessFrames *m_frames = nullptr;
    HeadlessResponder *m_responder = nullptr; ///< --rules, --echo, --reply
    HeadlessSequence *m_sequence = nullptr; ///< --sequence: it owns received data and the verdict
    HeadlessTls *m_tls = nullptr; ///< the session's errors, a TLS client's warnings told apart
    TerminationWatcher *m_termination = nullptr;
    QHash<quint64, std::shared_ptr<StreamDecoder>> m_decoders;
    RepeatFolder m_stderr;
    bool m_finished = false;
    bool m_halfClosed = false;
    bool m_framesFinished = false;
};

} // namespace Sockpit
