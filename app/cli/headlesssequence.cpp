#include "headlesssequence.h"

#include "capturesink.h"
#include "framehub.h"
#include "headlesstls.h"
#include "junitreport.h"
#include "session.h"
#include "stdinreader.h"
#include "tcpclientsession.h"

#include <QDateTime>
#include <QDir>

#include <cstdio>

namespace Sockpit {

HeadlessSequence::HeadlessSequence(const LaunchOptions &options, const QString &encoding, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_encoding(encoding)
    , m_runner(new SequenceRunner(this))
    , m_hub(new FrameHub(this))
{
    // Every result of a run from a file is in the JUnit report, up to a bound
    // that keeps a run that repeats for hours in memory.
    m_runner->setResultLimit(100000);
}

QString HeadlessSequence::load()
{
    const Result<Sequence> sequence = Sequence::load(m_options.sequencePath);
    if (!sequence)
        return sequence.error;
    const Result<CompiledSequence> compiled = CompiledSequence::compile(sequence.value, m_encoding);
    if (!compiled)
        return tr("%1: %2").arg(QDir::toNativeSeparators(m_options.sequencePath), compiled.error);
    m_sequence = compiled.value;
    if (!m_options.junitPath.isEmpty()) {
        if (const Status writable = JUnitReport::checkWritable(m_options.junitPath); !writable)
            return tr("--junit: %1").arg(writable.error);
    }
    return QString();
}

void HeadlessSequence::run(Session *session, HeadlessTls *errors, CaptureSink *capture)
{
    m_session = session;
    const bool client = m_options.mode == LaunchOptions::Mode::TcpClient;
    m_hub->setSpec(m_options.framing.value_or(FramingSpec::perRead()));
    m_hub->setDatagramMode(!client);
    connect(m_hub, &FrameHub::framesReady, m_runner, &SequenceRunner::onFrames);
    connect(session, &Session::received, this, [this, capture](const Peer &peer, const QByteArray &data) {
        if (capture && capture->isOpen())
            capture->write(data);
        m_hub->feed(peer, data, QDateTime::currentMSecsSinceEpoch());
    });
    m_runner->setSession(session);
    connect(m_runner, &SequenceRunner::stepFinished, this, [](const StepResult &result) { writeOut(result.summary()); });
    connect(m_runner, &SequenceRunner::finished, this, &HeadlessSequence::onRunFinished);

    connect(session, &Session::noticeOccurred, this, &HeadlessSequence::notice);
    connect(errors, &HeadlessTls::error, this, &HeadlessSequence::onSessionError);
    connect(errors, &HeadlessTls::warning, this, &HeadlessSequence::notice);
    connect(errors, &HeadlessTls::notice, this, &HeadlessSequence::notice);
    connect(session, &Session::peerJoined, this, [this](const Peer &peer) {
        emit notice(tr("%1 connected").arg(peer.toString()));
        startRunner();
    });
    connect(session, &Session::peerLeft, this, [this, client](const Peer &peer, const QString &reason) {
        m_hub->endStream(peer); // its last frame may be what the current step waits for
        if (!client || m_ended)
            return;
        emit notice(tr("%1: %2").arg(peer.toString(), reason));
        if (m_runner->isRunning())
            m_runner->abort(tr("the connection ended: %1").arg(reason));
        else
            endWith(1);
    });
    auto *termination = new TerminationWatcher(this);
    connect(termination, &TerminationWatcher::terminationRequested, this, [this] {
        emit notice(tr("interrupted"));
        if (m_runner->isRunning())
            m_runner->stop();
        else
            endWith(1);
    });
    if (!client) // bound already; after the launcher's "receiving on" notice
        QMetaObject::invokeMethod(this, &HeadlessSequence::startRunner, Qt::QueuedConnection);
}

void HeadlessSequence::startRunner()
{
    if (m_started || m_ended)
        return;
    m_started = true;
    m_startedAt = QDateTime::currentDateTimeUtc();
    if (!m_runner->start(m_sequence))
        endWith(1);
}

void HeadlessSequence::onSessionError(const QString &message)
{
    emit notice(tr("error: %1").arg(message));
    // A TCP client's errors end its connection; UDP goes on (an expect times out instead).
    if (m_options.mode != LaunchOptions::Mode::TcpClient || m_ended)
        return;
    if (m_runner->isRunning())
        m_runner->abort(message);
    else if (!m_started)
        endWith(1);
}

void HeadlessSequence::onRunFinished(bool passed)
{
    const SequenceRunner::Counts counts = m_runner->counts();
    emit notice(tr("sequence \"%1\": %2 passed, %3 failed, %4 timed out, %5 skipped in %6 s")
                    .arg(m_sequence.name)
                    .arg(counts.passed)
                    .arg(counts.failed)
                    .arg(counts.timedOut)
                    .arg(counts.skipped)
                    .arg(double(m_runner->elapsedMs()) / 1000.0, 0, 'f', 3));
    int exitCode = passed ? 0 : 1;
    if (!m_options.junitPath.isEmpty()) {
        JUnitReport report = JUnitReport::fromRunner(*m_runner, m_startedAt);
        const QString target = m_options.mode == LaunchOptions::Mode::TcpClient ? m_options.tcpClient.targetText()
                                                                                  : m_options.udp.targetText();
        report.properties.prepend({QStringLiteral("target"), target});
        report.properties.prepend({QStringLiteral("file"), m_options.sequencePath});
        const Status written = report.write(m_options.junitPath);
        if (!written) {
            emit notice(written.error);
            exitCode = 2;
        }
    }
    endWith(exitCode);
}

void HeadlessSequence::endWith(int exitCode)
{
    if (m_ended)
        return;
    m_ended = true;
    std::fflush(stdout);
    // What the last step sent leaves before the exit (the session's close waits for it, within its grace).
    if (m_session && m_session->state() != Session::State::Idle) {
        connect(m_session, &Session::stateChanged, this, [this, exitCode](Session::State state) {
            if (state == Session::State::Idle)
                emit finished(exitCode);
        });
        m_session->stop();
        return;
    }
    QMetaObject::invokeMethod(this, [this, exitCode] { emit finished(exitCode); }, Qt::QueuedConnection);
}

void HeadlessSequence::writeOut(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace Sockpit
