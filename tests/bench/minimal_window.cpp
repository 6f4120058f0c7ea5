// The start-up baseline: the smallest Qt Widgets program with a main window.
#include "firstpaint.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    SockpitBench::FirstPaintReporter reporter(&window);
    window.show();
    return QApplication::exec();
}
