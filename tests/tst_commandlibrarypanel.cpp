// The command library beside the TCP client's log, used as a user does: a
// command made from the send box, sent with Ctrl+1 to a loopback server,
// edited, removed, in GBK, refused in an encoding that cannot hold it, and a
// broken import that shows where it is broken and changes nothing.

#include "tcpclientpanel.h"

#include "commandeditor.h"
#include "commandlibrarypanel.h"
#include "commandtree.h"
#include "encodingselector.h"
#include "receivelogmodel.h"
#include "receivelogview.h"
#include "sessionworkspace.h"

#include "common/accessibility.h"
#include "common/loopbackserver.h"
#include "common/widgetprobe.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Sockpit;
using SockpitTest::childNamed;
using SockpitTest::LoopbackTcpServer;

namespace {
constexpr int Timeout = 10000;

Command textCommand(const QString &name, const QString &text, PayloadSpec::LineEnding ending = PayloadSpec::LineEnding::None)
{
    Command command;
    command.group = QStringLiteral("Modem");
    command.name = name;
    command.item.data = text;
    command.item.lineEnding = ending;
    return command;
}

/// The row of the tree that shows text (a group or a command).
QModelIndex rowShowing(const QAbstractItemModel *model, const QString &text, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == text)
            return index;
        const QModelIndex inside = rowShowing(model, text, index);
        if (inside.isValid())
            return inside;
    }
    return {};
}

} // namespace

class TstCommandLibraryPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addFromSendBox();
    void ctrlDigitSendsToTheServer();
    void sendButtonEnterAndDoubleClick();
    void editChangesTheCommand();
    void removeAsksFirst();
    void gbkCommand();
    void unencodableCommandShowsTheReason();
    void editorRefusesWhatIsWrong();
    void brokenImportShowsWhereAndChangesNothing();
    void importMergesThroughTheDialogs();
    void filterRenumbersTheKeys();
    void sidePaneTogglesAndIsRemembered();
    void keysBelongToTheirPanel();
    void moveAndRenameGroupByKeyboard();
    void everyControlIsNamed();

private:
    void connectToServer(LoopbackTcpServer &server);
    void chooseEncoding(const QString &name);
    CommandEditor *waitForEditor();
    void clickRow(const QString &text);
    void clickButton(const char *name);
    QString logText() const;

    std::unique_ptr<TcpClientPanel> m_panel;
    CommandLibraryPanel *m_commands = nullptr;
    CommandLibrary *m_library = nullptr;
    CommandTree *m_tree = nullptr;
};

void TstCommandLibraryPanel::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SockpitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_commandlibrarypanel"));
    QSettings().clear();
    QFile::remove(CommandLibrary::defaultPath());
}

void TstCommandLibraryPanel::init()
{
    QVERIFY(CommandLibraryPanel::sharedLibrary()->clear());
    m_panel = std::make_unique<TcpClientPanel>();
    m_panel->resize(1100, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_commands = childNamed<CommandLibraryPanel>(m_panel.get(), "commandLibraryPanel");
    QVERIFY(m_commands);
    m_library = m_commands->library();
    m_tree = m_commands->tree();
    QCOMPARE(m_library, CommandLibraryPanel::sharedLibrary());
    QVERIFY(m_commands->isVisible());
}

void TstCommandLibraryPanel::cleanup()
{
    m_panel.reset();
}

void TstCommandLibraryPanel::connectToServer(LoopbackTcpServer &server)
{
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));
    SockpitTest::replaceText(childNamed<QLineEdit>(m_panel.get(), "hostEdit"), QStringLiteral("127.0.0.1"));
    SockpitTest::replaceText(childNamed<QLineEdit>(m_panel.get(), "portEdit"), QString::number(server.port()));
    QTest::mouseClick(childNamed<QPushButton>(m_panel.get(), "connectButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    auto *state = childNamed<QLabel>(m_panel.get(), "stateLabel");
    QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(u"Connected to"), Timeout);
}

void TstCommandLibraryPanel::chooseEncoding(const QString &name)
{
    auto *selector = childNamed<EncodingSelector>(m_panel.get(), "encodingSelector");
    QLineEdit *edit = selector->lineEdit();
    edit->selectAll();
    QTest::keyClicks(edit, name);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(m_panel->workspace()->encoding(), name);
}

