#include "headlessrunner.h"

#include "capturesink.h"
#include "headlessframes.h"
#include "headlessresponder.h"
#include "headlesssequence.h"
#include "headlesstls.h"
#include "inputpump.h"
#include "logline.h"
#include "pcapngrecorder.h"
#include "peer.h"
#include "session.h"
#include "sessionlaunch.h"
#include "stdinreader.h"
#include "tcpclientsession.h"
#include "tcpserversession.h"
#include "trafficlog.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace Sockpit {

HeadlessRunner::HeadlessRunner(const LaunchOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_encoding(options.encoding.isEmpty() ? QStringLiteral("UTF-8") : options.encoding)
    , m_stderr(&HeadlessRunner::writeErr)
{
}

HeadlessRunner::~HeadlessRunner()
{
    m_stderr.flush();
}

int HeadlessRunner::start()
{
    if (const int failed = openOutputs())
        return failed;
    if (const int failed = launchSession())
        return failed;
    if (m_sequence) {
        m_sequence->run(m_session, m_tls, m_capture); // no stdin, no received data on stdout
        return -1;
    }
    const bool client = m_options.mode == LaunchOptions::Mode::TcpClient;

    QString rulesError;
    m_responder = HeadlessResponder::create(m_options, m_encoding, m_session, this, &rulesError);
    if (!rulesError.isEmpty()) {
        say(rulesError);
        return 2;
    }
    if (m_responder)
        connect(m_responder, &HeadlessResponder::notice, this, &HeadlessRunner::say);
    connectSession(client);

    // A relay forwards what its pairs send; stdin is not read.
    if (m_options.mode == LaunchOptions::Mode::Relay)
        watchRelay();
    else
        startInput(client);

    setUpFraming();
    m_termination = new TerminationWatcher(this);
    connect(m_termination, &TerminationWatcher::terminationRequested, this, [this] { finish(0); });
    return -1;
}

// The sequence file, the capture and the pcapng file, before any connection:
// one that cannot be read or written runs nothing (exit 2).
int HeadlessRunner::openOutputs()
{
    if (!m_options.sequencePath.isEmpty()) {
        // A bad file runs nothing: not even a connection is made.
        m_sequence = new HeadlessSequence(m_options, m_encoding, this);
        if (const QString error = m_sequence->load(); !error.isEmpty()) {
            say(error);
            return 2;
        }
        connect(m_sequence, &HeadlessSequence::notice, this, &HeadlessRunner::say);
        connect(m_sequence, &HeadlessSequence::finished, this, &HeadlessRunner::finish);
    }
    if (!m_options.capturePath.isEmpty()) {
        m_capture = new CaptureSink(this);
        const QString error = m_capture->open(m_options.capturePath);
        if (!error.isEmpty()) {
            say(error);
            return 2;
        }
        // The capture stops on its own (a reader that left, a full disk); the run goes on.
        connect(m_capture, &CaptureSink::errorOccurred, this, &HeadlessRunner::say);
    }
    if (!m_options.pcapPath.isEmpty()) {
        m_pcap = new PcapngRecorder(this);
        if (const Status opened = m_pcap->open(m_options.pcapPath); !opened) {
            say(opened.error);
            return 2;
        }
        // A pcapng file that cannot be written ends the run: a trace with holes would mislead.
        connect(m_pcap, &PcapngRecorder::errorOccurred, this, [this](const QString &message) {
            say(message);
            finish(1);
        });
    }
    return 0;
}

int HeadlessRunner::launchSession()
{
    LaunchResult launched;
    switch (m_options.mode) {
    case LaunchOptions::Mode::TcpClient: launched = launchTcpClient(m_options.tcpClient, this); break;
    case LaunchOptions::Mode::TcpServer: launched = launchTcpServer(m_options.tcpServer, this); break;
    case LaunchOptions::Mode::Udp: launched = launchUdp(m_options.udp, this); break;
    case LaunchOptions::Mode::Relay: launched = launchRelay(m_options.relay, this); break;
    default: launched = LaunchResult::failure(2, tr("--headless needs --tcp-client, --tcp-server or --udp")); break;
    }
    if (!launched.session) {
        say(launched.error);
        return launched.exitCode ? launched.exitCode : 1;
    }
    m_session = launched.session;
    m_tls = new HeadlessTls(m_session, this);
    if (m_pcap)
        m_pcap->attach(m_session);
    return 0;
}

// What the session tells goes to stderr; a client's run ends with its connection.
void HeadlessRunner::connectSession(bool client)
{
    const bool datagrams = m_options.mode == LaunchOptions::Mode::Udp;
    connect(m_session, &Session::received, this, &HeadlessRunner::onReceived);
    connect(m_session, &Session::peerJoined, this, [this](const Peer &peer) {
        say(tr("%1 connected").arg(nameOf(peer)));
        // Only now does the session know its peer, so what is sent is recorded against it.
        if (m_pump)
            m_pump->pump();
    });
    connect(m_session, &Session::peerLeft, this, [this, client](const Peer &peer, const QString &reason) {
        if (m_frames)
            m_frames->endStream(peer); // its unfinished frame before the reason
        if (m_responder)
            m_responder->endStream(peer);
        // Half a character left at the end of the stream still shows, as U+FFFD.
        if (const std::shared_ptr<StreamDecoder> decoder = m_decoders.take(peer.id))
            writeOut(LogLine::output(decoder->finish()));
        say(tr("%1: %2").arg(nameOf(peer), reason));
        if (client)
            finish(0);
    });
    connect(m_tls, &HeadlessTls::error, this, [this, client](const QString &message) {
        // A client's error ends its run: its unfinished frame is told first, as at a close.
        if (client && m_frames)
            m_frames->finishAll();
        say(tr("error: %1").arg(message));
        if (client)
            finish(1);
    });
    // Worded by the session: "warning: continuing although the certificate …".
    connect(m_tls, &HeadlessTls::warning, this, &HeadlessRunner::say);
    connect(m_tls, &HeadlessTls::notice, this, &HeadlessRunner::say);
    connect(m_session, &Session::noticeOccurred, this, &HeadlessRunner::say);
    if (datagrams) {
        connect(m_session, &Session::received, this, [this](const Peer &peer, const QByteArray &data) {
            say(tr("datagram from %1, %n byte(s)", nullptr, int(data.size())).arg(peer.toString()));
        });
    }
}

void HeadlessRunner::watchRelay()
{
    // Listening stopped by itself (a target that led back to the relay): the run is over.
    connect(m_session, &Session::stateChanged, this, [this](Session::State state) {
        if (state == Session::State::Idle)
            finish(1);
    });
}

QString HeadlessRunner::nameOf(const Peer &peer)
{
    // A relay's leg: "C #3 127.0.0.1:50312", "T #3 127.0.0.1:7788".
    if (peer.isRelayLeg())
        return LogLine::legMark(peer, Direction::Info) + u' ' + peer.toString();
    return peer.toString();
}

void HeadlessRunner::startInput(bool client)
{
    m_stdin = new StdinReader(this);
    const InputChunker::Mode mode = m_options.raw                ? InputChunker::Mode::Raw
                                    : Encodings::isHex(m_encoding) ? InputChunker::Mode::Hex
                                                                   : InputChunker::Mode::Text;
    if (m_options.raw && m_options.mode == LaunchOptions::Mode::Udp)
        m_stdin->setReadLimit(InputChunker::MaxRawPieceBytes); // one read, one datagram
    m_pump = new InputPump(m_session, m_stdin, mode, m_encoding, /*waitForActive*/ client, this);
    // Like netcat's listener: stdin waits in its pipe until a client is there to take it
    // (over TLS, one whose handshake is done).
    if (qobject_cast<TcpServerSession *>(m_session)) {
        m_pump->setReadyCheck([tls = m_tls] { return tls->hasReadyClient(); });
        connect(m_tls, &HeadlessTls::clientReady, m_pump, &InputPump::pump);
    }
    connect(m_pump, &InputPump::failed, this, [this](const QString &message) {
        say(tr("stdin: %1").arg(message));
        finish(2);
    });
    connect(m_pump, &InputPump::invalidText, this, [this](qint64 offset) {
        say(tr("stdin is not valid UTF-8 at byte %1; sent as U+FFFD — use --raw to send bytes unchanged").arg(offset));
    });
    connect(m_pump, &InputPump::done, this, &HeadlessRunner::halfCloseWhenWritten);
    m_stdin->start();
}

void HeadlessRunner::onReceived(const Peer &peer, const QByteArray &data)
{
    if (m_capture && m_capture->isOpen())
        m_capture->write(data);
    // Shown before the rules answer: a rule that closes ends the run with it.
    show(peer, data);
    if (m_responder)
        m_responder->feed(peer, data);
}

void HeadlessRunner::show(const Peer &peer, const QByteArray &data)
{
    if (m_frames && m_frames->isActive()) {
        m_frames->feed(peer, data);
        return;
    }
    QByteArray out;
    if (m_options.raw) {
        out = data; // netcat: the bytes as they came
    } else if (Encodings::isHex(m_encoding)) {
        out = LogLine::hexOutput(data);
    } else if (m_options.mode == LaunchOptions::Mode::Udp) {
        out = LogLine::output(StreamDecoder::decodeAlone(m_encoding, data)); // a datagram stands alone
    } else {
        std::shared_ptr<StreamDecoder> &decoder = m_decoders[peer.id];
        if (!decoder)
            decoder = std::make_shared<StreamDecoder>(m_encoding);
        out = LogLine::output(decoder->decode(data));
    }
    writeOut(out);
}

void HeadlessRunner::writeOut(const QByteArray &out)
{
    if (m_finished || out.isEmpty())
        return; // the run is ending: nothing more goes out
    errno = 0;
    const bool written = std::fwrite(out.constData(), 1, size_t(out.size()), stdout) == size_t(out.size())
                         && std::fflush(stdout) == 0;
    if (!written) {
        // Like SIGPIPE for netcat: a reader that went away ends the run quietly;
        // any other failure (a full disk) is an error.
        const int error = errno;
        say(tr("stdout: %1").arg(QString::fromLocal8Bit(std::strerror(error))));
        finish(error == EPIPE ? 0 : 1);
    }
}

void HeadlessRunner::halfCloseWhenWritten()
{
    // Like netcat: once stdin has ended and everything is sent, close our
    // direction and keep reading until the server closes.
    auto *tcp = qobject_cast<TcpClientSession *>(m_session);
    if (!tcp || m_halfClosed || !m_pump || !m_pump->isDone())
        return;
    if (tcp->state() != Session::State::Active)
        return; // closeSending() itself waits for the queued data to leave
    m_halfClosed = true;
    if (tcp->isTls()) {
        // Closing our side would close both, and the answers still on their way would be lost.
        say(tr("stdin ended: TLS has no half-close, so the connection stays open for the server's answers "
               "until the server closes it (Ctrl+C ends the run)"));
        return;
    }
    tcp->closeSending();
}

void HeadlessRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    finishFrames(); // a write failing on the way finishes the run itself
    if (m_pcap)
        m_pcap->close(); // so does a pcapng file whose last write fails
    if (m_finished)
        return;
    m_finished = true;
    std::fflush(stdout);
    if (m_capture)
        m_capture->close();
    m_stderr.flush(); // how often the last message came, before the exit
    // Queued, so that a finish during start-up still reaches the event loop.
    QMetaObject::invokeMethod(this, [this, exitCode] { emit finished(exitCode); }, Qt::QueuedConnection);
}

void HeadlessRunner::setUpFraming()
{
    if (m_pump)
        m_pump->setChecksum(m_options.checksum);
    m_frames = new HeadlessFrames(m_options, m_encoding, this);
    connect(m_frames, &HeadlessFrames::output, this, &HeadlessRunner::writeOut);
    connect(m_frames, &HeadlessFrames::notice, this, &HeadlessRunner::say);
}

void HeadlessRunner::finishFrames()
{
    if (!m_frames || m_framesFinished)
        return;
    m_framesFinished = true;
    m_frames->finishAll();
    if (const QString summary = m_frames->summary(); !summary.isEmpty())
        say(summary);
}

void HeadlessRunner::say(const QString &message)
{
    m_stderr.say(message);
}

void HeadlessRunner::writeErr(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace Sockpit
