// File → Export as pcapng… in the window: a TCP client tab with some traffic,
// exported through the keyboard and the file dialog, read back by tshark; the
// action follows the tab; a file that cannot be written shows the reason.

#include "mainwindow.h"

#include "languagemanager.h"
#include "pcapngexportaction.h"
#include "receivelogview.h"
#include "sessionworkspace.h"
#include "tcpclientpanel.h"
#include "trafficlog.h"
#include "udppanel.h"

#include "common/loopbackserver.h"
#include "common/tshark.h"

#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace Sockpit;
namespace Tshark = SockpitTest::Tshark;

namespace {

constexpr int Timeout = 10000;

template<typename T>
T *childNamed(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

/// The visible top-level widget of type T with this object name.
template<typename T>
T *visibleTopLevel(const char *name)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible() && found->objectName() == QLatin1String(name))
            return found;
    }
    return nullptr;
}

} // namespace

class TestPcapngExport : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QSettings().clear();
        LanguageManager::instance().setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QVERIFY(m_dir.isValid());
    }

    void actionFollowsTheTab()
    {
        MainWindow window;
        window.show();
        auto *action = childNamed<PcapngExportAction>(&window, "exportPcapngAction");
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("&Export as pcapng…"));
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
        window.tabs()->setCurrentIndex(MainWindow::TcpClientTab);
        QVERIFY(action->isEnabled());
        window.tabs()->setCurrentIndex(MainWindow::IpCalcTab);
        QVERIFY(!action->isEnabled());
        window.tabs()->setCurrentIndex(MainWindow::UdpTab);
        QVERIFY(action->isEnabled());
    }

    void clientTabExportsThroughTheDialog()
    {
        SOCKPIT_REQUIRE_TSHARK();
        SockpitTest::LoopbackTcpServer server;
        QVERIFY(server.isListening());
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.tabs()->setCurrentIndex(MainWindow::TcpClientTab);
        auto *panel = window.tcpClientPanel();
        auto *host = childNamed<QLineEdit>(panel, "hostEdit");
        auto *port = childNamed<QLineEdit>(panel, "portEdit");
        auto *connectButton = childNamed<QPushButton>(panel, "connectButton");
        auto *input = childNamed<QPlainTextEdit>(panel, "sendInput");
        auto *send = childNamed<QPushButton>(panel, "sendButton");
        QVERIFY(host && port && connectButton && input && send);
        host->clear();
        QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
        port->clear();
        QTest::keyClicks(port, QString::number(server.port()));
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
        input->clear();
        QTest::keyClicks(input, QStringLiteral("ping"));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(server.received(0).startsWith("ping"), Timeout);
        server.send(0, QByteArray::fromHex("cac0bde7"));
        TrafficLog *log = panel->workspace()->log();
        QTRY_COMPARE_WITH_TIMEOUT(log->counters().rxBytes, 4u, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(log->counters().rxChunks, 1u, Timeout); // in the log as a row, not only counted
        const qsizetype entries = log->size();

        // The keyboard path: the shortcut, a file name typed, Enter.
        const QString path = m_dir.filePath(QStringLiteral("client.pcapng"));
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleTopLevel<QFileDialog>("pcapngExportDialog")), Timeout);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        dialog->setDirectory(m_dir.path()); // as if the user had gone there
        name->clear();
        QTest::keyClicks(name, QStringLiteral("client")); // the suffix comes from the dialog
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), Timeout);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(path));
        QCOMPARE(log->size(), entries);

        const Tshark::Followed followed = Tshark::follow(path, 0);
        QCOMPARE(followed.from0, server.received(0));
        QCOMPARE(followed.from1.toHex(), QByteArray("cac0bde7"));
        QCOMPARE(followed.node1, QStringLiteral("127.0.0.1:%1").arg(server.port()));
        QCOMPARE(followed.node0, QStringLiteral("127.0.0.1:%1").arg(server.socket(0)->peerPort()));
    }

    void captureAsPcapngKeepsEveryByte()
    {
        // A capture, unlike an export, is not bounded by the log's ring: a
        // 200-byte ring forgets the traffic, the pcapng capture has all of it.
        SOCKPIT_REQUIRE_TSHARK();
        SockpitTest::LoopbackTcpServer server;
        QVERIFY(server.isListening());
        TcpClientPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        SessionWorkspace *workspace = panel.workspace();
        workspace->log()->setCapacityBytes(200);
        auto *host = childNamed<QLineEdit>(&panel, "hostEdit");
        auto *port = childNamed<QLineEdit>(&panel, "portEdit");
        host->clear();
        QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
        port->clear();
        QTest::keyClicks(port, QString::number(server.port()));
        QTest::mouseClick(childNamed<QPushButton>(&panel, "connectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);

        const QString path = m_dir.filePath(QStringLiteral("capture.pcapng"));
        QCOMPARE(workspace->startCapture(path), QString());
        QVERIFY(workspace->logView()->isCapturing());
        auto *input = childNamed<QPlainTextEdit>(&panel, "sendInput");
        auto *send = childNamed<QPushButton>(&panel, "sendButton");
        QByteArray sent;
        for (int i = 0; i < 20; ++i) {
            const QString line = QStringLiteral("request %1 ").arg(i, 3, 10, QLatin1Char('0'));
            input->clear();
            QTest::keyClicks(input, line);
            QTest::mouseClick(send, Qt::LeftButton);
            sent += line.toUtf8();
            QTRY_COMPARE_WITH_TIMEOUT(server.received(0), sent, Timeout);
        }
        const QByteArray answer(3000, 'a');
        server.send(0, answer);
        QTRY_COMPARE_WITH_TIMEOUT(workspace->log()->counters().rxBytes, quint64(answer.size()), Timeout);
        QVERIFY(workspace->log()->counters().evictedEntries > 0); // the ring forgot
        workspace->logView()->toggleCapture(); // the button again: stops
        QVERIFY(!workspace->logView()->isCapturing());

        const Tshark::Followed followed = Tshark::follow(path, 0);
        QCOMPARE(followed.from0, sent);
        QCOMPARE(followed.from1, answer);
    }

    void unwritableFileShowsWhy()
    {
        MainWindow window;
        window.show();
        window.tabs()->setCurrentIndex(MainWindow::UdpTab);
        TrafficLog *log = window.udpPanel()->workspace()->log();
        log->appendPayload(Direction::Tx, Peer{1, QHostAddress(QHostAddress::LocalHost), 9000}, "kept", true);
        const qsizetype entries = log->size();
        auto *action = childNamed<PcapngExportAction>(&window, "exportPcapngAction");
        QVERIFY(action);
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/out.pcapng"));
        QVERIFY(!action->exportTo(path).ok());
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = visibleTopLevel<QMessageBox>("pcapngExportError")), Timeout);
        QVERIFY2(box->text().contains(path), qPrintable(box->text()));
        QVERIFY(!box->accessibleName().isEmpty());
        QVERIFY(window.statusBar()->currentMessage().contains(path));
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(!visibleTopLevel<QMessageBox>("pcapngExportError"));
        QCOMPARE(log->size(), entries); // the log keeps everything
        QVERIFY(!QFile::exists(path));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPcapngExport)
#include "tst_pcapng_export.moc"
