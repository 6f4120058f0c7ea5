#include "sequencerunner.h"

#include "codec.h"
#include "logline.h"
#include "session.h"

#include <QCoreApplication>

#include <climits>
#include <iterator>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::SequenceRunner)
};

using Kind = SequenceStep::Kind;
using Outcome = StepResult::Status;

/// A received frame for a one-line detail: its text with control characters
/// as escapes, or its bytes in hex for the Hex view, cut short.
QString shownFrame(const QByteArray &data, const QString &encoding)
{
    constexpr qsizetype MaxBytes = 64;
    const QByteArray head = data.left(MaxBytes);
    const QString more = data.size() > MaxBytes ? QStringLiteral("\u2026") : QString();
    if (Encodings::isHex(encoding))
        return Hex::format(head) + more;
    StreamDecoder decoder(encoding);
    const QString text = more.isEmpty() ? decoder.decodeLast(head) : decoder.decode(head);
    return u'"' + LogLine::escaped(text) + more + u'"';
}

} // namespace

QString StepResult::statusWord(Status status)
{
    switch (status) {
    case Outcome::Pass: return QStringLiteral("PASS");
    case Outcome::Fail: return QStringLiteral("FAIL");
    case Outcome::TimedOut: return QStringLiteral("TIMEOUT");
    case Outcome::Skipped: return QStringLiteral("SKIP");
    }
    return QString();
}

QString StepResult::statusTitle(Status status)
{
    switch (status) {
    case Outcome::Pass: return Text::tr("Passed");
    case Outcome::Fail: return Text::tr("Failed");
    case Outcome::TimedOut: return Text::tr("Timed out");
    case Outcome::Skipped: return Text::tr("Skipped");
    }
    return QString();
}

QString StepResult::summary() const
{
    QString line = statusWord(status) + QStringLiteral(" step ") + path;
    if (iteration > 0)
        line += QStringLiteral(" [%1]").arg(iteration);
    line += u' ' + title;
    if (status == Status::Pass) {
        if (roundTripMs >= 0)
            line += Text::tr(" %1 ms").arg(roundTripMs);
    } else if (!detail.isEmpty()) {
        line += QStringLiteral(": ") + detail;
    }
    return line;
}

SequenceRunner::SequenceRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<StepResult>();
    m_nextTimer.setSingleShot(true);
    m_nextTimer.setInterval(0);
    m_stepTimer.setSingleShot(true);
    m_stepTimer.setTimerType(Qt::PreciseTimer); // a 50 ms timeout is meant as 50 ms
    connect(&m_nextTimer, &QTimer::timeout, this, &SequenceRunner::runNext);
    connect(&m_stepTimer, &QTimer::timeout, this, &SequenceRunner::onTimer);
}

SequenceRunner::~SequenceRunner() = default;

void SequenceRunner::setPort(Port port)
{
    m_port = std::move(port);
}

void SequenceRunner::setSession(Session *session)
{
    for (const QMetaObject::Connection &connection : m_sessionConnections)
        disconnect(connection);
    m_sessionConnections.clear();
    m_session = session;
    if (!session) {
        m_port = Port();
        return;
    }
    Port port;
    port.send = [this](const QByteArray &bytes) {
        if (!m_session)
            return Sockpit::Status::failure(Text::tr("there is no session to send on"));
        // A refusal says why through errorOccurred, before send() returns.
        QString why;
        const QMetaObject::Connection listen = connect(m_session, &Session::errorOccurred, this,
                                                       [&why](const QString &message) { why = message; });
        const bool sent = m_session->send(bytes);
        disconnect(listen);
        if (sent)
            return Sockpit::Status::success();
        return Sockpit::Status::failure(why.isEmpty() ? Text::tr("nothing could be sent") : why);
    };
    port.isBackedUp = [this] { return m_session && m_session->isBackedUp(); };
    m_port = std::move(port);
    m_sessionConnections.push_back(connect(session, &Session::drained, this, &SequenceRunner::onDrained));
    m_sessionConnections.push_back(connect(session, &Session::stateChanged, this, [this](Session::State state) {
        if (state != Session::State::Idle || !m_running)
            return;
        // From the event loop: the session's own news of why (peerLeft, errorOccurred)
        // comes right after the state and gives whoever listens a better reason to abort with.
        QMetaObject::invokeMethod(this, [this] {
            if (m_running && (!m_session || m_session->state() == Session::State::Idle))
                abort(Text::tr("the session stopped"));
        }, Qt::QueuedConnection);
    }));
}

bool SequenceRunner::start(const CompiledSequence &sequence)
{
    if (m_running || !m_port.send || sequence.steps.isEmpty())
        return false;
    m_sequence = sequence;
    m_running = true;
    m_stopped = false;
    m_aborted = false;
    m_reachedEnd = false;
    m_pc = 0;
    m_loops.clear();
    m_buffer.clear();
    m_bufferedBytes = 0;
    m_counts = Counts();
    m_results.clear();
    m_dropped = 0;
    m_waitingForDrain = false;
    m_expecting = false;
    m_clock.start();
    m_lastSendMs = 0; // a first expect before any send measures from the start
    m_nextTimer.start();
    return true;
}

