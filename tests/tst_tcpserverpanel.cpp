// The TCP server panel driven as a user does: listen, see clients arrive,
// select one and send, the defences and the command-line launch.
#include "clienttablemodel.h"
#include "languagemanager.h"
#include "launchoptions.h"
#include "receivelogmodel.h"
#include "receivelogview.h"
#include "sessionworkspace.h"
#include "tcpserverpanel.h"
#include "tcpserversession.h"

#include "common/testclient.h"
#include "common/widgetprobe.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace Sockpit;
using SockpitTest::childNamed;
using SockpitTest::replaceText;
using SockpitTest::TestClient;

namespace {
constexpr int Timeout = 10000;

void clickRow(QTableView *view, int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QRect cell = view->visualRect(view->model()->index(row, ClientTableModel::PeerColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, cell.center());
}
} // namespace

class TstTcpServerPanel : public QObject
{
    Q_OBJECT

private:
    /// Types port 0 (the system picks one) and clicks Start listening.
    static void startListening(TcpServerPanel &panel);
    static void typeAndSend(TcpServerPanel &panel, const QString &text);

private slots:
    void init();
    void listenSelectOneAndSend();
    void sendToSelectionAndToAll();
    void disconnectSelectedAndStopKeepsClients();
    void clientsThatCameAndWentBeforeTheirRowAreCountedGone();
    void limitsAreEnforcedAndShown();
    void listenErrorIsShown();
    void badFixedReplyIsShown();
    void logFilterShowsOneClient();
    void launchAppliesOptions();
    void settingsAreRemembered();
    void controlsAreNamedForAccessibility();
    void languageChangeLeavesTheAutoReplyAlone();
};

void TstTcpServerPanel::startListening(TcpServerPanel &panel)
{
    replaceText(childNamed<QLineEdit>(&panel, "portEdit"), QStringLiteral("0"));
    QTest::mouseClick(childNamed<QPushButton>(&panel, "listenButton"), Qt::LeftButton);
}

void TstTcpServerPanel::typeAndSend(TcpServerPanel &panel, const QString &text)
{
    auto *input = childNamed<QPlainTextEdit>(&panel, "sendInput");
    input->setFocus();
    input->selectAll();
    QTest::keyClick(input, Qt::Key_Delete);
    QTest::keyClicks(input, text);
    QTest::mouseClick(childNamed<QPushButton>(&panel, "sendButton"), Qt::LeftButton);
}

void TstTcpServerPanel::init()
{
    // Each test starts from the defaults; panels remember their settings.
    QSettings().clear();
}

void TstTcpServerPanel::listenSelectOneAndSend()
{
    TcpServerPanel panel;
    panel.resize(1000, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    startListening(panel);
    TcpServerSession *session = panel.session();
    QVERIFY(session->isListening());
    QVERIFY(childNamed<QLabel>(&panel, "stateLabel")->text().contains(u"Listening"));
    QCOMPARE(childNamed<QPushButton>(&panel, "listenButton")->text(), QStringLiteral("&Stop listening"));

    TestClient a, b, c;
    a.socket->connectToHost(QHostAddress(QHostAddress::LocalHost), session->listenPort());
    b.socket->connectToHost(QHostAddress(QHostAddress::LocalHostIPv6), session->listenPort());
    c.socket->connectToHost(QHostAddress(QHostAddress::LocalHost), session->listenPort());
    auto *view = childNamed<QTableView>(&panel, "clientView");
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 3, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(childNamed<QLabel>(&panel, "clientCountLabel")->text().startsWith(u"3 client"), Timeout);

    // The second client (the IPv6 one) joined second; select its row and send.
    QVERIFY(view->model()->index(1, ClientTableModel::PeerColumn).data().toString().startsWith(u"[::1]:"));
    clickRow(view, 1);
    QCOMPARE(panel.selectedPeerIds(), QList<quint64>{2});
    QCOMPARE(childNamed<QComboBox>(&panel, "sendTargetCombo")->currentIndex(), int(TcpServerPanel::SelectedClients));
    typeAndSend(panel, QStringLiteral("just you"));
    QTRY_COMPARE_WITH_TIMEOUT(b.received, QByteArray("just you"), Timeout);
    QTest::qWait(100);
    QVERIFY(a.received.isEmpty());
    QVERIFY(c.received.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(1, ClientTableModel::TxColumn).data().toString(),
                              QStringLiteral("8"), Timeout);
}

void TstTcpServerPanel::sendToSelectionAndToAll()
{
    TcpServerPanel panel;
    panel.resize(1000, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    startListening(panel);
    TcpServerSession *session = panel.session();
    TestClient a, b, c;
    for (TestClient *client : {&a, &b, &c})
        client->socket->connectToHost(QHostAddress(QHostAddress::LocalHost), session->listenPort());
    auto *view = childNamed<QTableView>(&panel, "clientView");
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 3, Timeout);

    // Rows one and three, with Ctrl as a user picks several.
    clickRow(view, 0);
    clickRow(view, 2, Qt::ControlModifier);
    QCOMPARE(panel.selectedPeerIds(), (QList<quint64>{1, 3}));
    typeAndSend(panel, QStringLiteral("some"));
    QTRY_COMPARE_WITH_TIMEOUT(a.received, QByteArray("some"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(c.received, QByteArray("some"), Timeout);
    QVERIFY(b.received.isEmpty());

    // All clients, whatever is selected.
    auto *target = childNamed<QComboBox>(&panel, "sendTargetCombo");
    target->setFocus();
    QTest::keyClick(target, Qt::Key_Down);
    QCOMPARE(target->currentIndex(), int(TcpServerPanel::AllClients));
    typeAndSend(panel, QStringLiteral("all"));
    QTRY_COMPARE_WITH_TIMEOUT(a.received, QByteArray("someall"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(b.received, QByteArray("all"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(c.received, QByteArray("someall"), Timeout);

    // Nothing selected and "selected clients": the log says so, nothing is sent.
    QTest::keyClick(target, Qt::Key_Up);
    view->clearSelection();
    const qsizetype before = a.received.size();
    typeAndSend(panel, QStringLiteral("nobody"));
    auto *logList = childNamed<QListView>(&panel, "logList");
    QTRY_VERIFY_WITH_TIMEOUT(SockpitTest::anyLineContains(logList->model(), QStringLiteral("no connected client is selected")),
                             Timeout);
    QTest::qWait(100);
    QCOMPARE(a.received.size(), before);
}

void TstTcpServerPanel::disconnectSelectedAndStopKeepsClients()
{
    TcpServerPanel panel;
    panel.resize(1000, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    startListening(panel);
    TcpServerSession *session = panel.session();
    TestClient a, b;
    a.socket->connectToHost(QHostAddress(QHostAddress::LocalHost), session->listenPort());
    b.socket->connectToHost(QHostAddress(QHostAddress::LocalHost), session->listenPort());
    auto *view = childNamed<QTableView>(&panel, "clientView");
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, Timeout);

    clickRow(view, 0);
    auto *disconnectButton = childNamed<QPushButton>(&panel, "disconnectButton");
    QTRY_VERIFY_WITH_TIMEOUT(disconnectButton->isEnabled(), Timeout);
    QTest::mouseClick(disconnectButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(a.disconnected, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, ClientTableModel::StateColumn).data().toString(),
                              ClientTableModel::stateName(ClientState::Disconnected), Timeout);
    QVERIFY(!b.disconnected);

    // Stop listening: b stays and still talks.
    QTest::mouseClick(childNamed<QPushButton>(&panel, "listenButton"), Qt::LeftButton);
    QVERIFY(!session->isListening());
    QCOMPARE(session->clientCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(childNamed<QLabel>(&panel, "stateLabel")->text().contains(u"clients stay"), Timeout);
    b.socket->write("hello");
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(1, ClientTableModel::RxColumn).data().toString(),
                              QStringLiteral("5"), Timeout);

    // Remove the gone one, then disconnect all.
    auto *removeClosed = childNamed<QPushButton>(&panel, "removeClosedButton");
    QTRY_VERIFY_WITH_TIMEOUT(removeClosed->isEnabled(), Timeout);
    QTest::mouseClick(removeClosed, Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 1);
    QTest::mouseClick(childNamed<QPushButton>(&panel, "disconnectAllButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(b.disconnected, Timeout);
    QCOMPARE(session->clientCount(), 0);
}

// A client that connects and closes between two flushes of the client table
// gets its row after the counts were last drawn; the row alone must redraw
// "gone" (it read "2 gone" under three closed rows). The table's own API
// stands in for the server so that the order is not left to timers.
void TstTcpServerPanel::clientsThatCameAndWentBeforeTheirRowAreCountedGone()
{
    LanguageManager::instance().setLanguage(QStringLiteral("en")); // the plural forms a user reads
    TcpServerPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *model = qobject_cast<ClientTableModel *>(childNamed<QTableView>(&panel, "clientView")->model());
    QVERIFY(model);
    auto *counts = childNamed<QLabel>(&panel, "clientCountLabel");
    for (quint16 port = 40001; port <= 40003; ++port) {
        const Peer peer{port, QHostAddress(QHostAddress::LocalHost), port};
        model->addClient(peer, 0);
        model->setClientState(peer.id, ClientState::ClosedByPeer);
    }
    model->flush(); // only inserts rows: no row was listed to change
    QCOMPARE(model->rowCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(counts->text(), QStringLiteral("0 clients connected, 3 gone"), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(childNamed<QPushButton>(&panel, "removeClosedButton")->isEnabled(), Timeout);

    QTest::mouseClick(childNamed<QPushButton>(&panel, "removeClosedButton"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(counts->text(), QStringLiteral("0 clients connected"), Timeout);
}

void TstTcpServerPanel::limitsAreEnforcedAndShown()
{
    TcpServerPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *maxClients = childNamed<QSpinBox>(&panel, "maxClientsSpin");
    auto *idle = childNamed<QSpinBox>(&panel, "idleSpin");
    QCOMPARE(maxClients->text(), QStringLiteral("unlimited"));
    QCOMPARE(idle->text(), QStringLiteral("none"));
    maxClients->setFocus();
    QTest::keyClick(maxClients, Qt::Key_Up);
    QCOMPARE(panel.session()->maxClients(), 1);
    startListening(panel);

    TestClient a, b;
    a.socket->connectToHost(QHostAddress(QHostAddress::LocalHost), panel.session()->listenPort());
    QTRY_COMPARE_WITH_TIMEOUT(panel.session()->clientCount(), 1, Timeout);
    b.socket->connectToHost(QHostAddress(QHostAddress::LocalHost), panel.session()->listenPort());
    QTRY_VERIFY_WITH_TIMEOUT(b.disconnected, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(childNamed<QLabel>(&panel, "defenceLabel")->text().contains(u"1 over the client limit"),
                             Timeout);
    auto *logList = childNamed<QListView>(&panel, "logList");
    QTRY_VERIFY_WITH_TIMEOUT(SockpitTest::anyLineContains(logList->model(), QStringLiteral("refused 127.0.0.1:")), Timeout);

    // An idle timeout of one second closes the silent client; the log says why.
    idle->setFocus();
    QTest::keyClick(idle, Qt::Key_Up);
    QCOMPARE(panel.session()->idleTimeout(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(a.disconnected, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(SockpitTest::anyLineContains(logList->model(), QStringLiteral("idle timeout")), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(childNamed<QLabel>(&panel, "defenceLabel")->text().contains(u"closed idle: 1"), Timeout);
}

void TstTcpServerPanel::listenErrorIsShown()
{
    TcpServerSession occupier;
    QVERIFY(occupier.listen(QStringLiteral("127.0.0.1:0")));
    TcpServerPanel panel;
    panel.show();
    auto *address = childNamed<QComboBox>(&panel, "addressCombo");
    address->setFocus();
    address->lineEdit()->selectAll();
    QTest::keyClicks(address->lineEdit(), QStringLiteral("127.0.0.1"));
    replaceText(childNamed<QLineEdit>(&panel, "portEdit"), QString::number(occupier.listenPort()));
    QTest::mouseClick(childNamed<QPushButton>(&panel, "listenButton"), Qt::LeftButton);
    QVERIFY(!panel.session()->isListening());
    const QString state = childNamed<QLabel>(&panel, "stateLabel")->text();
    QVERIFY2(state.contains(u"already in use"), qPrintable(state));

    // A bad port is caught while typing.
    replaceText(childNamed<QLineEdit>(&panel, "portEdit"), QStringLiteral("70000"));
    auto *inputError = childNamed<QLabel>(&panel, "inputErrorLabel");
    QVERIFY(inputError->isVisible());
    QVERIFY2(inputError->text().contains(u"70000"), qPrintable(inputError->text()));
    QVERIFY(!childNamed<QPushButton>(&panel, "listenButton")->isEnabled());
}

void TstTcpServerPanel::badFixedReplyIsShown()
{
    TcpServerPanel panel;
    panel.show();
    auto *mode = childNamed<QComboBox>(&panel, "autoReplyCombo");
    mode->setCurrentIndex(TcpServerPanel::ReplyFixed);
    SockpitTest::clickCheckBox(childNamed<QCheckBox>(&panel, "replyHexCheck"));
    replaceText(childNamed<QLineEdit>(&panel, "replyEdit"), QStringLiteral("74 6G"));
    auto *inputError = childNamed<QLabel>(&panel, "inputErrorLabel");
    QVERIFY(inputError->isVisible());
    QVERIFY2(inputError->text().startsWith(u"fixed reply:"), qPrintable(inputError->text()));
    QCOMPARE(panel.session()->autoReply(), TcpServerSession::AutoReply::Off);

    replaceText(childNamed<QLineEdit>(&panel, "replyEdit"), QStringLiteral("74 68 78"));
    QVERIFY(!inputError->isVisible());
    QCOMPARE(panel.session()->autoReply(), TcpServerSession::AutoReply::Fixed);
    QCOMPARE(panel.session()->fixedReply(), QByteArray("thx"));
}

void TstTcpServerPanel::logFilterShowsOneClient()
{
    TcpServerPanel panel;
    panel.resize(1000, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    startListening(panel);
    TestClient a, b;
    a.socket->connectToHost(QHostAddress(QHostAddress::LocalHost), panel.session()->listenPort());
    b.socket->connectToHost(QHostAddress(QHostAddress::LocalHost), panel.session()->listenPort());
    auto *view = childNamed<QTableView>(&panel, "clientView");
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, Timeout);
    a.socket->write("alpha-data");
    b.socket->write("beta-data");
    auto *logList = childNamed<QListView>(&panel, "logList");
    QTRY_VERIFY_WITH_TIMEOUT(SockpitTest::anyLineContains(logList->model(), QStringLiteral("beta-data")), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(SockpitTest::anyLineContains(logList->model(), QStringLiteral("alpha-data")), Timeout);

    clickRow(view, 1);
    SockpitTest::clickCheckBox(childNamed<QCheckBox>(&panel, "logFilterCheck"));
    QTRY_VERIFY_WITH_TIMEOUT(!SockpitTest::anyLineContains(logList->model(), QStringLiteral("alpha-data")), Timeout);
    QVERIFY(SockpitTest::anyLineContains(logList->model(), QStringLiteral("beta-data")));

    SockpitTest::clickCheckBox(childNamed<QCheckBox>(&panel, "logFilterCheck"));
    QTRY_VERIFY_WITH_TIMEOUT(SockpitTest::anyLineContains(logList->model(), QStringLiteral("alpha-data")), Timeout);
}

void TstTcpServerPanel::launchAppliesOptions()
{
    TcpServerPanel panel;
    // What "--tcp-server [::1]:0 --max-clients 5 --max-per-ip 2 --idle-timeout 30 --reply 谢谢 --encoding GBK" asks for.
    TcpServerInput input;
    input.listen = QStringLiteral("[::1]:0");
    input.maxClients = QStringLiteral("5");
    input.maxPerIp = QStringLiteral("2");
    input.idleTimeoutS = QStringLiteral("30");
    input.autoReply = TcpServerSession::AutoReply::Fixed;
    input.replyText = QStringLiteral("谢谢");
    input.encoding = QStringLiteral("GBK");
    const Result<TcpServerConfig> config = parseTcpServerConfig(input, ConfigSource::CommandLine);
    QVERIFY2(config.ok(), qPrintable(config.error));
    LaunchOptions options;
    options.mode = LaunchOptions::Mode::TcpServer;
    options.tcpServer = config.value;
    options.encoding = QStringLiteral("GBK");
    panel.launch(options);
    TcpServerSession *session = panel.session();
    QVERIFY(session->isListening());
    QCOMPARE(session->listenAddress(), QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(session->maxClients(), 5);
    QCOMPARE(session->maxPerIp(), 2);
    QCOMPARE(session->idleTimeout(), 30);
    QCOMPARE(childNamed<QSpinBox>(&panel, "maxPerIpSpin")->value(), 2);
    QCOMPARE(session->autoReply(), TcpServerSession::AutoReply::Fixed);
    QCOMPARE(session->fixedReply(), QByteArray("\xd0\xbb\xd0\xbb")); // 谢谢 in GBK

    TestClient a;
    a.socket->connectToHost(QHostAddress(QHostAddress::LocalHostIPv6), session->listenPort());
    QTRY_COMPARE_WITH_TIMEOUT(session->clientCount(), 1, Timeout);
    a.socket->write("hi");
    QTRY_COMPARE_WITH_TIMEOUT(a.received, QByteArray("\xd0\xbb\xd0\xbb"), Timeout);

    // --echo, listening again somewhere else. (A bad address never gets here:
    // the command line refuses it, see tst_commandline and tst_sessionconfig.)
    LaunchOptions echo = options;
    echo.tcpServer.listen = EndpointParser::parseBindSpec(QStringLiteral("127.0.0.1:0")).value;
    echo.tcpServer.autoReply = TcpServerSession::AutoReply::Echo;
    panel.launch(echo);
    QCOMPARE(session->autoReply(), TcpServerSession::AutoReply::Echo);
    QCOMPARE(session->listenAddress(), QHostAddress(QHostAddress::LocalHost));
}

void TstTcpServerPanel::settingsAreRemembered()
{
    {
        TcpServerPanel panel;
        childNamed<QSpinBox>(&panel, "maxPerIpSpin")->setValue(3);
        childNamed<QSpinBox>(&panel, "idleSpin")->setValue(42);
        childNamed<QComboBox>(&panel, "autoReplyCombo")->setCurrentIndex(TcpServerPanel::ReplyEcho);
        replaceText(childNamed<QLineEdit>(&panel, "portEdit"), QStringLiteral("7799"));
        childNamed<QComboBox>(&panel, "addressCombo")->setCurrentIndex(2); // any IPv6
        panel.saveSettings();
    }
    TcpServerPanel again;
    QCOMPARE(childNamed<QSpinBox>(&again, "maxPerIpSpin")->value(), 3);
    QCOMPARE(childNamed<QSpinBox>(&again, "idleSpin")->value(), 42);
    QCOMPARE(childNamed<QComboBox>(&again, "autoReplyCombo")->currentIndex(), int(TcpServerPanel::ReplyEcho));
    QCOMPARE(childNamed<QLineEdit>(&again, "portEdit")->text(), QStringLiteral("7799"));
    QCOMPARE(childNamed<QComboBox>(&again, "addressCombo")->currentIndex(), 2);
    QCOMPARE(again.session()->maxPerIp(), 3);
}

void TstTcpServerPanel::controlsAreNamedForAccessibility()
{
    TcpServerPanel panel;
    const auto widgets = panel.findChildren<QWidget *>();
    for (const char *name : {"addressCombo", "portEdit", "listenButton", "maxClientsSpin", "maxPerIpSpin", "idleSpin",
                             "autoReplyCombo", "replyEdit", "replyHexCheck", "clientView", "sendTargetCombo",
                             "disconnectButton", "disconnectAllButton", "removeClosedButton", "logFilterCheck"}) {
        auto *widget = childNamed<QWidget>(&panel, name);
        QVERIFY2(!widget->toolTip().isEmpty(), name);
        const bool named = !widget->accessibleName().isEmpty() || qobject_cast<QAbstractButton *>(widget);
        QVERIFY2(named, name);
    }
}

void TstTcpServerPanel::languageChangeLeavesTheAutoReplyAlone()
{
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    TcpServerPanel panel;
    panel.show();
    childNamed<QComboBox>(&panel, "autoReplyCombo")->setCurrentIndex(TcpServerPanel::ReplyFixed);
    replaceText(childNamed<QLineEdit>(&panel, "replyEdit"), QStringLiteral("thank you !"));
    QCOMPARE(panel.session()->autoReply(), TcpServerSession::AutoReply::Fixed);
    // The session's auto-reply changes behind the form (as the command line or rules may).
    panel.session()->setAutoReply(TcpServerSession::AutoReply::Echo);

    auto *listen = childNamed<QPushButton>(&panel, "listenButton");
    LanguageManager::instance().setLanguage(QStringLiteral("zh_CN"));
    QTRY_VERIFY_WITH_TIMEOUT(listen->text() != QStringLiteral("&Start listening"), Timeout);
    QCOMPARE(panel.session()->autoReply(), TcpServerSession::AutoReply::Echo);
    QCOMPARE(childNamed<QLineEdit>(&panel, "replyEdit")->text(), QStringLiteral("thank you !"));
    QVERIFY(childNamed<QLineEdit>(&panel, "replyEdit")->isEnabled()); // the refresh still ran

    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QTRY_COMPARE_WITH_TIMEOUT(listen->text(), QStringLiteral("&Start listening"), Timeout);
    QCOMPARE(panel.session()->autoReply(), TcpServerSession::AutoReply::Echo);
}

QTEST_MAIN(TstTcpServerPanel)
#include "tst_tcpserverpanel.moc"
