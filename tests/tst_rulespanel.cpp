// The Rules page beside a session's log, used as a user does: a rule made in
// the editor answers a TCP client of the server panel and counts its hits;
// switched off it stays quiet; order decides; the ready-made echo; the test
// line; the editor's live errors; imports good and broken; the file on disk
// after each change; the UDP panel and the TCP client panel answer too.

#include "tcpclientpanel.h"
#include "tcpserverpanel.h"
#include "tcpserversession.h"
#include "udppanel.h"
#include "udpsession.h"

#include "encodingselector.h"
#include "receivelogmodel.h"
#include "receivelogview.h"
#include "responder.h"
#include "ruleeditor.h"
#include "rulelistmodel.h"
#include "rulespanel.h"
#include "sessionworkspace.h"

#include "common/accessibility.h"
#include "common/loopbackserver.h"
#include "common/testclient.h"
#include "common/widgetprobe.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QNetworkDatagram>
#include <QUdpSocket>

#include <memory>

using namespace Sockpit;
using SockpitTest::childNamed;
using SockpitTest::replaceText;
using SockpitTest::TestClient;

namespace {
constexpr int Timeout = 10000;

Rule containsRule(const QString &name, const QString &pattern, const QString &reply)
{
    Rule rule;
    rule.name = name;
    rule.match.kind = FrameMatchSpec::Kind::Contains;
    rule.match.pattern = pattern;
    rule.reply = reply;
    return rule;
}

QString logText(SessionPanel &panel)
{
    return SockpitTest::displayedLines(panel.workspace()->logView()->model()).join(u'\n');
}

} // namespace

class TstRulesPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void ruleFromTheEditorAnswersTheClient();
    void switchedOffRuleStaysQuiet();
    void firstMatchWinsAndOrderMoves();
    void echoRuleAndTheTestLine();
    void autoReplyBesideTheRulesIsSaid();
    void editorShowsErrorsLive();
    void brokenImportChangesNothing();
    void exampleImportIsListed();
    void brokenFileAtStartIsKeptAside();
    void unencodableRuleKeepsTheOldOnes();
    void hexSessionTakesHex();
    void udpPanelAnswersTheSender();
    void tcpClientPanelAnswersTheServer();
    void everyControlIsNamed();

private:
    /// panel shown, then its Rules page opened by a click on its tab.
    RulesPanel *openRulesPage(SessionPanel &panel);
    RuleEditor *waitForEditor(RulesPanel *rules);
    void addRuleByDialog(RulesPanel *rules, const QString &name, const QString &pattern, const QString &reply);
    void clickButton(RulesPanel *rules, const char *name);
    /// panel listening on 127.0.0.1 (a free port), client connected to it.
    void connectClient(TcpServerPanel &panel, TestClient &client);
    static QString hitsShown(RulesPanel *rules, int row);
    static RuleSet onDisk(const QString &group);
};

void TstRulesPanel::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SockpitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_rulespanel"));
}

void TstRulesPanel::init()
{
    QSettings().clear();
    const QDir folder = QFileInfo(RulesPanel::defaultPath(QStringLiteral("TcpServer"))).absoluteDir();
    for (const QString &name : folder.entryList({QStringLiteral("rules-*")}, QDir::Files))
        QFile::remove(folder.filePath(name)); // the lists and broken files kept aside
}

RulesPanel *TstRulesPanel::openRulesPage(SessionPanel &panel)
{
    panel.resize(1200, 800);
    panel.show();
    if (!QTest::qWaitForWindowActive(&panel))
        QTest::qFail("the panel's window did not become active", __FILE__, __LINE__);
    QTabWidget *pane = panel.workspace()->sidePane();
    auto *rules = panel.findChild<RulesPanel *>(QStringLiteral("rulesPanel"));
    if (!rules) {
        QTest::qFail("no rules page", __FILE__, __LINE__);
        return nullptr;
    }
    const int index = pane->indexOf(rules);
    if (pane->tabText(index) != QStringLiteral("Rules"))
        QTest::qFail("the page is not called Rules", __FILE__, __LINE__);
    QTest::mouseClick(pane->tabBar(), Qt::LeftButton, {}, pane->tabBar()->tabRect(index).center());
    if (!QTest::qWaitFor([&] { return rules->isVisible(); }, Timeout))
        QTest::qFail("the rules page did not open", __FILE__, __LINE__);
    return rules;
}

