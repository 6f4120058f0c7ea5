// The receive log: a list model that takes the traffic log's new entries in
// batches, and the view's toolbar (pause, clear, find, view mode, save).

#include "capturesink.h"
#include "logline.h"
#include "receivelogmodel.h"
#include "receivelogview.h"
#include "theme.h"
#include "trafficlog.h"

#include "common/widgetprobe.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <QApplication>
#include <QStyleFactory>

#include <cmath>
#include <memory>

using namespace Sockpit;
using SockpitTest::anyLineContains;
using SockpitTest::childNamed;
using SockpitTest::displayedLines;

namespace {

const Peer firstPeer{1, QHostAddress(QHostAddress::LocalHost), 7788};
const Peer secondPeer{2, QHostAddress(QHostAddress::LocalHostIPv6), 7789};

/// WCAG contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

// How long a batched refresh may take on a loaded machine.
constexpr int RefreshTimeoutMs = 10000;

} // namespace

class TstReceiveLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newEntriesArriveInOneBatch();
    void floodSlowsTheRefresh();
    void rowsLeaveWithTheRing();
    void pauseHoldsRowsBackUntilResumed();
    void clearEmptiesTheView();
    void findNextAndPrevious();
    void findReportsNoMatch();
    void viewModes_data();
    void viewModes();
    void controlCharactersAreVisible();
    void longPayloadIsCutInTheRowOnly();
    void encodingChangeRerendersRows();
    void saveWritesEveryEntry();
    void saveReportsUnwritablePath();
    void peerFilterShowsOnePeer();
    void captureShowsInTheToolbar();
    void logLine_data();
    void logLine();
    void headlessOutputComesFromTheLogLine();
    void rowColoursReadOnLightAndDark_data();
    void rowColoursReadOnLightAndDark();

private:
    void waitForRows(int rows);

    std::unique_ptr<TrafficLog> m_log;
    std::unique_ptr<CaptureSink> m_capture;
    std::unique_ptr<ReceiveLogView> m_view;
};

void TstReceiveLog::init()
{
    m_log = std::make_unique<TrafficLog>();
    m_capture = std::make_unique<CaptureSink>();
    m_view = std::make_unique<ReceiveLogView>(m_log.get(), m_capture.get());
    m_view->resize(900, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TstReceiveLog::cleanup()
{
    m_view.reset();
    m_capture.reset();
    m_log.reset();
}

void TstReceiveLog::waitForRows(int rows)
{
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), rows, RefreshTimeoutMs);
}

void TstReceiveLog::floodSlowsTheRefresh()
{
    ReceiveLogModel *model = m_view->model();
    QCOMPARE(model->refreshInterval(), ReceiveLogModel::RefreshIntervalMs);
    for (int i = 0; i <= ReceiveLogModel::FloodRowsPerRefresh; ++i)
        m_log->appendPayload(Direction::Rx, firstPeer, QByteArray::number(i));
    model->sync();
    QCOMPARE(model->refreshInterval(), ReceiveLogModel::FloodRefreshIntervalMs);

    // Once the flood is over, rows come at the usual pace again.
    m_log->appendPayload(Direction::Rx, firstPeer, "quiet");
    model->sync();
    QCOMPARE(model->refreshInterval(), ReceiveLogModel::RefreshIntervalMs);
    QCOMPARE(model->rowCount(), ReceiveLogModel::FloodRowsPerRefresh + 2);

    // A few large rows are a flood too: 20 reads of 64 KiB in one refresh.
    for (int i = 0; i < 20; ++i)
        m_log->appendPayload(Direction::Rx, firstPeer, QByteArray(64 * 1024, 'x'));
    model->sync();
    QCOMPARE(model->refreshInterval(), ReceiveLogModel::FloodRefreshIntervalMs);
    m_log->appendPayload(Direction::Rx, firstPeer, "quiet again");
    model->sync();
    QCOMPARE(model->refreshInterval(), ReceiveLogModel::RefreshIntervalMs);
}

