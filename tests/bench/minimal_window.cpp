// The start-up baseline: the smallest Qt Widgets program with a main window,
// at its natural size or at the size given as WIDTHxHEIGHT.
#include "firstpaint.h"

#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    return SockpitBench::showUntilFirstPaint(argc, argv, [] {
        auto *window = new QMainWindow;
        window->setCentralWidget(new QLabel(QStringLiteral("Hello"), window));
        return window;
    });
}
