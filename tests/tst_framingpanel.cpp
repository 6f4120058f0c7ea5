// Receive framing and checksums in the window, used as a user does: choosing
// a framing mode and typing delimiters in the TCP client tab, checking
// received frames, appending a checksum to sends, against a loopback server
// in the test that writes like a slow device: one byte per write.

#include "tcpclientpanel.h"

#include "checksumbar.h"
#include "countersbar.h"
#include "encodingselector.h"
#include "framingbar.h"
#include "launchoptions.h"
#include "receivelogmodel.h"
#include "receivelogview.h"
#include "sendbox.h"
#include "sessionworkspace.h"
#include "tcpserverpanel.h"
#include "theme.h"
#include "trafficlog.h"
#include "udppanel.h"

#include "common/accessibility.h"
#include "common/loopbackserver.h"
#include "common/widgetprobe.h"

#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>
#include <memory>

using namespace Sockpit;
using SockpitTest::childNamed;
using SockpitTest::LoopbackTcpServer;

namespace {
constexpr int Timeout = 10000;

/// "谢谢 thank you !" in GBK: 16 bytes, two characters of two bytes each.
const QByteArray GbkReply("\xD0\xBB\xD0\xBB thank you !");

/// Writes data to a socket one byte per write, as a slow device does, each
/// byte once the previous one has arrived (ready(sent) says so), so every
/// byte is a read of its own. Paced by a short timer, never by sleeping.
class BytePacer
{
public:
    BytePacer(QTcpSocket *socket, QByteArray data, std::function<bool(qsizetype sent)> ready)
        : m_socket(socket)
        , m_data(std::move(data))
        , m_ready(std::move(ready))
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { step(); });
        m_timer.start();
    }
    bool isDone() const { return m_sent == m_data.size(); }

private:
    void step()
    {
        if (isDone() || !m_ready(m_sent))
            return;
        m_socket->write(m_data.mid(m_sent, 1));
        m_socket->flush();
        if (++m_sent == m_data.size())
            m_timer.stop();
    }

    QTcpSocket *m_socket;
    QByteArray m_data;
    std::function<bool(qsizetype)> m_ready;
    qsizetype m_sent = 0;
    QTimer m_timer;
};

} // namespace

class TstFramingPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void defaultFramingShowsAByteByByteReplyAsOneRow();
    void perReadGivesARowPerRead();
    void delimiterModeSplitsRows();
    void badDelimiterIsExplainedAndTheOldFramingStays();
    void impossibleSizesAreExplained();
    void aStreamThatNeverPausesShowsAtTheLongestFrameTime();
    void receiveChecksumMarksFrames();
    void sendAppendsTheChecksum();
    void readoutFollowsTheInput();
    void framingIsRemembered();
    void launchOptionsApply();
    void everyPanelHasTheFramingRow();
    void newControlsAreNamedAndReachable();
    void marksReadOnADarkPalette();

private:
    bool setUpControls();
    void connectTo(LoopbackTcpServer &server);
    void sendByteByByte(LoopbackTcpServer &server, const QByteArray &data);
    void choose(QComboBox *combo, const QString &text);
    void showDetails();
    void typeDelimiters(const QString &text);
    void typeNumber(QSpinBox *spin, int value);
    void chooseEncoding(const QString &name);
    QStringList rxLines() const;
    QString framingMessage() const { return m_framing->message(); }
    ReceiveLogModel *logModel() const { return m_panel->workspace()->logView()->model(); }
    TrafficLog *log() const { return m_panel->workspace()->log(); }

    std::unique_ptr<TcpClientPanel> m_panel;
    FramingBar *m_framing = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_verify = nullptr;
    QLabel *m_message = nullptr;
};

void TstFramingPanel::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SockpitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_framingpanel"));
    QSettings().clear();
}

void TstFramingPanel::init()
{
    m_panel = std::make_unique<TcpClientPanel>();
    m_panel->resize(1100, 750);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QVERIFY(setUpControls());
}

void TstFramingPanel::cleanup()
{
    m_panel.reset();
    QSettings().clear();
}

bool TstFramingPanel::setUpControls()
{
    m_framing = childNamed<FramingBar>(m_panel.get(), "framingBar");
    m_mode = childNamed<QComboBox>(m_panel.get(), "framingModeCombo");
    m_verify = childNamed<QComboBox>(m_panel.get(), "verifyChecksumCombo");
    m_message = childNamed<QLabel>(m_panel.get(), "framingMessageLabel");
    return m_framing && m_mode && m_verify && m_message;
}

