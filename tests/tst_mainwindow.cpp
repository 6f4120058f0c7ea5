// The main window: its tabs and menus, switching the language at run time,
// and what it remembers for the next start (language, geometry, tab, address).

#include "mainwindow.h"

#include "capturesink.h"
#include "commandline.h"
#include "encodingselector.h"
#include "ipcalcpanel.h"
#include "languagemanager.h"
#include "launchoptions.h"
#include "receivelogmodel.h"
#include "receivelogview.h"
#include "relaypanel.h"
#include "relaysession.h"
#include "sessionworkspace.h"
#include "settings.h"
#include "tcpclientpanel.h"
#include "tcpserverpanel.h"
#include "udppanel.h"

#include "common/accessibility.h"
#include "common/loopbackserver.h"
#include "common/rawtcppeer.h"
#include "common/widgetprobe.h"

#include <QAction>
#include <QLabel>
#include <QSpinBox>
#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTcpServer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Sockpit;
using SockpitTest::childNamed;

namespace {
constexpr int Timeout = 10000;
const char *const ChineseCatalog = ":/i18n/sockpit_zh_CN.qm";
} // namespace

class TstMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void fourTabs();
    void menus();
    void languageActionsLiveInViewLanguage();
    void choosingALanguageIsRemembered();
    void unknownLanguageIsRefused();
    void switchingToChineseChangesVisibleText();
    void geometryIsRemembered();
    void calculatorInputIsRemembered();
    void currentTabIsRemembered();
    void clientAddressAndEncodingAreRemembered();
    void logActionsFollowTheTab();
    void launchOpensAndConnectsTheClient();
    void encodingAloneSelectsItInTheWindow();
    void captureAloneGoesToASessionTab();
    void relayFromTheCommandLineRunsInItsTab();
    void relayFromTheCommandLineSaysAPortInUse();
    void everyTabIsReachedThroughItsPanel();
    void everyControlHasAnAccessibleName_data();
    void everyControlHasAnAccessibleName();
    void framingSentenceShowsWholeAtTheFirstSize_data();
    void framingSentenceShowsWholeAtTheFirstSize();

private:
    static QAction *languageAction(MainWindow &window, const char *name);
};

void TstMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SockpitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TstMainWindow::init()
{
    QSettings().clear();
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents(); // deliver the language change before the next window
}

