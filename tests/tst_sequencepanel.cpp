// The Sequences page of the TCP client and UDP panels, used as a user does:
// a sequence typed or opened, checked, run with a click and with F5 against a
// scripted loopback server, a wrong reply, a timeout, a stop during a forever
// repeat, bad text refused with where it is wrong, Run refused while not
// connected, a JUnit report, and a UDP run against an echo.

#include "sequencepanel.h"

#include "receivelogmodel.h"
#include "receivelogview.h"
#include "sessionworkspace.h"
#include "stepresultmodel.h"
#include "tcpclientpanel.h"
#include "tcpclientsession.h"
#include "tcpserverpanel.h"
#include "udppanel.h"
#include "udpsession.h"

#include "common/accessibility.h"
#include "common/loopbackserver.h"
#include "common/widgetprobe.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QNetworkDatagram>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUdpSocket>
#include <QXmlStreamReader>

#include <memory>

using namespace Sockpit;
using SockpitTest::childNamed;
using SockpitTest::LoopbackTcpServer;

namespace {
constexpr int Timeout = 10000;
const QHostAddress Loopback(QHostAddress::LocalHost);

/// LOGIN… → OK, Q… or READ… → VALUE=42, LOGOUT → BYE, WRONG → ERR, anything else: no answer.
void scriptServer(LoopbackTcpServer &server, std::shared_ptr<QByteArray> pending)
{
    server.setChunkHandler([&server, pending](qsizetype client, const QByteArray &chunk) {
        pending->append(chunk);
        qsizetype end;
        while ((end = pending->indexOf('\n')) >= 0) {
            const QByteArray line = pending->left(end).trimmed();
            pending->remove(0, end + 1);
            if (line.startsWith("LOGIN"))
                server.send(client, "OK\r\n");
            else if (line.startsWith("Q") || line.startsWith("READ"))
                server.send(client, "VALUE=42\r\n");
            else if (line.startsWith("LOGOUT"))
                server.send(client, "BYE\r\n");
            else if (line.startsWith("WRONG"))
                server.send(client, "ERR 7\r\n");
        }
    });
}

QString sequence(const QString &steps)
{
    return QStringLiteral("{\"version\": 1, \"name\": \"t\", \"steps\": [%1]}").arg(steps);
}

const QString LoginThenQuery = sequence(QStringLiteral(
    "{\"send\": {\"text\": \"LOGIN admin\", \"lineEnding\": \"crlf\"}},"
    "{\"expect\": {\"match\": \"starts-with\", \"pattern\": \"OK\"}},"
    "{\"send\": {\"text\": \"Q\", \"lineEnding\": \"crlf\"}},"
    "{\"expect\": {\"match\": \"regex\", \"pattern\": \"^VALUE=(\\\\d+)\"}}"));

} // namespace

class TstSequencePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pageIsBuiltWhenFirstShown();
    void runPassesWithClickAndF5();
    void wrongReplyFails();
    void silenceTimesOut();
    void stopEndsAForeverRepeat();
    void malformedJsonShowsWhereAndRunRefuses();
    void invalidRegexNamesTheStep();
    void runIsDisabledWhileNotConnected();
    void connectionEndingFailsTheRun();
    void junitExportParses();
    void exampleFileOpensRunsAndIsReopened();
    void saveWritesTheText();
    void udpPanelRunsAgainstAnEcho();
    void tcpServerHasNoSequencesPage();
    void everyControlIsNamed();

private:
    void showPage(QWidget *panel);
    void connectToServer(LoopbackTcpServer &server);
    void typeSequence(const QString &text);
    void click(const char *name);
    bool runFinished() const { return !m_page->runner().isRunning() && !m_page->summaryText().isEmpty(); }
    QList<StepResult::Status> statuses() const;
    QString logText(QWidget *panel) const;

    std::unique_ptr<TcpClientPanel> m_panel;
    SequencePanel *m_page = nullptr;
};

void TstSequencePanel::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SockpitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sequencepanel"));
    QSettings().clear();
}

