// The library survives a process killed outright (SIGKILL, as a forced
// shutdown or a crash does): this test runs itself again as a child that
// edits the library, kills it between two edits or in the middle of a stream
// of them, and starts again from the file. Nothing the child reported saved
// may be lost, and the file is never half written.

#include "commandlibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Sockpit;

namespace {

constexpr int Timeout = 30000;
constexpr int Rounds = 5;
/// Edits a streaming child makes at most before it stops on its own.
constexpr int StreamLimit = 400;

Command edit(int n)
{
    Command command;
    command.group = QStringLiteral("Edits %1").arg(n % 3);
    command.name = QStringLiteral("edit %1").arg(n);
    command.item.data = QStringLiteral("payload %1\\r\\n").arg(n);
    command.comment = QString(n % 7, u'c');
    return command;
}

/// The child: "--child PATH FIRST COUNT" makes edits FIRST … FIRST+COUNT-1,
/// printing "saved N" after each is on disk, then waits to be killed.
int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 5)
        return 2;
    CommandLibrary library(QString::fromLocal8Bit(argv[2]));
    if (!library.loadError().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(library.loadError()));
        return 3;
    }
    const int first = std::atoi(argv[3]);
    const int count = std::atoi(argv[4]);
    for (int n = first; n < first + count; ++n) {
        const Status saved = library.add(edit(n));
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error));
            return 4;
        }
        std::printf("saved %d\n", n);
        std::fflush(stdout);
    }
    // Stays until the parent kills it (bounded: the parent always does, or its stdin ends).
    char line[16];
    while (std::fgets(line, sizeof line, stdin)) {
    }
    return 0;
}

} // namespace

class TstCommandLibraryCrash : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void killedBetweenTwoEdits();
    void killedInTheMiddleOfEdits();

private:
    /// Starts the child and returns once it has reported at least want edits; the last one reported.
    int runUntil(QProcess &child, int first, int count, int want);
    /// The last edit the child has reported so far.
    int lastReported(QProcess &child);
    /// The library as a new start finds it: every edit 0 … count-1 in its group, in order.
    void verifyEdits(int atLeast, int atMost, int *found);
    QString path() const { return m_dir->filePath(QStringLiteral("commands.json")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_output;
};

void TstCommandLibraryCrash::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

int TstCommandLibraryCrash::lastReported(QProcess &child)
{
    m_output += child.readAllStandardOutput();
    // Only whole lines: the child may have died in the middle of one.
    const qsizetype end = m_output.lastIndexOf('\n');
    const qsizetype start = m_output.lastIndexOf("saved ", end);
    return end < 0 || start < 0 ? -1 : m_output.mid(start + 6, end - start - 6).toInt();
}

int TstCommandLibraryCrash::runUntil(QProcess &child, int first, int count, int want)
{
    m_output.clear();
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({QStringLiteral("--child"), path(), QString::number(first), QString::number(count)});
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start();
    int last = -1;
    QElapsedTimer clock;
    clock.start();
    while (last < first + want - 1 && clock.elapsed() < Timeout && child.state() != QProcess::NotRunning) {
        QTest::qWait(1);
        last = lastReported(child);
    }
    return last;
}

void TstCommandLibraryCrash::verifyEdits(int atLeast, int atMost, int *found)
{
    const CommandLibrary restarted(path());
    QVERIFY2(restarted.loadError().isEmpty(), qPrintable(restarted.loadError()));
    const int count = restarted.commandCount();
    QVERIFY2(count >= atLeast && count <= atMost,
             qPrintable(QStringLiteral("%1 edits on disk, expected %2 to %3").arg(count).arg(atLeast).arg(atMost)));
    for (int n = 0; n < count; ++n) {
        const std::optional<Command> command = restarted.command(edit(n).group, edit(n).name);
        QVERIFY2(command && *command == edit(n), qPrintable(QStringLiteral("edit %1 is lost or changed").arg(n)));
    }
    *found = count;
}

void TstCommandLibraryCrash::killedBetweenTwoEdits()
{
    int done = 0;
    for (int round = 0; round < Rounds; ++round) {
        QProcess child;
        // One edit, then the child waits: killed after edit 1, before edit 2.
        const int last = runUntil(child, done, 1, 1);
        QCOMPARE(last, done);
        child.kill();
        QVERIFY(child.waitForFinished(Timeout));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        int found = 0;
        verifyEdits(done + 1, done + 1, &found);
        done = found;
    }
    QCOMPARE(done, Rounds);
}

void TstCommandLibraryCrash::killedInTheMiddleOfEdits()
{
    int done = 0;
    for (int round = 0; round < Rounds; ++round) {
        QProcess child;
        // Killed while it writes as fast as it can: perhaps in the middle of a save.
        const int want = 3 + int(QRandomGenerator::global()->bounded(30));
        const int last = runUntil(child, done, StreamLimit, want);
        QVERIFY2(last >= done + want - 1, qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
        child.kill();
        QVERIFY(child.waitForFinished(Timeout));
        // It went on until the kill landed: everything it reported is there, and
        // the edit under way when it died may be too.
        const int reported = lastReported(child);
        QVERIFY(reported >= last);
        int found = 0;
        verifyEdits(reported + 1, reported + 2, &found);
        qInfo("round %d: killed after edit %d was reported, %d edits on disk", round + 1, reported, found);
        done = found;
    }
}

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    TstCommandLibraryCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_commandlibrary_crash.moc"