void SequenceRunner::stop()
{
    if (!m_running)
        return;
    m_stopped = true;
    if (!m_recording) // else a slot of stepFinished asked: the step ending now ends the run
        finishStep(Outcome::Skipped, Text::tr("stopped"));
}

void SequenceRunner::abort(const QString &reason)
{
    if (!m_running)
        return;
    m_aborted = true;
    if (!m_recording)
        finishStep(Outcome::Fail, reason);
}

void SequenceRunner::runNext()
{
    if (!m_running)
        return;
    // Repeats are entered and left here; each pass ends at a leaf step, so the
    // loop is bounded by the nesting depth.
    for (;;) {
        if (!m_loops.empty() && m_pc >= m_sequence.steps.at(m_loops.back().index).end) {
            Loop &loop = m_loops.back();
            const int count = m_sequence.steps.at(loop.index).count;
            if (count == 0 || loop.iteration < quint64(count)) {
                ++loop.iteration;
                m_pc = loop.index + 1;
                emit stepStarted(loop.index, loop.iteration);
                if (!m_running)
                    return;
            } else {
                m_loops.pop_back();
            }
            continue;
        }
        if (m_pc >= m_sequence.steps.size()) {
            finishRun(true);
            return;
        }
        if (m_sequence.steps.at(m_pc).kind == Kind::Repeat) {
            m_loops.push_back(Loop{m_pc, 1});
            emit stepStarted(m_pc, 1);
            if (!m_running)
                return;
            ++m_pc;
            continue;
        }
        startLeaf();
        return;
    }
}

void SequenceRunner::startLeaf()
{
    const CompiledStep &step = m_sequence.steps.at(m_pc);
    m_stepClock.start();
    emit stepStarted(m_pc, iterationAt(m_pc));
    if (!m_running)
        return; // a slot stopped the run
    switch (step.kind) {
    case Kind::Send: trySend(); break;
    case Kind::Wait: m_stepTimer.start(step.waitMs); break;
    case Kind::Expect: startExpect(); break;
    case Kind::Repeat: break; // entered by runNext()
    }
}

void SequenceRunner::trySend()
{
    // Back-pressure: a step that would pile more onto a full backlog waits for drained().
    if (m_port.isBackedUp && m_port.isBackedUp()) {
        m_waitingForDrain = true;
        return;
    }
    m_waitingForDrain = false;
    const CompiledStep &step = m_sequence.steps.at(m_pc);
    const Sockpit::Status sent = m_port.send(step.bytes);
    if (!m_running)
        return; // the session stopped while sending, and the run with it
    if (!sent) {
        finishStep(Outcome::Fail, sent.error);
        return;
    }
    // Frames from before the send answer something else.
    m_buffer.clear();
    m_bufferedBytes = 0;
    m_lastSendMs = m_clock.elapsed();
    finishStep(Outcome::Pass, Text::tr("%n byte(s) sent", nullptr, int(step.bytes.size())));
}

void SequenceRunner::onDrained()
{
    if (m_running && m_waitingForDrain)
        trySend();
}

void SequenceRunner::startExpect()
{
    m_expecting = true;
    m_seenByExpect = 0;
    m_lastSeen.clear();
    m_scanned = 0;
    if (scan(m_buffer.begin()))
        return;
    m_stepTimer.start(m_sequence.steps.at(m_pc).timeoutMs);
}

bool SequenceRunner::scan(std::deque<Received>::iterator from)
{
    const CompiledStep &step = m_sequence.steps.at(m_pc);
    for (auto it = from; it != m_buffer.end(); ++it) {
        ++m_seenByExpect;
        const MatchResult match = step.matcher.match(it->data);
        if (!match.matched) {
            m_lastSeen = it->data;
            continue;
        }
        const qint64 roundTrip = it->atMs - m_lastSendMs;
        const QString detail = Text::tr("matched %1").arg(shownFrame(it->data, m_sequence.encoding));
        // The match and what came before it are taken; later frames wait for the next expect.
        const auto taken = std::distance(m_buffer.begin(), it) + 1;
        for (auto dropped = m_buffer.begin(); dropped != m_buffer.begin() + taken; ++dropped)
            m_bufferedBytes -= dropped->data.size();
        m_buffer.erase(m_buffer.begin(), m_buffer.begin() + taken);
        m_expecting = false;
        m_stepTimer.stop();
        finishStep(Outcome::Pass, detail, roundTrip, match.captures);
        return true;
    }
    m_scanned = qsizetype(m_buffer.size());
    return false;
}

void SequenceRunner::onFrames(const Peer &peer, const FrameBatch &frames)
{
    Q_UNUSED(peer);
    if (!m_running || frames.isEmpty())
        return;
    const qint64 now = m_clock.elapsed();
    // Each frame is looked at as it comes, so the buffer's bound never drops
    // one the current expect has not seen.
    for (qsizetype i = 0; i < frames.size(); ++i) {
        remember(Received{frames.frame(i).data, now});
        if (m_expecting)
            scan(m_buffer.begin() + qMin(m_scanned, qsizetype(m_buffer.size())));
        if (!m_running)
            return; // that frame was the last step's
    }
}

