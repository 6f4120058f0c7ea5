// The send box: input turned into bytes (line endings, escapes, hex,
// encodings), history, repeat, file sending and remembered settings.

#include "sendbox.h"

#include "common/widgetprobe.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sockpit;
using SockpitTest::childNamed;
using SockpitTest::clickCheckBox;

class TstSendBox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void lineEndings_data();
    void lineEndings();
    void escapes_data();
    void escapes();
    void hexInput_data();
    void hexInput();
    void badInputSendsNothing_data();
    void badInputSendsNothing();
    void encodesInTheChosenEncoding();
    void hexEncodingForcesHex();
    void ctrlEnterSends();
    void failedSendIsNotRemembered();
    void historyNewestFirstAndCapped();
    void historyRestoresAnEntry();
    void repeatUntilStopClicked();
    void repeatStopsWhenTheHandlerFails();
    void repeatIntervalFollowsTheSpinBox();
    void fileIsSentInChunks();
    void fileChunkSizeCanBeSet();
    void fileSendingStopsWhenTheHandlerFails();
    void unreadableFileIsReported();
    void settingsAreRestored();

private:
    void type(const QString &text);
    void clickSend();
    void chooseLineEnding(int index);

    std::unique_ptr<SendBox> m_box;
    QList<QByteArray> m_sent;
    bool m_accept = true;
};

void TstSendBox::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SockpitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sendbox"));
    QSettings().clear();
}

void TstSendBox::init()
{
    m_sent.clear();
    m_accept = true;
    m_box = std::make_unique<SendBox>();
    m_box->setSendHandler([this](const QByteArray &bytes) {
        if (!m_accept)
            return false;
        m_sent << bytes;
        return true;
    });
    m_box->resize(800, 200);
    m_box->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_box.get()));
}

void TstSendBox::cleanup()
{
    m_box.reset();
}

void TstSendBox::type(const QString &text)
{
    auto *input = childNamed<QPlainTextEdit>(m_box.get(), "sendInput");
    QVERIFY(input);
    input->clear();
    QTest::keyClicks(input, text);
    QCOMPARE(m_box->text(), text);
}

void TstSendBox::clickSend()
{
    auto *send = childNamed<QPushButton>(m_box.get(), "sendButton");
    QVERIFY(send);
    QTest::mouseClick(send, Qt::LeftButton);
}

void TstSendBox::chooseLineEnding(int index)
{
    auto *ending = childNamed<QComboBox>(m_box.get(), "lineEndingCombo");
    QVERIFY(ending);
    QTest::keyClick(ending, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(ending, Qt::Key_Down);
    QCOMPARE(ending->currentIndex(), index);
}

void TstSendBox::lineEndings_data()
{
    QTest::addColumn<int>("ending");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("none") << 0 << QByteArray("abc");
    QTest::newRow("LF") << 1 << QByteArray("abc\n");
    QTest::newRow("CRLF") << 2 << QByteArray("abc\r\n");
    QTest::newRow("CR") << 3 << QByteArray("abc\r");
}

void TstSendBox::lineEndings()
{
    QFETCH(int, ending);
    QFETCH(QByteArray, expected);
    chooseLineEnding(ending);
    type(QStringLiteral("abc"));
    clickSend();
    QCOMPARE(m_sent, QList<QByteArray>{expected});
    QCOMPARE(m_box->errorText(), QString());
}

void TstSendBox::escapes_data()
{
    QTest::addColumn<bool>("escapesOn");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("on: controls") << true << QStringLiteral("a\\tb\\r\\n") << QByteArray("a\tb\r\n");
    QTest::newRow("on: hex byte") << true << QStringLiteral("\\x41\\xff") << QByteArray("A\xff");
    QTest::newRow("on: nul and backslash") << true << QStringLiteral("\\0\\\\") << QByteArray("\0\\", 2);
    QTest::newRow("off: literal") << false << QStringLiteral("a\\tb\\x41") << QByteArray("a\\tb\\x41");
    QTest::newRow("off: lone backslash") << false << QStringLiteral("c:\\") << QByteArray("c:\\");
}

void TstSendBox::escapes()
{
    QFETCH(bool, escapesOn);
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);
    auto *escapes = childNamed<QCheckBox>(m_box.get(), "escapesCheck");
    QVERIFY(escapes);
    QVERIFY(escapes->isChecked()); // on by default
    if (!escapesOn)
        clickCheckBox(escapes);
    QCOMPARE(escapes->isChecked(), escapesOn);
    type(input);
    clickSend();
    QCOMPARE(m_sent, QList<QByteArray>{expected});
}