QAction *TstMainWindow::languageAction(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

void TstMainWindow::fourTabs()
{
    MainWindow window;
    QTabWidget *tabs = window.tabs();
    QCOMPARE(tabs->count(), 5);
    QCOMPARE(tabs->tabText(MainWindow::TcpClientTab), QStringLiteral("TCP client"));
    QCOMPARE(tabs->tabText(MainWindow::TcpServerTab), QStringLiteral("TCP server"));
    QCOMPARE(tabs->tabText(MainWindow::UdpTab), QStringLiteral("UDP"));
    QCOMPARE(tabs->tabText(MainWindow::RelayTab), QStringLiteral("Relay"));
    QCOMPARE(tabs->tabText(MainWindow::IpCalcTab), QStringLiteral("IP calculator"));
    // Only the shown tab has its panel at start; the others are made when first opened.
    QVERIFY(tabs->widget(MainWindow::TcpClientTab)->findChild<TcpClientPanel *>());
    QVERIFY(!tabs->widget(MainWindow::UdpTab)->findChild<UdpPanel *>());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, bar->tabRect(MainWindow::UdpTab).center());
    QVERIFY(tabs->widget(MainWindow::UdpTab)->findChild<UdpPanel *>());
    QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, bar->tabRect(MainWindow::TcpClientTab).center());

    QCOMPARE(window.tcpClientPanel()->parentWidget(), tabs->widget(MainWindow::TcpClientTab));
    QCOMPARE(window.tcpServerPanel()->parentWidget(), tabs->widget(MainWindow::TcpServerTab));
    QCOMPARE(window.udpPanel()->parentWidget(), tabs->widget(MainWindow::UdpTab));
    QCOMPARE(window.ipCalcPanel()->parentWidget(), tabs->widget(MainWindow::IpCalcTab));
    QCOMPARE(tabs->currentIndex(), int(MainWindow::TcpClientTab)); // the first start opens the client
    QVERIFY(window.windowTitle().startsWith(u"Sockpit"));
    // What the first paint does not need follows it.
    QTRY_VERIFY(!window.windowIcon().isNull());
    auto *input = window.tcpClientPanel()->findChild<QPlainTextEdit *>(QStringLiteral("sendInput"));
    QVERIFY(input);
    QTRY_COMPARE(input->font(), QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void TstMainWindow::menus()
{
    MainWindow window;
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help")}));
    auto *file = childNamed<QMenu>(&window, "fileMenu");
    QVERIFY(file);
    QStringList items;
    for (QAction *action : file->actions()) {
        if (!action->isSeparator())
            items << action->text();
    }
    QCOMPARE(items, (QStringList{QStringLiteral("&Save log…"), QStringLiteral("&Capture to file…"),
                                 QStringLiteral("&Export as pcapng…"), QStringLiteral("&Quit")}));
}

void TstMainWindow::languageActionsLiveInViewLanguage()
{
    MainWindow window;
    auto *view = childNamed<QMenu>(&window, "viewMenu");
    auto *language = childNamed<QMenu>(&window, "languageMenu");
    QVERIFY(view && language);
    QVERIFY(view->actions().contains(language->menuAction()));
    QCOMPARE(language->title(), QStringLiteral("&Language"));
    QAction *chinese = languageAction(window, "chineseAction");
    QAction *english = languageAction(window, "englishAction");
    QVERIFY(chinese && english);
    QCOMPARE(language->actions(), (QList<QAction *>{chinese, english}));
    // Each language is named in itself.
    QCOMPARE(chinese->text(), QStringLiteral("中文"));
    QCOMPARE(english->text(), QStringLiteral("English"));
    QVERIFY(english->isChecked());
    QVERIFY(!chinese->isChecked());
}

void TstMainWindow::choosingALanguageIsRemembered()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *chinese = languageAction(window, "chineseAction");
    QAction *english = languageAction(window, "englishAction");
    QVERIFY(chinese && english);

    chinese->trigger();
    QCOMPARE(LanguageManager::instance().language(), QStringLiteral("zh_CN"));
    QCOMPARE(Settings::Language.value(), QStringLiteral("zh_CN"));
    QCOMPARE(LanguageManager::preferred(), QStringLiteral("zh_CN"));
    QTRY_VERIFY_WITH_TIMEOUT(chinese->isChecked() && !english->isChecked(), Timeout);

    english->trigger();
    QCOMPARE(LanguageManager::instance().language(), QStringLiteral("en"));
    QCOMPARE(Settings::Language.value(), QStringLiteral("en"));
    QCOMPARE(LanguageManager::preferred(), QStringLiteral("en"));
    QTRY_VERIFY_WITH_TIMEOUT(english->isChecked() && !chinese->isChecked(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(window.tabs()->tabText(MainWindow::TcpClientTab), QStringLiteral("TCP client"), Timeout);

    // A window made later shows the remembered choice checked.
    LanguageManager::instance().chooseLanguage(QStringLiteral("zh_CN"));
    MainWindow next;
    QVERIFY(languageAction(next, "chineseAction")->isChecked());
}

void TstMainWindow::unknownLanguageIsRefused()
{
    QVERIFY(!LanguageManager::instance().chooseLanguage(QStringLiteral("fr")));
    QCOMPARE(LanguageManager::instance().language(), QStringLiteral("en"));
    QCOMPARE(Settings::Language.value(), QString());
    // Nothing remembered: the system's language decides (C locale here: English).
    QCOMPARE(LanguageManager::preferred(), QStringLiteral("en"));
}

void TstMainWindow::switchingToChineseChangesVisibleText()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *connectButton = childNamed<QPushButton>(&window, "connectButton");
    QVERIFY(connectButton);
    QCOMPARE(connectButton->text(), QStringLiteral("&Connect"));

    // The catalog is built in whether or not it has translations yet.
    QVERIFY2(QFile::exists(QString::fromLatin1(ChineseCatalog)), ChineseCatalog);
    QTranslator catalog;
    QVERIFY(catalog.load(QString::fromLatin1(ChineseCatalog)) || catalog.isEmpty());
    const QString tabText = catalog.translate("Sockpit::MainWindow", "TCP client");
    QVERIFY2(!tabText.isEmpty(), "the Chinese catalog :/i18n/sockpit_zh_CN.qm does not translate \"TCP client\"");

    languageAction(window, "chineseAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.tabs()->tabText(MainWindow::TcpClientTab), tabText, Timeout);
    const QString buttonText = catalog.translate("Sockpit::TcpClientPanel", "&Connect");
    if (!buttonText.isEmpty())
        QTRY_COMPARE_WITH_TIMEOUT(connectButton->text(), buttonText, Timeout);
    QVERIFY(connectButton->text() != QStringLiteral("&Connect"));
    const QString fileMenu = catalog.translate("Sockpit::MainWindow", "&File");
    if (!fileMenu.isEmpty())
        QCOMPARE(childNamed<QMenu>(&window, "fileMenu")->title(), fileMenu);

    // And back.
    languageAction(window, "englishAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.tabs()->tabText(MainWindow::TcpClientTab), QStringLiteral("TCP client"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(connectButton->text(), QStringLiteral("&Connect"), Timeout);
}

void TstMainWindow::geometryIsRemembered()
{
    QSize size;
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        size = window.minimumSizeHint() + QSize(41, 29); // a size no layout rounds
        window.resize(size);
        QTRY_COMPARE(window.size(), size);
        QVERIFY(window.close());
    }
    MainWindow again;
    QCOMPARE(again.size(), size);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), size);
}