RuleEditor *TstRulesPanel::waitForEditor(RulesPanel *rules)
{
    RuleEditor *editor = nullptr;
    if (!QTest::qWaitFor([&] { return (editor = rules->findChild<RuleEditor *>()) && editor->isVisible(); }, Timeout))
        QTest::qFail("the rule editor did not open", __FILE__, __LINE__);
    return editor;
}

void TstRulesPanel::clickButton(RulesPanel *rules, const char *name)
{
    auto *button = childNamed<QToolButton>(rules, name);
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

void TstRulesPanel::addRuleByDialog(RulesPanel *rules, const QString &name, const QString &pattern, const QString &reply)
{
    clickButton(rules, "rulesAddButton");
    RuleEditor *editor = waitForEditor(rules);
    QVERIFY(editor);
    QTest::keyClicks(childNamed<QLineEdit>(editor, "ruleNameEdit"), name);
    auto *kind = childNamed<QComboBox>(editor, "ruleKindCombo");
    kind->setCurrentIndex(kind->findText(FrameMatchSpec::kindTitle(FrameMatchSpec::Kind::Contains)));
    QTest::keyClicks(childNamed<QLineEdit>(editor, "rulePatternEdit"), pattern);
    QTest::keyClicks(childNamed<QLineEdit>(editor, "ruleReplyEdit"), reply);
    auto *ok = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY2(ok->isEnabled(), qPrintable(editor->errorText()));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!rules->findChild<RuleEditor *>());
    // The window is active again once the dialog is gone, as a window manager makes it.
    rules->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(rules->window()));
}