void TstSendBox::hexInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("spaced") << QStringLiteral("48 65 6c 6C 6f") << QByteArray("Hello");
    QTest::newRow("packed") << QStringLiteral("48656C6C6F") << QByteArray("Hello");
    QTest::newRow("0x and commas") << QStringLiteral("0x48,0x69") << QByteArray("Hi");
    QTest::newRow("binary") << QStringLiteral("00 FF 0d 0A") << QByteArray("\x00\xff\r\n", 4);
}

void TstSendBox::hexInput()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);
    auto *hex = childNamed<QCheckBox>(m_box.get(), "hexCheck");
    auto *escapes = childNamed<QCheckBox>(m_box.get(), "escapesCheck");
    auto *ending = childNamed<QComboBox>(m_box.get(), "lineEndingCombo");
    QVERIFY(hex && escapes && ending);
    chooseLineEnding(2); // ignored for hex
    clickCheckBox(hex);
    QVERIFY(m_box->isHex());
    QVERIFY(!escapes->isEnabled());
    QVERIFY(!ending->isEnabled());
    type(input);
    clickSend();
    QCOMPARE(m_sent, QList<QByteArray>{expected});
    QCOMPARE(m_box->history().value(0), input);
}

void TstSendBox::badInputSendsNothing_data()
{
    QTest::addColumn<bool>("hex");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("hex: bad digit") << true << QStringLiteral("48 6G") << QStringLiteral("'G' at column 5 is not a hex digit");
    QTest::newRow("hex: odd digit") << true << QStringLiteral("48 6") << QStringLiteral("column 4 has no partner");
    QTest::newRow("hex: empty 0x") << true << QStringLiteral("0x") << QStringLiteral("'0x' at column 1");
    QTest::newRow("unknown escape") << false << QStringLiteral("a\\q") << QStringLiteral("unknown escape '\\q' at column 2");
    QTest::newRow("short \\x") << false << QStringLiteral("\\x4") << QStringLiteral("needs two hex digits");
    QTest::newRow("lone backslash") << false << QStringLiteral("abc\\") << QStringLiteral("a lone '\\' at column 4");
    QTest::newRow("empty") << false << QString() << QStringLiteral("nothing to send: the input is empty");
}

void TstSendBox::badInputSendsNothing()
{
    QFETCH(bool, hex);
    QFETCH(QString, input);
    QFETCH(QString, message);
    auto *error = childNamed<QLabel>(m_box.get(), "sendErrorLabel");
    QVERIFY(error);
    if (hex)
        clickCheckBox(childNamed<QCheckBox>(m_box.get(), "hexCheck"));
    QCOMPARE(m_box->isHex(), hex);
    type(input);
    clickSend();
    QVERIFY(m_sent.isEmpty());
    QVERIFY(error->isVisible());
    QVERIFY2(m_box->errorText().contains(message), qPrintable(m_box->errorText()));
    QVERIFY(m_box->history().isEmpty());

    // Editing the input clears the message.
    QTest::keyClick(childNamed<QPlainTextEdit>(m_box.get(), "sendInput"), Qt::Key_A);
    QVERIFY(!error->isVisible());
}

void TstSendBox::encodesInTheChosenEncoding()
{
    auto *input = childNamed<QPlainTextEdit>(m_box.get(), "sendInput");
    QVERIFY(input);
    m_box->setEncoding(QStringLiteral("GBK"));
    SockpitTest::commitText(input, QStringLiteral("你好"));
    QCOMPARE(m_box->text(), QStringLiteral("你好"));
    clickSend();
    QCOMPARE(m_sent, QList<QByteArray>{QByteArray("\xC4\xE3\xBA\xC3")});

    m_box->setEncoding(QStringLiteral("UTF-8"));
    clickSend();
    QCOMPARE(m_sent.value(1), QStringLiteral("你好").toUtf8());

    // A character the encoding lacks is an error, not a '?' on the wire.
    m_box->setEncoding(QStringLiteral("ISO-8859-1"));
    clickSend();
    QCOMPARE(m_sent.size(), 2);
    QVERIFY2(m_box->errorText().contains(u"ISO-8859-1 cannot encode"), qPrintable(m_box->errorText()));
}

