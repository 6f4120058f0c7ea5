// The UDP panel driven as a user does: bind, receive from the test, select the
// datagram in the log and reply; targets, senders, errors and settings.
// Loopback only; nothing here joins a group or broadcasts.
#include "launchoptions.h"
#include "mainwindow.h"
#include "receivelogmodel.h"
#include "receivelogview.h"
#include "sendbox.h"
#include "sessionworkspace.h"
#include "settings.h"
#include "udppanel.h"
#include "udpsession.h"

#include "common/widgetprobe.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkDatagram>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QUdpSocket>

using namespace Sockpit;
using SockpitTest::childNamed;
using SockpitTest::replaceText;

namespace {

constexpr int Timeout = 10000;
const QHostAddress Loopback(QHostAddress::LocalHost);

/// The first row of the log whose line contains text, or -1.
int findRow(UdpPanel &panel, const QString &text)
{
    ReceiveLogModel *model = panel.workspace()->logView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data().toString().contains(text))
            return row;
    }
    return -1;
}

bool logContains(UdpPanel &panel, const QString &text)
{
    return findRow(panel, text) >= 0;
}

void typeInput(UdpPanel &panel, const QString &text)
{
    auto *input = panel.workspace()->sendBox()->findChild<QPlainTextEdit *>();
    QVERIFY(input);
    input->setFocus();
    input->selectAll();
    QTest::keyClick(input, Qt::Key_Backspace);
    QTest::keyClicks(input, text);
}

void bindTo(UdpPanel &panel, const QString &address, const QString &port)
{
    auto *addressCombo = childNamed<QComboBox>(&panel, "addressCombo");
    const int index = addressCombo->findData(address);
    QVERIFY2(index >= 0, qPrintable(address));
    addressCombo->setCurrentIndex(index);
    replaceText(childNamed<QLineEdit>(&panel, "portEdit"), port);
    QTest::mouseClick(childNamed<QPushButton>(&panel, "bindButton"), Qt::LeftButton);
}

QByteArray nextDatagram(QUdpSocket &socket)
{
    if (!QTest::qWaitFor([&] { return socket.hasPendingDatagrams(); }, Timeout))
        return QByteArray("<nothing arrived>");
    return socket.receiveDatagram().data();
}

} // namespace

class TstUdpPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void bindReceiveSelectAndReply();
    void senderListAndFilter();
    void sendToTypedTargetUnbound();
    void oversizeIsRefused();
    void bindErrorIsExplained();
    void groupInputIsChecked();
    void launchAppliesOptions();
    void settingsAreRemembered();
    void fitsTheWindowsFirstSize();
};

void TstUdpPanel::init()
{
    QSettings().clear();
}