void TstRulesPanel::connectClient(TcpServerPanel &panel, TestClient &client)
{
    auto *address = childNamed<QComboBox>(&panel, "addressCombo");
    const int loopback = address->findData(QStringLiteral("127.0.0.1"));
    QVERIFY(loopback >= 0);
    address->setCurrentIndex(loopback);
    replaceText(childNamed<QLineEdit>(&panel, "portEdit"), QStringLiteral("0"));
    QTest::mouseClick(childNamed<QPushButton>(&panel, "listenButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel.session()->isListening(), Timeout);
    QCOMPARE(panel.session()->listenAddress(), QHostAddress(QHostAddress::LocalHost));
    client.socket->connectToHost(QHostAddress(QHostAddress::LocalHost), panel.session()->listenPort());
    QTRY_COMPARE_WITH_TIMEOUT(client.socket->state(), QAbstractSocket::ConnectedState, Timeout);
}

QString TstRulesPanel::hitsShown(RulesPanel *rules, int row)
{
    return rules->table()->model()->index(row, RuleListModel::HitsColumn).data().toString();
}

RuleSet TstRulesPanel::onDisk(const QString &group)
{
    const Result<RuleSet> read = RuleSet::load(RulesPanel::defaultPath(group));
    return read ? read.value : RuleSet();
}

void TstRulesPanel::ruleFromTheEditorAnswersTheClient()
{
    TcpServerPanel panel;
    RulesPanel *rules = openRulesPage(panel);
    QVERIFY(rules);
    auto *answer = childNamed<QCheckBox>(rules, "rulesAnswerCheck");
    QVERIFY(!answer->isChecked()); // off until the user wants it

    addRuleByDialog(rules, QStringLiteral("ping"), QStringLiteral("PING"), QStringLiteral("PONG {counter}\\r\\n"));
    QCOMPARE(rules->table()->model()->rowCount(), 1);
    QCOMPARE(rules->table()->model()->index(0, RuleListModel::NameColumn).data().toString(), QStringLiteral("ping"));
    const RuleSet saved = onDisk(QStringLiteral("TcpServer"));
    QCOMPARE(saved.rules.size(), 1);
    QCOMPARE(saved.rules.at(0).reply, QStringLiteral("PONG {counter}\\r\\n"));
    SockpitTest::clickCheckBox(answer);
    QVERIFY(answer->isChecked());
    QVERIFY(rules->responder()->isEnabled());

    TestClient client;
    connectClient(panel, client);
    client.socket->write("PING");
    QTRY_COMPARE_WITH_TIMEOUT(client.received, QByteArray("PONG 1\r\n"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(hitsShown(rules, 0), QStringLiteral("1"), Timeout);
    // The log shows the answer below the request.
    QTRY_VERIFY_WITH_TIMEOUT(logText(panel).contains(u"PONG 1"), Timeout);
    const QString log = logText(panel);
    QVERIFY2(log.indexOf(u"PING") < log.indexOf(u"PONG 1"), qPrintable(log));

    // Remembered: a new panel answers from the start.
    panel.saveSettings();
    TcpServerPanel again;
    auto *reborn = again.findChild<RulesPanel *>(QStringLiteral("rulesPanel"));
    QVERIFY(reborn->isAnswering());
    QCOMPARE(reborn->responder()->rules().rules.size(), 1);
}

void TstRulesPanel::switchedOffRuleStaysQuiet()
{
    TcpServerPanel panel;
    RulesPanel *rules = openRulesPage(panel);
    QVERIFY(rules->setRules(RuleSet{{containsRule(QStringLiteral("ping"), QStringLiteral("PING"), QStringLiteral("PONG"))}}));
    rules->setAnswering(true);
    TestClient client;
    connectClient(panel, client);

    // Space on the selected row switches it off, as its check box does.
    QTableView *table = rules->table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(0, RuleListModel::NameColumn)).center());
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(table->model()->index(0, RuleListModel::EnabledColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(!onDisk(QStringLiteral("TcpServer")).rules.at(0).enabled);

    client.socket->write("PING");
    QTRY_VERIFY_WITH_TIMEOUT(logText(panel).contains(u"PING"), Timeout);
    QTest::qWait(200); // an answer would be on its way by now
    QVERIFY(client.received.isEmpty());
    QCOMPARE(hitsShown(rules, 0), QStringLiteral("0"));

    QTest::keyClick(table, Qt::Key_Space); // on again
    client.socket->write("PING");
    QTRY_COMPARE_WITH_TIMEOUT(client.received, QByteArray("PONG"), Timeout);
}

void TstRulesPanel::firstMatchWinsAndOrderMoves()
{
    TcpServerPanel panel;
    RulesPanel *rules = openRulesPage(panel);
    addRuleByDialog(rules, QStringLiteral("wide"), QStringLiteral("P"), QStringLiteral("wide"));
    addRuleByDialog(rules, QStringLiteral("narrow"), QStringLiteral("PING"), QStringLiteral("narrow"));
    rules->setAnswering(true);
    TestClient client;
    connectClient(panel, client);
    client.socket->write("PING");
    QTRY_COMPARE_WITH_TIMEOUT(client.received, QByteArray("wide"), Timeout);

    // The second rule selected (the editor left it so), Alt+Up puts it first.
    QTableView *table = rules->table();
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(1, RuleListModel::NameColumn)).center());
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(table->model()->index(0, RuleListModel::NameColumn).data().toString(), QStringLiteral("narrow"));
    QCOMPARE(onDisk(QStringLiteral("TcpServer")).rules.at(0).name, QStringLiteral("narrow"));
    client.received.clear();
    client.socket->write("PING");
    QTRY_COMPARE_WITH_TIMEOUT(client.received, QByteArray("narrow"), Timeout);

    // Delete removes the selected rule (the moved one, still selected).
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(onDisk(QStringLiteral("TcpServer")).rules.size(), 1);
    QVERIFY(rules->statusText().contains(u"narrow"));
}

void TstRulesPanel::echoRuleAndTheTestLine()
{
    TcpServerPanel panel;
    RulesPanel *rules = openRulesPage(panel);
    auto *input = childNamed<QLineEdit>(rules, "rulesTestEdit");
    auto *result = childNamed<QLabel>(rules, "rulesTestResultLabel");
    QTest::keyClicks(input, QStringLiteral("hello"));
    clickButton(rules, "rulesTestButton");
    QVERIFY2(result->text().contains(u"no rules"), qPrintable(result->text()));

    clickButton(rules, "rulesAddEchoButton");
    QCOMPARE(rules->table()->model()->rowCount(), 1);
    QCOMPARE(onDisk(QStringLiteral("TcpServer")).rules.at(0), Rule::echo());
    clickButton(rules, "rulesTestButton");
    QVERIFY2(result->text().startsWith(u"Rule 1 'Echo' takes it"), qPrintable(result->text()));
    QVERIFY2(result->text().contains(u"68 65 6C 6C 6F"), qPrintable(result->text()));
    QVERIFY2(result->text().contains(u"\"hello\""), qPrintable(result->text()));

    // A rule before it that takes PING, with its counter; nothing is sent.
    RuleSet two = rules->rules();
    two.rules.prepend(containsRule(QStringLiteral("ping"), QStringLiteral("PING"), QStringLiteral("PONG {counter}\\r\\n")));
    QVERIFY(rules->setRules(two));
    replaceText(input, QStringLiteral("PING\\r\\n"));
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY2(result->text().startsWith(u"Rule 1 'ping' takes it"), qPrintable(result->text()));
    QVERIFY2(result->text().contains(u"50 4F 4E 47 20 31 0D 0A"), qPrintable(result->text()));
    QVERIFY2(result->text().contains(u"PONG 1\\r\\n"), qPrintable(result->text()));
    QCOMPARE(rules->responder()->hits(0), quint64(0));

    // Both off: none takes it, and it says why.
    for (Rule &rule : two.rules)
        rule.enabled = false;
    QVERIFY(rules->setRules(two));
    QVERIFY2(rules->testFrame(QStringLiteral("PING")).contains(u"switched off"), qPrintable(rules->testFrame(QStringLiteral("PING"))));
    // Bad input is named.
    QVERIFY(rules->testFrame(QStringLiteral("\\q")).startsWith(u"The frame cannot be read"));
}

void TstRulesPanel::autoReplyBesideTheRulesIsSaid()
{
    // The form's auto-reply and the rules answer independently: both on, a request gets two replies.
    TcpServerPanel panel;
    RulesPanel *rules = openRulesPage(panel);
    QVERIFY(rules);
    const QString notice = QStringLiteral("The auto-reply and the rules both answer now");
    const auto said = [&] { return logText(panel).count(notice); };
    auto *autoReply = childNamed<QComboBox>(&panel, "autoReplyCombo");
    autoReply->setFocus();
    QTest::keyClick(autoReply, Qt::Key_Down); // Echo
    QCOMPARE(panel.session()->autoReply(), TcpServerSession::AutoReply::Echo);
    QCOMPARE(said(), 0); // the auto-reply alone
    auto *answer = childNamed<QCheckBox>(rules, "rulesAnswerCheck");
    SockpitTest::clickCheckBox(answer);
    QTRY_COMPARE(said(), 1);
    // Said again each time they start to answer both, not while they go on.
    autoReply->setFocus();
    QTest::keyClick(autoReply, Qt::Key_Up); // Off
    QTest::keyClick(autoReply, Qt::Key_Down);
    QTRY_COMPARE(said(), 2);
    SockpitTest::clickCheckBox(answer);
    SockpitTest::clickCheckBox(answer);
    QTRY_COMPARE(said(), 3);
    autoReply->setFocus();
    QTest::keyClick(autoReply, Qt::Key_Up);
    SockpitTest::clickCheckBox(answer);
    SockpitTest::clickCheckBox(answer);
    QCOMPARE(said(), 3); // the rules alone
}

void TstRulesPanel::editorShowsErrorsLive()
{
    TcpServerPanel panel;
    RulesPanel *rules = openRulesPage(panel);
    clickButton(rules, "rulesAddButton");
    RuleEditor *editor = waitForEditor(rules);
    QVERIFY(editor);
    auto *ok = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *error = childNamed<QLabel>(editor, "ruleErrorLabel");
    auto *kind = childNamed<QComboBox>(editor, "ruleKindCombo");
    kind->setCurrentIndex(kind->findText(FrameMatchSpec::kindTitle(FrameMatchSpec::Kind::Regex)));
    QTest::keyClicks(childNamed<QLineEdit>(editor, "rulePatternEdit"), QStringLiteral("(abc"));
    QTest::keyClicks(childNamed<QLineEdit>(editor, "ruleReplyEdit"), QStringLiteral("x"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"regular expression"), qPrintable(error->text()));

    replaceText(childNamed<QLineEdit>(editor, "rulePatternEdit"), QStringLiteral("(abc)"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!error->isVisible());
    replaceText(childNamed<QLineEdit>(editor, "ruleReplyEdit"), QStringLiteral("{nope}"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(error->text().contains(u"nope"), qPrintable(error->text()));
    replaceText(childNamed<QLineEdit>(editor, "ruleReplyEdit"), QStringLiteral("{2}"));
    QVERIFY2(error->text().contains(u"{2}"), qPrintable(error->text()));
    editor->reject();
    QCOMPARE(rules->table()->model()->rowCount(), 0);
}

void TstRulesPanel::brokenImportChangesNothing()
{
    TcpServerPanel panel;
    RulesPanel *rules = openRulesPage(panel);
    clickButton(rules, "rulesAddEchoButton");
    const QByteArray before = [] {
        QFile file(RulesPanel::defaultPath(QStringLiteral("TcpServer")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(!before.isEmpty());

    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.rules.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"version\": 1,\n  \"rules\": [ {\"match\": \"any\" ]\n}\n");
    file.close();
    QVERIFY(!rules->importFrom(broken));
    QVERIFY2(rules->statusText().contains(u"line 3, column"), qPrintable(rules->statusText()));
    QCOMPARE(rules->table()->model()->rowCount(), 1);

    // A rule that cannot be compiled: named, and nothing applied.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"version": 1, "rules": [{"name": "ok", "match": "any", "reply": "x"},
                                        {"name": "bad", "match": "regex", "pattern": "(", "reply": "y"}]})");
    file.close();
    QVERIFY(!rules->importFrom(broken));
    QVERIFY2(rules->statusText().contains(u"rule 2 'bad'"), qPrintable(rules->statusText()));
    QCOMPARE(rules->rules(), RuleSet::echo());
    QFile kept(RulesPanel::defaultPath(QStringLiteral("TcpServer")));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), before);
}

void TstRulesPanel::exampleImportIsListed()
{
    TcpServerPanel panel;
    RulesPanel *rules = openRulesPage(panel);
    clickButton(rules, "rulesAddEchoButton");
    const QString example = QStringLiteral(SOCKPIT_SOURCE_DIR "/docs/examples/echo-and-greet.rules.json");
    // Import…, the file picked, then the question whether to replace the rule there is.
    clickButton(rules, "rulesImportButton");
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = rules->findChild<QFileDialog *>(QStringLiteral("rulesImportDialog"))) && dialog->isVisible(),
                             Timeout);
    dialog->selectFile(example);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = rules->findChild<QMessageBox *>(QStringLiteral("rulesImportConfirm"))) && box->isVisible(),
                             Timeout);
    QVERIFY2(box->text().contains(u"1 rule"), qPrintable(box->text()));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    const Result<RuleSet> expected = RuleSet::load(example);
    QVERIFY(expected);
    QTRY_COMPARE(rules->table()->model()->rowCount(), expected.value.rules.size());
    QCOMPARE(rules->table()->model()->index(0, RuleListModel::NameColumn).data().toString(), QStringLiteral("greet"));
    QCOMPARE(onDisk(QStringLiteral("TcpServer")), expected.value);
    QVERIFY2(rules->statusText().contains(u"Imported 5 rule"), qPrintable(rules->statusText()));

    QTemporaryDir dir;
    const QString exported = dir.filePath(QStringLiteral("out.rules.json"));
    QVERIFY(rules->exportTo(exported));
    QCOMPARE(RuleSet::load(exported).value, expected.value);
}