void TstFramingPanel::connectTo(LoopbackTcpServer &server)
{
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));
    auto *host = childNamed<QLineEdit>(m_panel.get(), "hostEdit");
    auto *port = childNamed<QLineEdit>(m_panel.get(), "portEdit");
    QVERIFY(host && port);
    SockpitTest::replaceText(host, QStringLiteral("127.0.0.1"));
    SockpitTest::replaceText(port, QString::number(server.port()));
    QTest::mouseClick(childNamed<QPushButton>(m_panel.get(), "connectButton"), Qt::LeftButton);
    auto *state = childNamed<QLabel>(m_panel.get(), "stateLabel");
    QTRY_VERIFY2_WITH_TIMEOUT(state->text().startsWith(u"Connected to"), qPrintable(state->text()), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
}

void TstFramingPanel::sendByteByByte(LoopbackTcpServer &server, const QByteArray &data)
{
    const quint64 before = log()->counters().rxBytes;
    BytePacer pacer(server.socket(0), data, [this, before](qsizetype sent) {
        return log()->counters().rxBytes >= before + quint64(sent);
    });
    QTRY_VERIFY_WITH_TIMEOUT(pacer.isDone(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(log()->counters().rxBytes, before + quint64(data.size()), Timeout);
}

void TstFramingPanel::choose(QComboBox *combo, const QString &text)
{
    // As a user picks an item with the keyboard: opens the list, moves to the item, presses Enter.
    QVERIFY(combo);
    const int row = combo->findText(text);
    QVERIFY2(row >= 0, qPrintable(text));
    combo->setFocus();
    combo->showPopup();
    QAbstractItemView *list = combo->view();
    list->setCurrentIndex(list->model()->index(row, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(combo->currentText(), text);
}

void TstFramingPanel::showDetails()
{
    auto *button = childNamed<QToolButton>(m_panel.get(), "framingDetailsButton");
    QVERIFY(button);
    if (!button->isChecked())
        QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_framing->detailsShown());
}

void TstFramingPanel::typeDelimiters(const QString &text)
{
    showDetails();
    auto *edit = childNamed<QLineEdit>(m_panel.get(), "framingDelimiterEdit");
    QVERIFY(edit);
    QVERIFY(edit->isVisible());
    SockpitTest::replaceText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TstFramingPanel::typeNumber(QSpinBox *spin, int value)
{
    QVERIFY(spin);
    SockpitTest::replaceText(spin->findChild<QLineEdit *>(), QString::number(value));
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(spin->value(), value);
}

void TstFramingPanel::chooseEncoding(const QString &name)
{
    auto *selector = childNamed<EncodingSelector>(m_panel.get(), "encodingSelector");
    QVERIFY(selector);
    selector->lineEdit()->selectAll();
    QTest::keyClicks(selector->lineEdit(), name);
    QTest::keyClick(selector->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_panel->workspace()->encoding(), name);
}

QStringList TstFramingPanel::rxLines() const
{
    QStringList lines;
    for (int row = 0; row < logModel()->rowCount(); ++row) {
        const QModelIndex index = logModel()->index(row);
        const quint64 seq = index.data(ReceiveLogModel::SeqRole).toULongLong();
        if (log()->contains(seq) && log()->peekAt(seq).direction == Direction::Rx)
            lines << index.data(Qt::DisplayRole).toString();
    }
    return lines;
}

void TstFramingPanel::defaultFramingShowsAByteByByteReplyAsOneRow()
{
    // The row says what the default is and does.
    QCOMPARE(m_mode->currentText(), QStringLiteral("Idle gap"));
    QVERIFY2(framingMessage().contains(u"50 ms") && framingMessage().contains(u"default"), qPrintable(framingMessage()));
    QVERIFY(m_mode->toolTip().contains(u"50 ms"));

    LoopbackTcpServer server;
    connectTo(server);
    chooseEncoding(QStringLiteral("GBK"));
    sendByteByByte(server, GbkReply);
    QTRY_COMPARE_WITH_TIMEOUT(rxLines().size(), 1, Timeout);
    const QString row = rxLines().constFirst();
    QVERIFY2(row.contains(QStringLiteral("谢谢 thank you !")), qPrintable(row));
    QVERIFY2(row.contains(u"[16 B]"), qPrintable(row));
    QVERIFY2(!row.contains(QChar(QChar::ReplacementCharacter)), qPrintable(row));
}

void TstFramingPanel::perReadGivesARowPerRead()
{
    choose(m_mode, QStringLiteral("Per read"));
    QCOMPARE(m_framing->framing().mode, FramingSpec::Mode::PerRead);
    QVERIFY2(framingMessage().startsWith(u"Every read"), qPrintable(framingMessage()));

    LoopbackTcpServer server;
    connectTo(server);
    chooseEncoding(QStringLiteral("GBK"));
    sendByteByByte(server, GbkReply);
    QTRY_COMPARE_WITH_TIMEOUT(rxLines().size(), int(GbkReply.size()), Timeout);
}

void TstFramingPanel::delimiterModeSplitsRows()
{
    LoopbackTcpServer server;
    connectTo(server);
    choose(m_mode, QStringLiteral("Delimiter"));
    // No delimiter yet: said so, the details open on the field, the gap stays in use.
    QVERIFY2(m_framing->hasError(), qPrintable(framingMessage()));
    QVERIFY2(framingMessage().contains(u"still in use: A frame ends after 50 ms"), qPrintable(framingMessage()));
    QVERIFY(m_framing->detailsShown());
    QCOMPARE(m_framing->framing().mode, FramingSpec::Mode::IdleGap);

    // Typed without Enter: taken once typing pauses.
    auto *edit = childNamed<QLineEdit>(m_panel.get(), "framingDelimiterEdit");
    QVERIFY(edit && edit->isVisible());
    SockpitTest::replaceText(edit, QStringLiteral("\\r\\n"));
    QTRY_VERIFY2_WITH_TIMEOUT(!m_framing->hasError(), qPrintable(framingMessage()), Timeout);
    QCOMPARE(m_framing->framing().mode, FramingSpec::Mode::Delimiter);
    QCOMPARE(m_framing->framing().delimiters, QList<QByteArray>{"\r\n"});
    QVERIFY2(framingMessage().contains(u"0D 0A"), qPrintable(framingMessage()));

    server.send(0, "one\r\ntwo\r\nthr");
    QTRY_COMPARE_WITH_TIMEOUT(rxLines().size(), 2, Timeout);
    QVERIFY2(rxLines().at(0).endsWith(u"one\\r\\n"), qPrintable(rxLines().at(0)));
    QVERIFY2(rxLines().at(1).contains(u"[5 B]"), qPrintable(rxLines().at(1)));
    sendByteByByte(server, "ee\r\nta");
    QTRY_COMPARE_WITH_TIMEOUT(rxLines().size(), 3, Timeout);
    QVERIFY2(rxLines().at(2).endsWith(u"three\\r\\n"), qPrintable(rxLines().at(2)));

    // What the stream left unfinished shows, marked, when it closes.
    server.close(0);
    QTRY_COMPARE_WITH_TIMEOUT(rxLines().size(), 4, Timeout);
    QVERIFY2(rxLines().at(3).contains(u"incomplete") && rxLines().at(3).endsWith(u"ta"), qPrintable(rxLines().at(3)));
    QString tip;
    for (int row = 0; row < logModel()->rowCount(); ++row) {
        if (logModel()->index(row).data().toString() == rxLines().at(3))
            tip = logModel()->index(row).data(Qt::ToolTipRole).toString();
    }
    QVERIFY2(tip.contains(u"A frame of 2 byte") && tip.contains(u"Incomplete"), qPrintable(tip));
}

void TstFramingPanel::badDelimiterIsExplainedAndTheOldFramingStays()
{
    choose(m_mode, QStringLiteral("Delimiter"));
    typeDelimiters(QStringLiteral("0xZZ"));
    QVERIFY(m_framing->hasError());
    QVERIFY2(framingMessage().contains(u"delimiter 1:") && framingMessage().contains(u"not a hex digit"),
             qPrintable(framingMessage()));
    QVERIFY2(framingMessage().contains(u"still in use: A frame ends after 50 ms"), qPrintable(framingMessage()));
    QCOMPARE(m_framing->framing().mode, FramingSpec::Mode::IdleGap);
    // A screen reader hears it.
    QCOMPARE(m_message->accessibleName(), framingMessage());
    QCOMPARE(m_message->palette().color(QPalette::WindowText), Theme::color(Theme::Tone::Bad, QApplication::palette()));

    typeDelimiters(QStringLiteral("\\q"));
    QVERIFY2(framingMessage().contains(u"delimiter 1:"), qPrintable(framingMessage()));
    typeDelimiters(QStringLiteral("\\r\\n|"));
    QVERIFY2(framingMessage().contains(u"delimiter 2 is empty"), qPrintable(framingMessage()));
    QCOMPARE(m_framing->framing().mode, FramingSpec::Mode::IdleGap);

    // Fixed, the new framing is used and the message is plain again.
    typeDelimiters(QStringLiteral("\\r\\n|0x03"));
    QVERIFY2(!m_framing->hasError(), qPrintable(framingMessage()));
    QCOMPARE(m_framing->framing().delimiters, (QList<QByteArray>{"\r\n", "\x03"}));
    QCOMPARE(m_message->palette().color(QPalette::WindowText), Theme::color(Theme::Tone::Neutral, QApplication::palette()));
}

void TstFramingPanel::impossibleSizesAreExplained()
{
    choose(m_mode, QStringLiteral("Fixed length"));
    QVERIFY(m_framing->hasError()); // no length yet
    QVERIFY2(framingMessage().contains(u"fixed frames of 0 bytes are impossible"), qPrintable(framingMessage()));
    auto *length = childNamed<QSpinBox>(m_panel.get(), "framingFixedSpin");
    QVERIFY(length && length->isVisible());
    typeNumber(length, 8);
    QVERIFY2(!m_framing->hasError(), qPrintable(framingMessage()));
    QCOMPARE(m_framing->framing().fixedLength, qsizetype(8));
    QVERIFY2(framingMessage().contains(u"8 bytes"), qPrintable(framingMessage()));

    choose(m_mode, QStringLiteral("Length field"));
    auto *offset = childNamed<QSpinBox>(m_panel.get(), "framingOffsetSpin");
    QVERIFY(offset && offset->isVisible());
    SockpitTest::replaceText(offset->findChild<QLineEdit *>(), QStringLiteral("70000"));
    QCOMPARE(m_framing->framing().length.offset, 0); // nothing is taken while typing
    QTest::keyClick(offset, Qt::Key_Return);
    QVERIFY2(m_framing->hasError() && framingMessage().contains(u"maximum frame size"), qPrintable(framingMessage()));
    QCOMPARE(m_framing->framing().mode, FramingSpec::Mode::LengthField); // with its offset of 0
    QCOMPARE(m_framing->framing().length.offset, 0);
}

void TstFramingPanel::aStreamThatNeverPausesShowsAtTheLongestFrameTime()
{
    showDetails();
    auto *longest = childNamed<QSpinBox>(m_panel.get(), "framingGapLimitSpin");
    QVERIFY(longest && longest->isVisible());
    QCOMPARE(longest->text(), QStringLiteral("auto"));
    QVERIFY2(framingMessage().contains(u"or after 1 s"), qPrintable(framingMessage()));
    typeNumber(longest, 30);
    QVERIFY2(m_framing->hasError() && framingMessage().contains(u"idle gap of 50 ms"), qPrintable(framingMessage()));
    typeNumber(longest, 200);
    QVERIFY2(!m_framing->hasError(), qPrintable(framingMessage()));
    QCOMPARE(m_framing->framing().gapLimit(), 200);
    QVERIFY2(framingMessage().contains(u"or after 200 ms"), qPrintable(framingMessage()));

    // A byte every few milliseconds for a second or two never leaves a 50 ms gap: rows
    // come while it lasts, and together they hold every byte.
    LoopbackTcpServer server;
    connectTo(server);
    const QByteArray stream(300, 'x');
    BytePacer pacer(server.socket(0), stream, [](qsizetype) { return true; });
    QTRY_VERIFY_WITH_TIMEOUT(rxLines().size() >= 2 || pacer.isDone(), Timeout);
    QVERIFY2(!pacer.isDone(), "no row came while the stream went on");
    QTRY_VERIFY_WITH_TIMEOUT(pacer.isDone(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(log()->counters().rxBytes, quint64(stream.size()), Timeout);
    const auto shownBytes = [this] {
        qsizetype shown = 0;
        for (const QString &line : rxLines()) {
            const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("\\[(\\d+) B\\]")).match(line);
            shown += size.hasMatch() ? size.captured(1).toLongLong() : -1'000'000;
        }
        return shown;
    };
    QTRY_COMPARE_WITH_TIMEOUT(shownBytes(), stream.size(), Timeout); // the last frame ends at its gap
}

void TstFramingPanel::receiveChecksumMarksFrames()
{
    auto *counters = childNamed<CountersBar>(m_panel.get(), "countersBar");
    QVERIFY(counters);
    QVERIFY(counters->badFramesText().isEmpty()); // nothing is checked
    LoopbackTcpServer server;
    connectTo(server);
    choose(m_verify, QStringLiteral("CRC-16/MODBUS"));
    QTRY_COMPARE_WITH_TIMEOUT(counters->badFramesText(), QStringLiteral("Bad frames: 0"), Timeout);

    // CRC-16/MODBUS of "123456789" is 0x4B37, sent low byte first.
    server.send(0, QByteArray("123456789\x37\x4B"));
    QTRY_COMPARE_WITH_TIMEOUT(rxLines().size(), 1, Timeout);
    QVERIFY2(rxLines().at(0).contains(u"✓"), qPrintable(rxLines().at(0)));
    server.send(0, QByteArray("123456780\x37\x4B"));
    QTRY_COMPARE_WITH_TIMEOUT(rxLines().size(), 2, Timeout);
    const QString bad = rxLines().at(1);
    QVERIFY2(bad.contains(u"✗") && bad.contains(u"expected 0x") && bad.contains(u"received 0x4B37"), qPrintable(bad));
    QTRY_COMPARE_WITH_TIMEOUT(counters->badFramesText(), QStringLiteral("Bad frames: 1"), Timeout);

    const QModelIndex badRow = logModel()->index(logModel()->rowCount() - 1);
    const QString tip = badRow.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"does not match") && tip.contains(u"received 0x4B37"), qPrintable(tip));
    QCOMPARE(badRow.data(Qt::ForegroundRole).value<QBrush>().color(),
             Theme::color(Theme::Tone::Bad, QApplication::palette(), QPalette::Base));

    // A frame with no room for its checksum is a bad one too, and says so.
    server.send(0, QByteArray("A"));
    QTRY_COMPARE_WITH_TIMEOUT(rxLines().size(), 3, Timeout);
    QVERIFY2(rxLines().at(2).contains(u"✗ too short for its CRC-16/MODBUS"), qPrintable(rxLines().at(2)));
    QTRY_COMPARE_WITH_TIMEOUT(counters->badFramesText(), QStringLiteral("Bad frames: 2"), Timeout);
    const QModelIndex shortRow = logModel()->index(logModel()->rowCount() - 1);
    QVERIFY2(shortRow.data(Qt::ToolTipRole).toString().contains(u"too short to hold its CRC-16/MODBUS: 2 byte"),
             qPrintable(shortRow.data(Qt::ToolTipRole).toString()));
    QCOMPARE(shortRow.data(Qt::ForegroundRole).value<QBrush>().color(),
             Theme::color(Theme::Tone::Bad, QApplication::palette(), QPalette::Base));

    choose(m_verify, QStringLiteral("No checksum"));
    QVERIFY(counters->badFramesText().isEmpty());
}

void TstFramingPanel::sendAppendsTheChecksum()
{
    LoopbackTcpServer server;
    connectTo(server);
    choose(childNamed<QComboBox>(m_panel.get(), "sendChecksumCombo"), QStringLiteral("CRC-16/MODBUS"));
    SockpitTest::clickCheckBox(childNamed<QCheckBox>(m_panel.get(), "appendChecksumCheck"));
    auto *input = childNamed<QPlainTextEdit>(m_panel.get(), "sendInput");
    QVERIFY(input);
    QTest::keyClicks(input, QStringLiteral("123456789"));
    QCOMPARE(m_panel->workspace()->sendBox()->checksumBar()->readout(),
             QStringLiteral("CRC-16/MODBUS: 0x4B37 → appends 37 4B"));
    QTest::mouseClick(childNamed<QPushButton>(m_panel.get(), "sendButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("123456789\x37\x4B"), Timeout);
    // The TX row shows what went, the checksum included.
    QTRY_VERIFY_WITH_TIMEOUT(SockpitTest::anyLineContains(logModel(), QStringLiteral("TX  127.0.0.1:%1  1234567897K").arg(server.port())),
                             Timeout);

    // In the other byte order, over a range that leaves out the first byte.
    auto *range = childNamed<QToolButton>(m_panel.get(), "sendChecksumOptionsButton");
    QTest::mouseClick(range, Qt::LeftButton);
    choose(childNamed<QComboBox>(m_panel.get(), "sendChecksumOrderCombo"), QStringLiteral("Big endian"));
    auto *skip = childNamed<QSpinBox>(m_panel.get(), "sendChecksumSkipFrontSpin");
    QVERIFY(skip && skip->isVisible());
    typeNumber(skip, 1);
    ChecksumSpec expected;
    expected.bigEndian = true;
    expected.skipFront = 1;
    QTest::mouseClick(childNamed<QPushButton>(m_panel.get(), "sendButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(server.received(0), QByteArray("123456789\x37\x4B") + expected.append("123456789"), Timeout);
}

void TstFramingPanel::readoutFollowsTheInput()
{
    ChecksumBar *bar = m_panel->workspace()->sendBox()->checksumBar();
    QVERIFY(bar->readout().isEmpty()); // no checksum chosen: no readout
    choose(childNamed<QComboBox>(m_panel.get(), "sendChecksumCombo"), QStringLiteral("CRC-16/MODBUS"));
    QVERIFY2(bar->readout().contains(u"type data"), qPrintable(bar->readout()));
    auto *input = childNamed<QPlainTextEdit>(m_panel.get(), "sendInput");
    QTest::keyClicks(input, QStringLiteral("12345678"));
    QVERIFY2(!bar->readout().contains(u"0x4B37"), qPrintable(bar->readout()));
    QTest::keyClicks(input, QStringLiteral("9"));
    QCOMPARE(bar->readout(), QStringLiteral("CRC-16/MODBUS: 0x4B37 → bytes 37 4B"));

    // Hex input that is not hex says so instead of a checksum.
    SockpitTest::clickCheckBox(childNamed<QCheckBox>(m_panel.get(), "hexCheck"));
    QVERIFY2(bar->readout().startsWith(u"No checksum:") && bar->readout().contains(u"no partner"),
             qPrintable(bar->readout()));
    input->clear();
    QTest::keyClicks(input, QStringLiteral("31 zz"));
    QVERIFY2(bar->readout().startsWith(u"No checksum:") && bar->readout().contains(u"not a hex digit"),
             qPrintable(bar->readout()));
    input->clear();
    QTest::keyClicks(input, QStringLiteral("31 32 33 34 35 36 37 38 39"));
    QCOMPARE(bar->readout(), QStringLiteral("CRC-16/MODBUS: 0x4B37 → bytes 37 4B"));
    QTest::keyClicks(input, QStringLiteral(" 3"));
    QVERIFY2(bar->readout().startsWith(u"No checksum:"), qPrintable(bar->readout()));
}

void TstFramingPanel::framingIsRemembered()
{
    choose(m_mode, QStringLiteral("Delimiter"));
    typeDelimiters(QStringLiteral("\\r\\n|0x03"));
    SockpitTest::clickCheckBox(childNamed<QCheckBox>(m_panel.get(), "framingKeepCheck"));
    choose(m_verify, QStringLiteral("CRC-32"));
    choose(childNamed<QComboBox>(m_panel.get(), "sendChecksumCombo"), QStringLiteral("SUM8"));
    QVERIFY(m_panel->hasUnsavedChanges());
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->hasUnsavedChanges(), Timeout); // one batched write, soon

    m_panel.reset();
    init();
    QCOMPARE(m_mode->currentText(), QStringLiteral("Delimiter"));
    QCOMPARE(m_framing->framing().delimiters, (QList<QByteArray>{"\r\n", "\x03"}));
    QVERIFY(!m_framing->framing().keepDelimiter);
    QCOMPARE(m_verify->currentText(), QStringLiteral("CRC-32"));
    QCOMPARE(childNamed<QComboBox>(m_panel.get(), "sendChecksumCombo")->currentText(), QStringLiteral("SUM8"));
    showDetails();
    QCOMPARE(childNamed<QLineEdit>(m_panel.get(), "framingDelimiterEdit")->text(), QStringLiteral("\\r\\n|0x03"));
}

void TstFramingPanel::launchOptionsApply()
{
    LoopbackTcpServer server;
    QVERIFY(server.isListening());
    LaunchOptions options;
    options.mode = LaunchOptions::Mode::TcpClient;
    options.tcpClient.host = QStringLiteral("127.0.0.1");
    options.tcpClient.port = server.port();
    options.framing = FramingSpec::parse(QStringLiteral("fixed:4")).value;
    options.checksum = ChecksumSpec::parse(QStringLiteral("sum8")).value;
    m_panel->launch(options);
    QCOMPARE(m_mode->currentText(), QStringLiteral("Fixed length"));
    QCOMPARE(m_framing->framing().fixedLength, qsizetype(4));
    QCOMPARE(m_verify->currentText(), QStringLiteral("SUM8"));
    const std::optional<ChecksumSpec> appended = m_panel->workspace()->sendBox()->checksumBar()->appendSpec();
    QVERIFY(appended);
    QCOMPARE(appended->algorithm, Checksum::Algorithm::Sum8);

    // Frames of 4 bytes, each checked with the SUM8 of its first 3.
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    server.send(0, QByteArray("abc\x26" "abcd"));
    QTRY_COMPARE_WITH_TIMEOUT(rxLines().size(), 2, Timeout);
    QVERIFY2(rxLines().at(0).contains(u"✓"), qPrintable(rxLines().at(0)));
    QVERIFY2(rxLines().at(1).contains(u"✗"), qPrintable(rxLines().at(1)));
}

void TstFramingPanel::everyPanelHasTheFramingRow()
{
    TcpServerPanel server;
    auto *serverFraming = childNamed<FramingBar>(&server, "framingBar");
    QVERIFY(serverFraming);
    QCOMPARE(serverFraming->framing(), FramingSpec());
    UdpPanel udp;
    auto *udpFraming = childNamed<FramingBar>(&udp, "framingBar");
    QVERIFY(udpFraming);
    QVERIFY2(udpFraming->message().contains(u"A datagram always ends a frame"), qPrintable(udpFraming->message()));
}

void TstFramingPanel::newControlsAreNamedAndReachable()
{
    showDetails();
    QTest::mouseClick(childNamed<QToolButton>(m_panel.get(), "sendChecksumOptionsButton"), Qt::LeftButton);
    choose(m_verify, QStringLiteral("CRC-8"));
    for (const char *mode : {"Per read", "Idle gap", "Delimiter", "Fixed length", "Length field"}) {
        choose(m_mode, QString::fromLatin1(mode));
        const QStringList unnamed = SockpitTest::unnamedControls(m_panel.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }

    // Tab goes from the mode to the details and into the mode's fields.
    choose(m_mode, QStringLiteral("Idle gap"));
    m_mode->setFocus();
    QTest::keyClick(m_mode, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), childNamed<QToolButton>(m_panel.get(), "framingDetailsButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), childNamed<QSpinBox>(m_panel.get(), "framingGapSpin"));
    // The send checksum follows the send box's controls.
    auto *sendFile = childNamed<QPushButton>(m_panel.get(), "sendFileButton");
    sendFile->setFocus();
    QTest::keyClick(sendFile, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), childNamed<QComboBox>(m_panel.get(), "sendChecksumCombo"));
    // The mode's label takes the keyboard there too.
    auto *label = qobject_cast<QLabel *>(m_mode->parentWidget()->findChildren<QLabel *>().constFirst());
    QVERIFY(label);
    QCOMPARE(label->buddy(), m_mode);
}

void TstFramingPanel::marksReadOnADarkPalette()
{
    const QPalette before = QApplication::palette();
    QApplication::setPalette(Theme::darkPalette());
    choose(m_mode, QStringLiteral("Delimiter"));
    QTRY_COMPARE_WITH_TIMEOUT(m_message->palette().color(QPalette::WindowText),
                              Theme::color(Theme::Tone::Bad, Theme::darkPalette()), Timeout);
    QVERIFY(Theme::color(Theme::Tone::Bad, Theme::darkPalette()) != Theme::color(Theme::Tone::Bad, before));
    QApplication::setPalette(before);
}

QTEST_MAIN(TstFramingPanel)
#include "tst_framingpanel.moc"