void TstReceiveLog::newEntriesArriveInOneBatch()
{
    ReceiveLogModel *model = m_view->model();
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QVERIFY(inserted.isValid());

    for (int i = 0; i < 500; ++i)
        m_log->appendPayload(Direction::Rx, firstPeer, QByteArray("line ") + QByteArray::number(i));
    // Nothing is shown before the refresh timer has run.
    QCOMPARE(model->rowCount(), 0);

    waitForRows(500);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 499);
    const QStringList lines = displayedLines(model);
    QVERIFY2(lines.first().contains(u"line 0"), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(u"127.0.0.1:7788"), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(TrafficLog::directionName(Direction::Rx)), qPrintable(lines.first()));
    QVERIFY2(lines.last().contains(u"line 499"), qPrintable(lines.last()));

    // A later batch goes after the rows already shown.
    m_log->appendPayload(Direction::Tx, firstPeer, "reply");
    waitForRows(501);
    QCOMPARE(inserted.size(), 2);
    QVERIFY(displayedLines(model).last().contains(u"reply"));
}

void TstReceiveLog::rowsLeaveWithTheRing()
{
    ReceiveLogModel *model = m_view->model();
    m_log->setCapacityBytes(8 * 1024);
    for (int i = 0; i < 5; ++i)
        m_log->appendPayload(Direction::Rx, firstPeer, QByteArray(200, 'a' + char(i)));
    waitForRows(5);

    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(removed.isValid());
    for (int i = 0; i < 100; ++i)
        m_log->appendPayload(Direction::Rx, firstPeer, QByteArray("entry ") + QByteArray::number(i) + QByteArray(200, '.'));
    QVERIFY(m_log->firstSeq() > 0); // the ring did drop entries
    const int kept = int(m_log->size());
    QVERIFY(kept < 105);

    waitForRows(kept);
    QCOMPARE(removed.size(), 1); // all that left went in one removal
    QCOMPARE(model->index(0).data(ReceiveLogModel::SeqRole).toULongLong(), m_log->firstSeq());
    QVERIFY(model->index(kept - 1).data().toString().contains(u"entry 99"));
    QVERIFY(!anyLineContains(model, QStringLiteral("aaaa")));
    for (const QString &line : displayedLines(model))
        QVERIFY2(!line.isEmpty(), "a row points at an entry that left the log");
}

void TstReceiveLog::pauseHoldsRowsBackUntilResumed()
{
    ReceiveLogModel *model = m_view->model();
    auto *pause = childNamed<QToolButton>(m_view.get(), "pauseButton");
    auto *status = childNamed<QLabel>(m_view.get(), "logStatusLabel");
    QVERIFY(pause && status);

    m_log->appendPayload(Direction::Rx, firstPeer, "before pause");
    waitForRows(1);

    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(model->isPaused());
    QCOMPARE(pause->text(), QStringLiteral("Resume"));
    for (int i = 0; i < 3; ++i)
        m_log->appendPayload(Direction::Rx, firstPeer, QByteArray("while paused ") + QByteArray::number(i));
    model->sync(); // what the refresh timer does
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->hiddenWhilePaused(), quint64(3));
    // Changing the filter does not let them through either.
    m_view->setPeerFilter(firstPeer.id);
    QCOMPARE(model->rowCount(), 1);
    m_view->setPeerFilter(std::nullopt);
    QCOMPARE(model->rowCount(), 1);
    // The user sees how much waits behind the pause.
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"3"), qPrintable(status->text()), RefreshTimeoutMs);

    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(!model->isPaused());
    QCOMPARE(pause->text(), QStringLiteral("Pause"));
    QCOMPARE(model->rowCount(), 4); // resuming shows them at once
    QVERIFY(displayedLines(model).last().contains(u"while paused 2"));
    QVERIFY(status->text().isEmpty());
}