void TstRulesPanel::brokenFileAtStartIsKeptAside()
{
    const QString path = RulesPanel::defaultPath(QStringLiteral("TcpServer"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"version\": 1, \"rules\": [");
    file.close();
    TcpServerPanel panel;
    RulesPanel *rules = openRulesPage(panel);
    QVERIFY(rules->rules().rules.isEmpty());
    QTRY_VERIFY2_WITH_TIMEOUT(logText(panel).contains(u"was kept as"), qPrintable(logText(panel)), Timeout);
    QVERIFY2(rules->statusText().contains(u"was kept as"), qPrintable(rules->statusText()));
    QVERIFY(!QFile::exists(path));
    const QStringList aside = QFileInfo(path).absoluteDir().entryList({QStringLiteral("rules-TcpServer.json.broken-*")});
    QCOMPARE(aside.size(), 1);
}

void TstRulesPanel::unencodableRuleKeepsTheOldOnes()
{
    TcpServerPanel panel;
    RulesPanel *rules = openRulesPage(panel);
    QVERIFY(rules->setRules(RuleSet{{containsRule(QStringLiteral("hi"), QStringLiteral("你好"), QStringLiteral("ok"))}}));
    auto *selector = childNamed<EncodingSelector>(&panel, "encodingSelector");
    selector->lineEdit()->selectAll();
    QTest::keyClicks(selector->lineEdit(), QStringLiteral("ISO-8859-1"));
    QTest::keyClick(selector->lineEdit(), Qt::Key_Return);
    QCOMPARE(panel.workspace()->encoding(), QStringLiteral("ISO-8859-1"));
    QVERIFY2(rules->statusText().contains(u"rule 1 'hi'"), qPrintable(rules->statusText()));
    QCOMPARE(rules->responder()->encoding(), QStringLiteral("UTF-8"));
    QCOMPARE(rules->responder()->rules().rules.size(), 1);
}

void TstRulesPanel::hexSessionTakesHex()
{
    TcpServerPanel panel;
    RulesPanel *rules = openRulesPage(panel);
    auto *selector = childNamed<EncodingSelector>(&panel, "encodingSelector");
    selector->lineEdit()->selectAll();
    QTest::keyClicks(selector->lineEdit(), QStringLiteral("Hex"));
    QTest::keyClick(selector->lineEdit(), Qt::Key_Return);
    QCOMPARE(panel.workspace()->encoding(), QStringLiteral("Hex"));

    // Add fixed reply…: the session shows hex, so the reply is hex digits.
    clickButton(rules, "rulesAddFixedButton");
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = rules->findChild<QInputDialog *>(QStringLiteral("rulesFixedReplyDialog")))
                                 && dialog->isVisible(),
                             Timeout);
    QVERIFY2(dialog->labelText().contains(u"hex"), qPrintable(dialog->labelText()));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(), QStringLiteral("4F 4B"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(rules->table()->model()->rowCount(), 1);
    QCOMPARE(onDisk(QStringLiteral("TcpServer")).rules.at(0), Rule::fixedReply(QStringLiteral("4F 4B"), true));

    const QString said = rules->testFrame(QStringLiteral("50 49 4E 47"));
    QVERIFY2(said.startsWith(u"Rule 1 'Fixed reply' takes it and replies 4F 4B"), qPrintable(said));
    QVERIFY2(rules->testFrame(QStringLiteral("5G")).startsWith(u"The frame cannot be read"), qPrintable(said));
}

