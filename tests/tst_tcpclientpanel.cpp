// The TCP client tab, used as a user does: typing the server's host and port,
// clicking Connect and Send, against a loopback server in the test.

#include "tcpclientpanel.h"

#include "capturesink.h"
#include "encodingselector.h"
#include "receivelogmodel.h"
#include "receivelogview.h"
#include "sessionworkspace.h"
#include "settings.h"
#include "theme.h"

#include "common/loopbackserver.h"
#include "common/widgetprobe.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sockpit;
using SockpitTest::anyLineContains;
using SockpitTest::childNamed;
using SockpitTest::clickCheckBox;
using SockpitTest::LoopbackTcpServer;

namespace {
constexpr int Timeout = 10000;

} // namespace

class TstTcpClientPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void connectSendAndReceive_data();
    void connectSendAndReceive();
    void ctrlEnterSends();
    void sendHex();
    void gbkBothWays();
    void invalidHostSendsNothing();
    void badAddressIsRefused_data();
    void badAddressIsRefused();
    void malformedHexSendsNothing();
    void sendWhileNotConnectedIsExplained();
    void connectionRefused();
    void peerClosing();
    void peerResetting();
    void shortConnection();
    void captureKeepsReceivedBytes();
    void typedEncodingIsChecked();
    void changesAreSavedSoonAndNeverByTheDestructor();
    void stateColoursComeFromThePalette();
    void stateIsHeardByScreenReaders();

private:
    bool setUpControls();
    void typeAddress(const QString &host, quint16 port);
    void typeAddress(const QString &host, const QString &port);
    void connectTo(LoopbackTcpServer &server, const QString &host);
    void typeToSend(const QString &text);
    void clickSend();
    void chooseEncoding(const QString &name);
    QAbstractItemModel *logModel() const { return m_panel->workspace()->logView()->model(); }

    std::unique_ptr<TcpClientPanel> m_panel;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_inputError = nullptr;
    QCheckBox *m_short = nullptr;
};

void TstTcpClientPanel::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SockpitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_tcpclientpanel"));
    QSettings().clear();
}

void TstTcpClientPanel::init()
{
    m_panel = std::make_unique<TcpClientPanel>();
    m_panel->resize(1000, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QVERIFY(setUpControls());
}

void TstTcpClientPanel::cleanup()
{
    m_panel.reset();
}

bool TstTcpClientPanel::setUpControls()
{
    m_host = childNamed<QLineEdit>(m_panel.get(), "hostEdit");
    m_port = childNamed<QLineEdit>(m_panel.get(), "portEdit");
    m_connect = childNamed<QPushButton>(m_panel.get(), "connectButton");
    m_state = childNamed<QLabel>(m_panel.get(), "stateLabel");
    m_inputError = childNamed<QLabel>(m_panel.get(), "inputErrorLabel");
    m_short = childNamed<QCheckBox>(m_panel.get(), "shortCheck");
    return m_host && m_port && m_connect && m_state && m_inputError && m_short;
}

void TstTcpClientPanel::typeAddress(const QString &host, const QString &port)
{
    m_host->clear();
    QTest::keyClicks(m_host, host);
    m_port->clear();
    QTest::keyClicks(m_port, port);
    QCOMPARE(m_host->text(), host);
    QCOMPARE(m_port->text(), port);
}

void TstTcpClientPanel::typeAddress(const QString &host, quint16 port)
{
    typeAddress(host, QString::number(port));
}

void TstTcpClientPanel::connectTo(LoopbackTcpServer &server, const QString &host)
{
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));
    typeAddress(host, server.port());
    QVERIFY(m_connect->isEnabled());
    QTest::mouseClick(m_connect, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(m_state->text().startsWith(u"Connected to"), qPrintable(m_state->text()), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
}

void TstTcpClientPanel::typeToSend(const QString &text)
{
    auto *input = childNamed<QPlainTextEdit>(m_panel.get(), "sendInput");
    QVERIFY(input);
    input->clear();
    QTest::keyClicks(input, text);
}

void TstTcpClientPanel::clickSend()
{
    auto *send = childNamed<QPushButton>(m_panel.get(), "sendButton");
    QVERIFY(send);
    QTest::mouseClick(send, Qt::LeftButton);
}

void TstTcpClientPanel::chooseEncoding(const QString &name)
{
    auto *selector = childNamed<EncodingSelector>(m_panel.get(), "encodingSelector");
    QVERIFY(selector);
    QLineEdit *edit = selector->lineEdit();
    edit->selectAll();
    QTest::keyClicks(edit, name);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(selector->encoding(), name);
    QCOMPARE(m_panel->workspace()->encoding(), name);
}

void TstTcpClientPanel::connectSendAndReceive_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("IPv4") << QStringLiteral("127.0.0.1");
    QTest::newRow("IPv6") << QStringLiteral("::1");
}