CommandEditor *TstCommandLibraryPanel::waitForEditor()
{
    CommandEditor *editor = nullptr;
    const bool open = QTest::qWaitFor(
        [&] { return (editor = m_commands->findChild<CommandEditor *>()) && editor->isVisible(); }, Timeout);
    if (!open)
        QTest::qFail("the command editor did not open", __FILE__, __LINE__);
    return editor;
}

void TstCommandLibraryPanel::clickRow(const QString &text)
{
    const QModelIndex index = rowShowing(m_tree->model(), text);
    QVERIFY2(index.isValid(), qPrintable(text));
    QTest::mouseClick(m_tree->viewport(), Qt::LeftButton, Qt::NoModifier, m_tree->visualRect(index).center());
}

void TstCommandLibraryPanel::clickButton(const char *name)
{
    auto *button = childNamed<QToolButton>(m_commands, name);
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

QString TstCommandLibraryPanel::logText() const
{
    return SockpitTest::displayedLines(m_panel->workspace()->logView()->model()).join(u'\n');
}

void TstCommandLibraryPanel::addFromSendBox()
{
    auto *input = childNamed<QPlainTextEdit>(m_panel.get(), "sendInput");
    input->clear();
    QTest::keyClicks(input, QStringLiteral("AT+CSQ"));
    auto *ending = childNamed<QComboBox>(m_panel.get(), "lineEndingCombo");
    ending->setCurrentIndex(int(PayloadSpec::LineEnding::CRLF));

    clickButton("commandAddFromSendBoxButton");
    CommandEditor *editor = waitForEditor();
    QVERIFY(editor);
    QCOMPARE(childNamed<QPlainTextEdit>(editor, "commandDataEdit")->toPlainText(), QStringLiteral("AT+CSQ"));
    auto *ok = childNamed<QDialogButtonBox>(editor, "")->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // it needs a name first
    QTest::keyClicks(childNamed<QLineEdit>(editor, "commandNameEdit"), QStringLiteral("Signal"));
    QVERIFY(ok->isEnabled());
    QVERIFY(childNamed<QLabel>(editor, "commandPreviewLabel")->text().contains(u"41 54 2B 43 53 51 0D 0A"));
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_VERIFY(rowShowing(m_tree->model(), QStringLiteral("Signal")).isValid());
    const std::optional<Command> added = m_library->command(QStringLiteral("Commands"), QStringLiteral("Signal"));
    QVERIFY(added);
    QCOMPARE(added->item.bytes(QStringLiteral("UTF-8")).value, QByteArray("AT+CSQ\r\n"));
    // Already on disk: a crash now loses nothing.
    const CommandLibrary restarted(CommandLibrary::defaultPath());
    QVERIFY(restarted.command(QStringLiteral("Commands"), QStringLiteral("Signal")));
    QVERIFY2(m_commands->statusText().contains(u"Signal"), qPrintable(m_commands->statusText()));
}

void TstCommandLibraryPanel::ctrlDigitSendsToTheServer()
{
    QVERIFY(m_library->add(textCommand(QStringLiteral("Attention"), QStringLiteral("AT"), PayloadSpec::LineEnding::CRLF)));
    QVERIFY(m_library->add(textCommand(QStringLiteral("Identify"), QStringLiteral("ATI\\r"))));
    const QModelIndex key = rowShowing(m_tree->model(), QStringLiteral("Attention")).siblingAtColumn(1);
    QCOMPARE(key.data().toString(), CommandTree::shortcutText(1));
    LoopbackTcpServer server;
    connectToServer(server);

    // From the send box, far from the library: the keys belong to the whole tab.
    auto *input = childNamed<QPlainTextEdit>(m_panel.get(), "sendInput");
    input->setFocus();
    QTest::keyClick(input, Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("AT\r\n"), Timeout);
    QTest::keyClick(input, Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("AT\r\nATI\r"), Timeout);
    QTest::keyClick(input, Qt::Key_3, Qt::ControlModifier); // no third command: nothing
    QVERIFY(input->toPlainText().isEmpty()); // the key typed nothing either
    QTest::qWait(50);
    QCOMPARE(server.received(0), QByteArray("AT\r\nATI\r"));
    // Sent the way Send sends: the log shows it.
    QTRY_VERIFY2(logText().contains(u"ATI"), qPrintable(logText()));
}

void TstCommandLibraryPanel::sendButtonEnterAndDoubleClick()
{
    QVERIFY(m_library->add(textCommand(QStringLiteral("One"), QStringLiteral("1"))));
    QVERIFY(m_library->add(textCommand(QStringLiteral("Two"), QStringLiteral("2"))));
    LoopbackTcpServer server;
    connectToServer(server);
    QVERIFY(!childNamed<QToolButton>(m_commands, "commandSendButton")->isEnabled()); // nothing selected
    clickRow(QStringLiteral("Two"));
    clickButton("commandSendButton");
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("2"), Timeout);
    QTest::keyClick(m_tree, Qt::Key_Up); // to "One"
    QTest::keyClick(m_tree, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("21"), Timeout);
    const QModelIndex two = rowShowing(m_tree->model(), QStringLiteral("Two"));
    QTest::mouseDClick(m_tree->viewport(), Qt::LeftButton, Qt::NoModifier, m_tree->visualRect(two).center());
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("212"), Timeout);
}

