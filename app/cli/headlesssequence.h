#pragma once

#include "launchoptions.h"
#include "sequence.h"
#include "sequencerunner.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Sockpit {

class CaptureSink;
class FrameHub;
class HeadlessTls;
class Session;

/// --sequence FILE [--junit FILE]: runs a sequence on a TCP client's
/// connection (once connected) or a UDP session (once bound), and ends the
/// run with its verdict.
///
/// stdout holds one line per step execution (StepResult::summary()) and nothing else:
///   PASS step 2 expect starts-with "OK" 12 ms
///   FAIL step 3.1 [2] expect regex "^VALUE=\d+": 1 frame(s) received within 1000 ms, none matched; the last: "ERR\n"
///   TIMEOUT step 4 expect contains "BYE": nothing received within 1000 ms
///   SKIP step 5 send "LOGOUT": an earlier step failed
/// Received data is not printed (the failing steps quote what came; --capture
/// keeps every byte); state, errors and a closing summary go to stderr. stdin
/// is not read. Frames are cut as --frame says (per read by default).
///
/// Exit codes: 0 every step passed; 1 a step failed or timed out, the
/// connection failed or closed first, or the run was interrupted; 2 the
/// sequence file is bad (nothing is run) or the JUnit file cannot be written.
class HeadlessSequence : public QObject
{
    Q_OBJECT
public:
    HeadlessSequence(const LaunchOptions &options, const QString &encoding, QObject *parent = nullptr);

    /// Reads and compiles the file; the reason it cannot run, or empty.
    QString load();
    /// Runs over session (already started by the launcher); its errors come through errors.
    void run(Session *session, HeadlessTls *errors, CaptureSink *capture);

signals:
    void finished(int exitCode);
    /// A line for stderr.
    void notice(const QString &line);

private:
    void startRunner();
    void onSessionError(const QString &message);
    void onRunFinished(bool passed);
    void endWith(int exitCode);
    static void writeOut(const QString &line);

    LaunchOptions m_options;
    QString m_encoding;
    CompiledSequence m_sequence;
    SequenceRunner *m_runner;
    FrameHub *m_hub;
    QPointer<Session> m_session;
    QDateTime m_startedAt;
    bool m_started = false;
    bool m_ended = false;
};

} // namespace Sockpit