void TstTcpClientPanel::connectSendAndReceive()
{
    QFETCH(QString, host);
    const QHostAddress address(host);
    if (address.protocol() == QAbstractSocket::IPv6Protocol && !SockpitTest::isIPv6LoopbackAvailable())
        QSKIP("IPv6 is not available on ::1 here");
    LoopbackTcpServer server(address);
    QCOMPARE(m_state->text(), QStringLiteral("Not connected"));
    QCOMPARE(m_connect->text(), QStringLiteral("&Connect"));

    connectTo(server, host);
    const QString peer = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[::1]:%1").arg(server.port())
                             : QStringLiteral("127.0.0.1:%1").arg(server.port());
    QVERIFY2(m_state->text().contains(peer), qPrintable(m_state->text()));
    QCOMPARE(m_connect->text(), QStringLiteral("Dis&connect"));
    QVERIFY(!m_host->isEnabled()); // the address is fixed while connected
    QVERIFY(!m_port->isEnabled());

    typeToSend(QStringLiteral("hello server"));
    clickSend();
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("hello server"), Timeout);

    server.send(0, "hello client");
    QTRY_VERIFY_WITH_TIMEOUT(anyLineContains(logModel(), QStringLiteral("hello client")), Timeout);
    const QStringList lines = SockpitTest::displayedLines(logModel());
    const QString rx = lines.filter(QStringLiteral("hello client")).value(0);
    const QString tx = lines.filter(QStringLiteral("hello server")).value(0);
    QVERIFY2(rx.contains(u"RX") && rx.contains(peer), qPrintable(rx));
    QVERIFY2(tx.contains(u"TX") && tx.contains(peer), qPrintable(tx));

    auto *counters = childNamed<QLabel>(m_panel.get(), "countersLabel");
    QVERIFY(counters);
    QTRY_VERIFY2_WITH_TIMEOUT(counters->text().contains(u"RX 12 bytes / 1 frames")
                                  && counters->text().contains(u"TX 12 bytes / 1 sends"),
                              qPrintable(counters->text()), Timeout);

    // Disconnecting closes the connection; the server sees it end.
    QTest::mouseClick(m_connect, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_state->text(), QStringLiteral("Not connected"), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionEnded(0), Timeout);
    QCOMPARE(m_connect->text(), QStringLiteral("&Connect"));
    QVERIFY(m_host->isEnabled());
}

void TstTcpClientPanel::ctrlEnterSends()
{
    LoopbackTcpServer server;
    connectTo(server, QStringLiteral("127.0.0.1"));
    auto *input = childNamed<QPlainTextEdit>(m_panel.get(), "sendInput");
    QVERIFY(input);
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    input->setFocus();
    QTRY_VERIFY(input->hasFocus());
    QTest::keyClicks(input, QStringLiteral("ping"));
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("ping"), Timeout);
}

void TstTcpClientPanel::sendHex()
{
    LoopbackTcpServer server;
    connectTo(server, QStringLiteral("127.0.0.1"));
    clickCheckBox(childNamed<QCheckBox>(m_panel.get(), "hexCheck"));
    typeToSend(QStringLiteral("00 01 7f 80 FF 0d 0a"));
    clickSend();
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("\x00\x01\x7f\x80\xff\r\n", 7), Timeout);
}

void TstTcpClientPanel::gbkBothWays()
{
    LoopbackTcpServer server;
    connectTo(server, QStringLiteral("127.0.0.1"));
    chooseEncoding(QStringLiteral("GBK"));

    // 你好，世界 in GBK, split inside a character so it arrives in two reads.
    const QByteArray gbk("\xC4\xE3\xBA\xC3\xA3\xAC\xCA\xC0\xBD\xE7");
    server.send(0, gbk.left(3));
    server.socket(0)->flush();
    QTRY_VERIFY_WITH_TIMEOUT(logModel()->rowCount() >= 2, Timeout);
    server.send(0, gbk.mid(3));
    QTRY_VERIFY_WITH_TIMEOUT(anyLineContains(logModel(), QStringLiteral("世界")), Timeout);
    const QString all = SockpitTest::displayedLines(logModel()).join(u'\n');
    QVERIFY2(all.contains(u"你") && all.contains(u"好，世界"), qPrintable(all));
    QVERIFY2(!all.contains(QChar(QChar::ReplacementCharacter)), qPrintable(all));

    // Chinese typed by an input method goes out as GBK.
    auto *input = childNamed<QPlainTextEdit>(m_panel.get(), "sendInput");
    QVERIFY(input);
    SockpitTest::commitText(input, QStringLiteral("谢谢"));
    clickSend();
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("\xD0\xBB\xD0\xBB"), Timeout);
}