void TstCommandLibraryPanel::editChangesTheCommand()
{
    Command command = textCommand(QStringLiteral("Ping"), QStringLiteral("AT"));
    command.comment = QStringLiteral("old comment");
    QVERIFY(m_library->add(command));
    QVERIFY(m_library->add(textCommand(QStringLiteral("Other"), QStringLiteral("x"))));
    const QModelIndex row = rowShowing(m_tree->model(), QStringLiteral("Ping"));
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(u"old comment"));
    clickRow(QStringLiteral("Ping"));
    QTest::keyClick(m_tree, Qt::Key_F2);
    CommandEditor *editor = waitForEditor();
    QVERIFY(editor);
    auto *name = childNamed<QLineEdit>(editor, "commandNameEdit");
    QCOMPARE(name->text(), QStringLiteral("Ping"));
    auto *ok = childNamed<QDialogButtonBox>(editor, "")->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled()); // its own name is no clash
    SockpitTest::replaceText(name, QStringLiteral("Other"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(childNamed<QLabel>(editor, "commandEditorError")->text().contains(u"already has a command named \"Other\""));
    SockpitTest::replaceText(name, QStringLiteral("Hello"));
    SockpitTest::replaceText(childNamed<QLineEdit>(editor, "commandCommentEdit"), QStringLiteral("says hello"));
    childNamed<QComboBox>(editor, "commandLineEndingCombo")->setCurrentIndex(int(PayloadSpec::LineEnding::LF));
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_VERIFY(m_library->command(QStringLiteral("Modem"), QStringLiteral("Hello")));
    QVERIFY(!m_library->command(QStringLiteral("Modem"), QStringLiteral("Ping")));
    const Command edited = *m_library->command(QStringLiteral("Modem"), QStringLiteral("Hello"));
    QCOMPARE(edited.comment, QStringLiteral("says hello"));
    QCOMPARE(edited.item.lineEnding, PayloadSpec::LineEnding::LF);
    QCOMPARE(m_library->groups().constFirst().commands.constFirst().name, QStringLiteral("Hello")); // same place
    QCOMPARE(m_tree->selectedCommand()->name, QStringLiteral("Hello"));
}

void TstCommandLibraryPanel::removeAsksFirst()
{
    QVERIFY(m_library->add(textCommand(QStringLiteral("Doomed"), QStringLiteral("x"))));
    for (const QMessageBox::StandardButton answer : {QMessageBox::No, QMessageBox::Yes}) {
        m_panel->activateWindow(); // back from the message box
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        clickRow(QStringLiteral("Doomed"));
        QTest::keyClick(m_tree, Qt::Key_Delete);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = m_commands->findChild<QMessageBox *>(QStringLiteral("commandRemoveConfirm"))) && box->isVisible(),
                                 Timeout);
        QVERIFY(box->text().contains(u"Modem/Doomed"));
        QTest::mouseClick(box->button(answer), Qt::LeftButton);
        QTRY_VERIFY(!m_commands->findChild<QMessageBox *>(QStringLiteral("commandRemoveConfirm")));
        QCOMPARE(m_library->commandCount(), answer == QMessageBox::No ? 1 : 0);
    }
    QVERIFY(!rowShowing(m_tree->model(), QStringLiteral("Doomed")).isValid());
}

