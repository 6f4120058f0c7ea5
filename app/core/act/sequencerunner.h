#pragma once

#include "framer.h"
#include "peer.h"
#include "result.h"
#include "sequence.h"

#include <QElapsedTimer>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <functional>
#include <vector>

namespace Sockpit {

class Session;

/// What one execution of one step came to.
struct StepResult
{
    enum class Status : quint8 {
        Pass,
        Fail,     ///< a send that could not go, or frames came and none matched
        TimedOut, ///< an expect that received nothing within its timeout
        Skipped,  ///< not run: the run stopped or failed before it
    };

    int index = -1;         ///< in CompiledSequence::steps
    QString path;           ///< "3.2"
    QString title;          ///< what the step does
    quint64 iteration = 0;  ///< the pass of the innermost repeat, from 1; 0 outside repeats
    SequenceStep::Kind kind = SequenceStep::Kind::Send;
    Status status = Status::Pass;
    qint64 roundTripMs = -1; ///< a matched expect: from the last send (or the run's start) to the frame
    qint64 elapsedMs = 0;    ///< the step's own time
    QString detail;          ///< why it failed, or what matched
    QStringList captures;    ///< a matched expect's captures (regex: the match, then each group)

    bool failed() const { return status == Status::Fail || status == Status::TimedOut; }
    /// One line for a log or stdout: "PASS step 3.2 [2] expect starts-with \"OK\" 12 ms",
    /// "FAIL step 4 send \"Q\": the connection ended: reset by the peer".
    QString summary() const;
    /// "PASS", "FAIL", "TIMEOUT", "SKIP": the headless output's first word, never translated.
    static QString statusWord(Status status);
    /// "Passed", "Failed", "Timed out", "Skipped", translated for the panel.
    static QString statusTitle(Status status);
};

/// Runs a compiled sequence over a session's connection, driven by the event
/// loop: timers for waits and timeouts, nothing blocks.
///
/// Received frames come in through onFrames() (from TrafficRecorder::framesReceived
/// in the window, from a FrameHub headless). An expect looks at the frames
/// received since the last send that no earlier expect took, then at new ones,
/// so a reply that arrives before its expect starts is not missed; a send
/// forgets the frames before it. A match takes the frames up to it: two
/// expects in a row match two frames of one reply in order.
///
/// An expect that times out is TimedOut when nothing came, Fail when frames
/// came and none matched (the last one is in the detail). With onFail
/// "fail" the run ends there, the remaining steps Skipped; with "continue"
/// the miss is recorded and the run goes on, and it still counts against the
/// run: passed() means every step that ran passed and the run reached its end.
class SequenceRunner : public QObject
{
    Q_OBJECT
public:
    /// How the runner sends. isBackedUp may be empty; when it says true, a send
    /// waits for onDrained().
    struct Port
    {
        std::function<Status(const QByteArray &bytes)> send;
        std::function<bool()> isBackedUp;
    };

    /// Frames kept for the next expect since the last send, at most (the oldest go first).
    static constexpr int MaxBufferedFrames = 256;
    static constexpr qsizetype MaxBufferedBytes = 4 * 1024 * 1024;
    /// Results kept by default (a run that repeats until stopped keeps counting).
    static constexpr int DefaultResultLimit = 1000;

    struct Counts
    {
        quint64 passed = 0;
        quint64 failed = 0;
        quint64 timedOut = 0;
        quint64 skipped = 0;
        quint64 total() const { return passed + failed + timedOut + skipped; }
    };

    explicit SequenceRunner(QObject *parent = nullptr);
    ~SequenceRunner() override;

    void setPort(Port port);
    /// The port for session: its send() (the reason of a refusal from its
    /// errorOccurred), its back-pressure and drained(). The runner ends the
    /// run as failed when the session stops (goes Idle) during it.
    void setSession(Session *session);
    void setResultLimit(int limit) { m_resultLimit = qMax(1, limit); }