void TstReceiveLog::clearEmptiesTheView()
{
    ReceiveLogModel *model = m_view->model();
    auto *clear = childNamed<QToolButton>(m_view.get(), "clearButton");
    QVERIFY(clear);
    for (int i = 0; i < 10; ++i)
        m_log->appendPayload(Direction::Rx, firstPeer, "x");
    waitForRows(10);

    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(m_log->size(), 0);
    QCOMPARE(m_log->counters().rxChunks, quint64(10)); // clearing the view keeps the counters

    m_log->appendPayload(Direction::Rx, firstPeer, "after clear");
    waitForRows(1);
    QVERIFY(model->index(0).data().toString().contains(u"after clear"));
}

void TstReceiveLog::findNextAndPrevious()
{
    auto *findEdit = childNamed<QLineEdit>(m_view.get(), "findEdit");
    auto *next = childNamed<QToolButton>(m_view.get(), "findNextButton");
    auto *previous = childNamed<QToolButton>(m_view.get(), "findPreviousButton");
    QVERIFY(findEdit && next && previous);
    const QList<QByteArray> payloads{"alpha one", "beta", "gamma", "ALPHA two", "delta"};
    for (const QByteArray &p : payloads)
        m_log->appendPayload(Direction::Rx, firstPeer, p);
    waitForRows(5);
    QListView *list = m_view->listView();

    QTest::keyClicks(findEdit, QStringLiteral("alpha"));
    QTest::keyClick(findEdit, Qt::Key_Return);
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(list->currentIndex().row(), 3); // case does not matter
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(list->currentIndex().row(), 0); // wraps around
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(list->currentIndex().row(), 3); // wraps backwards
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(list->currentIndex().row(), 0);

    // The current row is the entry found.
    const std::optional<LogEntry> entry = m_view->currentEntry();
    QVERIFY(entry);
    QCOMPARE(entry->data, QByteArray("alpha one"));
}

void TstReceiveLog::findReportsNoMatch()
{
    auto *findEdit = childNamed<QLineEdit>(m_view.get(), "findEdit");
    auto *status = childNamed<QLabel>(m_view.get(), "logStatusLabel");
    QVERIFY(findEdit && status);
    m_log->appendPayload(Direction::Rx, firstPeer, "something");
    waitForRows(1);
    QTest::keyClicks(findEdit, QStringLiteral("nowhere"));
    QTest::keyClick(findEdit, Qt::Key_Return);
    QVERIFY2(status->text().contains(u"'nowhere' not found"), qPrintable(status->text()));
    QVERIFY(!m_view->listView()->currentIndex().isValid());
}

void TstReceiveLog::viewModes_data()
{
    QTest::addColumn<int>("downPresses");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("notShown");
    QTest::newRow("text") << 0 << QStringList{QStringLiteral("Hi!")} << QStringList{QStringLiteral("48 69 21")};
    QTest::newRow("hex") << 1 << QStringList{QStringLiteral("48 69 21")} << QStringList{QStringLiteral("Hi!")};
    QTest::newRow("both") << 2 << QStringList{QStringLiteral("Hi!"), QStringLiteral("48 69 21")} << QStringList{};
}

void TstReceiveLog::viewModes()
{
    QFETCH(int, downPresses);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, notShown);
    auto *mode = childNamed<QComboBox>(m_view.get(), "viewModeCombo");
    QVERIFY(mode);
    m_log->appendPayload(Direction::Rx, firstPeer, "Hi!");
    m_log->appendMessage(Direction::Info, Peer{}, QStringLiteral("a notice"));
    waitForRows(2);

    for (int i = 0; i < downPresses; ++i)
        QTest::keyClick(mode, Qt::Key_Down);
    QCOMPARE(int(m_view->model()->viewMode()), downPresses);
    const QString line = m_view->model()->index(0).data().toString();
    for (const QString &s : shown)
        QVERIFY2(line.contains(s), qPrintable(line));
    for (const QString &s : notShown)
        QVERIFY2(!line.contains(s), qPrintable(line));
    // Messages are text in every mode.
    QVERIFY(m_view->model()->index(1).data().toString().contains(u"a notice"));
}

