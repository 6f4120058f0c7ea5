#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <functional>
#include <memory>
#include <string>

namespace SockpitBench {

/// Prints "shown" once the first paint of a window's widgets is done, then
/// quits: the parent process times the launch up to that line. The line also
/// gives the milliseconds since main() began at each mark() and at the paint
/// ("shown app=12.3 window=45.6 paint=50.1"), to see where start-up goes.
class FirstPaintReporter : public QObject
{
public:
    explicit FirstPaintReporter(const QElapsedTimer &sinceMain)
        : m_sinceMain(sinceMain)
    {
    }

    void mark(const char *name)
    {
        m_marks += std::string(" ") + name + '=' + std::to_string(double(m_sinceMain.nsecsElapsed()) / 1e6);
    }

    /// Watches window for its first paint.
    void watch(QWidget *window)
    {
        m_window = window;
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_reported && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_reported = true;
            // Queued: the paint under way finishes first.
            QTimer::singleShot(0, this, [this] {
                mark("paint");
                std::printf("shown%s\n", m_marks.c_str());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_sinceMain;
    QWidget *m_window = nullptr;
    std::string m_marks;
    bool m_reported = false;
};

/// main() of a start-up baseline: the application, then the window makeWindow()
/// builds (null: exit status 2), at the size WIDTHxHEIGHT in argv[1] when
/// given, shown; returns once its first paint is reported.
inline int showUntilFirstPaint(int &argc, char **argv, const std::function<QMainWindow *()> &makeWindow)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    FirstPaintReporter reporter(sinceMain);
    QApplication app(argc, argv);
    reporter.mark("app");
    const std::unique_ptr<QMainWindow> window(makeWindow());
    if (!window)
        return 2;
    const QStringList size = QString::fromLatin1(argc > 1 ? argv[1] : "").split(u'x');
    if (size.size() == 2)
        window->resize(size[0].toInt(), size[1].toInt());
    reporter.mark("window");
    reporter.watch(window.get());
    window->show();
    return QApplication::exec();
}

} // namespace SockpitBench