void TstMainWindow::calculatorInputIsRemembered()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.ipCalcPanel()->setInput(QStringLiteral("10.1.2.3/30"));
        QVERIFY(window.close());
    }
    MainWindow again;
    QCOMPARE(again.ipCalcPanel()->input(), QStringLiteral("10.1.2.3/30"));
}

void TstMainWindow::currentTabIsRemembered()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTabBar *bar = window.tabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, bar->tabRect(MainWindow::UdpTab).center());
        QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::UdpTab));
        QVERIFY(window.close());
    }
    MainWindow again;
    QCOMPARE(again.tabs()->currentIndex(), int(MainWindow::UdpTab));
}

void TstMainWindow::clientAddressAndEncodingAreRemembered()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *host = childNamed<QLineEdit>(window.tcpClientPanel(), "hostEdit");
        auto *port = childNamed<QLineEdit>(window.tcpClientPanel(), "portEdit");
        auto *encoding = childNamed<EncodingSelector>(window.tcpClientPanel(), "encodingSelector");
        QVERIFY(host && port && encoding);
        host->clear();
        QTest::keyClicks(host, QStringLiteral("::1"));
        port->clear();
        QTest::keyClicks(port, QStringLiteral("9123"));
        encoding->lineEdit()->selectAll();
        QTest::keyClicks(encoding->lineEdit(), QStringLiteral("GB18030"));
        QTest::keyClick(encoding->lineEdit(), Qt::Key_Return);
        QCOMPARE(encoding->encoding(), QStringLiteral("GB18030"));
        // Quitting through the menu saves as closing does.
        QAction *quit = nullptr;
        for (QAction *action : childNamed<QMenu>(&window, "fileMenu")->actions()) {
            if (action->text() == u"&Quit")
                quit = action;
        }
        QVERIFY(quit);
        quit->trigger();
        QVERIFY(!window.isVisible());
    }
    QCOMPARE(Settings::TcpClientHost.value(), QStringLiteral("::1"));
    QCOMPARE(Settings::TcpClientPort.value(), QStringLiteral("9123"));
    MainWindow again;
    QCOMPARE(childNamed<QLineEdit>(again.tcpClientPanel(), "hostEdit")->text(), QStringLiteral("::1"));
    QCOMPARE(childNamed<QLineEdit>(again.tcpClientPanel(), "portEdit")->text(), QStringLiteral("9123"));
    QCOMPARE(again.tcpClientPanel()->workspace()->encoding(), QStringLiteral("GB18030"));
}

void TstMainWindow::logActionsFollowTheTab()
{
    MainWindow window;
    QAction *save = nullptr;
    for (QAction *action : childNamed<QMenu>(&window, "fileMenu")->actions()) {
        if (action->text() == u"&Save log…")
            save = action;
    }
    QVERIFY(save);
    window.tabs()->setCurrentIndex(MainWindow::TcpClientTab);
    QCOMPARE(window.currentWorkspace(), window.tcpClientPanel()->workspace());
    QVERIFY(save->isEnabled());
    window.tabs()->setCurrentIndex(MainWindow::IpCalcTab);
    QCOMPARE(window.currentWorkspace(), static_cast<SessionWorkspace *>(nullptr));
    QVERIFY(!save->isEnabled());
}