void TstCommandLibraryPanel::gbkCommand()
{
    chooseEncoding(QStringLiteral("GBK"));
    QVERIFY(m_library->add(textCommand(QStringLiteral("Greeting"), QStringLiteral("你好"))));
    Command own = textCommand(QStringLiteral("Own"), QStringLiteral("世界"));
    own.item.encoding = QStringLiteral("UTF-8");
    QVERIFY(m_library->add(own));
    LoopbackTcpServer server;
    connectToServer(server);
    auto *input = childNamed<QPlainTextEdit>(m_panel.get(), "sendInput");
    input->setFocus();
    QTest::keyClick(input, Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("\xC4\xE3\xBA\xC3"), Timeout);
    QTest::keyClick(input, Qt::Key_2, Qt::ControlModifier); // its own encoding wins
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("\xC4\xE3\xBA\xC3" "\xE4\xB8\x96\xE7\x95\x8C"), Timeout);
}

void TstCommandLibraryPanel::unencodableCommandShowsTheReason()
{
    chooseEncoding(QStringLiteral("ISO-8859-1"));
    QVERIFY(m_library->add(textCommand(QStringLiteral("Temperature"), QStringLiteral("温度?"))));
    LoopbackTcpServer server;
    connectToServer(server);
    auto *input = childNamed<QPlainTextEdit>(m_panel.get(), "sendInput");
    input->setFocus();
    QTest::keyClick(input, Qt::Key_1, Qt::ControlModifier);
    const QString status = m_commands->statusText();
    QVERIFY2(status.contains(u"\"Modem/Temperature\"") && status.contains(u"ISO-8859-1"), qPrintable(status));
    QTRY_VERIFY2(logText().contains(u"Modem/Temperature"), qPrintable(logText()));
    QTest::qWait(50);
    QCOMPARE(server.received(0), QByteArray()); // nothing half-sent
}

void TstCommandLibraryPanel::editorRefusesWhatIsWrong()
{
    clickButton("commandAddButton");
    CommandEditor *editor = waitForEditor();
    QVERIFY(editor);
    auto *ok = childNamed<QDialogButtonBox>(editor, "")->button(QDialogButtonBox::Ok);
    auto *error = childNamed<QLabel>(editor, "commandEditorError");
    QTest::keyClicks(childNamed<QLineEdit>(editor, "commandNameEdit"), QStringLiteral("Read"));
    QTest::keyClicks(childNamed<QPlainTextEdit>(editor, "commandDataEdit"), QStringLiteral("01 03 0G"));
    QVERIFY(ok->isEnabled()); // as text it is fine, but …
    SockpitTest::clickCheckBox(childNamed<QCheckBox>(editor, "commandHexCheck"));
    QVERIFY(!ok->isEnabled()); // … as hex "0G" is not a byte
    QVERIFY2(error->isVisible() && error->text().contains(u"Commands/Read"), qPrintable(error->text()));
    auto *data = childNamed<QPlainTextEdit>(editor, "commandDataEdit");
    data->clear();
    QTest::keyClicks(data, QStringLiteral("01 03 00 00 00 0A"));
    QVERIFY2(ok->isEnabled(), qPrintable(editor->problem()));
    QLineEdit *checksum = childNamed<QComboBox>(editor, "commandChecksumCombo")->lineEdit();
    QTest::keyClicks(checksum, QStringLiteral("crc99"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(error->text().contains(u"checksum"));
    SockpitTest::replaceText(checksum, QStringLiteral("CRC-16/MODBUS"));
    QVERIFY(ok->isEnabled());
    QVERIFY(childNamed<QLabel>(editor, "commandPreviewLabel")->text().contains(u"01 03 00 00 00 0A C5 CD"));
    QTest::keyClick(childNamed<QLineEdit>(editor, "commandNameEdit"), Qt::Key_Return); // Enter is OK
    QTRY_COMPARE(m_library->commandCount(), 1);
    QCOMPARE(m_library->find(QStringLiteral("Read"))->bytes(QStringLiteral("UTF-8")).value,
             QByteArray::fromHex("01030000000AC5CD"));
}

void TstCommandLibraryPanel::brokenImportShowsWhereAndChangesNothing()
{
    QVERIFY(m_library->add(textCommand(QStringLiteral("Keep"), QStringLiteral("k"))));
    const QByteArray before = [] {
        QFile file(CommandLibrary::defaultPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"version\": 1,\n \"groups\": [\n   {\"name\": \"A\" \"commands\": []}]}");
    file.close();

    QCOMPARE(m_commands->importFrom(path, CommandLibrary::ImportMode::Replace).ok(), false);
    const QString status = m_commands->statusText();
    QVERIFY2(status.contains(u"broken.json: line 3, column"), qPrintable(status));
    QVERIFY(status.contains(u"Nothing was imported"));
    QCOMPARE(m_library->commandCount(), 1);
    QFile saved(CommandLibrary::defaultPath());
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), before);
}

void TstCommandLibraryPanel::importMergesThroughTheDialogs()
{
    QVERIFY(m_library->add(textCommand(QStringLiteral("Keep"), QStringLiteral("k"))));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("more.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version":1,"groups":[{"name":"Modem","commands":[{"name":"New","text":"n"}]}]})");
    file.close();

    clickButton("commandImportButton");
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_commands->findChild<QFileDialog *>(QStringLiteral("commandImportDialog"))) && dialog->isVisible(),
                             Timeout);
    // The file picked in the list (the same as a click on it), then Open.
    dialog->selectFile(path);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Open), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = m_commands->findChild<QMessageBox *>(QStringLiteral("commandImportModeBox"))) && box->isVisible(),
                             Timeout);
    QTest::mouseClick(childNamed<QPushButton>(box, "commandImportMergeButton"), Qt::LeftButton);
    QTRY_COMPARE(m_library->commandCount(), 2);
    QVERIFY(m_library->command(QStringLiteral("Modem"), QStringLiteral("Keep")));
    QVERIFY2(m_commands->statusText().contains(u"Imported 1 command"), qPrintable(m_commands->statusText()));
}

