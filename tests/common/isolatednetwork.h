#pragma once

// Runs one function of the current test binary again inside a private network
// namespace whose only interface is loopback, so whatever it sends (a name
// lookup, a broadcast) cannot leave the machine.
//
//   void Tst::lookup()
//   {
//       if (!SockpitTest::inIsolatedNetwork()) {
//           const auto run = SockpitTest::runInIsolatedNetwork(QStringLiteral("lookup"));
//           if (!run.available || run.skipped)
//               QSKIP(qPrintable(run.output));
//           QVERIFY2(run.passed, qPrintable(run.output));
//           return;
//       }
//       ... the real test, now inside the namespace ...
//   }

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace SockpitTest {

inline constexpr char IsolatedNetworkVariable[] = "SOCKPIT_TEST_ISOLATED_NETWORK";

/// True in the re-run inside the private namespace.
inline bool inIsolatedNetwork()
{
    return qEnvironmentVariableIsSet(IsolatedNetworkVariable);
}

/// The command that enters a new network namespace here (as root, or through a
/// user namespace), or an empty list when there is none.
inline QStringList unshareCommand()
{
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty())
        return {};
    const QList<QStringList> variants{
        {QStringLiteral("--net"), QStringLiteral("--")},
        {QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--net"), QStringLiteral("--")},
    };
    for (const QStringList &arguments : variants) {
        QProcess probe;
        probe.start(unshare, arguments + QStringList{QStringLiteral("true")});
        if (probe.waitForFinished(10000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return QStringList{unshare} + arguments;
    }
    return {};
}

struct IsolatedRun
{
    bool available = false; ///< a namespace could be made
    bool passed = false;
    bool skipped = false;   ///< the re-run skipped the test
    QString output;         ///< the re-run's test log, or why it could not run
};

/// Runs testFunction of this binary in a fresh network namespace, loopback up.
inline IsolatedRun runInIsolatedNetwork(const QString &testFunction, int timeoutMs = 60000)
{
    IsolatedRun run;
    const QStringList command = unshareCommand();
    if (command.isEmpty()) {
        run.output = QStringLiteral("no private network namespace available here (unshare missing or not permitted)");
        return run;
    }
    run.available = true;

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(IsolatedNetworkVariable), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList arguments = command.mid(1)
        + QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("ip link set lo up 2>/dev/null; exec \"$@\""), QStringLiteral("sh"),
                      QCoreApplication::applicationFilePath(), testFunction};
    process.start(command.first(), arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    run.output = QString::fromLocal8Bit(process.readAll());
    if (!finished) {
        run.output.prepend(QStringLiteral("the isolated run timed out:\n"));
        return run;
    }
    run.passed = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    run.skipped = run.output.contains(QStringLiteral("SKIP   : "));
    return run;
}

} // namespace SockpitTest