void TstSendBox::hexEncodingForcesHex()
{
    auto *hex = childNamed<QCheckBox>(m_box.get(), "hexCheck");
    QVERIFY(hex);
    m_box->setEncoding(QStringLiteral("Hex"));
    QVERIFY(hex->isChecked());
    QVERIFY(!hex->isEnabled());
    type(QStringLiteral("41 42"));
    clickSend();
    QCOMPARE(m_sent, QList<QByteArray>{QByteArray("AB")});
    m_box->setEncoding(QStringLiteral("UTF-8"));
    QVERIFY(hex->isEnabled());
    QVERIFY(!hex->isChecked()); // back as the user had it
    type(QStringLiteral("41 42"));
    clickSend();
    QCOMPARE(m_sent.value(1), QByteArray("41 42"));

    // A box the user had ticked stays ticked, and what is remembered is the user's choice.
    clickCheckBox(hex);
    m_box->setEncoding(QStringLiteral("Hex"));
    m_box->setEncoding(QStringLiteral("GBK"));
    QVERIFY(hex->isChecked());
    clickCheckBox(hex);
    m_box->setEncoding(QStringLiteral("Hex"));
    m_box->saveSettings(QStringLiteral("HexForced"));
    SendBox restored;
    restored.loadSettings(QStringLiteral("HexForced"));
    QVERIFY(!restored.isHex());
}

void TstSendBox::ctrlEnterSends()
{
    auto *input = childNamed<QPlainTextEdit>(m_box.get(), "sendInput");
    QVERIFY(input);
    m_box->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_box.get()));
    input->setFocus();
    QTRY_VERIFY(input->hasFocus());

    QTest::keyClicks(input, QStringLiteral("one"));
    QTest::keyClick(input, Qt::Key_Return); // a plain Enter is a new line
    QTest::keyClicks(input, QStringLiteral("two"));
    QVERIFY(m_sent.isEmpty());
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_sent, QList<QByteArray>{QByteArray("one\ntwo")});
    // The keypad's Enter too.
    QTest::keyClick(input, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QCOMPARE(m_sent.size(), 2);
    QCOMPARE(m_box->text(), QStringLiteral("one\ntwo")); // the input stays for the next send
}

void TstSendBox::failedSendIsNotRemembered()
{
    m_accept = false;
    type(QStringLiteral("refused"));
    clickSend();
    QVERIFY(m_sent.isEmpty());
    QVERIFY(m_box->history().isEmpty());
}

void TstSendBox::historyNewestFirstAndCapped()
{
    for (int i = 0; i < SendBox::HistorySize + 5; ++i) {
        type(QStringLiteral("message %1").arg(i));
        clickSend();
    }
    QCOMPARE(m_sent.size(), SendBox::HistorySize + 5);
    QStringList history = m_box->history();
    QCOMPARE(history.size(), SendBox::HistorySize);
    QCOMPARE(history.first(), QStringLiteral("message 24"));
    QCOMPARE(history.last(), QStringLiteral("message 5"));

    // Sending an old text again moves it to the top, once.
    type(QStringLiteral("message 10"));
    clickSend();
    history = m_box->history();
    QCOMPARE(history.size(), SendBox::HistorySize);
    QCOMPARE(history.first(), QStringLiteral("message 10"));
    QCOMPARE(history.count(QStringLiteral("message 10")), 1);

    auto *combo = childNamed<QComboBox>(m_box.get(), "historyCombo");
    QVERIFY(combo);
    QCOMPARE(combo->count(), SendBox::HistorySize + 1); // a title row, then the sends
    QCOMPARE(combo->itemText(1), QStringLiteral("message 10"));
}

void TstSendBox::historyRestoresAnEntry()
{
    auto *hex = childNamed<QCheckBox>(m_box.get(), "hexCheck");
    auto *combo = childNamed<QComboBox>(m_box.get(), "historyCombo");
    QVERIFY(hex && combo);
    clickCheckBox(hex);
    type(QStringLiteral("41 42"));
    clickSend();
    clickCheckBox(hex);
    type(QStringLiteral("plain"));
    clickSend();
    QCOMPARE(m_box->history(), (QStringList{QStringLiteral("plain"), QStringLiteral("41 42")}));
    QVERIFY(combo->itemText(2).contains(u"[hex]"));

    // Picking the older entry from the list puts it back, with its hex mode.
    type(QStringLiteral("draft"));
    combo->showPopup();
    QAbstractItemView *list = combo->view();
    QTRY_VERIFY(list->isVisible());
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_box->text(), QStringLiteral("41 42"));
    QVERIFY(m_box->isHex());
    QCOMPARE(combo->currentIndex(), 0);
    clickSend();
    QCOMPARE(m_sent.last(), QByteArray("AB"));
}

