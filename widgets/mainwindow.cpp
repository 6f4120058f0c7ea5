#include "mainwindow.h"

#include "afterfirstpaint.h"
#include "accessiblenames.h"
#include "ipcalcpanel.h"
#include "languagemanager.h"
#include "launchoptions.h"
#include "pcapngexportaction.h"
#include "receivelogview.h"
#include "relaypanel.h"
#include "sessionworkspace.h"
#include "sessionpanel.h"
#include "settings.h"
#include "styleimages.h"
#include "tcpclientpanel.h"
#include "tcpserverpanel.h"
#include "udppanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

// Resources of a static library must be registered by name.
static void initResources()
{
    Q_INIT_RESOURCE(sockpit);
}

namespace Sockpit {

namespace {

// Each tab's panel, in tab order, made when the tab is first shown.
using PanelMaker = ToolPanel *(*)(QWidget *parent);
constexpr std::array<PanelMaker, MainWindow::TabCount> PanelMakers{
    [](QWidget *parent) -> ToolPanel * { return new TcpClientPanel(parent); },
    [](QWidget *parent) -> ToolPanel * { return new TcpServerPanel(parent); },
    [](QWidget *parent) -> ToolPanel * { return new UdpPanel(parent); },
    [](QWidget *parent) -> ToolPanel * { return new RelayPanel(parent); },
    [](QWidget *parent) -> ToolPanel * { return new IpCalcPanel(parent); },
};

/// The tab a command-line mode opens; -1 keeps the current one.
int tabOf(LaunchOptions::Mode mode)
{
    constexpr std::array<std::pair<LaunchOptions::Mode, int>, 6> tabs{{
        {LaunchOptions::Mode::Window, -1},
        {LaunchOptions::Mode::TcpClient, MainWindow::TcpClientTab},
        {LaunchOptions::Mode::TcpServer, MainWindow::TcpServerTab},
        {LaunchOptions::Mode::Udp, MainWindow::UdpTab},
        {LaunchOptions::Mode::Relay, MainWindow::RelayTab},
        {LaunchOptions::Mode::IpCalc, MainWindow::IpCalcTab},
    }};
    for (const auto &[from, tab] : tabs) {
        if (from == mode)
            return tab;
    }
    return -1;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
{
    initResources();
    // PNGs rather than the SVG: Qt reads them itself, while an SVG icon loads a
    // plugin and Qt SVG before the window can show (the .desktop file keeps the SVG).
    // Decoding them waits for the window's first paint.
    AfterFirstPaint::run(this, [this] {
        QIcon icon;
        for (const int size : {32, 64, 128})
            icon.addFile(QStringLiteral(":/icons/sockpit-%1.png").arg(size), QSize(size, size));
        setWindowIcon(icon);
    });
    m_tabs->setObjectName(QStringLiteral("tabs"));
    // Each tab's panel is made when the tab is first shown (or asked for), so
    // start-up pays only for the tab the user sees.
    for (int tab = 0; tab < TabCount; ++tab) {
        auto *page = new QWidget(m_tabs);
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(page, QString());
    }
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    createMenus();
    statusBar();

    if (!restoreGeometry(Settings::WindowGeometry.value()))
        resize(defaultSize());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        panel(index);
        updateActions();
    });
    m_tabs->setCurrentIndex(qBound(0, Settings::CurrentTab.value(), m_tabs->count() - 1));
    panel(m_tabs->currentIndex());
    retranslateUi();
}

MainWindow::~MainWindow() = default;

ToolPanel *MainWindow::panel(int tab)
{
    if (tab < 0 || tab >= TabCount)
        return nullptr;
    ToolPanel *&made = m_panels[size_t(tab)];
    if (!made) {
        const Settings::Batch batch; // the panel reads its settings through one QSettings
        QWidget *page = m_tabs->widget(tab);
        made = PanelMakers[size_t(tab)](page);
        page->layout()->addWidget(made);
        if (SessionWorkspace *workspace = made->workspace(); workspace && !m_launchEncoding.isEmpty())
            workspace->setEncoding(m_launchEncoding);
    }
    return made;
}

TcpClientPanel *MainWindow::tcpClientPanel()
{
    return static_cast<TcpClientPanel *>(panel(TcpClientTab));
}

TcpServerPanel *MainWindow::tcpServerPanel()
{
    return static_cast<TcpServerPanel *>(panel(TcpServerTab));
}

UdpPanel *MainWindow::udpPanel()
{
    return static_cast<UdpPanel *>(panel(UdpTab));
}

RelayPanel *MainWindow::relayPanel()
{
    return static_cast<RelayPanel *>(panel(RelayTab));
}

IpCalcPanel *MainWindow::ipCalcPanel()
{
    return static_cast<IpCalcPanel *>(panel(IpCalcTab));
}

void MainWindow::createMenus()
{
    // The menu bar's overflow button has a PNG icon; the group box frame of the
    // panels' first paint is drawn from one.
    StyleImages::withoutPlugins([this] {
        menuBar();
        StyleImages::preloadGroupBoxFrame();
    });
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_saveLog = m_fileMenu->addAction(QString());
    m_saveLog->setShortcut(QKeySequence::Save);
    connect(m_saveLog, &QAction::triggered, this, [this] {
        if (SessionWorkspace *workspace = currentWorkspace())
            workspace->logView()->saveWithDialog();
    });
    m_capture = m_fileMenu->addAction(QString());
    connect(m_capture, &QAction::triggered, this, [this] {
        if (SessionWorkspace *workspace = currentWorkspace())
            workspace->logView()->toggleCapture();
    });
    m_exportPcapng = new PcapngExportAction(this);
    m_fileMenu->addAction(m_exportPcapng);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString());
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languages = new QActionGroup(this);
    // Each language is named in itself, so it can be found whatever the current one.
    m_chinese = m_languageMenu->addAction(QStringLiteral("中文"));
    m_english = m_languageMenu->addAction(QStringLiteral("English"));
    m_chinese->setObjectName(QStringLiteral("chineseAction"));
    m_english->setObjectName(QStringLiteral("englishAction"));
    for (QAction *action : {m_chinese, m_english}) {
        action->setCheckable(true);
        m_languages->addAction(action);
    }
    connect(m_chinese, &QAction::triggered, this, [] { LanguageManager::instance().chooseLanguage(QStringLiteral("zh_CN")); });
    connect(m_english, &QAction::triggered, this, [] { LanguageManager::instance().chooseLanguage(QStringLiteral("en")); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_about = m_helpMenu->addAction(QString());
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
}

SessionWorkspace *MainWindow::currentWorkspace() const
{
    const int tab = m_tabs->currentIndex();
    ToolPanel *current = tab >= 0 && tab < TabCount ? m_panels[size_t(tab)] : nullptr;
    return current ? current->workspace() : nullptr;
}

void MainWindow::launch(const LaunchOptions &options)
{
    m_launchEncoding = options.encoding;
    for (ToolPanel *made : m_panels) {
        if (made && made->workspace() && !options.encoding.isEmpty())
            made->workspace()->setEncoding(options.encoding);
    }
    const int tab = tabOf(options.mode);
    if (tab >= 0) {
        m_tabs->setCurrentIndex(tab);
        panel(tab)->launch(options);
        return;
    }
    // The window alone: a capture needs a session tab, the client's if the calculator is shown.
    if (!options.capturePath.isEmpty()) {
        if (!currentWorkspace())
            m_tabs->setCurrentIndex(TcpClientTab);
        currentWorkspace()->startCapture(options.capturePath);
    }
}

void MainWindow::updateActions()
{
    const bool hasLog = currentWorkspace() != nullptr;
    m_saveLog->setEnabled(hasLog);
    m_capture->setEnabled(hasLog);
    m_exportPcapng->setWorkspace(currentWorkspace());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Sockpit"),
                       tr("<h3>Sockpit %1</h3>"
                          "<p>A network debugging tool: TCP client, TCP server, UDP and an IP calculator, "
                          "with GBK, UTF-8 and other encodings.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(SOCKPIT_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::saveSettings()
{
    const Settings::Batch batch; // one write of the settings file
    Settings::WindowGeometry.setValue(saveGeometry());
    Settings::CurrentTab.setValue(m_tabs->currentIndex());
    // Each panel saves its own fields and its log/send area; a panel never opened has nothing new.
    for (ToolPanel *made : m_panels) {
        if (made)
            made->saveSettings();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Sockpit — network debugging tool"));
    m_tabs->setTabText(TcpClientTab, tr("TCP client"));
    m_tabs->setTabText(TcpServerTab, tr("TCP server"));
    m_tabs->setTabText(UdpTab, tr("UDP"));
    m_tabs->setTabText(RelayTab, tr("Relay"));
    m_tabs->setTabText(IpCalcTab, tr("IP calculator"));
    m_fileMenu->setTitle(tr("&File"));
    m_saveLog->setText(tr("&Save log…"));
    m_capture->setText(tr("&Capture to file…"));
    m_exportPcapng->retranslate();
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Sockpit"));
    m_tabs->tabBar()->setAccessibleName(tr("Tools"));
    AccessibleNames::nameMenuBarParts(menuBar());
    const QString language = LanguageManager::instance().language();
    m_chinese->setChecked(language == u"zh_CN");
    m_english->setChecked(language != u"zh_CN");
    updateActions();
}

} // namespace Sockpit
