#include "mainwindow.h"

#include "ipcalcpanel.h"
#include "languagemanager.h"
#include "launchoptions.h"
#include "receivelogview.h"
#include "sessionworkspace.h"
#include "settings.h"
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
#include <QTabWidget>
#include <QVBoxLayout>

// Resources of a static library must be registered by name.
static void initResources()
{
    Q_INIT_RESOURCE(sockpit);
}

namespace Sockpit {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
{
    initResources();
    setWindowIcon(QIcon(QStringLiteral(":/icons/sockpit.svg")));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    // Each tab's panel is made when the tab is first shown (or asked for), so
    // start-up pays only for the tab the user sees.
    for (int tab = TcpClientTab; tab <= IpCalcTab; ++tab) {
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
        ensurePanel(index);
        updateActions();
    });
    m_tabs->setCurrentIndex(qBound(0, Settings::CurrentTab.value(), m_tabs->count() - 1));
    ensurePanel(m_tabs->currentIndex());
    retranslateUi();
}

MainWindow::~MainWindow() = default;

template<typename Panel>
Panel *MainWindow::panel(Panel *&member, Tab tab)
{
    if (!member) {
        const Settings::Batch batch; // the panel reads its settings through one QSettings
        QWidget *page = m_tabs->widget(tab);
        member = new Panel(page);
        page->layout()->addWidget(member);
    }
    return member;
}

TcpClientPanel *MainWindow::tcpClientPanel()
{
    return panel(m_tcpClient, TcpClientTab);
}

TcpServerPanel *MainWindow::tcpServerPanel()
{
    return panel(m_tcpServer, TcpServerTab);
}

UdpPanel *MainWindow::udpPanel()
{
    return panel(m_udp, UdpTab);
}

IpCalcPanel *MainWindow::ipCalcPanel()
{
    return panel(m_ipCalc, IpCalcTab);
}

void MainWindow::ensurePanel(int index)
{
    switch (index) {
    case TcpClientTab: tcpClientPanel(); break;
    case TcpServerTab: tcpServerPanel(); break;
    case UdpTab: udpPanel(); break;
    case IpCalcTab: ipCalcPanel(); break;
    default: break;
    }
}

void MainWindow::createMenus()
{
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
    QWidget *page = m_tabs->currentWidget();
    return page ? page->findChild<SessionWorkspace *>() : nullptr;
}

void MainWindow::launch(const LaunchOptions &options)
{
    QWidget *page = nullptr;
    switch (options.mode) {
    case LaunchOptions::Mode::TcpClient: page = tcpClientPanel(); break;
    case LaunchOptions::Mode::TcpServer: page = tcpServerPanel(); break;
    case LaunchOptions::Mode::Udp: page = udpPanel(); break;
    case LaunchOptions::Mode::IpCalc: page = ipCalcPanel(); break;
    case LaunchOptions::Mode::Window: break;
    }
    // A panel sits in its tab's page; the window mode keeps the current tab.
    QWidget *tabPage = page ? page->parentWidget() : m_tabs->currentWidget();
    m_tabs->setCurrentWidget(tabPage);
    if (SessionWorkspace *workspace = tabPage->findChild<SessionWorkspace *>()) {
        if (!options.encoding.isEmpty())
            workspace->setEncoding(options.encoding);
        if (!options.capturePath.isEmpty())
            workspace->startCapture(options.capturePath);
    }
    switch (options.mode) {
    case LaunchOptions::Mode::TcpClient: m_tcpClient->launch(options); break;
    case LaunchOptions::Mode::TcpServer: m_tcpServer->launch(options); break;
    case LaunchOptions::Mode::Udp: m_udp->launch(options); break;
    case LaunchOptions::Mode::IpCalc: m_ipCalc->launch(options); break;
    case LaunchOptions::Mode::Window: break;
    }
}

void MainWindow::updateActions()
{
    const bool hasLog = currentWorkspace() != nullptr;
    m_saveLog->setEnabled(hasLog);
    m_capture->setEnabled(hasLog);
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
    if (m_tcpClient)
        m_tcpClient->saveSettings();
    if (m_tcpServer)
        m_tcpServer->saveSettings();
    if (m_udp)
        m_udp->saveSettings();
    if (m_ipCalc)
        m_ipCalc->saveSettings();
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
    m_tabs->setTabText(IpCalcTab, tr("IP calculator"));
    m_fileMenu->setTitle(tr("&File"));
    m_saveLog->setText(tr("&Save log…"));
    m_capture->setText(tr("&Capture to file…"));
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Sockpit"));
    const QString language = LanguageManager::instance().language();
    m_chinese->setChecked(language == u"zh_CN");
    m_english->setChecked(language != u"zh_CN");
    updateActions();
}

} // namespace Sockpit
