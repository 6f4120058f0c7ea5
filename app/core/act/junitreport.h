#pragma once

#include "result.h"
#include "sequencerunner.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace Sockpit {

/// A sequence run as JUnit XML, for CI: one testsuite named after the
/// sequence, one testcase per step execution (named "step 3.2 [2] send …"),
/// <failure> for a failed or timed-out step (type "fail" or "timeout"),
/// <skipped> for a skipped one, times in seconds, and properties saying what
/// ran where.
struct JUnitReport
{
    QString suiteName;
    QDateTime startedAt;
    qint64 durationMs = 0;
    QList<QPair<QString, QString>> properties; ///< e.g. ("target", "127.0.0.1:7000")
    QList<StepResult> results;
    quint64 droppedResults = 0; ///< executions left out (a long run keeps the latest)

    /// The report of what runner ran (its kept results).
    static JUnitReport fromRunner(const SequenceRunner &runner, const QDateTime &startedAt);

    QByteArray toXml() const;
    /// Written through QSaveFile; the error names the file.
    Status write(const QString &path) const;
    /// Whether write() could write path (a file there can be replaced), said
    /// before a run so that its results are not lost at the end; nothing is left behind.
    static Status checkWritable(const QString &path);

    /// "step 3.2 [2] send \"QUERY\"": the testcase name of a result.
    static QString caseName(const StepResult &result);
};

} // namespace Sockpit