    /// Starts sequence from its first step; false when a run is under way or there is no port.
    bool start(const CompiledSequence &sequence);
    /// Ends the run: the current and remaining steps are Skipped. finished(false) follows.
    void stop();
    /// Ends the run because the connection went away: the current step fails with reason.
    void abort(const QString &reason);

    /// Received frames (of any peer: a TCP client has one, a UDP session hears everyone).
    void onFrames(const Sockpit::Peer &peer, const Sockpit::FrameBatch &frames);
    /// The session's backlog has drained: a waiting send goes.
    void onDrained();

    bool isRunning() const { return m_running; }
    const CompiledSequence &sequence() const { return m_sequence; }
    /// The index of the step under way, or -1.
    int currentIndex() const { return m_running ? m_pc : -1; }
    Counts counts() const { return m_counts; }
    /// The latest results, oldest first (at most the result limit).
    QList<StepResult> results() const { return QList<StepResult>(m_results.begin(), m_results.end()); }
    /// Results that fell out of results() because of the limit.
    quint64 droppedResults() const { return m_dropped; }
    /// The run (or the last one) reached its end with no step failed or timed out.
    bool passed() const { return !m_running && m_reachedEnd && m_counts.failed == 0 && m_counts.timedOut == 0; }
    bool wasStopped() const { return m_stopped; }
    /// Since the run started (to its end once finished).
    qint64 elapsedMs() const { return m_running ? m_clock.elapsed() : m_runMs; }

signals:
    /// A step began; for a repeat, each of its passes (iteration from 1).
    void stepStarted(int index, quint64 iteration);
    void stepFinished(const Sockpit::StepResult &result);
    void finished(bool passed);

private:
    struct Loop
    {
        int index;          ///< the repeat step
        quint64 iteration;  ///< from 1
    };
    struct Received
    {
        QByteArray data;
        qint64 atMs; ///< m_clock's time
    };

    /// Walks repeats until a leaf step starts, or the end.
    void runNext();
    void startLeaf();
    void trySend();
    void startExpect();
    /// Frames the current expect has not looked at yet: true when one matched.
    bool scan(std::deque<Received>::iterator from);
    void onTimer();
    void finishStep(StepResult::Status status, const QString &detail, qint64 roundTripMs = -1,
                    const QStringList &captures = {});
    void record(const StepResult &result);
    /// Skipped results for the steps after the current one, in this pass.
    void skipRest(const QString &why);
    void finishRun(bool reachedEnd);
    /// Past the last step with every enclosing repeat in its last pass.
    bool isLastPass() const;
    quint64 iterationAt(int index) const;
    StepResult resultFor(int index) const;
    void remember(const Received &frame);

    Port m_port;
    QPointer<Session> m_session;
    std::vector<QMetaObject::Connection> m_sessionConnections;
    CompiledSequence m_sequence;
    bool m_running = false;
    bool m_stopped = false;
    bool m_aborted = false;
    bool m_recording = false; ///< inside stepFinished: stop() and abort() only ask
    bool m_reachedEnd = false;
    int m_pc = 0;
    std::vector<Loop> m_loops;
    QTimer m_nextTimer; ///< the next step, from the event loop (no recursion, no starved loop)
    QTimer m_stepTimer; ///< a wait's end or an expect's timeout
    QElapsedTimer m_clock;
    QElapsedTimer m_stepClock;
    qint64 m_runMs = 0;
    qint64 m_lastSendMs = 0;
    bool m_waitingForDrain = false;
    bool m_expecting = false;

    std::deque<Received> m_buffer; ///< since the last send, not taken by an expect
    qsizetype m_bufferedBytes = 0;
    qsizetype m_scanned = 0;       ///< of m_buffer, looked at by the current expect
    quint64 m_seenByExpect = 0;    ///< frames the current expect looked at
    QByteArray m_lastSeen;

    Counts m_counts;
    std::deque<StepResult> m_results;
    int m_resultLimit = DefaultResultLimit;
    quint64 m_dropped = 0;
};

} // namespace Sockpit

Q_DECLARE_METATYPE(Sockpit::StepResult)