void TstCommandLibraryPanel::filterRenumbersTheKeys()
{
    QVERIFY(m_library->add(textCommand(QStringLiteral("Alpha"), QStringLiteral("a"))));
    Command beta = textCommand(QStringLiteral("Beta"), QStringLiteral("b"));
    beta.comment = QStringLiteral("the second letter");
    QVERIFY(m_library->add(beta));
    QTest::keyClicks(childNamed<QLineEdit>(m_commands, "commandFilterEdit"), QStringLiteral("letter"));
    QVERIFY(!rowShowing(m_tree->model(), QStringLiteral("Alpha")).isValid());
    const QModelIndex row = rowShowing(m_tree->model(), QStringLiteral("Beta"));
    QVERIFY(row.isValid());
    QCOMPARE(row.siblingAtColumn(1).data().toString(), CommandTree::shortcutText(1));
    QVERIFY(row.data(Qt::AccessibleTextRole).toString().contains(CommandTree::shortcutText(1)));
    QCOMPARE(m_tree->visibleCommands().size(), 1);
    QCOMPARE(m_tree->visibleCommands().constFirst().name, QStringLiteral("Beta"));
}

void TstCommandLibraryPanel::sidePaneTogglesAndIsRemembered()
{
    SessionWorkspace *workspace = m_panel->workspace();
    QVERIFY(workspace->sidePane()->isVisible());
    auto *input = childNamed<QPlainTextEdit>(m_panel.get(), "sendInput");
    input->setFocus();
    QTest::keyClick(input, Qt::Key_F9);
    QVERIFY(!workspace->sidePane()->isVisible());
    QVERIFY(!workspace->isSidePaneShown());
    m_panel->saveSettings();
    m_panel = std::make_unique<TcpClientPanel>();
    QVERIFY(!m_panel->workspace()->isSidePaneShown());
    m_panel->workspace()->setSidePaneShown(true);
    m_panel->saveSettings();
    // Another page beside the library.
    auto *page = new QLabel(QStringLiteral("rules"));
    const int before = m_panel->workspace()->sidePane()->count();
    m_panel->workspace()->addSidePage(page, QStringLiteral("Rules"));
    QCOMPARE(m_panel->workspace()->sidePane()->count(), before + 1);
    QCOMPARE(m_panel->workspace()->sidePane()->tabText(before), QStringLiteral("Rules"));
}