void TstSequencePanel::init()
{
    m_panel = std::make_unique<TcpClientPanel>();
    m_panel->resize(1300, 800);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_page = m_panel->findChild<SequencePanel *>(QStringLiteral("sequencePanel"));
    QVERIFY(m_page);
}

void TstSequencePanel::cleanup()
{
    m_panel.reset();
    m_page = nullptr;
    QSettings().clear();
}

void TstSequencePanel::showPage(QWidget *panel)
{
    auto *pane = childNamed<QTabWidget>(panel, "sidePane");
    QTabBar *bar = pane->tabBar();
    int index = -1;
    for (int i = 0; i < bar->count(); ++i) {
        if (bar->tabText(i) == QStringLiteral("Sequences"))
            index = i;
    }
    QVERIFY(index >= 0);
    QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, bar->tabRect(index).center());
    auto *page = panel->findChild<SequencePanel *>();
    QTRY_VERIFY(page->isVisible());
    // The page's contents are made as it is first shown: wait until they are laid out.
    QTRY_VERIFY(childNamed<QToolButton>(page, "sequenceRunButton")->height() > 0);
}

void TstSequencePanel::connectToServer(LoopbackTcpServer &server)
{
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));
    SockpitTest::replaceText(childNamed<QLineEdit>(m_panel.get(), "hostEdit"), QStringLiteral("127.0.0.1"));
    SockpitTest::replaceText(childNamed<QLineEdit>(m_panel.get(), "portEdit"), QString::number(server.port()));
    QTest::mouseClick(childNamed<QPushButton>(m_panel.get(), "connectButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->session()->state(), Session::State::Active, Timeout);
}

void TstSequencePanel::typeSequence(const QString &text)
{
    showPage(m_panel.get());
    QPlainTextEdit *editor = m_page->editor();
    QVERIFY(editor);
    editor->setFocus();
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, lines.at(i));
    }
    QCOMPARE(editor->toPlainText(), text);
}

