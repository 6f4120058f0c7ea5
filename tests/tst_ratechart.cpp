// The rate chart, used as a user does: the Rate chart button under the log
// opens it, it shows what the counters counted per second, the unit switches
// to frames, Ctrl+Shift+R closes it, and the panel remembers it.

#include "tcpclientpanel.h"

#include "countersbar.h"
#include "ratechart.h"
#include "sessionworkspace.h"
#include "trafficlog.h"

#include "common/loopbackserver.h"
#include "common/widgetprobe.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Sockpit;
using SockpitTest::childNamed;
using SockpitTest::LoopbackTcpServer;

namespace {
constexpr int Timeout = 10000;
}

class TstRateChart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SockpitTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ratechart"));
        QSettings().clear();
    }

    void opensShowsRatesAndIsRemembered()
    {
        LoopbackTcpServer server;
        QVERIFY2(server.isListening(), qPrintable(server.errorString()));
        auto panel = std::make_unique<TcpClientPanel>();
        panel->resize(1000, 700);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
        SessionWorkspace *workspace = panel->workspace();
        QVERIFY(!workspace->rateChart()); // made on first use

        auto *host = childNamed<QLineEdit>(panel.get(), "hostEdit");
        auto *port = childNamed<QLineEdit>(panel.get(), "portEdit");
        host->clear();
        QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
        port->clear();
        QTest::keyClicks(port, QString::number(server.port()));
        QTest::mouseClick(childNamed<QPushButton>(panel.get(), "connectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);

        auto *button = childNamed<QToolButton>(panel.get(), "rateChartButton");
        QVERIFY(!button->accessibleName().isEmpty() || !button->text().isEmpty());
        QTest::mouseClick(button, Qt::LeftButton);
        RateChart *chart = workspace->rateChart();
        QVERIFY(chart);
        QTRY_VERIFY(chart->isVisible());
        QVERIFY(button->isChecked());

        const QByteArray data(3000, 'x');
        workspace->sampleRates(); // the start of this second
        server.send(0, data);
        QTRY_COMPARE_WITH_TIMEOUT(workspace->log()->counters().rxBytes, quint64(data.size()), Timeout);
        workspace->sampleRates(); // what the timer does once a second
        const RateHistory &history = chart->history();
        QVERIFY(!history.points().empty());
        const double rx = history.latest(RateHistory::Series::RxBytes);
        QVERIFY2(rx > 0, "the received bytes show in the chart");
        QVERIFY(chart->summary().contains(RateChart::formatRate(rx, false)));
        QCOMPARE(chart->accessibleDescription(), chart->summary());

        auto *unit = childNamed<QComboBox>(panel.get(), "rateUnit");
        QVERIFY(!unit->accessibleName().isEmpty());
        unit->setCurrentIndex(1);
        QVERIFY(chart->showsFrames());
        QVERIFY2(chart->summary().contains(u"frames/s"), qPrintable(chart->summary()));
        chart->grab(); // paints without trouble with points in it

        panel->saveSettings();
        panel.reset();
        // A new panel opens it again, in frames.
        auto again = std::make_unique<TcpClientPanel>();
        again->show();
        QVERIFY(QTest::qWaitForWindowExposed(again.get()));
        QVERIFY(again->workspace()->rateChart());
        QTRY_VERIFY(again->workspace()->rateChart()->isVisible());
        QVERIFY(again->workspace()->rateChart()->showsFrames());

        // The keyboard path closes it.
        again->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(again.get()));
        auto *hostEdit = childNamed<QLineEdit>(again.get(), "hostEdit");
        hostEdit->setFocus();
        QTest::keySequence(hostEdit, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        QTRY_VERIFY(!again->workspace()->rateChart()->isVisible());
        QVERIFY(!childNamed<QToolButton>(again.get(), "rateChartButton")->isChecked());
    }
};

QTEST_MAIN(TstRateChart)
#include "tst_ratechart.moc"