void TstCommandLibraryPanel::keysBelongToTheirPanel()
{
    // Two panels side by side, as tabs are: each Ctrl+1 goes to its own session, and
    // the same key in both is no ambiguity that would make it do nothing.
    QVERIFY(m_library->add(textCommand(QStringLiteral("Ping"), QStringLiteral("ping"))));
    LoopbackTcpServer first;
    connectToServer(first);
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    TcpClientPanel *left = m_panel.release();
    auto *right = new TcpClientPanel;
    layout->addWidget(left);
    layout->addWidget(right);
    window.resize(1600, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    LoopbackTcpServer second;
    SockpitTest::replaceText(childNamed<QLineEdit>(right, "hostEdit"), QStringLiteral("127.0.0.1"));
    SockpitTest::replaceText(childNamed<QLineEdit>(right, "portEdit"), QString::number(second.port()));
    QTest::mouseClick(childNamed<QPushButton>(right, "connectButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(second.clientCount(), 1, Timeout);

    auto *rightInput = childNamed<QPlainTextEdit>(right, "sendInput");
    rightInput->setFocus();
    QTest::keyClick(rightInput, Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(second.received(0), QByteArray("ping"), Timeout);
    auto *leftLog = childNamed<QWidget>(left, "logList");
    QVERIFY(leftLog);
    leftLog->setFocus();
    QTest::keyClick(leftLog, Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(first.received(0), QByteArray("ping"), Timeout);
    QCOMPARE(second.received(0), QByteArray("ping")); // the right one got nothing more
    // Both panels show the same library: a command added in one is in the other.
    QVERIFY(m_library->add(textCommand(QStringLiteral("Shared"), QStringLiteral("s"))));
    QVERIFY(rowShowing(childNamed<CommandTree>(right, "commandTree")->model(), QStringLiteral("Shared")).isValid());
}

void TstCommandLibraryPanel::moveAndRenameGroupByKeyboard()
{
    QVERIFY(m_library->add(textCommand(QStringLiteral("First"), QStringLiteral("1"))));
    QVERIFY(m_library->add(textCommand(QStringLiteral("Second"), QStringLiteral("2"))));
    clickRow(QStringLiteral("Second"));
    QTest::keyClick(m_tree, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_library->groups().constFirst().commands.constFirst().name, QStringLiteral("Second"));
    QCOMPARE(m_tree->selectedCommand()->name, QStringLiteral("Second")); // the selection moves with it
    QCOMPARE(rowShowing(m_tree->model(), QStringLiteral("Second")).siblingAtColumn(1).data().toString(),
             CommandTree::shortcutText(1));
    clickRow(QStringLiteral("Modem"));
    QVERIFY(m_tree->isGroupSelected());
    QTest::keyClick(m_tree, Qt::Key_F2);
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_commands->findChild<QInputDialog *>(QStringLiteral("commandGroupRenameDialog")))
                                 && dialog->isVisible(),
                             Timeout);
    auto *edit = dialog->findChild<QLineEdit *>();
    SockpitTest::replaceText(edit, QStringLiteral("Modem 2"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(m_library->groupNames(), QStringList{QStringLiteral("Modem 2")});
    QVERIFY(m_library->command(QStringLiteral("Modem 2"), QStringLiteral("First")));
}

void TstCommandLibraryPanel::everyControlIsNamed()
{
    QVERIFY(m_library->add(textCommand(QStringLiteral("Named"), QStringLiteral("x"))));
    const QStringList unnamed = SockpitTest::unnamedControls(m_commands);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    clickButton("commandAddButton");
    CommandEditor *editor = waitForEditor();
    QVERIFY(editor);
    const QStringList unnamedInEditor = SockpitTest::unnamedControls(editor);
    QVERIFY2(unnamedInEditor.isEmpty(), qPrintable(unnamedInEditor.join(u'\n')));
    editor->reject();
    const QModelIndex row = rowShowing(m_tree->model(), QStringLiteral("Named"));
    QVERIFY(row.data(Qt::AccessibleTextRole).toString().contains(u"Named"));
}

QTEST_MAIN(TstCommandLibraryPanel)
#include "tst_commandlibrarypanel.moc"
