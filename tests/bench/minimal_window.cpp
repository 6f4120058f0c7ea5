// The start-up baseline: the smallest Qt Widgets program with a main window,
// at its natural size or at the size given as WIDTHxHEIGHT.
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
    if (argc > 1) {
        const QStringList size = QString::fromLatin1(argv[1]).split(u'x');
        if (size.size() == 2)
            window.resize(size[0].toInt(), size[1].toInt());
    }
    reporter.mark("window");
    reporter.watch(&window);
    window.show();
    return QApplication::exec();
}
