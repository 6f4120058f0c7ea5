// The relay tab on its own, driven as a user does: type where to listen and
// the target, Start, see the pair and its counters, pause a direction, inject
// from the send box into either side, close the pair; bad input and a port in
// use said under the form and in the state line.

#include "receivelogmodel.h"
#include "receivelogview.h"
#include "relaypairmodel.h"
#include "relaypanel.h"
#include "relaysession.h"
#include "sessionworkspace.h"

#include "common/rawtcppeer.h"
#include "common/widgetprobe.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTcpServer>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace Sockpit;
using SockpitTest::childNamed;
using SockpitTest::RawTcpListener;
using SockpitTest::RawTcpPeer;
using SockpitTest::replaceText;

namespace {
constexpr int Timeout = 10000;
const QHostAddress Loopback(QHostAddress::LocalHost);

} // namespace

class TstRelayPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void relayPauseInjectAndClose();
    void badInputAndPortInUse();
    void controlsAreNamed();
    void relayHasNoRulesPage();
};

void TstRelayPanel::init()
{
    QSettings().clear();
}

void TstRelayPanel::relayPauseInjectAndClose()
{
    RawTcpListener listener(Loopback);
    QVERIFY(listener.isListening());
    RelayPanel panel;
    panel.resize(1100, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    replaceText(childNamed<QLineEdit>(&panel, "listenEdit"), QStringLiteral("127.0.0.1:0"));
    replaceText(childNamed<QLineEdit>(&panel, "targetEdit"), QStringLiteral("127.0.0.1:%1").arg(listener.port()));
    QTest::mouseClick(childNamed<QPushButton>(&panel, "startButton"), Qt::LeftButton);
    RelaySession *relay = panel.session();
    QVERIFY2(relay->isListening(), qPrintable(childNamed<QLabel>(&panel, "stateLabel")->text()));
    QVERIFY(childNamed<QLabel>(&panel, "stateLabel")->text().startsWith(u"Relaying 127.0.0.1:"));
    QVERIFY(!childNamed<QLineEdit>(&panel, "listenEdit")->isEnabled());

    auto client = RawTcpPeer::connectTo(Loopback, relay->listenPort());
    QVERIFY(client);
    const std::unique_ptr<RawTcpPeer> target = listener.waitForConnection();
    QVERIFY(target);
    auto *view = childNamed<QTableView>(&panel, "pairView");
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, RelayPairModel::StateColumn).data().toString(), QStringLiteral("Open"),
                              Timeout);

    // Both directions, counted in the table.
    QVERIFY(client->send("hello"));
    QTRY_COMPARE_WITH_TIMEOUT(target->readAvailable().received(), QByteArray("hello"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, RelayPairModel::ToTargetColumn).data().toString(), QStringLiteral("5 B"),
                              Timeout);

    // Select the pair, pause client → target: the client's data waits.
    const QRect cell = view->visualRect(view->model()->index(0, RelayPairModel::ClientColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QCOMPARE(panel.selectedPairId(), quint64(1));
    auto *pause = childNamed<QPushButton>(&panel, "pauseToTargetButton");
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(pause->isChecked());
    QVERIFY(relay->isPaused(1, RelaySession::Flow::ClientToTarget));
    QVERIFY(client->send("held"));
    QVERIFY(target->send("back"));
    QTRY_COMPARE_WITH_TIMEOUT(client->readAvailable().received(), QByteArray("back"), Timeout);
    QCOMPARE(target->readAvailable().received(), QByteArray("hello"));
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->index(0, RelayPairModel::ToTargetColumn).data().toString().contains(u"paused"),
                             Timeout);
    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(target->readAvailable().received(), QByteArray("helloheld"), Timeout);

    // The send box injects into the side chosen.
    SockpitTest::sendFromBox(&panel, QStringLiteral("to target"));
    QTRY_COMPARE_WITH_TIMEOUT(target->readAvailable().received(), QByteArray("helloheldto target"), Timeout);
    auto *side = childNamed<QComboBox>(&panel, "injectCombo");
    side->setFocus();
    QTest::keyClick(side, Qt::Key_Down);
    QCOMPARE(side->currentIndex(), int(RelayPanel::IntoClient));
    SockpitTest::sendFromBox(&panel, QStringLiteral("to client"));
    QTRY_COMPARE_WITH_TIMEOUT(client->readAvailable().received(), QByteArray("backto client"), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(SockpitTest::anyLineContains(panel.workspace()->logView()->model(), QStringLiteral("TX  →C #1")),
                             Timeout);

    // Close the pair: both sides see the end.
    QTest::mouseClick(childNamed<QPushButton>(&panel, "closePairButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(client->readAvailable().sawEndOfStream(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(target->readAvailable().sawEndOfStream(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 0, Timeout);

    QTest::mouseClick(childNamed<QPushButton>(&panel, "startButton"), Qt::LeftButton);
    QVERIFY(!relay->isListening());
    QCOMPARE(childNamed<QLabel>(&panel, "stateLabel")->text(), QStringLiteral("Not relaying"));
}

void TstRelayPanel::badInputAndPortInUse()
{
    QTcpServer holder;
    QVERIFY(holder.listen(Loopback, 0));
    RelayPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString self = QStringLiteral("127.0.0.1:%1").arg(holder.serverPort());
    replaceText(childNamed<QLineEdit>(&panel, "listenEdit"), self);
    replaceText(childNamed<QLineEdit>(&panel, "targetEdit"), self);
    auto *error = childNamed<QLabel>(&panel, "inputErrorLabel");
    QVERIFY2(error->text().contains(u"is this relay itself"), qPrintable(error->text()));
    QVERIFY(!childNamed<QPushButton>(&panel, "startButton")->isEnabled());

    replaceText(childNamed<QLineEdit>(&panel, "targetEdit"), QStringLiteral("127.0.0.1:9"));
    QVERIFY(error->isHidden() || error->text().isEmpty());
    QTest::keyClick(childNamed<QLineEdit>(&panel, "targetEdit"), Qt::Key_Return);
    QVERIFY(!panel.session()->isListening());
    const QString state = childNamed<QLabel>(&panel, "stateLabel")->text();
    QVERIFY2(state.contains(u"in use") && state.contains(QString::number(holder.serverPort())), qPrintable(state));
}

void TstRelayPanel::controlsAreNamed()
{
    RelayPanel panel;
    for (const char *name : {"listenEdit", "targetEdit", "startButton", "timeoutSpin", "pairView", "pauseToTargetButton",
                             "pauseToClientButton", "closePairButton", "injectCombo"}) {
        auto *widget = childNamed<QWidget>(&panel, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
}

void TstRelayPanel::relayHasNoRulesPage()
{
    // A relay forwards; it answers nothing, so its side pane holds no Rules page.
    RelayPanel panel;
    QTabWidget *pane = panel.workspace()->sidePane();
    for (int i = 0; i < pane->count(); ++i)
        QVERIFY2(pane->tabText(i) != QStringLiteral("Rules"), "the relay offers rules it cannot apply");
    QVERIFY(pane->count() >= 1); // the command library is there
}

QTEST_MAIN(TstRelayPanel)
#include "tst_relaypanel.moc"