void TstReceiveLog::controlCharactersAreVisible()
{
    m_log->appendPayload(Direction::Rx, firstPeer, QByteArray("a\r\nb\tc\x01\x7f", 8));
    waitForRows(1);
    const QString line = m_view->model()->index(0).data().toString();
    QVERIFY2(line.contains(QStringLiteral("a\\r\\nb\\tc\\x01\\x7F")), qPrintable(line));
    QVERIFY(!line.contains(u'\n'));
    QVERIFY(!line.contains(u'\r'));
}

void TstReceiveLog::longPayloadIsCutInTheRowOnly()
{
    const QByteArray big(ReceiveLogModel::MaxRowChars + 500, 'z');
    m_log->appendPayload(Direction::Rx, firstPeer, big);
    waitForRows(1);
    const QString line = m_view->model()->index(0).data().toString();
    // The row shows the start and says how much is left (in characters or bytes,
    // the same here: one byte per character).
    static const QRegularExpression more(QStringLiteral(" … \\((\\d+) more (character|byte)"));
    const QRegularExpressionMatch match = more.match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line.right(80)));
    const int shown = int(line.count(u'z'));
    QVERIFY2(shown > 0 && shown <= ReceiveLogModel::MaxRowChars, qPrintable(QString::number(shown)));
    QCOMPARE(shown + match.captured(1).toInt(), int(big.size()));
    QCOMPARE(m_view->model()->index(0).data(Qt::ToolTipRole).toString(),
             QStringLiteral("%1 byte(s)").arg(big.size()));
}

void TstReceiveLog::encodingChangeRerendersRows()
{
    const QByteArray gbk("\xC4\xE3\xBA\xC3", 4); // 你好 in GBK
    m_log->appendPayload(Direction::Rx, firstPeer, gbk);
    waitForRows(1);
    QVERIFY(!m_view->model()->index(0).data().toString().contains(QStringLiteral("你好")));

    QSignalSpy changed(m_view->model(), &QAbstractItemModel::dataChanged);
    m_log->setEncoding(QStringLiteral("GBK"));
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_view->model()->index(0).data().toString().contains(QStringLiteral("你好")));
    QCOMPARE(m_log->at(m_log->firstSeq()).data, gbk); // the stored bytes stay as they came
}

void TstReceiveLog::saveWritesEveryEntry()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_log->appendPayload(Direction::Rx, firstPeer, "first\r\n");
    m_log->appendPayload(Direction::Tx, secondPeer, "second");
    m_log->appendMessage(Direction::Error, Peer{}, QStringLiteral("an error"));
    waitForRows(3);
    // Neither a filter nor a pause limits what is saved.
    m_view->setPeerFilter(firstPeer.id);
    QTest::mouseClick(childNamed<QToolButton>(m_view.get(), "pauseButton"), Qt::LeftButton);
    m_log->appendPayload(Direction::Rx, firstPeer, "while paused");

    const QString path = dir.filePath(QStringLiteral("log.txt"));
    QCOMPARE(m_view->saveTo(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).contains(u"first\\r\\n"), qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).contains(u"127.0.0.1:7788"));
    QVERIFY(lines.at(1).contains(u"second"));
    QVERIFY(lines.at(1).contains(u"[::1]:7789"));
    QVERIFY(lines.at(2).contains(u"an error"));
    QVERIFY(lines.at(3).contains(u"while paused"));
}

void TstReceiveLog::saveReportsUnwritablePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/log.txt"));
    const QString error = m_view->saveTo(path);
    QVERIFY2(error.contains(u"cannot write") && error.contains(path), qPrintable(error));
}

