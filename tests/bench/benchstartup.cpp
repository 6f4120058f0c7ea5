#include "bench.h"

#include "firstpaint.h"
#include "languagemanager.h"
#include "widgetcensus.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>

using namespace Sockpit;

namespace SockpitBench {

// ---- 7. Start-up -----------------------------------------------------------

namespace {

// A start-up child quits after its first paint; one that hangs is killed.
void waitForExit(QProcess &child)
{
    waitUntil([&child] { return child.state() == QProcess::NotRunning; }, 30000);
    if (child.state() != QProcess::NotRunning) {
        child.kill();
        child.waitForFinished(5000);
    }
}

} // namespace

double Bench::startupMs(const QString &program, const QStringList &arguments)
{
    QProcess child;
    child.setProgram(program);
    child.setArguments(arguments);
    QElapsedTimer clock;
    clock.start();
    child.start();
    waitUntil([&child] { return child.canReadLine() || child.state() == QProcess::NotRunning; }, 30000);
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    const QByteArray line = child.readLine().trimmed();
    const bool shown = line.startsWith("shown");
    if (shown && m_config.verbose)
        m_stallNotes << QStringLiteral("start-up of %1: %2 ms to the window; after main(): %3")
                            .arg((QStringList{QFileInfo(program).fileName()} + arguments).join(u' '), number(ms),
                                 QString::fromLatin1(line.mid(6)));
    waitForExit(child);
    if (!shown) {
        fail(QStringLiteral("%1 did not show its window: %2").arg(program, QString::fromUtf8(child.readAllStandardError())));
        return 0;
    }
    return ms;
}

QStringList Bench::startupCensus()
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--startup-window"), QStringLiteral("--census")});
    waitForExit(child);
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        if (line.startsWith("census "))
            return QString::fromLatin1(line.mid(7)).split(u' ', Qt::SkipEmptyParts);
    }
    fail(QStringLiteral("the start-up child gave no census of its widgets"));
    return {};
}

void Bench::startupScenario()
{
    const QString self = QCoreApplication::applicationFilePath();
    const QString minimal = QCoreApplication::applicationDirPath() + QStringLiteral("/sockpit_bench_minimal");
    const QString replica = QCoreApplication::applicationDirPath() + QStringLiteral("/sockpit_bench_replica");
    // Filling a window's pixels costs by its area (a 1100 × 760 backing store
    // alone is about 800 page faults), so the baseline that isolates what
    // Sockpit adds is the minimal window at Sockpit's size. The minimal window
    // at its own size is listed too, and plain Qt widgets of the kinds and
    // number Sockpit's first paint shows (its census), which tells what the
    // widgets cost from what Sockpit adds to them.
    const QSize size = MainWindow::defaultSize();
    const QString sizeArgument = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
    const QStringList census = startupCensus();
    qsizetype widgets = 0;
    for (const QString &token : census)
        widgets += token.section(u'*', 1).toInt();
    std::vector<double> sockpit;
    std::vector<double> sameSize;
    std::vector<double> ownSize;
    std::vector<double> sameWidgets;
    // Alternated, so that a busy moment of the machine hits all alike.
    for (int i = 0; i < m_config.startupRuns; ++i) {
        sameSize.push_back(startupMs(minimal, {sizeArgument}));
        sockpit.push_back(startupMs(self, {QStringLiteral("--startup-window")}));
        ownSize.push_back(startupMs(minimal, {}));
        sameWidgets.push_back(startupMs(replica, QStringList{sizeArgument} + census));
    }
    const double s = median(sockpit);
    const double p = median(sameSize);
    const double q = median(ownSize);
    const double r = median(sameWidgets);
    m_table.add({QStringLiteral("7. Start-up to main window shown (median of %1)").arg(m_config.startupRuns),
                 number(s) + QStringLiteral(" ms"),
                 number(p) + QStringLiteral(" ms (QMainWindow + label, %1 × %2)").arg(size.width()).arg(size.height()),
                 Table::ratio(s, p), QStringLiteral("≤ 1.5×"), Table::met(p > 0 && s > 0 && s <= 1.5 * p)});
    m_table.add({QStringLiteral("7. The same against the label window at its own size"), number(s) + QStringLiteral(" ms"),
                 number(q) + QStringLiteral(" ms (QMainWindow + label)"), Table::ratio(s, q), QStringLiteral("—"),
                 QStringLiteral("—")});
    m_table.add({QStringLiteral("7. The same against plain Qt widgets of the kinds and number shown (%1)").arg(widgets),
                 number(s) + QStringLiteral(" ms"),
                 number(r) + QStringLiteral(" ms (%1 × the label window at the same size)").arg(Table::ratio(r, p)),
                 Table::ratio(s, r), QStringLiteral("—"), QStringLiteral("—")});
}

// The start-up child: what main() does before the event loop, up to the first paint.
int runStartupWindow(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    FirstPaintReporter reporter(sinceMain);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Sockpit"));
    QCoreApplication::setApplicationName(QStringLiteral("Sockpit"));
    LanguageManager::instance().setLanguage(LanguageManager::preferred());
    reporter.mark("app");
    MainWindow window;
    reporter.mark("window");
    reporter.watch(&window);
    window.show();
    const int status = QApplication::exec();
    // With --census, what the first paint showed, for the replica window.
    if (QCoreApplication::arguments().contains(QStringLiteral("--census"))) {
        std::printf("census %s\n", qPrintable(widgetCensus(&window).join(u' ')));
        std::fflush(stdout);
    }
    return status;
}

} // namespace SockpitBench
