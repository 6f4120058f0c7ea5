#include "bench.h"

#include "firstpaint.h"
#include "languagemanager.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>

using namespace Sockpit;

namespace SockpitBench {

// ---- 7. Start-up -----------------------------------------------------------

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
    waitUntil([&child] { return child.state() == QProcess::NotRunning; }, 30000);
    if (child.state() != QProcess::NotRunning) {
        child.kill();
        child.waitForFinished(5000);
    }
    if (!shown) {
        fail(QStringLiteral("%1 did not show its window: %2").arg(program, QString::fromUtf8(child.readAllStandardError())));
        return 0;
    }
    return ms;
}

void Bench::startupScenario()
{
    const QString self = QCoreApplication::applicationFilePath();
    const QString minimal = QCoreApplication::applicationDirPath() + QStringLiteral("/sockpit_bench_minimal");
    // Filling a window's pixels costs by its area (a 1100 × 760 backing store
    // alone is about 800 page faults), so the baseline that isolates what
    // Sockpit adds is the minimal window at Sockpit's size. The minimal window
    // at its own size is listed too.
    const QSize size = MainWindow::defaultSize();
    const QString sizeArgument = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
    std::vector<double> sockpit;
    std::vector<double> sameSize;
    std::vector<double> ownSize;
    // Alternated, so that a busy moment of the machine hits all alike.
    for (int i = 0; i < m_config.startupRuns; ++i) {
        sameSize.push_back(startupMs(minimal, {sizeArgument}));
        sockpit.push_back(startupMs(self, {QStringLiteral("--startup-window")}));
        ownSize.push_back(startupMs(minimal, {}));
    }
    const double s = median(sockpit);
    const double p = median(sameSize);
    const double q = median(ownSize);
    m_table.add({QStringLiteral("7. Start-up to main window shown (median of %1)").arg(m_config.startupRuns),
                 number(s) + QStringLiteral(" ms"),
                 number(p) + QStringLiteral(" ms (QMainWindow + label, %1 × %2)").arg(size.width()).arg(size.height()),
                 Table::ratio(s, p), QStringLiteral("≤ 1.5×"), Table::met(p > 0 && s > 0 && s <= 1.5 * p)});
    m_table.add({QStringLiteral("7. The same against the label window at its own size"), number(s) + QStringLiteral(" ms"),
                 number(q) + QStringLiteral(" ms (QMainWindow + label)"), Table::ratio(s, q), QStringLiteral("—"),
                 QStringLiteral("—")});
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
    return QApplication::exec();
}

} // namespace SockpitBench