void TstTcpClientPanel::invalidHostSendsNothing()
{
    LoopbackTcpServer server;
    QVERIFY(server.isListening());
    typeAddress(QStringLiteral("1.2.3"), server.port());
    QVERIFY(m_inputError->isVisible());
    QVERIFY2(m_inputError->text().contains(u"'1.2.3' is not an IPv4 address"), qPrintable(m_inputError->text()));
    QVERIFY(!m_connect->isEnabled());

    // Neither Enter in the field, nor a click, nor Send connects.
    QTest::keyClick(m_host, Qt::Key_Return);
    QTest::mouseClick(m_connect, Qt::LeftButton);
    typeToSend(QStringLiteral("must not leave"));
    clickSend();
    QTRY_VERIFY_WITH_TIMEOUT(anyLineContains(logModel(), QStringLiteral("cannot send: '1.2.3' is not an IPv4 address")), Timeout);

    // Once corrected, the first connection the server sees is the good one.
    m_host->clear();
    QTest::keyClicks(m_host, QStringLiteral("127.0.0.1"));
    QVERIFY(!m_inputError->isVisible());
    QVERIFY(m_connect->isEnabled());
    QTest::mouseClick(m_connect, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    typeToSend(QStringLiteral("good"));
    clickSend();
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("good"), Timeout);
    QCOMPARE(server.clientCount(), 1);
}

void TstTcpClientPanel::badAddressIsRefused_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("message");
    QTest::newRow("70000") << QStringLiteral("127.0.0.1") << QStringLiteral("70000") << QStringLiteral("port 70000 is out of range 1–65535");
    QTest::newRow("0") << QStringLiteral("127.0.0.1") << QStringLiteral("0") << QStringLiteral("port 0 is out of range 1–65535");
    QTest::newRow("letters") << QStringLiteral("127.0.0.1") << QStringLiteral("80a") << QStringLiteral("port '80a' is not a number");
    QTest::newRow("bad IPv6") << QStringLiteral("::1::2") << QStringLiteral("80") << QStringLiteral("'::1::2' is not an IPv6 address");
    QTest::newRow("octet over 255") << QStringLiteral("127.0.0.256") << QStringLiteral("80") << QStringLiteral("256 is over 255");
}

void TstTcpClientPanel::badAddressIsRefused()
{
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, message);
    typeAddress(host, port);
    QVERIFY(m_inputError->isVisible());
    QVERIFY2(m_inputError->text().contains(message), qPrintable(m_inputError->text()));
    QVERIFY(!m_connect->isEnabled());
    QTest::keyClick(m_port, Qt::Key_Return);
    QCOMPARE(m_state->text(), QStringLiteral("Not connected"));
}

void TstTcpClientPanel::malformedHexSendsNothing()
{
    LoopbackTcpServer server;
    connectTo(server, QStringLiteral("127.0.0.1"));
    clickCheckBox(childNamed<QCheckBox>(m_panel.get(), "hexCheck"));
    typeToSend(QStringLiteral("48 6G"));
    clickSend();
    auto *error = childNamed<QLabel>(m_panel.get(), "sendErrorLabel");
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"'G' at column 5 is not a hex digit"), qPrintable(error->text()));

    // What the server gets next is only the good send.
    typeToSend(QStringLiteral("4F 4B"));
    clickSend();
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("OK"), Timeout);
}

void TstTcpClientPanel::sendWhileNotConnectedIsExplained()
{
    LoopbackTcpServer server;
    QVERIFY(server.isListening());
    typeAddress(QStringLiteral("127.0.0.1"), server.port());
    typeToSend(QStringLiteral("too early"));
    clickSend();
    QTRY_VERIFY_WITH_TIMEOUT(anyLineContains(logModel(), QStringLiteral("not connected")), Timeout);
    QVERIFY(m_state->text().contains(u"not connected"));
    QCOMPARE(server.clientCount(), 0);
}

