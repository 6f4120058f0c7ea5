// The rate chart's numbers come from the counters: what grew between two
// samples, divided by the time between them.

#include "ratehistory.h"

#include <QTest>

using namespace Sockpit;
using Series = RateHistory::Series;

namespace {

TrafficCounters counters(quint64 rxBytes, quint64 rxFrames, quint64 txBytes, quint64 txSends)
{
    TrafficCounters c;
    c.rxBytes = rxBytes;
    c.rxChunks = rxFrames;
    c.txBytes = txBytes;
    c.txChunks = txSends;
    return c;
}

} // namespace

class TestRateHistory : public QObject
{
    Q_OBJECT
private slots:
    void firstSampleOnlyStarts()
    {
        RateHistory history;
        history.sample(counters(1000, 10, 0, 0), 5000);
        QVERIFY(history.points().empty());
        QCOMPARE(history.latest(Series::RxBytes), 0.0);
    }

    void ratesAreGrowthPerSecond_data()
    {
        QTest::addColumn<qint64>("intervalMs");
        QTest::addColumn<quint64>("rxBytes");
        QTest::addColumn<quint64>("txSends");
        QTest::addColumn<double>("rxPerS");
        QTest::addColumn<double>("txPerS");
        QTest::newRow("one second") << qint64(1000) << quint64(4096) << quint64(3) << 4096.0 << 3.0;
        QTest::newRow("half a second") << qint64(500) << quint64(4096) << quint64(3) << 8192.0 << 6.0;
        QTest::newRow("a late tick") << qint64(2000) << quint64(4096) << quint64(4) << 2048.0 << 2.0;
        QTest::newRow("idle") << qint64(1000) << quint64(0) << quint64(0) << 0.0 << 0.0;
    }
    void ratesAreGrowthPerSecond()
    {
        QFETCH(qint64, intervalMs);
        QFETCH(quint64, rxBytes);
        QFETCH(quint64, txSends);
        QFETCH(double, rxPerS);
        QFETCH(double, txPerS);
        RateHistory history;
        history.sample(counters(100, 1, 50, 1), 10000);
        history.sample(counters(100 + rxBytes, 1, 50, 1 + txSends), 10000 + intervalMs);
        QCOMPARE(history.points().size(), size_t(1));
        QCOMPARE(history.latest(Series::RxBytes), rxPerS);
        QCOMPARE(history.latest(Series::TxFrames), txPerS);
        QCOMPARE(history.latest(Series::TxBytes), 0.0);
        QCOMPARE(history.points().back().msecs, 10000 + intervalMs);
    }

    void peakAndAverage()
    {
        RateHistory history;
        quint64 rx = 0;
        history.sample(counters(rx, 0, 0, 0), 0);
        const quint64 perSecond[] = {100, 300, 0, 200};
        qint64 t = 0;
        for (const quint64 bytes : perSecond) {
            rx += bytes;
            t += 1000;
            history.sample(counters(rx, 0, 0, 0), t);
        }
        QCOMPARE(history.peak(Series::RxBytes), 300.0);
        QCOMPARE(history.average(Series::RxBytes), 150.0);
        QCOMPARE(history.latest(Series::RxBytes), 200.0);
    }

    void resetCountersStartOver()
    {
        RateHistory history;
        history.sample(counters(10000, 100, 0, 0), 0);
        // Reset counters, then 300 bytes in 3 frames arrived within the second.
        history.sample(counters(300, 3, 0, 0), 1000);
        QCOMPARE(history.latest(Series::RxBytes), 300.0);
        QCOMPARE(history.latest(Series::RxFrames), 3.0);
    }

    void clockThatDoesNotAdvanceAddsNothing()
    {
        RateHistory history;
        history.sample(counters(0, 0, 0, 0), 1000);
        history.sample(counters(500, 1, 0, 0), 1000);
        history.sample(counters(500, 1, 0, 0), 900);
        QVERIFY(history.points().empty());
        history.sample(counters(1500, 2, 0, 0), 2000);
        QCOMPARE(history.latest(Series::RxBytes), 1000.0);
    }

    void keepsTheLastMinutesOnly()
    {
        RateHistory history(60);
        qint64 t = 0;
        for (quint64 i = 0; i <= 200; ++i, t += 1000)
            history.sample(counters(i * 10, i, 0, 0), t);
        QCOMPARE(int(history.points().size()), 60);
        QCOMPARE(history.points().front().msecs, qint64(141000));
        QCOMPARE(history.points().back().msecs, qint64(200000));
    }
};

QTEST_GUILESS_MAIN(TestRateHistory)
#include "tst_ratehistory.moc"
