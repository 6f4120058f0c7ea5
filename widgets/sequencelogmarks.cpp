#include "sequencelogmarks.h"

#include "trafficlog.h"

namespace Sockpit {

void SequenceLogMarks::start(const QString &name)
{
    m_lines = 0;
    m_folded = 0;
    write(tr("Sequence \"%1\" starts").arg(name));
}

void SequenceLogMarks::stepStarted(const CompiledStep &step, quint64 iteration)
{
    mark(iteration > 0 ? tr("▶ step %1 [%2]: %3").arg(step.path).arg(iteration).arg(step.title)
                       : tr("▶ step %1: %2").arg(step.path, step.title));
}

void SequenceLogMarks::stepFinished(const StepResult &result)
{
    mark(result.summary());
}

void SequenceLogMarks::finish(const QString &name, const QString &outcome)
{
    if (m_folded > 0)
        write(tr("step lines folded: %1 more").arg(m_folded));
    write(tr("Sequence \"%1\": %2").arg(name, outcome));
}

QString SequenceLogMarks::tally(const SequenceRunner &runner)
{
    const SequenceRunner::Counts counts = runner.counts();
    const QString seconds = QString::number(double(runner.elapsedMs()) / 1000.0, 'f', 1);
    return tr("%1 passed, %2 failed, %3 timed out, %4 skipped in %5 s")
        .arg(counts.passed)
        .arg(counts.failed)
        .arg(counts.timedOut)
        .arg(counts.skipped)
        .arg(seconds);
}

void SequenceLogMarks::mark(const QString &line)
{
    if (m_lines >= MaxLines) {
        ++m_folded;
        return;
    }
    ++m_lines;
    write(line);
}

void SequenceLogMarks::write(const QString &line)
{
    m_log->appendMessage(Direction::Info, Peer{}, line);
}

} // namespace Sockpit