void TstUdpPanel::bindReceiveSelectAndReply()
{
    UdpPanel panel;
    panel.resize(1100, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    bindTo(panel, QStringLiteral("127.0.0.1"), QStringLiteral("0"));
    QTRY_VERIFY_WITH_TIMEOUT(panel.session()->isBound(), Timeout);
    const quint16 port = panel.session()->localPort();
    QVERIFY(port != 0);
    auto *stateLabel = childNamed<QLabel>(&panel, "stateLabel");
    QVERIFY2(stateLabel->text().contains(QStringLiteral("Bound to 127.0.0.1:%1").arg(port)), qPrintable(stateLabel->text()));
    QCOMPARE(childNamed<QPushButton>(&panel, "bindButton")->text(), QStringLiteral("Un&bind"));
    QVERIFY(!childNamed<QLineEdit>(&panel, "portEdit")->isEnabled());

    QUdpSocket peer;
    QVERIFY(peer.bind(Loopback, 0));
    const QString peerText = QStringLiteral("127.0.0.1:%1").arg(peer.localPort());
    peer.writeDatagram(QByteArray("hello from the test"), Loopback, port);
    QTRY_VERIFY_WITH_TIMEOUT(logContains(panel, QStringLiteral("hello from the test")), Timeout);
    const int row = findRow(panel, QStringLiteral("hello from the test"));
    QVERIFY(panel.workspace()->logView()->model()->index(row).data().toString().contains(peerText));

    // Reply needs a selected datagram.
    auto *replyButton = childNamed<QPushButton>(&panel, "replyButton");
    QVERIFY(!replyButton->isEnabled());
    QListView *list = panel.workspace()->logView()->listView();
    const QModelIndex index = list->model()->index(row, 0);
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    QTRY_VERIFY_WITH_TIMEOUT(replyButton->isEnabled(), Timeout);
    QVERIFY(replyButton->toolTip().contains(peerText));

    typeInput(panel, QStringLiteral("pong"));
    QTest::mouseClick(replyButton, Qt::LeftButton);
    const QByteArray reply = nextDatagram(peer);
    QVERIFY2(reply.startsWith("pong"), reply.constData());
    QTRY_VERIFY_WITH_TIMEOUT(findRow(panel, QStringLiteral("pong")) > row, Timeout);

    // Unbind closes the port.
    QTest::mouseClick(childNamed<QPushButton>(&panel, "bindButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.session()->isBound(), Timeout);
    QCOMPARE(childNamed<QPushButton>(&panel, "bindButton")->text(), QStringLiteral("&Bind"));
    QVERIFY(childNamed<QLineEdit>(&panel, "portEdit")->isEnabled());
}

void TstUdpPanel::senderListAndFilter()
{
    UdpPanel panel;
    panel.resize(1100, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    bindTo(panel, QStringLiteral("127.0.0.1"), QStringLiteral("0"));
    QTRY_VERIFY_WITH_TIMEOUT(panel.session()->isBound(), Timeout);
    const quint16 port = panel.session()->localPort();

    QUdpSocket first;
    QUdpSocket second;
    QVERIFY(first.bind(Loopback, 0));
    QVERIFY(second.bind(Loopback, 0));
    first.writeDatagram(QByteArray("one from first"), Loopback, port);
    QTRY_VERIFY_WITH_TIMEOUT(logContains(panel, QStringLiteral("one from first")), Timeout);
    second.writeDatagram(QByteArray("one from second"), Loopback, port);
    QTRY_VERIFY_WITH_TIMEOUT(logContains(panel, QStringLiteral("one from second")), Timeout);
    first.writeDatagram(QByteArray("two from first"), Loopback, port);
    QTRY_VERIFY_WITH_TIMEOUT(logContains(panel, QStringLiteral("two from first")), Timeout);

    // Newest sender first, each once.
    auto *senders = childNamed<QComboBox>(&panel, "sendersCombo");
    QCOMPARE(senders->count(), 2);
    QCOMPARE(senders->itemText(0), QStringLiteral("127.0.0.1:%1").arg(second.localPort()));
    QCOMPARE(senders->itemText(1), QStringLiteral("127.0.0.1:%1").arg(first.localPort()));

    // Only the chosen sender in the log.
    senders->setCurrentIndex(1);
    QTest::mouseClick(childNamed<QCheckBox>(&panel, "onlySenderCheck"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!logContains(panel, QStringLiteral("one from second")), Timeout);
    QVERIFY(logContains(panel, QStringLiteral("one from first")));
    QVERIFY(logContains(panel, QStringLiteral("two from first")));
    QTest::mouseClick(childNamed<QCheckBox>(&panel, "onlySenderCheck"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(logContains(panel, QStringLiteral("one from second")), Timeout);

    // A sender as the target of Send (Ctrl+Return in the input).
    QTest::mouseClick(childNamed<QPushButton>(&panel, "useSenderButton"), Qt::LeftButton);
    QCOMPARE(childNamed<QComboBox>(&panel, "targetCombo")->currentText(), QStringLiteral("127.0.0.1:%1").arg(first.localPort()));
    typeInput(panel, QStringLiteral("to first"));
    auto *input = panel.workspace()->sendBox()->findChild<QPlainTextEdit *>();
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    const QByteArray received = nextDatagram(first);
    QVERIFY2(received.startsWith("to first"), received.constData());
    QVERIFY(!second.hasPendingDatagrams());
}

void TstUdpPanel::sendToTypedTargetUnbound()
{
    UdpPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QUdpSocket peer;
    QVERIFY(peer.bind(Loopback, 0));

    // Not bound: sending takes a port the system chooses, and answers to it are shown.
    auto *target = childNamed<QComboBox>(&panel, "targetCombo");
    replaceText(target->lineEdit(), QStringLiteral("127.0.0.1:%1").arg(peer.localPort()));
    QTest::keyClick(target->lineEdit(), Qt::Key_Tab);
    typeInput(panel, QStringLiteral("ping"));
    auto *input = panel.workspace()->sendBox()->findChild<QPlainTextEdit *>();
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(peer.hasPendingDatagrams(), Timeout);
    const QNetworkDatagram ping = peer.receiveDatagram();
    QVERIFY(ping.data().startsWith("ping"));
    QVERIFY(panel.session()->isEphemeral());
    auto *stateLabel = childNamed<QLabel>(&panel, "stateLabel");
    QVERIFY2(stateLabel->text().contains(QStringLiteral("Sending from port %1").arg(ping.senderPort())),
             qPrintable(stateLabel->text()));

    peer.writeDatagram(ping.makeReply(QByteArray("answer to the ephemeral port")));
    QTRY_VERIFY_WITH_TIMEOUT(logContains(panel, QStringLiteral("answer to the ephemeral port")), Timeout);

    // A bad target is explained under the fields, and nothing is sent.
    replaceText(target->lineEdit(), QStringLiteral("127.0.0.1:70000"));
    auto *errorLabel = childNamed<QLabel>(&panel, "inputErrorLabel");
    QVERIFY2(errorLabel->text().contains(QStringLiteral("port 70000 is out of range 1–65535")), qPrintable(errorLabel->text()));
    QVERIFY(!errorLabel->isHidden());
    input->setFocus();
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(logContains(panel, QStringLiteral("cannot send: port 70000 is out of range")), Timeout);
    QVERIFY(!peer.hasPendingDatagrams());
}

void TstUdpPanel::oversizeIsRefused()
{
    UdpPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QUdpSocket peer;
    QVERIFY(peer.bind(Loopback, 0));
    auto *target = childNamed<QComboBox>(&panel, "targetCombo");
    replaceText(target->lineEdit(), QStringLiteral("127.0.0.1:%1").arg(peer.localPort()));
    QTest::keyClick(target->lineEdit(), Qt::Key_Tab);

    panel.workspace()->sendBox()->setText(QString(65508, u'a'));
    auto *input = panel.workspace()->sendBox()->findChild<QPlainTextEdit *>();
    input->setFocus();
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(logContains(panel, QStringLiteral("one IPv4 datagram carries at most 65507 bytes")), Timeout);

    typeInput(panel, QStringLiteral("small"));
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(nextDatagram(peer).startsWith("small")); // nothing of the big one went out first
}

void TstUdpPanel::bindErrorIsExplained()
{
    QUdpSocket holder;
    QVERIFY(holder.bind(Loopback, 0));
    UdpPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    bindTo(panel, QStringLiteral("127.0.0.1"), QString::number(holder.localPort()));
    auto *stateLabel = childNamed<QLabel>(&panel, "stateLabel");
    QTRY_VERIFY_WITH_TIMEOUT(stateLabel->text().contains(QStringLiteral("is already in use")), Timeout);
    QVERIFY(!panel.session()->isBound());
    QCOMPARE(childNamed<QPushButton>(&panel, "bindButton")->text(), QStringLiteral("&Bind"));
    QTRY_VERIFY_WITH_TIMEOUT(logContains(panel, QStringLiteral("is already in use")), Timeout);

    // A port out of range never reaches the system.
    replaceText(childNamed<QLineEdit>(&panel, "portEdit"), QStringLiteral("65536"));
    QVERIFY(!childNamed<QPushButton>(&panel, "bindButton")->isEnabled());
    QVERIFY(childNamed<QLabel>(&panel, "inputErrorLabel")->text().contains(QStringLiteral("port 65536 is out of range 0–65535")));
}

void TstUdpPanel::groupInputIsChecked()
{
    UdpPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *group = childNamed<QLineEdit>(&panel, "groupEdit");
    auto *errorLabel = childNamed<QLabel>(&panel, "inputErrorLabel");
    auto *joinButton = childNamed<QPushButton>(&panel, "joinButton");
    QVERIFY(!joinButton->isEnabled()); // nothing to join with before binding

    replaceText(group, QStringLiteral("192.168.1.10"));
    QTest::keyClick(group, Qt::Key_Return);
    QVERIFY2(errorLabel->text().contains(QStringLiteral("'192.168.1.10' is not a multicast group")), qPrintable(errorLabel->text()));

    // Refused before the system is asked: a port bound to one address never gets group datagrams.
    bindTo(panel, QStringLiteral("127.0.0.1"), QStringLiteral("0"));
    QTRY_VERIFY_WITH_TIMEOUT(joinButton->isEnabled(), Timeout);
    replaceText(group, QStringLiteral("239.255.0.1"));
    QTest::mouseClick(joinButton, Qt::LeftButton);
    QVERIFY2(errorLabel->text().contains(QStringLiteral("bind to every address")), qPrintable(errorLabel->text()));
    QCOMPARE(childNamed<QComboBox>(&panel, "joinedCombo")->count(), 0);
    QVERIFY(!childNamed<QPushButton>(&panel, "leaveButton")->isEnabled());

    // The typed group is offered as a target.
    QTest::keyClick(group, Qt::Key_Tab);
    auto *target = childNamed<QComboBox>(&panel, "targetCombo");
    QVERIFY(target->findText(QStringLiteral("239.255.0.1:7788"), Qt::MatchStartsWith) >= 0
            || target->findText(QStringLiteral("239.255.0.1:"), Qt::MatchStartsWith) >= 0);
    QVERIFY(target->findText(QStringLiteral("255.255.255.255:"), Qt::MatchStartsWith) >= 0);
}

void TstUdpPanel::launchAppliesOptions()
{
    QUdpSocket peer;
    QVERIFY(peer.bind(Loopback, 0));
    UdpPanel panel;
    // What "--udp 127.0.0.1:0 --peer 127.0.0.1:PORT --broadcast" asks for.
    UdpInput input;
    input.bind = QStringLiteral("127.0.0.1:0");
    input.target = QStringLiteral("127.0.0.1:%1").arg(peer.localPort());
    input.broadcast = true;
    const Result<UdpConfig> config = parseUdpConfig(input, ConfigSource::CommandLine);
    QVERIFY2(config.ok(), qPrintable(config.error));
    LaunchOptions options;
    options.mode = LaunchOptions::Mode::Udp;
    options.udp = config.value;
    panel.launch(options);
    QVERIFY(panel.session()->isBound());
    QVERIFY(!panel.session()->isEphemeral());
    QCOMPARE(panel.session()->localAddress(), Loopback);
    QVERIFY(panel.session()->isBroadcastEnabled());
    QVERIFY(childNamed<QCheckBox>(&panel, "broadcastCheck")->isChecked());
    QVERIFY(panel.session()->target().isValid());
    QVERIFY(panel.session()->send(QByteArray("launched")));
    QCOMPARE(nextDatagram(peer), QByteArray("launched"));

    // A port another socket holds is shown, not bound. (A bad address never
    // gets here: the command line refuses it, see tst_sessionconfig.)
    UdpPanel other;
    options.udp.bind.port = panel.session()->localPort();
    other.launch(options);
    QVERIFY(!other.session()->isBound());
    QVERIFY2(childNamed<QLabel>(&other, "stateLabel")->text().contains(QStringLiteral("already in use")),
             qPrintable(childNamed<QLabel>(&other, "stateLabel")->text()));
}

void TstUdpPanel::settingsAreRemembered()
{
    {
        UdpPanel panel;
        bindTo(panel, QStringLiteral("127.0.0.1"), QStringLiteral("0"));
        QVERIFY(panel.session()->isBound());
        replaceText(childNamed<QComboBox>(&panel, "targetCombo")->lineEdit(), QStringLiteral("[::1]:9123"));
        childNamed<QCheckBox>(&panel, "broadcastCheck")->setChecked(true);
        childNamed<QSpinBox>(&panel, "ttlSpin")->setValue(7);
        childNamed<QCheckBox>(&panel, "loopbackCheck")->setChecked(false);
        replaceText(childNamed<QLineEdit>(&panel, "groupEdit"), QStringLiteral("ff15::99"));
        panel.saveSettings();
    }
    QCOMPARE(Settings::UdpBind.value(), QStringLiteral("127.0.0.1:0"));
    UdpPanel panel;
    QCOMPARE(childNamed<QComboBox>(&panel, "addressCombo")->currentData().toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(childNamed<QLineEdit>(&panel, "portEdit")->text(), QStringLiteral("0"));
    QCOMPARE(childNamed<QComboBox>(&panel, "targetCombo")->currentText(), QStringLiteral("[::1]:9123"));
    QVERIFY(childNamed<QCheckBox>(&panel, "broadcastCheck")->isChecked());
    QCOMPARE(childNamed<QSpinBox>(&panel, "ttlSpin")->value(), 7);
    QVERIFY(!childNamed<QCheckBox>(&panel, "loopbackCheck")->isChecked());
    QCOMPARE(childNamed<QLineEdit>(&panel, "groupEdit")->text(), QStringLiteral("ff15::99"));
    QVERIFY(panel.session()->isBroadcastEnabled());
    QCOMPARE(panel.session()->multicastTtl(), 7);
    QVERIFY(!panel.session()->multicastLoopback());
    QVERIFY(!panel.session()->isBound()); // remembered, not bound on its own
}

void TstUdpPanel::fitsTheWindowsFirstSize()
{
    // Opening the tab must not widen the window past its first size.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int before = window.width();
    window.tabs()->setCurrentIndex(MainWindow::UdpTab);
    UdpPanel *panel = window.udpPanel();
    QVERIFY2(window.minimumSizeHint().width() <= MainWindow::defaultSize().width(),
             qPrintable(QStringLiteral("the window needs %1 px with the UDP panel (%2 px)")
                            .arg(window.minimumSizeHint().width())
                            .arg(panel->minimumSizeHint().width())));
    QCoreApplication::processEvents();
    QCOMPARE(window.width(), before);

    // Nor do a bound port, a target and a sender.
    bindTo(*panel, QStringLiteral("127.0.0.1"), QStringLiteral("0"));
    QVERIFY(panel->session()->isBound());
    QUdpSocket peer;
    QVERIFY(peer.bind(Loopback, 0));
    replaceText(childNamed<QComboBox>(panel, "targetCombo")->lineEdit(), QStringLiteral("127.0.0.1:%1").arg(peer.localPort()));
    peer.writeDatagram("hello", Loopback, panel->session()->localPort());
    QTRY_COMPARE_WITH_TIMEOUT(childNamed<QComboBox>(panel, "sendersCombo")->count(), 1, Timeout);
    QVERIFY2(window.minimumSizeHint().width() <= MainWindow::defaultSize().width(),
             qPrintable(QStringLiteral("the window needs %1 px with the UDP panel bound (%2 px)")
                            .arg(window.minimumSizeHint().width())
                            .arg(panel->minimumSizeHint().width())));
}

QTEST_MAIN(TstUdpPanel)
#include "tst_udppanel.moc"