void SequenceRunner::remember(const Received &frame)
{
    m_buffer.push_back(frame);
    m_bufferedBytes += frame.data.size();
    while (m_buffer.size() > 1
           && (m_buffer.size() > size_t(MaxBufferedFrames) || m_bufferedBytes > MaxBufferedBytes)) {
        m_bufferedBytes -= m_buffer.front().data.size();
        m_buffer.pop_front();
        if (m_scanned > 0)
            --m_scanned;
    }
}

void SequenceRunner::onTimer()
{
    if (!m_running)
        return;
    const CompiledStep &step = m_sequence.steps.at(m_pc);
    if (step.kind == Kind::Wait) {
        finishStep(Outcome::Pass, QString());
        return;
    }
    m_expecting = false;
    if (m_seenByExpect == 0) {
        finishStep(Outcome::TimedOut, Text::tr("nothing received within %1 ms").arg(step.timeoutMs));
        return;
    }
    finishStep(Outcome::Fail, Text::tr("%n frame(s) received within %1 ms, none matched; the last: %2", nullptr,
                                int(qMin<quint64>(m_seenByExpect, INT_MAX)))
                                 .arg(step.timeoutMs)
                                 .arg(shownFrame(m_lastSeen, m_sequence.encoding)));
}

StepResult SequenceRunner::resultFor(int index) const
{
    const CompiledStep &step = m_sequence.steps.at(index);
    StepResult result;
    result.index = index;
    result.path = step.path;
    result.title = step.title;
    result.kind = step.kind;
    result.iteration = iterationAt(index);
    return result;
}

void SequenceRunner::finishStep(StepResult::Status status, const QString &detail, qint64 roundTripMs,
                                const QStringList &captures)
{
    m_stepTimer.stop();
    m_nextTimer.stop();
    m_expecting = false;
    m_waitingForDrain = false;
    if (m_pc >= m_sequence.steps.size()) {
        finishRun(false); // between steps, at the very end: nothing is under way
        return;
    }
    StepResult result = resultFor(m_pc);
    result.status = status;
    result.detail = detail;
    result.roundTripMs = roundTripMs;
    result.captures = captures;
    result.elapsedMs = m_stepClock.isValid() ? m_stepClock.elapsed() : 0;
    record(result);
    const CompiledStep &step = m_sequence.steps.at(m_pc);
    const bool continueAfterMiss = result.failed() && step.kind == Kind::Expect
                                   && step.onFail == SequenceStep::OnFail::Continue;
    const bool goOn = !m_stopped && !m_aborted && (status == Outcome::Pass || continueAfterMiss);
    if (!goOn) {
        skipRest(m_stopped ? Text::tr("stopped") : Text::tr("an earlier step failed"));
        finishRun(false);
        return;
    }
    m_stepClock.invalidate();
    ++m_pc;
    // The last step's end is the run's end, decided now: news that comes
    // before the next turn of the loop (the peer closing) finds it over.
    if (isLastPass()) {
        finishRun(true);
        return;
    }
    m_nextTimer.start();
}

bool SequenceRunner::isLastPass() const
{
    if (m_pc < m_sequence.steps.size())
        return false;
    for (const Loop &loop : m_loops) {
        const int count = m_sequence.steps.at(loop.index).count;
        if (count == 0 || loop.iteration < quint64(count))
            return false;
    }
    return true;
}

void SequenceRunner::record(const StepResult &result)
{
    switch (result.status) {
    case Outcome::Pass: ++m_counts.passed; break;
    case Outcome::Fail: ++m_counts.failed; break;
    case Outcome::TimedOut: ++m_counts.timedOut; break;
    case Outcome::Skipped: ++m_counts.skipped; break;
    }
    m_results.push_back(result);
    m_recording = true;
    emit stepFinished(result);
    m_recording = false;
    while (m_results.size() > size_t(m_resultLimit)) {
        m_results.pop_front();
        ++m_dropped;
    }
}

void SequenceRunner::skipRest(const QString &why)
{
    for (int index = m_pc + 1; index < m_sequence.steps.size() && m_running; ++index) {
        if (m_sequence.steps.at(index).kind == Kind::Repeat)
            continue;
        StepResult result = resultFor(index);
        result.status = Outcome::Skipped;
        result.detail = why;
        record(result);
    }
}

void SequenceRunner::finishRun(bool reachedEnd)
{
    if (!m_running)
        return;
    m_running = false;
    m_reachedEnd = reachedEnd;
    m_stepTimer.stop();
    m_nextTimer.stop();
    m_runMs = m_clock.elapsed();
    m_buffer.clear();
    m_bufferedBytes = 0;
    emit finished(passed());
}

quint64 SequenceRunner::iterationAt(int index) const
{
    for (auto loop = m_loops.rbegin(); loop != m_loops.rend(); ++loop) {
        if (index > loop->index && index < m_sequence.steps.at(loop->index).end)
            return loop->iteration;
    }
    return 0;
}

} // namespace Sockpit