void TstSendBox::repeatUntilStopClicked()
{
    auto *repeat = childNamed<QCheckBox>(m_box.get(), "repeatCheck");
    auto *interval = childNamed<QSpinBox>(m_box.get(), "repeatIntervalSpin");
    auto *send = childNamed<QPushButton>(m_box.get(), "sendButton");
    QVERIFY(repeat && interval && send);
    clickCheckBox(repeat);
    interval->selectAll();
    QTest::keyClicks(interval, QStringLiteral("20"));
    QCOMPARE(interval->value(), 20);
    type(QStringLiteral("tick"));
    clickSend();
    QVERIFY(m_box->isRepeating());
    QCOMPARE(send->text(), QStringLiteral("Stop"));
    QTRY_VERIFY_WITH_TIMEOUT(m_sent.size() >= 4, 10000);
    for (const QByteArray &bytes : std::as_const(m_sent))
        QCOMPARE(bytes, QByteArray("tick"));

    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(!m_box->isRepeating());
    QCOMPARE(send->text(), QStringLiteral("&Send"));
    const qsizetype sent = m_sent.size();
    QTest::qWait(100);
    QCOMPARE(m_sent.size(), sent);
    QCOMPARE(m_box->history(), QStringList{QStringLiteral("tick")}); // one history entry, not one per repeat

    // Unticking Repeat stops too.
    clickSend();
    QVERIFY(m_box->isRepeating());
    clickCheckBox(repeat);
    QVERIFY(!m_box->isRepeating());
}

void TstSendBox::repeatStopsWhenTheHandlerFails()
{
    int calls = 0;
    m_box->setSendHandler([&calls](const QByteArray &) { return ++calls < 3; });
    clickCheckBox(childNamed<QCheckBox>(m_box.get(), "repeatCheck"));
    auto *interval = childNamed<QSpinBox>(m_box.get(), "repeatIntervalSpin");
    interval->selectAll();
    QTest::keyClicks(interval, QStringLiteral("10"));
    type(QStringLiteral("x"));
    clickSend();
    QVERIFY(m_box->isRepeating());
    QTRY_VERIFY_WITH_TIMEOUT(!m_box->isRepeating(), 10000);
    QCOMPARE(calls, 3);
    QCOMPARE(childNamed<QPushButton>(m_box.get(), "sendButton")->text(), QStringLiteral("&Send"));

    // A first send that fails starts no repeat.
    m_box->setSendHandler([](const QByteArray &) { return false; });
    clickSend();
    QVERIFY(!m_box->isRepeating());
}

void TstSendBox::repeatIntervalFollowsTheSpinBox()
{
    auto *interval = childNamed<QSpinBox>(m_box.get(), "repeatIntervalSpin");
    QVERIFY(interval);
    clickCheckBox(childNamed<QCheckBox>(m_box.get(), "repeatCheck"));
    type(QStringLiteral("slow"));
    clickSend(); // the default interval is a second
    QCOMPARE(m_sent.size(), 1);
    interval->selectAll();
    QTest::keyClicks(interval, QStringLiteral("10"));
    QTRY_VERIFY_WITH_TIMEOUT(m_sent.size() >= 5, 10000);
    m_box->stopRepeat();
}