void TstMainWindow::launchOpensAndConnectsTheClient()
{
    const bool ipv6 = SockpitTest::isIPv6LoopbackAvailable();
    SockpitTest::LoopbackTcpServer server{QHostAddress(ipv6 ? QHostAddress::LocalHostIPv6 : QHostAddress::LocalHost)};
    QVERIFY(server.isListening());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.tabs()->setCurrentIndex(MainWindow::IpCalcTab);

    // What "sockpit --tcp-client [::1]:PORT --encoding GBK --connect-timeout 3000" asks for.
    LaunchOptions options;
    options.mode = LaunchOptions::Mode::TcpClient;
    const QString host = ipv6 ? QStringLiteral("::1") : QStringLiteral("127.0.0.1");
    TcpClientInput input;
    input.target = (ipv6 ? QStringLiteral("[::1]:%1") : QStringLiteral("127.0.0.1:%1")).arg(server.port());
    input.connectTimeoutMs = QStringLiteral("3000");
    const Result<TcpClientConfig> config = parseTcpClientConfig(input, ConfigSource::CommandLine);
    QVERIFY2(config.ok(), qPrintable(config.error));
    options.tcpClient = config.value;
    options.encoding = QStringLiteral("GBK");
    window.launch(options);

    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::TcpClientTab));
    TcpClientPanel *panel = window.tcpClientPanel();
    QCOMPARE(childNamed<QLineEdit>(panel, "hostEdit")->text(), host);
    QCOMPARE(childNamed<QLineEdit>(panel, "portEdit")->text(), QString::number(server.port()));
    QCOMPARE(childNamed<QSpinBox>(panel, "timeoutSpin")->value(), 3000);
    QCOMPARE(panel->workspace()->encoding(), QStringLiteral("GBK"));
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, Timeout);
    auto *state = childNamed<QLabel>(panel, "stateLabel");
    QTRY_VERIFY2_WITH_TIMEOUT(state->text().startsWith(u"Connected to"), qPrintable(state->text()), Timeout);
}

void TstMainWindow::encodingAloneSelectsItInTheWindow()
{
    // "sockpit --encoding GBK": no session option, the window opens with GBK.
    const CommandLineResult command = parseCommandLine({QStringLiteral("sockpit"), QStringLiteral("--encoding"), QStringLiteral("GBK")});
    QVERIFY(command.action == CommandLineResult::Action::Run);
    QCOMPARE(command.options.mode, LaunchOptions::Mode::Window);
    MainWindow window;
    window.show();
    window.launch(command.options);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::TcpClientTab));
    QCOMPARE(window.currentWorkspace()->encoding(), QStringLiteral("GBK"));
    auto *selector = childNamed<EncodingSelector>(window.tcpClientPanel(), "encodingSelector");
    QCOMPARE(selector->currentText(), QStringLiteral("GBK"));
    // A session tab opened later in the run has it too; the calculator has no encoding.
    QTabBar *bar = window.tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, bar->tabRect(MainWindow::UdpTab).center());
    QCOMPARE(window.udpPanel()->workspace()->encoding(), QStringLiteral("GBK"));
    QCOMPARE(window.tcpServerPanel()->workspace()->encoding(), QStringLiteral("GBK"));
}

void TstMainWindow::relayFromTheCommandLineRunsInItsTab()
{
    // "sockpit --relay 127.0.0.1:0 --to 127.0.0.1:PORT --encoding GBK": the Relay tab, filled in and relaying.
    SockpitTest::LoopbackTcpServer target{QHostAddress(QHostAddress::LocalHost)};
    QVERIFY(target.isListening());
    const CommandLineResult command = parseCommandLine(
        {QStringLiteral("sockpit"), QStringLiteral("--relay"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--to"),
         QStringLiteral("127.0.0.1:%1").arg(target.port()), QStringLiteral("--encoding"), QStringLiteral("GBK")});
    QVERIFY2(command.action == CommandLineResult::Action::Run, qPrintable(command.text));
    QVERIFY(!command.options.headless);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.launch(command.options);

    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::RelayTab));
    RelayPanel *panel = window.relayPanel();
    QCOMPARE(childNamed<QLineEdit>(panel, "targetEdit")->text(), QStringLiteral("127.0.0.1:%1").arg(target.port()));
    QCOMPARE(panel->workspace()->encoding(), QStringLiteral("GBK"));
    RelaySession *relay = panel->session();
    QVERIFY2(relay->isListening(), qPrintable(childNamed<QLabel>(panel, "stateLabel")->text()));
    QVERIFY(childNamed<QLabel>(panel, "stateLabel")->text().startsWith(u"Relaying 127.0.0.1:"));

    auto client = SockpitTest::RawTcpPeer::connectTo(QHostAddress(QHostAddress::LocalHost), relay->listenPort());
    QVERIFY(client);
    QTRY_COMPARE_WITH_TIMEOUT(target.clientCount(), 1, Timeout);
    QVERIFY(client->send("\xc4\xe3\xba\xc3")); // 你好 in GBK
    QTRY_COMPARE_WITH_TIMEOUT(target.received(0), QByteArray("\xc4\xe3\xba\xc3"), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(SockpitTest::anyLineContains(panel->workspace()->logView()->model(), QStringLiteral("你好")),
                             Timeout);
}

