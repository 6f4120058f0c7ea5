// Work deferred past the window's first paint: it waits for the paint, runs
// once, is dropped with its context, and runs at once afterwards.
#include "afterfirstpaint.h"

#include <QLabel>
#include <QTest>

using namespace Sockpit;

class TstAfterFirstPaint : public QObject
{
    Q_OBJECT
private slots:
    void waitsForTheFirstPaintThenRunsAtOnce();
};

void TstAfterFirstPaint::waitsForTheFirstPaintThenRunsAtOnce()
{
    int ran = 0;
    int droppedRan = 0;
    QLabel window(QStringLiteral("window"));
    AfterFirstPaint::run(&window, [&ran] { ++ran; });
    {
        QObject gone;
        AfterFirstPaint::run(&gone, [&droppedRan] { ++droppedRan; });
    }
    QCoreApplication::processEvents();
    QCOMPARE(ran, 0); // nothing painted yet

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(ran, 1);
    QCOMPARE(droppedRan, 0); // its context went away first

    AfterFirstPaint::run(&window, [&ran] { ++ran; });
    QCOMPARE(ran, 2); // once painted, at once
}

QTEST_MAIN(TstAfterFirstPaint)
#include "tst_afterfirstpaint.moc"