void TstSendBox::fileChunkSizeCanBeSet()
{
    // UDP sends a file as datagrams of a set size; none may be larger.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray content(10 * 1000 + 7, 'u');
    const QString path = dir.filePath(QStringLiteral("datagrams.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), qint64(content.size()));
    file.close();

    m_box->setFileChunkBytes(1000);
    QSignalSpy finished(m_box.get(), &SendBox::fileSendFinished);
    QCOMPARE(m_box->sendFile(path), QString());
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_sent.size(), 11);
    for (const QByteArray &chunk : std::as_const(m_sent))
        QVERIFY(chunk.size() <= 1000);
    QCOMPARE(m_sent.join(), content);
}

void TstSendBox::fileIsSentInChunks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray content(5 * SendBox::DefaultFileChunkBytes + 123, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : content)
        c = char(generator.bounded(256));
    const QString path = dir.filePath(QStringLiteral("payload.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), qint64(content.size()));
    file.close();

    QSignalSpy finished(m_box.get(), &SendBox::fileSendFinished);
    QCOMPARE(m_box->sendFile(path), QString());
    QCOMPARE(childNamed<QPushButton>(m_box.get(), "sendFileButton")->text(), QStringLiteral("Cancel file"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toLongLong(), qint64(content.size()));
    QCOMPARE(m_sent.size(), 6);
    for (const QByteArray &chunk : std::as_const(m_sent))
        QVERIFY(chunk.size() <= SendBox::DefaultFileChunkBytes);
    QCOMPARE(m_sent.join(), content);
    QCOMPARE(childNamed<QPushButton>(m_box.get(), "sendFileButton")->text(), QStringLiteral("Send &file…"));
    QCOMPARE(m_box->errorText(), QString());

    // An empty file finishes at once with nothing sent.
    const QString empty = dir.filePath(QStringLiteral("empty.bin"));
    QFile emptyFile(empty);
    QVERIFY(emptyFile.open(QIODevice::WriteOnly));
    emptyFile.close();
    m_sent.clear();
    QCOMPARE(m_box->sendFile(empty), QString());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(1).at(0).toLongLong(), qint64(0));
    QVERIFY(m_sent.isEmpty());
}

void TstSendBox::fileSendingStopsWhenTheHandlerFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("payload.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4 * SendBox::DefaultFileChunkBytes, 'x'));
    file.close();

    int calls = 0;
    m_box->setSendHandler([&calls](const QByteArray &) { return ++calls < 3; });
    QSignalSpy finished(m_box.get(), &SendBox::fileSendFinished);
    QCOMPARE(m_box->sendFile(path), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!m_box->errorText().isEmpty(), 10000);
    QCOMPARE(calls, 3);
    QVERIFY2(m_box->errorText().contains(QString::number(2 * SendBox::DefaultFileChunkBytes)), qPrintable(m_box->errorText()));
    QVERIFY(finished.isEmpty());
    QCOMPARE(childNamed<QPushButton>(m_box.get(), "sendFileButton")->text(), QStringLiteral("Send &file…"));
}

void TstSendBox::unreadableFileIsReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing.bin"));
    const QString error = m_box->sendFile(path);
    QVERIFY2(error.contains(u"cannot read") && error.contains(path), qPrintable(error));
    QVERIFY(m_sent.isEmpty());
}

void TstSendBox::settingsAreRestored()
{
    clickCheckBox(childNamed<QCheckBox>(m_box.get(), "escapesCheck"));
    chooseLineEnding(2);
    auto *interval = childNamed<QSpinBox>(m_box.get(), "repeatIntervalSpin");
    interval->selectAll();
    QTest::keyClicks(interval, QStringLiteral("250"));
    type(QStringLiteral("first"));
    clickSend();
    type(QStringLiteral("kept text"));
    clickSend();
    m_box->saveSettings(QStringLiteral("SendBoxTest"));

    SendBox restored;
    restored.loadSettings(QStringLiteral("SendBoxTest"));
    QCOMPARE(restored.text(), QStringLiteral("kept text"));
    QCOMPARE(restored.isHex(), false);
    QCOMPARE(childNamed<QCheckBox>(&restored, "escapesCheck")->isChecked(), false);
    QCOMPARE(childNamed<QComboBox>(&restored, "lineEndingCombo")->currentIndex(), 2);
    QCOMPARE(childNamed<QSpinBox>(&restored, "repeatIntervalSpin")->value(), 250);
    QCOMPARE(restored.history(), (QStringList{QStringLiteral("kept text"), QStringLiteral("first")}));

    // Hex is remembered too, and a group never saved gives the defaults.
    clickCheckBox(childNamed<QCheckBox>(m_box.get(), "hexCheck"));
    m_box->saveSettings(QStringLiteral("SendBoxTest"));
    SendBox hexRestored;
    hexRestored.loadSettings(QStringLiteral("SendBoxTest"));
    QVERIFY(hexRestored.isHex());
    SendBox fresh;
    fresh.loadSettings(QStringLiteral("NeverSaved"));
    QVERIFY(fresh.text().isEmpty());
    QVERIFY(fresh.history().isEmpty());
    QCOMPARE(childNamed<QCheckBox>(&fresh, "escapesCheck")->isChecked(), true);
    QCOMPARE(childNamed<QSpinBox>(&fresh, "repeatIntervalSpin")->value(), 1000);
}

QTEST_MAIN(TstSendBox)
#include "tst_sendbox.moc"