void TstTcpClientPanel::connectionRefused()
{
    const quint16 port = SockpitTest::unusedTcpPort(QHostAddress(QHostAddress::LocalHost));
    QVERIFY(port != 0);
    typeAddress(QStringLiteral("127.0.0.1"), port);
    QTest::mouseClick(m_connect, Qt::LeftButton);
    const QString expected = QStringLiteral("connection to 127.0.0.1:%1 refused").arg(port);
    QTRY_VERIFY2_WITH_TIMEOUT(m_state->text().contains(expected), qPrintable(m_state->text()), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(anyLineContains(logModel(), expected), Timeout);
    QCOMPARE(m_connect->text(), QStringLiteral("&Connect"));
    QVERIFY(m_connect->isEnabled());
    QVERIFY(m_host->isEnabled());

    // The next attempt starts afresh.
    LoopbackTcpServer server;
    connectTo(server, QStringLiteral("127.0.0.1"));
}

void TstTcpClientPanel::peerClosing()
{
    LoopbackTcpServer server;
    connectTo(server, QStringLiteral("127.0.0.1"));
    server.send(0, "bye");
    server.close(0);
    QTRY_VERIFY_WITH_TIMEOUT(anyLineContains(logModel(), QStringLiteral("closed by the peer")), Timeout);
    QVERIFY(anyLineContains(logModel(), QStringLiteral("bye"))); // data before the close is kept
    QTRY_VERIFY2_WITH_TIMEOUT(m_state->text().contains(u"closed by the peer"), qPrintable(m_state->text()), Timeout);
    QCOMPARE(m_connect->text(), QStringLiteral("&Connect"));
    QVERIFY(m_host->isEnabled());
}

void TstTcpClientPanel::peerResetting()
{
    LoopbackTcpServer server;
    connectTo(server, QStringLiteral("127.0.0.1"));
    server.reset(0);
    const QString expected = QStringLiteral("connection to 127.0.0.1:%1 reset by the peer").arg(server.port());
    QTRY_VERIFY2_WITH_TIMEOUT(m_state->text().contains(expected), qPrintable(m_state->text()), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(anyLineContains(logModel(), expected), Timeout);
    QVERIFY(!anyLineContains(logModel(), QStringLiteral("closed by the peer")));
    QCOMPARE(m_connect->text(), QStringLiteral("&Connect"));
    QVERIFY(m_host->isEnabled());
}

void TstTcpClientPanel::shortConnection()
{
    LoopbackTcpServer server;
    QVERIFY(server.isListening());
    typeAddress(QStringLiteral("127.0.0.1"), server.port());
    auto *replyWait = childNamed<QSpinBox>(m_panel.get(), "replySpin");
    QVERIFY(replyWait);
    QVERIFY(!replyWait->isEnabled());
    clickCheckBox(m_short);
    QVERIFY(m_short->isChecked());
    QVERIFY(!m_connect->isEnabled()); // each send connects by itself
    QVERIFY(replyWait->isEnabled());
    QVERIFY2(m_state->text().startsWith(u"Short connection"), qPrintable(m_state->text()));
    replyWait->selectAll();
    QTest::keyClicks(replyWait, QStringLiteral("300"));
    QCOMPARE(replyWait->value(), 300);

    server.setChunkHandler([&server](qsizetype client, const QByteArray &chunk) { server.send(client, "re:" + chunk); });
    typeToSend(QStringLiteral("first"));
    clickSend();
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("first"), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(anyLineContains(logModel(), QStringLiteral("re:first")), Timeout);
    // The client closes after the reply wait.
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionEnded(0), Timeout);
    QTRY_VERIFY2_WITH_TIMEOUT(m_state->text().startsWith(u"Short connection"), qPrintable(m_state->text()), Timeout);

    typeToSend(QStringLiteral("second"));
    clickSend();
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 2, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(server.received(1), QByteArray("second"), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(anyLineContains(logModel(), QStringLiteral("re:second")), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionEnded(1), Timeout);
    QCOMPARE(server.received(0), QByteArray("first"));
}

void TstTcpClientPanel::captureKeepsReceivedBytes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("capture.bin"));
    LoopbackTcpServer server;
    connectTo(server, QStringLiteral("127.0.0.1"));
    QCOMPARE(m_panel->workspace()->startCapture(path), QString());
    const QByteArray raw("\x00\xff\xC4\xE3 raw", 8);
    server.send(0, raw);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->workspace()->capture()->bytesWritten(), quint64(raw.size()), Timeout);
    m_panel->workspace()->capture()->close();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), raw);
}