void TstSequencePanel::click(const char *name)
{
    auto *button = childNamed<QToolButton>(m_page, name);
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

QList<StepResult::Status> TstSequencePanel::statuses() const
{
    QList<StepResult::Status> all;
    for (int row = 0; row < m_page->resultModel()->rowCount(); ++row)
        all << m_page->resultModel()->resultAt(row).status;
    return all;
}

QString TstSequencePanel::logText(QWidget *panel) const
{
    auto *view = panel->findChild<ReceiveLogView *>();
    return SockpitTest::displayedLines(view->model()).join(u'\n');
}

void TstSequencePanel::pageIsBuiltWhenFirstShown()
{
    QVERIFY(!m_page->isBuilt());
    QVERIFY(!m_page->editor());
    showPage(m_panel.get());
    QVERIFY(m_page->isBuilt());
    QVERIFY(m_page->editor()->isVisible());
}

void TstSequencePanel::runPassesWithClickAndF5()
{
    LoopbackTcpServer server;
    scriptServer(server, std::make_shared<QByteArray>());
    connectToServer(server);
    typeSequence(LoginThenQuery);
    click("sequenceCheckButton");
    QVERIFY2(m_page->statusText().startsWith(QStringLiteral("Ready: 4 step")), qPrintable(m_page->statusText()));
    auto *steps = childNamed<QTreeWidget>(m_page, "sequenceStepsView");
    QCOMPARE(steps->topLevelItemCount(), 4);
    QCOMPARE(steps->topLevelItem(1)->text(1), QStringLiteral("expect starts-with \"OK\""));

    click("sequenceRunButton");
    QTRY_VERIFY_WITH_TIMEOUT(runFinished(), Timeout);
    QCOMPARE(statuses(), QList<StepResult::Status>(4, StepResult::Status::Pass));
    const StepResultModel *model = m_page->resultModel();
    QVERIFY(model->resultAt(1).roundTripMs >= 0);
    QVERIFY(model->resultAt(3).roundTripMs >= 0);
    QCOMPARE(model->resultAt(3).captures.value(1), QStringLiteral("42"));
    QCOMPARE(model->index(1, StepResultModel::StatusColumn).data().toString(), QStringLiteral("Passed"));
    QVERIFY(model->index(1, StepResultModel::RoundTripColumn).data().toString().endsWith(QStringLiteral(" ms")));
    QVERIFY2(m_page->summaryText().startsWith(QStringLiteral("All passed: 4 passed, 0 failed, 0 timed out, 0 skipped in ")),
             qPrintable(m_page->summaryText()));
    auto *summary = childNamed<QLabel>(m_page, "sequenceSummaryLabel");
    QCOMPARE(summary->accessibleName(), m_page->summaryText());
    // The log shows what it was given in batches.
    QTRY_VERIFY_WITH_TIMEOUT(logText(m_panel.get()).contains(QStringLiteral("PASS step 4")), Timeout);
    const QString log = logText(m_panel.get());
    QVERIFY2(log.contains(QStringLiteral("▶ step 2: expect starts-with \"OK\"")), qPrintable(log));
    QCOMPARE(server.received(0), QByteArray("LOGIN admin\r\nQ\r\n"));

    // F5 from the editor runs it again.
    m_page->editor()->setFocus();
    QTest::keyClick(m_page->editor(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("LOGIN admin\r\nQ\r\nLOGIN admin\r\nQ\r\n"), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(runFinished(), Timeout);
    QCOMPARE(statuses(), QList<StepResult::Status>(4, StepResult::Status::Pass));
}

void TstSequencePanel::wrongReplyFails()
{
    LoopbackTcpServer server;
    scriptServer(server, std::make_shared<QByteArray>());
    connectToServer(server);
    typeSequence(sequence(QStringLiteral("{\"send\": {\"text\": \"WRONG\\r\\n\"}},"
                                         "{\"expect\": {\"match\": \"starts-with\", \"pattern\": \"OK\"}, \"timeoutMs\": 300},"
                                         "{\"send\": {\"text\": \"Q\\r\\n\"}}")));
    click("sequenceRunButton");
    QTRY_VERIFY_WITH_TIMEOUT(runFinished(), Timeout);
    QCOMPARE(statuses(), (QList<StepResult::Status>{StepResult::Status::Pass, StepResult::Status::Fail,
                                                    StepResult::Status::Skipped}));
    const QString detail = m_page->resultModel()->index(1, StepResultModel::DetailColumn).data().toString();
    QVERIFY2(detail.contains(QStringLiteral("ERR 7")), qPrintable(detail));
    QVERIFY2(m_page->summaryText().startsWith(QStringLiteral("Failed: 1 passed, 1 failed")), qPrintable(m_page->summaryText()));
    QCOMPARE(m_page->resultModel()->index(1, StepResultModel::StatusColumn).data().toString(), QStringLiteral("Failed"));
}

void TstSequencePanel::silenceTimesOut()
{
    LoopbackTcpServer server;
    scriptServer(server, std::make_shared<QByteArray>());
    connectToServer(server);
    typeSequence(sequence(QStringLiteral("{\"send\": {\"text\": \"SILENT\\r\\n\"}},"
                                         "{\"expect\": {\"match\": \"contains\", \"pattern\": \"X\"}, \"timeoutMs\": 200}")));
    click("sequenceRunButton");
    QTRY_VERIFY_WITH_TIMEOUT(runFinished(), Timeout);
    QCOMPARE(statuses(), (QList<StepResult::Status>{StepResult::Status::Pass, StepResult::Status::TimedOut}));
    QCOMPARE(m_page->resultModel()->index(1, StepResultModel::StatusColumn).data().toString(), QStringLiteral("Timed out"));
    QVERIFY2(m_page->summaryText().contains(QStringLiteral("1 timed out")), qPrintable(m_page->summaryText()));
    QTRY_VERIFY_WITH_TIMEOUT(logText(m_panel.get()).contains(QStringLiteral("TIMEOUT step 2")), Timeout);
}

void TstSequencePanel::stopEndsAForeverRepeat()
{
    LoopbackTcpServer server;
    scriptServer(server, std::make_shared<QByteArray>());
    connectToServer(server);
    typeSequence(sequence(QStringLiteral("{\"repeat\": \"forever\", \"steps\": ["
                                         "{\"send\": {\"text\": \"Q\\r\\n\"}},"
                                         "{\"expect\": {\"match\": \"starts-with\", \"pattern\": \"VALUE\"}},"
                                         "{\"wait\": 1}]}")));
    click("sequenceRunButton");
    // Long enough that the log has folded the step lines.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->runner().counts().passed > 120, Timeout);
    QVERIFY(m_page->runner().isRunning());
    click("sequenceStopButton");
    QTRY_VERIFY_WITH_TIMEOUT(runFinished(), Timeout);
    QCOMPARE(statuses().constLast(), StepResult::Status::Skipped);
    QVERIFY2(m_page->summaryText().startsWith(QStringLiteral("Stopped: ")), qPrintable(m_page->summaryText()));
    QVERIFY(!childNamed<QToolButton>(m_page, "sequenceStopButton")->isEnabled());
    QVERIFY(childNamed<QToolButton>(m_page, "sequenceRunButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(logText(m_panel.get()).contains(QStringLiteral("step lines folded: ")), Timeout);
    const QString log = logText(m_panel.get());
    QVERIFY(log.count(QStringLiteral("▶ step")) <= SequencePanel::MaxStepLogLines);
    QVERIFY(log.count(QStringLiteral("▶ step")) > 10);
}

void TstSequencePanel::malformedJsonShowsWhereAndRunRefuses()
{
    LoopbackTcpServer server;
    scriptServer(server, std::make_shared<QByteArray>());
    connectToServer(server);
    typeSequence(QStringLiteral("{\"version\": 1,\n  \"steps\": [}"));
    click("sequenceCheckButton");
    QVERIFY2(m_page->statusText().contains(QStringLiteral("line 2, column")), qPrintable(m_page->statusText()));
    QCOMPARE(childNamed<QTreeWidget>(m_page, "sequenceStepsView")->topLevelItemCount(), 0);
    click("sequenceRunButton");
    QVERIFY(!m_page->runner().isRunning());
    QVERIFY2(m_page->statusText().contains(QStringLiteral("line 2, column")), qPrintable(m_page->statusText()));
    QCOMPARE(m_page->resultModel()->rowCount(), 0);
    QTest::qWait(50); // nothing goes out: a refused run sends nothing (checked against the server)
    QCOMPARE(server.received(0), QByteArray());
}

void TstSequencePanel::invalidRegexNamesTheStep()
{
    LoopbackTcpServer server;
    connectToServer(server);
    typeSequence(sequence(QStringLiteral("{\"send\": {\"text\": \"Q\"}},"
                                         "{\"expect\": {\"match\": \"regex\", \"pattern\": \"([\"}}")));
    click("sequenceRunButton");
    QVERIFY(!m_page->runner().isRunning());
    QVERIFY2(m_page->statusText().contains(QStringLiteral("step 2 (expect): ")), qPrintable(m_page->statusText()));
    QCOMPARE(m_page->resultModel()->rowCount(), 0);

    // A hex pattern that is not hex, inside a repeat.
    typeSequence(sequence(QStringLiteral("{\"repeat\": 2, \"steps\": [{\"send\": {\"text\": \"Q\"}},"
                                         "{\"expect\": {\"match\": \"hex\", \"pattern\": \"0G\"}}]}")));
    click("sequenceCheckButton");
    QVERIFY2(m_page->statusText().contains(QStringLiteral("step 1.2 (expect): ")), qPrintable(m_page->statusText()));
}

void TstSequencePanel::runIsDisabledWhileNotConnected()
{
    typeSequence(LoginThenQuery);
    auto *run = childNamed<QToolButton>(m_page, "sequenceRunButton");
    QVERIFY(!run->isEnabled());
    QVERIFY2(run->toolTip().contains(QStringLiteral("connect (or bind) first")), qPrintable(run->toolTip()));
    QTest::keyClick(m_page->editor(), Qt::Key_F5);
    QVERIFY(!m_page->runner().isRunning());
    QVERIFY2(m_page->statusText().startsWith(QStringLiteral("Cannot run: not connected")), qPrintable(m_page->statusText()));

    LoopbackTcpServer server;
    connectToServer(server);
    QVERIFY(run->isEnabled());
    QVERIFY(run->toolTip().contains(QStringLiteral("F5")));
}

void TstSequencePanel::connectionEndingFailsTheRun()
{
    LoopbackTcpServer server;
    connectToServer(server);
    typeSequence(sequence(QStringLiteral("{\"send\": {\"text\": \"HELLO\\r\\n\"}},"
                                         "{\"expect\": {\"match\": \"contains\", \"pattern\": \"X\"}, \"timeoutMs\": 60000}")));
    click("sequenceRunButton");
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("HELLO\r\n"), Timeout);
    server.close(0);
    QTRY_VERIFY_WITH_TIMEOUT(runFinished(), Timeout);
    QCOMPARE(statuses().value(1), StepResult::Status::Fail);
    const QString detail = m_page->resultModel()->index(1, StepResultModel::DetailColumn).data().toString();
    QVERIFY2(!detail.isEmpty(), "the reason is shown");
    QVERIFY(m_page->summaryText().startsWith(QStringLiteral("Failed: ")));
}

void TstSequencePanel::junitExportParses()
{
    LoopbackTcpServer server;
    scriptServer(server, std::make_shared<QByteArray>());
    connectToServer(server);
    typeSequence(LoginThenQuery);
    auto *exportButton = childNamed<QToolButton>(m_page, "sequenceExportButton");
    QVERIFY(!exportButton->isEnabled());
    QTemporaryDir dir;
    QVERIFY(!m_page->exportJUnit(dir.filePath(QStringLiteral("none.xml"))));
    click("sequenceRunButton");
    QTRY_VERIFY_WITH_TIMEOUT(runFinished(), Timeout);
    QVERIFY(exportButton->isEnabled());
    const QString path = dir.filePath(QStringLiteral("run.xml"));
    QVERIFY(m_page->exportJUnit(path));
    QVERIFY2(m_page->statusText().startsWith(QStringLiteral("Exported the results to")), qPrintable(m_page->statusText()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int cases = 0;
    QString suite;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"testsuite")
            suite = xml.attributes().value(QStringLiteral("name")).toString();
        if (xml.isStartElement() && xml.name() == u"testcase")
            ++cases;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(suite, QStringLiteral("t"));
    QCOMPARE(cases, 4);

    // A folder that cannot be written names the file.
    QVERIFY(!m_page->exportJUnit(dir.filePath(QStringLiteral("missing/run.xml"))));
    QVERIFY2(m_page->statusText().contains(QStringLiteral("run.xml")), qPrintable(m_page->statusText()));
}

void TstSequencePanel::exampleFileOpensRunsAndIsReopened()
{
    const QString example = QStringLiteral(SOCKPIT_SOURCE_DIR "/docs/examples/login-then-query.sequence.json");
    LoopbackTcpServer server;
    scriptServer(server, std::make_shared<QByteArray>());
    connectToServer(server);
    showPage(m_panel.get());
    QVERIFY(m_page->open(example));
    auto *steps = childNamed<QTreeWidget>(m_page, "sequenceStepsView");
    QCOMPARE(steps->topLevelItemCount(), 5); // the repeat holds three
    QCOMPARE(steps->topLevelItem(2)->childCount(), 3);
    QVERIFY(childNamed<QLabel>(m_page, "sequenceNameLabel")->text().contains(QStringLiteral("login then query")));
    click("sequenceRunButton");
    QTRY_VERIFY_WITH_TIMEOUT(runFinished(), Timeout);
    QVERIFY2(m_page->summaryText().startsWith(QStringLiteral("All passed")), qPrintable(m_page->summaryText()));

    // The file is remembered and read again only when the page is shown.
    auto *pane = childNamed<QTabWidget>(m_panel.get(), "sidePane");
    QTest::mouseClick(pane->tabBar(), Qt::LeftButton, Qt::NoModifier, pane->tabBar()->tabRect(0).center());
    QCOMPARE(pane->currentIndex(), 0);
    m_panel->saveSettings();
    m_panel.reset();
    m_panel = std::make_unique<TcpClientPanel>();
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_page = m_panel->findChild<SequencePanel *>();
    QVERIFY(!m_page->isBuilt());
    showPage(m_panel.get());
    QCOMPARE(m_page->path(), example);
    QFile file(example);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(m_page->editor()->toPlainText(), QString::fromUtf8(file.readAll()));

    // The page that was shown is shown again, with its file.
    m_panel.reset();
    m_panel = std::make_unique<TcpClientPanel>();
    m_page = m_panel->findChild<SequencePanel *>();
    QCOMPARE(childNamed<QTabWidget>(m_panel.get(), "sidePane")->currentWidget(), m_page);
    m_panel->show();
    QTRY_VERIFY(m_page->isBuilt());
    QCOMPARE(m_page->path(), example);
}

void TstSequencePanel::saveWritesTheText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.sequence.json"));
    typeSequence(LoginThenQuery);
    QVERIFY(m_page->saveAs(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), LoginThenQuery);
    file.close();

    // Text that does not parse is not saved over the file.
    typeSequence(QStringLiteral("{\"version\": 1, \"steps\": ["));
    click("sequenceSaveButton");
    QVERIFY2(m_page->statusText().startsWith(QStringLiteral("Not saved: line 1, column")), qPrintable(m_page->statusText()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), LoginThenQuery);
    QVERIFY(!m_page->saveAs(dir.filePath(QStringLiteral("missing/x.sequence.json"))));
}

void TstSequencePanel::udpPanelRunsAgainstAnEcho()
{
    QUdpSocket echo;
    QVERIFY(echo.bind(Loopback, 0));
    connect(&echo, &QUdpSocket::readyRead, &echo, [&echo] {
        while (echo.hasPendingDatagrams()) {
            const QNetworkDatagram datagram = echo.receiveDatagram();
            echo.writeDatagram(datagram.makeReply(datagram.data()));
        }
    });
    UdpPanel panel;
    panel.resize(1300, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *page = panel.findChild<SequencePanel *>(QStringLiteral("sequencePanel"));
    QVERIFY(page);
    auto *addressCombo = childNamed<QComboBox>(&panel, "addressCombo");
    addressCombo->setCurrentIndex(addressCombo->findData(QStringLiteral("127.0.0.1")));
    quint16 port = 0;
    {
        QUdpSocket probe; // a port free for UDP, as the user would pick one
        QVERIFY(probe.bind(Loopback, 0));
        port = probe.localPort();
    }
    SockpitTest::replaceText(childNamed<QLineEdit>(&panel, "portEdit"), QString::number(port));
    QTest::mouseClick(childNamed<QPushButton>(&panel, "bindButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel.session()->isBound(), Timeout);
    auto *target = childNamed<QComboBox>(&panel, "targetCombo");
    SockpitTest::replaceText(target->lineEdit(), QStringLiteral("127.0.0.1:%1").arg(echo.localPort()));
    QTest::keyClick(target->lineEdit(), Qt::Key_Tab);

    showPage(&panel);
    QPlainTextEdit *editor = page->editor();
    editor->setFocus();
    QTest::keyClicks(editor, sequence(QStringLiteral("{\"repeat\": 3, \"steps\": [{\"send\": {\"text\": \"PING\"}},"
                                                     "{\"expect\": {\"match\": \"exact\", \"pattern\": \"PING\"}}]}")));
    QTest::mouseClick(childNamed<QToolButton>(page, "sequenceRunButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->runner().isRunning() && !page->summaryText().isEmpty(), Timeout);
    QVERIFY2(page->summaryText().startsWith(QStringLiteral("All passed: 6 passed")), qPrintable(page->summaryText()));
}

void TstSequencePanel::tcpServerHasNoSequencesPage()
{
    TcpServerPanel server;
    QVERIFY(!server.findChild<SequencePanel *>());
}

void TstSequencePanel::everyControlIsNamed()
{
    showPage(m_panel.get());
    const QStringList unnamed = SockpitTest::unnamedControls(m_page);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

QTEST_MAIN(TstSequencePanel)
#include "tst_sequencepanel.moc"
