// The start-up baseline: the smallest Qt Widgets program with a main window.
#include "firstpaint.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    SockpitBench::FirstPaintReporter reporter(sinceMain);
    QApplication app(argc, argv);
    reporter.mark("app");
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    reporter.mark("window");
    reporter.watch(&window);
    window.show();
    return QApplication::exec();
}