void TstReceiveLog::peerFilterShowsOnePeer()
{
    ReceiveLogModel *model = m_view->model();
    m_log->appendPayload(Direction::Rx, firstPeer, "from one");
    m_log->appendPayload(Direction::Rx, secondPeer, "from two");
    m_log->appendMessage(Direction::Error, Peer{}, QStringLiteral("general error"));
    m_log->appendPayload(Direction::Tx, secondPeer, "to two");
    waitForRows(4);

    m_view->setPeerFilter(secondPeer.id);
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(!anyLineContains(model, QStringLiteral("from one")));
    QVERIFY(anyLineContains(model, QStringLiteral("general error"))); // messages without a peer stay

    m_log->appendPayload(Direction::Rx, firstPeer, "later from one");
    m_log->appendPayload(Direction::Rx, secondPeer, "later from two");
    waitForRows(4);
    QVERIFY(displayedLines(model).last().contains(u"later from two"));

    m_view->setPeerFilter(std::nullopt);
    QCOMPARE(model->rowCount(), 6);
}

void TstReceiveLog::captureShowsInTheToolbar()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto *capture = childNamed<QToolButton>(m_view.get(), "captureButton");
    auto *status = childNamed<QLabel>(m_view.get(), "logStatusLabel");
    QVERIFY(capture && status);
    const QString path = dir.filePath(QStringLiteral("capture.bin"));
    QCOMPARE(m_view->startCapture(path), QString());
    QVERIFY(capture->isChecked());
    QCOMPARE(capture->text(), QStringLiteral("Stop capture"));
    QVERIFY(status->text().contains(path));
    waitForRows(1);
    QVERIFY(m_view->model()->index(0).data().toString().contains(path));

    // Stopping (the button when capturing asks for nothing) says how much was written.
    m_capture->write("12345");
    QTest::mouseClick(capture, Qt::LeftButton);
    QVERIFY(!m_capture->isOpen());
    QVERIFY(!capture->isChecked());
    waitForRows(2);
    QVERIFY2(m_view->model()->index(1).data().toString().contains(u"5 byte"),
             qPrintable(m_view->model()->index(1).data().toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("12345"));

    // A path that cannot be opened is an error in the log, and capture stays off.
    const QString bad = dir.filePath(QStringLiteral("missing/capture.bin"));
    QVERIFY(!m_view->startCapture(bad).isEmpty());
    QVERIFY(!capture->isChecked());
}

void TstReceiveLog::logLine_data()
{
    QTest::addColumn<int>("direction");
    QTest::addColumn<bool>("withPeer");
    QTest::addColumn<QByteArray>("data");    // a payload, or the message when direction is Info/Error
    QTest::addColumn<int>("payload");        // LogLine::Payload
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("expected");   // the line after its time (no translator: "byte(s)")

    const int text = int(LogLine::Payload::Text);
    const int hex = int(LogLine::Payload::Hex);
    const int both = int(LogLine::Payload::Both);
    QTest::newRow("received text") << int(Direction::Rx) << true << QByteArray("hello") << text << INT_MAX
                                   << QStringLiteral("  RX  127.0.0.1:7788  hello");
    QTest::newRow("controls escaped") << int(Direction::Tx) << true << QByteArray("a\r\n\t\x01") << text << INT_MAX
                                      << QStringLiteral("  TX  127.0.0.1:7788  a\\r\\n\\t\\x01");
    QTest::newRow("hex") << int(Direction::Rx) << true << QByteArray("\x00\x7f\xff", 3) << hex << INT_MAX
                         << QStringLiteral("  RX  127.0.0.1:7788  00 7F FF");
    QTest::newRow("hex, cut") << int(Direction::Rx) << true << QByteArray("abcd") << hex << 6
                              << QStringLiteral("  RX  127.0.0.1:7788  61 62 … (2 more byte(s))");
    QTest::newRow("both") << int(Direction::Rx) << true << QByteArray("ok") << both << INT_MAX
                          << QStringLiteral("  RX  127.0.0.1:7788  ok  |  6F 6B");
    QTest::newRow("text, cut") << int(Direction::Rx) << true << QByteArray("abcdef") << text << 2
                               << QStringLiteral("  RX  127.0.0.1:7788  ab … (4 more byte(s))");
    QTest::newRow("notice without peer") << int(Direction::Info) << false << QByteArray("listening") << text << INT_MAX
                                         << QStringLiteral("  INFO  listening");
    QTest::newRow("error") << int(Direction::Error) << true << QByteArray("reset") << hex << INT_MAX
                           << QStringLiteral("  ERROR  127.0.0.1:7788  reset");
}

