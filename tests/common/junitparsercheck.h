#pragma once

// A JUnit XML file read by a real JUnit parser: Python's junitparser (Debian
// python3-junitparser), as a CI system would read it.

#include <QByteArray>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace SockpitTest {

/// A python3 that can import junitparser: the one on PATH, else Debian's own
/// (where python3-junitparser installs, also when PATH leads to another Python).
/// Empty when there is none.
inline QString pythonWithJunitparser()
{
    QStringList candidates{QStandardPaths::findExecutable(QStringLiteral("python3")),
                           QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")})};
    for (const QString &python : candidates) {
        if (python.isEmpty())
            continue;
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import junitparser")});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return python;
    }
    return QString();
}

/// What junitparser makes of path: "SUITES CASES FAILED SKIPPED", or "error: …".
inline QByteArray junitparserSummary(const QString &python, const QString &path)
{
    QProcess check;
    check.start(python, {QStringLiteral("-c"),
                         QStringLiteral("import sys, junitparser\n"
                                        "xml = junitparser.JUnitXml.fromfile(sys.argv[1])\n"
                                        "suites = list(xml) if isinstance(xml, junitparser.JUnitXml) else [xml]\n"
                                        "cases = [c for s in suites for c in s]\n"
                                        "failed = sum(1 for c in cases if not c.is_passed and not c.is_skipped)\n"
                                        "skipped = sum(1 for c in cases if c.is_skipped)\n"
                                        "print(len(suites), len(cases), failed, skipped)\n"),
                         path});
    if (!check.waitForFinished(30000))
        return "error: junitparser did not finish";
    if (check.exitStatus() != QProcess::NormalExit || check.exitCode() != 0)
        return "error: " + check.readAllStandardError();
    return check.readAllStandardOutput().trimmed();
}

} // namespace SockpitTest

/// Skips the test when no Python with junitparser is installed.
#define SKIP_WITHOUT_JUNITPARSER(python)                                                                     \
    do {                                                                                                     \
        if ((python).isEmpty())                                                                              \
            QSKIP("no python3 with the junitparser module here (Debian: python3-junitparser)");              \
    } while (false)