void TstTcpClientPanel::typedEncodingIsChecked()
{
    auto *selector = childNamed<EncodingSelector>(m_panel.get(), "encodingSelector");
    QVERIFY(selector);
    QLineEdit *edit = selector->lineEdit();

    // Any case is taken, and shown in the usual spelling.
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("gb18030"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(selector->encoding(), QStringLiteral("GB18030"));
    QCOMPARE(edit->text(), QStringLiteral("GB18030"));

    // An unknown name is refused with the reason in the log; the encoding stays.
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("NOPE-9"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(selector->encoding(), QStringLiteral("GB18030"));
    QCOMPARE(edit->text(), QStringLiteral("GB18030"));
    QTRY_VERIFY_WITH_TIMEOUT(anyLineContains(logModel(), QStringLiteral("encoding 'NOPE-9' is not available")), Timeout);
}

void TstTcpClientPanel::changesAreSavedSoonAndNeverByTheDestructor()
{
    QSettings().clear();
    typeAddress(QStringLiteral("::1"), QStringLiteral("9555"));
    // Written without closing anything, once the typing has stopped.
    QTRY_COMPARE_WITH_TIMEOUT(Settings::TcpClientPort.value(), QStringLiteral("9555"), Timeout);
    QCOMPARE(Settings::TcpClientHost.value(), QStringLiteral("::1"));
    QVERIFY(!m_panel->hasUnsavedChanges());

    // A change still waiting is dropped with the panel: destructors write nothing.
    m_port->clear();
    QTest::keyClicks(m_port, QStringLiteral("9666"));
    QVERIFY(m_panel->hasUnsavedChanges());
    m_panel.reset();
    QCOMPARE(Settings::TcpClientPort.value(), QStringLiteral("9555"));
    init(); // cleanup() expects a panel
}

void TstTcpClientPanel::stateColoursComeFromThePalette()
{
    const quint16 port = SockpitTest::unusedTcpPort(QHostAddress(QHostAddress::LocalHost));
    QVERIFY(port != 0);
    const QColor idle = m_state->palette().color(QPalette::WindowText);
    typeAddress(QStringLiteral("127.0.0.1"), port);
    QTest::mouseClick(m_connect, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_state->text().contains(u"refused"), Timeout);
    const QColor failedLight = m_state->palette().color(QPalette::WindowText);
    QVERIFY(failedLight != idle);
    QCOMPARE(failedLight, Theme::color(Theme::Tone::Bad, QApplication::palette()));

    // A dark palette gives the same states colours that read on it.
    const QPalette before = QApplication::palette();
    QApplication::setPalette(Theme::darkPalette());
    QTRY_COMPARE_WITH_TIMEOUT(m_state->palette().color(QPalette::WindowText),
                              Theme::color(Theme::Tone::Bad, Theme::darkPalette()), Timeout);
    QVERIFY(m_state->palette().color(QPalette::WindowText) != failedLight);
    QApplication::setPalette(before);
}

void TstTcpClientPanel::stateIsHeardByScreenReaders()
{
    // (Qt drops change events on the offscreen platform, which has no screen
    // reader to tell; what a reader would hear is checked here.)
    const quint16 port = SockpitTest::unusedTcpPort(QHostAddress(QHostAddress::LocalHost));
    QVERIFY(port != 0);
    QAccessibleInterface *state = QAccessible::queryAccessibleInterface(m_state);
    QVERIFY(state);
    QCOMPARE(state->text(QAccessible::Name), QStringLiteral("Not connected"));
    typeAddress(QStringLiteral("127.0.0.1"), port);
    QTest::mouseClick(m_connect, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_state->text().contains(u"refused"), Timeout);

    // The state itself, and why the connect failed, with what the line is.
    QCOMPARE(state->text(QAccessible::Name), m_state->text());
    QCOMPARE(state->text(QAccessible::Description), QStringLiteral("Connection state"));

    // An input error is named by what it says.
    m_port->clear();
    QTest::keyClicks(m_port, QStringLiteral("70000"));
    QAccessibleInterface *error = QAccessible::queryAccessibleInterface(m_inputError);
    QCOMPARE(error->text(QAccessible::Name), QStringLiteral("port 70000 is out of range 1–65535"));
    m_port->clear();
    QTest::keyClicks(m_port, QStringLiteral("80"));
    QVERIFY(!error->text(QAccessible::Name).contains(u"out of range"));
    QVERIFY(!m_inputError->isVisible());
}

QTEST_MAIN(TstTcpClientPanel)
#include "tst_tcpclientpanel.moc"