void TstRulesPanel::udpPanelAnswersTheSender()
{
    UdpPanel panel;
    RulesPanel *rules = openRulesPage(panel);
    addRuleByDialog(rules, QStringLiteral("ping"), QStringLiteral("PING"), QStringLiteral("PONG {counter}"));
    SockpitTest::clickCheckBox(childNamed<QCheckBox>(rules, "rulesAnswerCheck"));
    QCOMPARE(onDisk(QStringLiteral("Udp")).rules.size(), 1);

    auto *address = childNamed<QComboBox>(&panel, "addressCombo");
    address->setCurrentIndex(address->findData(QStringLiteral("127.0.0.1")));
    replaceText(childNamed<QLineEdit>(&panel, "portEdit"), QStringLiteral("0"));
    QTest::mouseClick(childNamed<QPushButton>(&panel, "bindButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel.session()->isBound(), Timeout);

    QUdpSocket first, second;
    QVERIFY(first.bind(QHostAddress::LocalHost, 0));
    QVERIFY(second.bind(QHostAddress::LocalHost, 0));
    second.writeDatagram(QByteArray("PING"), QHostAddress::LocalHost, panel.session()->localPort());
    QTRY_VERIFY_WITH_TIMEOUT(second.hasPendingDatagrams(), Timeout);
    QCOMPARE(second.receiveDatagram().data(), QByteArray("PONG 1"));
    first.writeDatagram(QByteArray("PING"), QHostAddress::LocalHost, panel.session()->localPort());
    QTRY_VERIFY_WITH_TIMEOUT(first.hasPendingDatagrams(), Timeout);
    QCOMPARE(first.receiveDatagram().data(), QByteArray("PONG 2"));
    QVERIFY(!second.hasPendingDatagrams());
    QTRY_COMPARE_WITH_TIMEOUT(hitsShown(rules, 0), QStringLiteral("2"), Timeout);
}

void TstRulesPanel::tcpClientPanelAnswersTheServer()
{
    SockpitTest::LoopbackTcpServer server;
    QVERIFY(server.isListening());
    TcpClientPanel panel;
    RulesPanel *rules = openRulesPage(panel);
    addRuleByDialog(rules, QStringLiteral("ping"), QStringLiteral("PING"), QStringLiteral("PONG {counter}\\n"));
    SockpitTest::clickCheckBox(childNamed<QCheckBox>(rules, "rulesAnswerCheck"));
    replaceText(childNamed<QLineEdit>(&panel, "hostEdit"), QStringLiteral("127.0.0.1"));
    replaceText(childNamed<QLineEdit>(&panel, "portEdit"), QString::number(server.port()));
    QTest::mouseClick(childNamed<QPushButton>(&panel, "connectButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    server.send(0, "PING");
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("PONG 1\n"), Timeout);
    QCOMPARE(onDisk(QStringLiteral("TcpClient")).rules.size(), 1);
}

void TstRulesPanel::everyControlIsNamed()
{
    TcpServerPanel panel;
    RulesPanel *rules = openRulesPage(panel);
    clickButton(rules, "rulesAddEchoButton");
    clickButton(rules, "rulesTestButton");
    const QStringList unnamed = SockpitTest::unnamedControls(rules);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    clickButton(rules, "rulesAddButton");
    RuleEditor *editor = waitForEditor(rules);
    QVERIFY(editor);
    const QStringList unnamedInEditor = SockpitTest::unnamedControls(editor);
    QVERIFY2(unnamedInEditor.isEmpty(), qPrintable(unnamedInEditor.join(u'\n')));
    editor->reject();
    const QModelIndex on = rules->table()->model()->index(0, RuleListModel::EnabledColumn);
    QCOMPARE(on.data(Qt::AccessibleTextRole).toString(), QStringLiteral("On"));
}

QTEST_MAIN(TstRulesPanel)
#include "tst_rulespanel.moc"