void TstReceiveLog::logLine()
{
    QFETCH(int, direction);
    QFETCH(bool, withPeer);
    QFETCH(QByteArray, data);
    QFETCH(int, payload);
    QFETCH(int, maxChars);
    QFETCH(QString, expected);
    TrafficLog log;
    const Direction d = Direction(direction);
    const Peer peer = withPeer ? firstPeer : Peer{};
    if (d == Direction::Rx || d == Direction::Tx)
        log.appendPayload(d, peer, data);
    else
        log.appendMessage(d, peer, QString::fromUtf8(data));
    const LogEntry &entry = log.at(log.firstSeq());
    const QString line = LogLine::format(log, entry, LogLine::Style{LogLine::Payload(payload), maxChars});
    const QString time = TrafficLog::formatTime(entry.msecsSinceEpoch);
    QVERIFY2(line.startsWith(time), qPrintable(line));
    QCOMPARE(line.mid(time.size()), expected);
}

void TstReceiveLog::headlessOutputComesFromTheLogLine()
{
    // What the headless runner writes: text as it is (no escapes, no newline added), hex one line each.
    QCOMPARE(LogLine::output(QStringLiteral("你好\r\n")), QStringLiteral("你好\r\n").toUtf8());
    QCOMPARE(LogLine::hexOutput(QByteArray("\x00\x7f\xff", 3)), QByteArray("00 7F FF\n"));
    // The view shows the same bytes as the headless runner, one as escapes, the other as they are.
    QCOMPARE(LogLine::escaped(QStringLiteral("a\r\n\x7f")), QStringLiteral("a\\r\\n\\x7F"));
}

void TstReceiveLog::rowColoursReadOnLightAndDark_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light Fusion") << false;
    QTest::newRow("dark Fusion") << true;
}

void TstReceiveLog::rowColoursReadOnLightAndDark()
{
    QFETCH(bool, dark);
    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark ? Theme::darkPalette() : QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette());
    m_log->appendPayload(Direction::Rx, firstPeer, "rx");
    m_log->appendPayload(Direction::Tx, firstPeer, "tx");
    m_log->appendMessage(Direction::Info, Peer{}, QStringLiteral("info"));
    m_log->appendMessage(Direction::Error, Peer{}, QStringLiteral("error"));
    waitForRows(4);
    const QColor base = QApplication::palette().color(QPalette::Base);
    QList<QColor> seen;
    for (int row = 0; row < 4; ++row) {
        const QColor color = m_view->model()->index(row).data(Qt::ForegroundRole).value<QBrush>().color();
        QVERIFY2(contrast(color, base) >= 4.5, qPrintable(QStringLiteral("row %1: %2 on %3, contrast %4")
                                                             .arg(row)
                                                             .arg(color.name(), base.name())
                                                             .arg(contrast(color, base))));
        seen << color;
    }
    // Received, sent and errors are told apart by colour.
    QVERIFY(seen.at(0) != seen.at(1) && seen.at(1) != seen.at(3) && seen.at(0) != seen.at(3));
    QApplication::setPalette(before);
}

QTEST_MAIN(TstReceiveLog)
#include "tst_receivelog.moc"