void TstMainWindow::relayFromTheCommandLineSaysAPortInUse()
{
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(holder.serverPort());
    const CommandLineResult command = parseCommandLine(
        {QStringLiteral("sockpit"), QStringLiteral("--relay"), listen, QStringLiteral("--to"), QStringLiteral("127.0.0.1:9")});
    QVERIFY2(command.action == CommandLineResult::Action::Run, qPrintable(command.text));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.launch(command.options);

    RelayPanel *panel = window.relayPanel();
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::RelayTab));
    QVERIFY(!panel->session()->isListening());
    const QString state = childNamed<QLabel>(panel, "stateLabel")->text();
    QVERIFY2(state.contains(u"in use") && state.contains(listen), qPrintable(state));
    // The form keeps what the command line gave, ready for another Start.
    QCOMPARE(childNamed<QLineEdit>(panel, "listenEdit")->text(), listen);
    QVERIFY(childNamed<QLineEdit>(panel, "listenEdit")->isEnabled());
}

void TstMainWindow::captureAloneGoesToASessionTab()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings::CurrentTab.setValue(int(MainWindow::IpCalcTab));
    MainWindow window;
    QCOMPARE(window.currentWorkspace(), static_cast<SessionWorkspace *>(nullptr));
    LaunchOptions options;
    options.capturePath = dir.filePath(QStringLiteral("capture.bin"));
    window.launch(options);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::TcpClientTab));
    QVERIFY(window.currentWorkspace()->capture()->isOpen());
    QCOMPARE(window.currentWorkspace()->capture()->path(), options.capturePath);
}

void TstMainWindow::everyTabIsReachedThroughItsPanel()
{
    MainWindow window;
    for (int tab = 0; tab < MainWindow::TabCount; ++tab) {
        window.tabs()->setCurrentIndex(tab);
        ToolPanel *panel = window.panel(tab);
        QVERIFY(panel);
        QCOMPARE(panel->parentWidget(), window.tabs()->widget(tab));
        QCOMPARE(window.currentWorkspace(), panel->workspace());
        QCOMPARE(panel->workspace() != nullptr, tab != MainWindow::IpCalcTab);
    }
    QCOMPARE(window.panel(MainWindow::TabCount), static_cast<ToolPanel *>(nullptr));
}

void TstMainWindow::everyControlHasAnAccessibleName_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
}

void TstMainWindow::everyControlHasAnAccessibleName()
{
    QFETCH(QString, language);
    LanguageManager::instance().setLanguage(language);
    QCoreApplication::processEvents(); // deliver the language change
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Panels are made when their tab is first opened: open each, as a user would.
    QTabBar *bar = window.tabs()->tabBar();
    for (int tab = 0; tab < MainWindow::TabCount; ++tab) {
        QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, bar->tabRect(tab).center());
        QCOMPARE(window.tabs()->currentIndex(), tab);
    }
    const QStringList unnamed = SockpitTest::unnamedControls(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TstMainWindow::framingSentenceShowsWholeAtTheFirstSize_data()
{
    everyControlHasAnAccessibleName_data();
}

// The sentence that says what the default framing does is read whole in the
// window as it first opens, not cut at its edge.
void TstMainWindow::framingSentenceShowsWholeAtTheFirstSize()
{
    QFETCH(QString, language);
    LanguageManager::instance().setLanguage(language);
    QCoreApplication::processEvents(); // deliver the language change
    MainWindow window;
    window.resize(MainWindow::defaultSize());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int tab : {MainWindow::TcpClientTab, MainWindow::TcpServerTab, MainWindow::UdpTab, MainWindow::RelayTab}) {
        window.tabs()->setCurrentIndex(tab);
        auto *label = SockpitTest::childNamed<QLabel>(window.tabs()->currentWidget(), "framingMessageLabel");
        QVERIFY(label);
        QVERIFY2(label->text().contains(u"50"), qPrintable(label->text()));
        const int needed = label->fontMetrics().horizontalAdvance(label->text());
        QTRY_VERIFY2(label->isVisible() && label->contentsRect().width() >= needed,
                     qPrintable(QStringLiteral("tab %1: %2 px for %3 px of \"%4\"")
                                    .arg(tab).arg(label->contentsRect().width()).arg(needed).arg(label->text())));
    }
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
