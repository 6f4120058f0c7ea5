#pragma once

#include "sequencerunner.h"

#include <QCoreApplication>
#include <QString>

namespace Sockpit {

class TrafficLog;

/// Marks where each step of a run happened in a session's log: a line as a
/// step starts and its result as it ends, for the first MaxLines lines of a
/// run; the rest (a long or endless repeat) are counted in one line at the end.
class SequenceLogMarks
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::SequenceLogMarks)
public:
    static constexpr int MaxLines = 100;

    explicit SequenceLogMarks(TrafficLog *log)
        : m_log(log)
    {
    }

    /// A new run of the sequence called name.
    void start(const QString &name);
    /// "▶ step 2: expect starts-with "OK"" ("step 3.1 [2]" in a repeat's second pass).
    void stepStarted(const CompiledStep &step, quint64 iteration);
    void stepFinished(const StepResult &result);
    /// The count of folded lines, if any, then the run's outcome.
    void finish(const QString &name, const QString &outcome);

    /// "3 passed, 1 failed, 0 timed out, 0 skipped in 1.2 s".
    static QString tally(const SequenceRunner &runner);

private:
    void mark(const QString &line);
    void write(const QString &line);

    TrafficLog *m_log;
    int m_lines = 0;
    quint64 m_folded = 0;
};

} // namespace Sockpit
